import type { Catalogue } from "../catalogue.js";

const codes: Record<string, string> = {
  EACCES: "không có quyền truy cập",
  EPERM: "thao tác không được phép",
  ENAMETOOLONG: "tên quá dài",
  ENOENT: "không tồn tại",
  ENOTDIR: "một phần của đường dẫn không phải là thư mục",
  EIO: "lỗi đọc/ghi thiết bị",
  EMFILE: "mở quá nhiều tệp cùng lúc",
};
const code = (c: string | undefined) => (c === undefined ? "lỗi không xác định" : (codes[c] ?? c));

export const access: Catalogue["access"] = {
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
  notUtf8: "tệp không phải văn bản UTF-8",
};
