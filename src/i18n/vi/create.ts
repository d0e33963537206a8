import type { Catalogue } from "../catalogue.js";

export const create: Catalogue["create"] = {
  invalidId: (p) =>
    `“${p.id}” không dùng được làm mã thỏa thuận: chỉ dùng chữ thường a-z không dấu, chữ số và dấu gạch ngang` +
    (p.suggestion ? `, ví dụ ${p.suggestion}` : ", ví dụ nghe-an-quang-ngai-2023"),
  partyForm: (p) =>
    `--party phải có dạng mã:tên hoặc mã:tên:loại, ví dụ --party "${p.example}", không phải “${p.spec}”`,
  partyType: (p) => `--party “${p.spec}”: cần ghi rõ loại chủ thể theo dạng mã:tên:loại, loại là một trong ${p.types}`,
  needParty: 'cần ít nhất một bên tham gia: --party "nghe-an:Tỉnh Nghệ An"',
  exists: (p) => `${p.file} đã có; mou new không bao giờ ghi đè tệp`,
  idUsed: (p) => `mã “${p.id}” đã được dùng trong ${p.file}`,
  madeBy: "# Tạo bằng `mou new`. Ghi đúng những gì văn bản ký kết nêu; điều văn bản không nêu thì bỏ trống.",
  otherTitle: "  # en: English title",
  whenSigned: "# signed: YYYY-MM-DD # khi đã ký; khi đó đổi status thành active",
  effective: "nếu khác ngày ký",
  reviewRule: "nếu văn bản quy định họp đánh giá định kỳ",
  commitments: "các nội dung cam kết",
  sources: "văn bản, bài báo làm căn cứ",
};
