// Generates the agreements that stress the document pipeline: 10,000 commitments in one file, and words of
// 50,000 and 20,000 letters without a break. Deterministic, kept in bench/corpus/documents/.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The size limit of an agreement file. */
const LIMIT = 1024 * 1024;

// Short, so that 10,000 commitments fit in one file under the limit.
const topics = ["Quy hoạch tỉnh", "Đô thị thông minh", "Nông nghiệp", "Đầu tư", "Giao thông"];
const agencies = ["Sở Tài chính", "Sở Y tế", "Sở Tư pháp", "Sở Xây dựng", "Sở Nội vụ"];
// A commitment without a status has not started.
const statuses = ["", ", status: in-progress", ", status: done", ", status: stalled"];

const head = (id, title) => [
  `id: ${id}`,
  `title: "${title}"`,
  "kind: cooperation-programme",
  "signed: 2023-07-24",
  "parties:",
  '  - {id: na, name: Tỉnh Nghệ An, type: province, unit: "40"}',
  '  - {id: qn, name: Tỉnh Quảng Ngãi, type: province, unit: "51"}',
  "review: {every: P2Y}",
  "commitments:",
];

/** The folder with both files; written once. */
export function documentCorpus(folder) {
  if (existsSync(join(folder, "long-words.yaml")) && statSync(join(folder, "many-commitments.yaml")).size < LIMIT)
    return folder;
  mkdirSync(folder, { recursive: true });
  const many = head("many-commitments", "Chương trình hợp tác phát triển giữa tỉnh Nghệ An và tỉnh Quảng Ngãi");
  for (let i = 1; i <= 10_000; i++) {
    const party = i % 2 ? "na" : "qn";
    many.push(
      `  - {id: "${i}", title: ${topics[i % topics.length]} ${i}, lead: [{party: ${party}, agency: ` +
        `${agencies[i % agencies.length]}}]${statuses[i % statuses.length]}}`,
    );
  }
  const text = `${many.join("\n")}\n`;
  if (Buffer.byteLength(text) >= LIMIT) throw new Error("the file of 10,000 commitments outgrew the size limit");
  writeFileSync(join(folder, "many-commitments.yaml"), text);
  const long = head("long-words", `Đ${"a".repeat(49_999)}`);
  const word = "b".repeat(20_000);
  long.push(`  - {id: "1", title: "${word}", lead: [{agency: "${word}"}]}`, '  - {id: "2", title: ngắn}');
  writeFileSync(join(folder, "long-words.yaml"), `${long.join("\n")}\n`);
  return folder;
}
