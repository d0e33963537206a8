import type { Catalogue } from "../catalogue.js";

type P = Readonly<Record<string, string | number>>;

const q = (v: string | number | undefined): string => `“${String(v)}”`;

export const edit: Catalogue["edit"] = {
  notReadable: (p: P) =>
    `${p.file}: tệp không phải văn bản UTF-8 đọc được; hãy sửa tệp trước (kiểm tra bằng lệnh mou validate)`,
  invalidResult: "mou: không ghi: kết quả sau khi sửa sẽ không hợp lệ",
  changedOnDisk: (p: P) => `mou: không ghi: ${p.file} đã bị thay đổi trong lúc đang sửa; hãy chạy lại lệnh`,
  yamlErrors: (p: P) => `tệp có lỗi cú pháp YAML (${p.detail}); hãy sửa trước (kiểm tra bằng lệnh mou validate)`,
  notMap: "nội dung tệp không phải nhóm các trường (tên trường: giá trị)",
  notSingle: (p: P) => `${q(p.key)} không phải một giá trị đơn`,
  notList: (p: P) => `${q(p.key)} không phải danh sách`,
  noCommitment: (p: P) =>
    `không có nội dung số ${q(p.id)}${p.known ? ` (các nội dung hiện có: ${p.known})` : ""}` +
    (p.suggestion === undefined ? "" : `; có lẽ định viết ${q(p.suggestion)}`),
  noIndicator: (p: P) => `nội dung ${q(p.id)} không có chỉ tiêu ${q(p.indicator)}`,
};
