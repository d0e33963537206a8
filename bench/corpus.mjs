// Generates benchmark corpora: agreements of about 4 KB each, ten commitments, Vietnamese text, unquoted
// dates — like the real files, only many. Deterministic: the same seed gives the same files.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const provinces = [
  "Nghệ An",
  "Quảng Ngãi",
  "Hà Tĩnh",
  "Quảng Trị",
  "Đà Nẵng",
  "Huế",
  "Khánh Hòa",
  "Đắk Lắk",
  "Cần Thơ",
  "Lâm Đồng",
  "Gia Lai",
  "Thanh Hóa",
];
const slug = (s) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
const topics = [
  "Phối hợp, chia sẻ kinh nghiệm trong xây dựng và triển khai quy hoạch tỉnh giai đoạn 2021 " +
    "- 2030, tầm nhìn đến năm 2050",
  "Hỗ trợ, hợp tác về xây dựng phát triển đô thị thông minh và chuyển đổi số trong cơ quan nhà nước",
  "Nghiên cứu chọn tạo các giống cây trồng, vật nuôi chủ lực, phát triển nông nghiệp công nghệ cao",
  "Phối hợp tổ chức các hoạt động xúc tiến đầu tư, thương mại, du lịch tại các thị trường trọng điểm",
  "Trao đổi kinh nghiệm về giáo dục, đào tạo nguồn nhân lực chất lượng cao trong các lĩnh vực có lợi thế",
  "Hợp tác bảo vệ môi trường, ứng phó với biến đổi khí hậu và phòng, chống thiên tai khu vực miền Trung",
  "Kết nối hạ tầng giao thông, logistics giữa các khu kinh tế, cảng biển và cửa khẩu quốc tế",
  "Chia sẻ kinh nghiệm thực hiện các Chương trình mục tiêu quốc gia về giảm nghèo bền vững",
  "Phát triển y tế cơ sở, hợp tác đào tạo bác sĩ và chuyển giao kỹ thuật giữa các bệnh viện tuyến tỉnh",
  "Hợp tác khoa học và công nghệ, đổi mới sáng tạo, hỗ trợ khởi nghiệp cho thanh niên hai tỉnh",
];
const statuses = ["not-started", "in-progress", "done", "stalled"];

/**
 * `overdue` says which files have commitments past their deadline on 2026-01-01 (the benchmark's day),
 * so that the listings and checks carry warnings as a real folder does.
 */
function agreement(i, quoteDates, overdue) {
  const a = provinces[i % provinces.length];
  const b =
    provinces[(i * 7 + 3) % provinces.length] === a
      ? provinces[(i + 1) % provinces.length]
      : provinces[(i * 7 + 3) % provinces.length];
  const year = 2015 + (i % 10);
  const month = String(1 + (i % 12)).padStart(2, "0");
  const day = String(1 + (i % 28)).padStart(2, "0");
  const d = (text) => (quoteDates ? `"${text}"` : text);
  const id = `${slug(a)}-${slug(b)}-${year}-${i}`;
  const lines = [
    "# yaml-language-server: $schema=../../../schemas/agreement.schema.json",
    `id: ${id}`,
    "title:",
    `  vi: Chương trình hợp tác phát triển giữa tỉnh ${a} và tỉnh ${b} giai đoạn ${year} - ${year + 5}`,
    `  en: Development cooperation programme between ${slug(a)} and ${slug(b)}, ${year}–${year + 5}`,
    "kind: cooperation-programme",
    "status: active",
    `signed: ${d(`${year}-${month}-${day}`)}`,
    "parties:",
    `  - id: ${slug(a)}`,
    `    name: Tỉnh ${a}`,
    "    type: province",
    `    signatories: [{name: Nguyễn Văn An, role: Chủ tịch UBND tỉnh ${a}}]`,
    `  - id: ${slug(b)}`,
    `    name: Tỉnh ${b}`,
    "    type: province",
    "review:",
    `  every: P${1 + (i % 3)}Y`,
    "reviews:",
    `  - date: ${d(`${year + 1}-${month}-${day}`)}`,
    "    summary: Hai bên đánh giá kết quả thực hiện và thống nhất nhiệm vụ thời gian tiếp theo.",
    "commitments:",
  ];
  for (let k = 0; k < 10; k++) {
    lines.push(
      `  - id: "${k + 1}"`,
      `    title: ${topics[(i + k) % topics.length]}`,
      `    lead: [{party: ${k % 2 ? slug(a) : slug(b)}, agency: Sở Kế hoạch và Đầu tư}]`,
      `    sectors: [planning]`,
      `    status: ${statuses[(i + k) % statuses.length]}`,
      `    due: ${d(`${overdue(i) && k < 3 ? year : year + 25}-12-31`)}`,
    );
  }
  lines.push(
    "sources:",
    `  - title: Bài viết về lễ ký kết ngày ${day}/${month}/${year}`,
    `    published: ${d(`${year}-${month}-${day}`)}`,
    "notes: >-",
    "  Hai bên thống nhất định kỳ họp đánh giá tình hình thực hiện nội dung ghi nhớ và xác định nhiệm vụ thời",
    "  gian tiếp theo; giao Sở Kế hoạch và Đầu tư hai tỉnh làm đầu mối theo dõi, tổng hợp, báo cáo.",
  );
  return { id, text: `${lines.join("\n")}\n` };
}

/** Every tenth file has three overdue commitments; with `allOverdue`, every file has. */
export function corpus(folder, count, { quoteDates = false, allOverdue = false } = {}) {
  const overdue = allOverdue ? () => true : (i) => i % 10 === 0;
  // A folder of the right size from an older generator is made again: the name carries the version.
  if (existsSync(folder) && readdirSync(folder).length === count) return folder;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const { id, text } = agreement(i, quoteDates, overdue);
    writeFileSync(join(folder, `${id}.yaml`), text);
  }
  return folder;
}
