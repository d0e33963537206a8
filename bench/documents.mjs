// Generates the agreements that stress the document pipeline: 10,000 commitments in one file, and words of
// 50,000 and 20,000 letters without a break. Deterministic, kept in bench/corpus/documents/.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const topics = [
  "Phối hợp, chia sẻ kinh nghiệm trong xây dựng và triển khai quy hoạch tỉnh giai đoạn 2021 - 2030",
  "Hỗ trợ, hợp tác về xây dựng phát triển đô thị thông minh và chuyển đổi số trong cơ quan nhà nước",
  "Nghiên cứu chọn tạo các giống cây trồng, vật nuôi chủ lực, phát triển nông nghiệp công nghệ cao",
  "Phối hợp tổ chức các hoạt động xúc tiến đầu tư, thương mại, du lịch tại các thị trường trọng điểm",
  "Kết nối hạ tầng giao thông, logistics giữa các khu kinh tế, cảng biển và cửa khẩu quốc tế",
];
const agencies = ["Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Xây dựng", "Sở Y tế"];
const statuses = ["not-started", "in-progress", "done", "stalled"];

const head = (id, title) => [
  `id: ${id}`,
  `title: "${title}"`,
  "kind: cooperation-programme",
  "signed: 2023-07-24",
  "parties:",
  '  - {id: nghe-an, name: Tỉnh Nghệ An, type: province, unit: "40"}',
  '  - {id: quang-ngai, name: Tỉnh Quảng Ngãi, type: province, unit: "51"}',
  "review: {every: P2Y}",
  "commitments:",
];

/** The folder with both files; written once. */
export function documentCorpus(folder) {
  if (existsSync(join(folder, "long-words.yaml"))) return folder;
  mkdirSync(folder, { recursive: true });
  const many = head("many-commitments", "Chương trình hợp tác phát triển giữa tỉnh Nghệ An và tỉnh Quảng Ngãi");
  for (let i = 1; i <= 10_000; i++) {
    const party = i % 2 ? "nghe-an" : "quang-ngai";
    many.push(
      `  - id: "${i}"`,
      `    title: "${topics[i % topics.length]} (nội dung ${i})"`,
      `    lead: [{party: ${party}, agency: ${agencies[i % agencies.length]}}]`,
      `    status: ${statuses[i % statuses.length]}`,
      `    history: [{date: 2024-0${1 + (i % 9)}-1${i % 10}, note: "Đã triển khai bước ${i % 7}"}]`,
    );
  }
  writeFileSync(join(folder, "many-commitments.yaml"), `${many.join("\n")}\n`);
  const long = head("long-words", `Đ${"a".repeat(49_999)}`);
  const word = "b".repeat(20_000);
  long.push(`  - {id: "1", title: "${word}", lead: [{agency: "${word}"}]}`, '  - {id: "2", title: ngắn}');
  writeFileSync(join(folder, "long-words.yaml"), `${long.join("\n")}\n`);
  return folder;
}
