import type { Catalogue } from "../catalogue.js";

type P = Readonly<Record<string, string | number>>;

const q = (v: string | number | undefined): string => `“${String(v)}”`;
const hint = (p: P): string => (p.suggestion === undefined ? "" : `; có lẽ định viết ${q(p.suggestion)}`);

export const exchange: Catalogue["exchange"] = {
  headers: {
    agreement: "Thỏa thuận",
    point: "Số",
    title: "Nội dung cam kết",
    lead: "Đơn vị chủ trì",
    support: "Đơn vị phối hợp",
    due: "Thời hạn",
    current: "Tiến độ hiện nay",
    newStatus: "Tiến độ mới",
    note: "Kết quả thực hiện",
    actual: "Số liệu đạt được",
    date: "Tính đến ngày",
    reporter: "Đơn vị báo cáo",
  },
  statusChoices: {
    "not-started": "Chưa triển khai",
    "in-progress": "Đang triển khai",
    done: "Hoàn thành",
    stalled: "Đình trệ",
    dropped: "Không thực hiện",
  },
  indicatorTitle: (p) => `Chỉ tiêu: ${p.title} (${p.unit})`,
  indicatorCurrent: (p) =>
    `từ ${p.baseline} đến ${p.target} ${p.unit}` +
    (p.latest === undefined ? "; chưa có số liệu" : `; đã đạt ${p.latest} (${p.latestDate})`),
  noLead: "Chưa giao chủ trì",
  validation: {
    statusTitle: "Tiến độ mới",
    statusPrompt: "Chọn tiến độ trong danh sách; để trống nếu không có thay đổi.",
    statusError: "Chỉ chọn một trong các tiến độ của danh sách.",
    numberTitle: "Số liệu đạt được",
    numberPrompt: "Ghi bằng số theo đơn vị tính của chỉ tiêu, ví dụ 12 hoặc 1,5.",
    numberError: "Chỉ ghi số (chữ số và dấu thập phân theo cài đặt của Excel).",
    dateTitle: "Tính đến ngày",
    datePrompt: "Ngày của thông tin, ghi ngày/tháng/năm; để trống thì lấy ngày cập nhật vào hệ thống.",
    dateError: "Ghi ngày theo dạng ngày/tháng/năm, ví dụ 30/06/2025.",
  },
  instructions: {
    sheet: "Hướng dẫn",
    title: "BẢNG CẬP NHẬT TIẾN ĐỘ THỰC HIỆN CÁC THỎA THUẬN HỢP TÁC",
    asOf: (p) => `Thông tin tính đến ngày ${p.date}, lập bằng mou export.`,
    steps: [
      "Mỗi trang tính là một thỏa thuận (hoặc một đơn vị chủ trì); mỗi dòng là một nội dung cam kết, các dòng " +
        "“Chỉ tiêu” bên dưới là chỉ tiêu đo kết quả của nội dung đó.",
      "Chỉ điền vào các cột nền trắng: Tiến độ mới (chọn trong danh sách), Kết quả thực hiện, Số liệu đạt được " +
        "(chỉ ở dòng chỉ tiêu, ghi bằng số), Tính đến ngày (ngày/tháng/năm) và Đơn vị báo cáo.",
      "Các cột nền xám là thông tin đang theo dõi, không sửa. Nội dung nào không có gì mới thì để trống.",
      "Không đổi tên, không chèn hoặc xóa cột; có thể lọc các dòng.",
      "Gửi lại đúng tệp này (định dạng .xlsx); không lưu thành .xls hoặc .csv.",
    ],
    sheetsTitle: "Các trang tính",
    sheetColumns: { sheet: "Trang tính", holds: "Nội dung", rows: "Số nội dung" },
  },
  exportFile: (p) => `cap-nhat-${p.date}.xlsx`,
  exported: (p) => `${p.file}: ${p.points} nội dung trong ${p.sheets} trang tính, dùng cho mou import`,
  nothingToExport: "không có nội dung nào khớp với bộ lọc: không có gì để xuất",
  file: {
    notFound: (p) => `${p.file}: không có tệp này`,
    unreadable: (p) => `${p.file}: không đọc được (${p.reason})`,
    notRegular: (p) => `${p.file} không phải là tệp (là thư mục, thiết bị hoặc đường ống)`,
    tooLarge: (p) => `${p.file}: dung lượng ${p.size} quá lớn đối với một bảng cập nhật (tối đa ${p.limit})`,
    csv: (p) =>
      `${p.file} là tệp văn bản (CSV), không phải bảng tính do mou export tạo: hãy mở tệp .xlsx đã gửi đi, ` +
      "điền vào đó và lưu ở định dạng .xlsx",
    xls: (p) =>
      `${p.file} là bảng tính Excel 97–2003 (.xls): hãy lưu lại thành Excel Workbook (.xlsx) rồi cập nhật tệp đó`,
    encrypted: (p) => `${p.file} đang đặt mật khẩu: hãy mở tệp, bỏ mật khẩu rồi lưu lại`,
    ods: (p) =>
      `${p.file} là bảng tính OpenDocument (.ods): hãy lưu lại thành Excel Workbook (.xlsx) rồi cập nhật tệp đó`,
    notXlsx: (p) => `${p.file} không phải là bảng tính Excel (.xlsx)`,
    broken: (p) => `${p.file} là bảng tính bị hỏng (${p.reason})`,
    truncated: (p) => `${p.file} không đầy đủ (có thể bị cắt ngang khi sao chép hoặc gửi): hãy đề nghị gửi lại`,
    notOurs: (p) =>
      `${p.file} không do mou export tạo ra: không trang tính nào có cột ẩn ${q(p.column)} ` +
      "(hãy lập bảng tính bằng mou export --format xlsx)",
    newer: (p) =>
      `${p.file} do phiên bản mou mới hơn tạo ra (định dạng bảng tính ${p.version}); hãy cập nhật mou rồi làm lại`,
  },
  problems: {
    missingColumn: (p) => `trang tính thiếu cột ${q(p.column)}; hãy khôi phục cột như khi xuất`,
    noKey: "dòng này không có khóa ẩn: không nhận dòng tự thêm vào; hãy ghi cập nhật vào dòng của nội dung đó",
    badKey: (p) => `khóa ẩn ${q(p.key)} đã bị sửa; hãy xuất lại bảng tính`,
    unknownAgreement: (p) => `không có thỏa thuận ${q(p.id)} trong thư mục thỏa thuận${hint(p)}`,
    invalidAgreement: (p) => `tệp của thỏa thuận ${q(p.id)} hiện không hợp lệ; hãy sửa trước (mou validate)`,
    unknownCommitment: (p) => `thỏa thuận ${q(p.agreement)} không còn nội dung số ${q(p.commitment)}`,
    unknownIndicator: (p) =>
      `nội dung số ${q(p.commitment)} của ${q(p.agreement)} không còn chỉ tiêu ${q(p.indicator)}`,
    unknownStatus: (p) => `${q(p.value)} không phải là tiến độ${hint(p)} (các tiến độ: ${p.choices})`,
    badDate: (p) => `${q(p.value)} không phải là ngày có thật; hãy ghi ngày/tháng/năm, ví dụ 30/06/2025`,
    dateAfterToday: (p) => `ngày ${p.date} sau ngày hiện tại (${p.asOf}): chỉ ghi nhận việc đã xảy ra`,
    dateBeforeStart: (p) => `ngày ${p.date} trước ngày thỏa thuận có hiệu lực (${p.start})`,
    notANumber: (p) =>
      `${q(p.value)} không phải là số; chỉ ghi chữ số, ví dụ 1500 hoặc 12.5, không kèm đơn vị hay dấu phân cách ` +
      "hàng nghìn",
    outOfRange: (p) => `${p.value} vượt quá giới hạn: giá trị phải nằm trong khoảng từ -10^15 đến 10^15`,
    notApplicable: (p) =>
      p.kind === "indicator"
        ? `cột ${q(p.column)} dành cho dòng nội dung, không dùng cho dòng chỉ tiêu`
        : `cột ${q(p.column)} dành cho dòng chỉ tiêu, không dùng cho dòng nội dung`,
    needsValue: "hãy ghi số liệu đạt được: dòng chỉ tiêu không nhận ghi chú mà không có số liệu",
    cellError: (p) => `ô chứa ${q(p.value)} thay vì một giá trị`,
    controlCharacter: "nội dung có ký tự điều khiển; hãy gõ lại",
    tooLong: (p) => `nội dung dài ${p.length} ký tự; hãy rút gọn dưới ${p.limit} ký tự`,
    conflicting: (p) => `nội dung này còn có ở ${p.other} với cập nhật khác; hãy giữ lại một`,
    fileChanged: (p) =>
      `đã thay đổi sau khi xuất bảng tính (${p.exported}); chưa cập nhật ${p.rows} dòng (${p.cells}): ` +
      (p.points === ""
        ? "các nội dung được báo cáo không thay đổi, chỉ nội dung khác thay đổi: xem trước bằng --dry-run --force, " +
          "rồi cập nhật bằng --force"
        : `nội dung số ${p.points} cũng đã thay đổi: hãy xuất lại bảng tính, hoặc chạy với --force để cập nhật vào ` +
          "tệp như hiện nay"),
    invalidResult: (p) => `cập nhật này sẽ làm tệp không hợp lệ: ${p.message}`,
    cannotApply: (p) => `không thể cập nhật: ${p.message}`,
  },
  changedWhileImporting: "tệp vừa bị thay đổi trong lúc mou import đang chạy; hãy chạy lại",
  refused: (p) => `mou: không ghi gì: ${p.file} có ${p.count} lỗi`,
  dryRun: (p) => `chạy thử: ${p.files} tệp sẽ thay đổi (${p.rows} dòng); chưa ghi gì`,
  written: (p) => `đã ghi: ${p.names === "" ? `${p.count} tệp` : p.names} (${p.rows} dòng)`,
  nothing: (p) => `không có gì để cập nhật: không dòng nào của ${p.file} có thông tin mới`,
  alreadyApplied: (p) => `${p.count} dòng đã được cập nhật từ trước, giữ nguyên`,
  partial: (p) =>
    `mou: dừng lại: chưa ghi được ${p.file} (${p.reason}); ` +
    (p.written === "" ? "chưa ghi tệp nào" : `đã ghi: ${p.written}`) +
    "; hãy chạy lại mou import để cập nhật phần còn lại",
};
