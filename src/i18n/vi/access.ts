import type { Catalogue } from "../catalogue.js";

const codes: Record<string, string> = {
  EACCES: "không có quyền truy cập",
  EPERM: "thao tác không được phép",
  ENAMETOOLONG: "tên quá dài",
  ENOENT: "không tồn tại",
  ENOTDIR: "một phần của đường dẫn không phải là thư mục",
  EIO: "lỗi đọc/ghi thiết bị",
  EMFILE: "mở quá nhiều tệp cùng lúc",
  ENOSPC: "đĩa đã đầy",
  EROFS: "đĩa chỉ cho phép đọc",
  EEXIST: "đã có một tệp hoặc thư mục khác mang tên đó",
  ENOTEMPTY: "một chương trình khác đã ghi vào đó cùng lúc",
  EBUSY: "đang được sử dụng (không thể thay thế một điểm gắn kết)",
  EXDEV: "nằm trên một ổ đĩa khác",
};
const code = (c: string | undefined) => (c === undefined ? "lỗi không xác định" : (codes[c] ?? c));

export const access: Catalogue["access"] = {
  reason: (p) => code(p.code),
  unreadable: (p) => {
    switch (p.kind) {
      case "folder":
        return "đây là thư mục, không phải tệp";
      case "fifo":
        return "đây là đường ống có tên (named pipe), không phải tệp thông thường";
      case "device":
        return "đây là tệp thiết bị, không phải tệp thông thường";
      case "socket":
        return "đây là socket, không phải tệp thông thường";
      case "other":
        return "đây không phải tệp thông thường";
      case "loop":
        return "các liên kết tượng trưng tạo thành vòng lặp";
      case "folder-loop":
        return "liên kết tượng trưng trỏ ngược về thư mục chứa nó; không tìm lại lần nữa";
      case "broken-link":
        return "đây là liên kết tượng trưng trỏ tới một đối tượng không tồn tại";
      case "folder-unreadable":
        return `không đọc được thư mục (${code(p.code)})`;
      default:
        return code(p.code);
    }
  },
  folderMissing: (p) => `thư mục thỏa thuận ${p.dir} không tồn tại (chỉ định bằng --dir hoặc trong mou.config.yaml)`,
  notAFolder: (p) => `${p.dir} không phải thư mục; --dir là thư mục chứa các tệp thỏa thuận`,
  noMatch: (p) => `không có tệp nào khớp với ${p.path}`,
  pathNotFound: (p) => `không tìm thấy đường dẫn ${p.path}`,
  noFolder: (p) => `không ghi được ${p.path}: thư mục ${p.folder} không tồn tại`,
  exists: (p) => `${p.path} đã có; dùng --force để ghi đè`,
  template: (p) => `không đọc được mẫu văn bản ${p.path}: ${p.reason}`,
  noSuchFile: "không có tệp này",
  configUnreadable: (p) => `không đọc được ${p.file}: ${p.reason}`,
  configInvalid: (p) => `${p.file}: tệp cấu hình không hợp lệ`,
  notUtf8: "tệp không phải văn bản UTF-8",
  outputFailed: (p) => `không ghi được kết quả đầu ra (${p.code})`,
  cannotWrite: (p) => `không ghi được ${p.path}: ${p.reason}`,
  notReplaced: (p) => `không thay thế ${p.path}: ${p.reason}; mou chỉ ghi tệp thông thường`,
  readOnly: (p) => `không ghi: ${p.file} là tệp chỉ đọc; hãy cho phép ghi tệp, hoặc dùng --force để vẫn sửa`,
  otherOwner: (p) =>
    `không ghi: ${p.file} thuộc người dùng khác (uid ${p.owner}), sau khi sửa tệp sẽ thuộc về bạn; ` +
    "hãy sửa bằng tài khoản chủ sở hữu, hoặc dùng --force",
  hardLinks: (p) =>
    `không ghi: ${p.file} có ${p.links} liên kết cứng, thao tác sửa chỉ thay đổi liên kết này; ` +
    "dùng --force để vẫn sửa",
  busy: (p) =>
    `không ghi: ${p.file} đang được một tiến trình mou khác sửa (tiến trình ${p.pid}, đã ${p.seconds} giây); ` +
    "hãy chạy lại lệnh",
};
