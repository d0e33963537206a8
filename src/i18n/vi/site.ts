import type { Catalogue } from "../catalogue.js";

const parts = (date: string) => date.split("-").map(Number) as [number, number, number];
const two = (n: number) => String(n).padStart(2, "0");

export const site: Catalogue["site"] = {
  languageName: "Tiếng Việt",
  switchLabel: "Ngôn ngữ",
  defaultTitle: "Các thỏa thuận hợp tác",
  skip: "Chuyển đến nội dung chính",
  navLabel: "Các mục",
  overview: "Tổng quan",
  commitments: "Nội dung cam kết",
  asOf: "Số liệu tính đến ngày",
  madeWith: ({ version }) => `Trang được tạo bằng mou ${version}.`,
  /** "24/07/2025": how Vietnamese tables and reports write a date. */
  date: ({ date }) => {
    const [y, m, d] = parts(date);
    return `${two(d)}/${two(m)}/${y}`;
  },
  /** "Tháng 7/2025". */
  month: ({ month }) => {
    const [y, m] = parts(month);
    return `Tháng ${m}/${y}`;
  },
  reviewNumber: ({ n }) => `lần ${n}`,
  inDays: ({ days }) => (days === 0 ? "hôm nay" : `còn ${days} ngày`),
  daysLate: ({ days }) => `chậm ${days} ngày`,
  andMore: ({ n }) => `và ${n} kỳ khác`,

  atAGlance: "Tình hình chung",
  agreements: "Thỏa thuận",
  nextReviews: "Kỳ đánh giá tới",
  noNextReview: "không có kỳ đánh giá tới",
  pastDue: "quá hạn",
  calendar: "Lịch đánh giá",
  overdue: "Quá hạn",
  dueSoon: "Sắp đến hạn",
  nextTwelveMonths: "Trong 12 tháng tới",
  noneOverdue: "Không có kỳ đánh giá nào quá hạn.",
  noneDueSoon: "Không có kỳ đánh giá nào sắp đến hạn.",
  noneScheduled: "Không có kỳ đánh giá nào trong 12 tháng tới.",
  later: ({ n }) => `Còn ${n} kỳ đánh giá sau thời gian này (xem biểu đồ bên dưới).`,
  scorecard: "Kết quả thực hiện",
  scorecardNote:
    "Nội dung cam kết của từng thỏa thuận theo tiến độ; thanh màu thể hiện tỷ lệ từ hoàn thành đến chưa triển khai.",
  progress: ({ done, total }) => `hoàn thành ${done}/${total} nội dung`,
  noCommitments: "Chưa ghi nội dung cam kết nào.",
  timeline: "Diễn biến các kỳ đánh giá",
  timelineNote:
    "Mỗi dòng thể hiện thời gian từ ngày thỏa thuận có hiệu lực đến ngày hết hạn; đường nét đứt là hôm nay.",
  legend: "Chú giải",
  held: "Đã họp",
  extraMeeting: "Họp bổ sung",
  missed: "Chưa tổ chức",
  nextReview: "Kỳ tới",
  today: "Hôm nay",
  timelineSummary: ({ held, missed, next }) =>
    [held && `Đã họp: ${held}.`, missed && `Chưa tổ chức: ${missed}.`, next && `Kỳ tới: ${next}.`]
      .filter(Boolean)
      .join(" ") || "Chưa có kỳ đánh giá.",
  noAgreements: "Thư mục chưa có thỏa thuận nào.",
  agreement: "Thỏa thuận",
  parties: "Các bên",
  status: "Tình trạng",

  id: "Mã",
  kind: "Loại",
  document: "Văn bản",
  signed: "Ngày ký",
  effective: "Ngày hiệu lực",
  expires: "Ngày hết hạn",
  signatories: "Người ký",
  representatives: "Đại diện",
  notes: "Ghi chú",
  reviews: "Đánh giá định kỳ",
  every: "Chu kỳ",
  fixed: "lịch cố định tính từ ngày bắt đầu",
  rolling: "tính từ lần họp gần nhất",
  first: "Kỳ đầu tiên",
  remind: "Nhắc trước",
  reviewsHeld: "Các kỳ đã họp",
  noneHeld: "Chưa có.",
  noRule: "Thỏa thuận không quy định họp đánh giá định kỳ.",
  notActive: "không có, vì thỏa thuận không ở tình trạng đang hiệu lực",
  expiresFirst: "không có, vì thỏa thuận hết hạn trước kỳ tới",
  dateHeading: "Ngày",
  meeting: "Kỳ họp",
  place: "Địa điểm",
  summary: "Nội dung",
  lead: "Chủ trì",
  support: "Phối hợp",
  progressStatus: "Tiến độ",
  due: "Hạn",
  sectors: "Lĩnh vực",
  sources: "Nguồn",
  agendas: "Chương trình kỳ đánh giá tới",
  agendaFormat: { md: "Markdown", pdf: "PDF", docx: "Word (DOCX)" },

  commitmentsIntro:
    "Toàn bộ nội dung cam kết của các thỏa thuận. Có thể lọc theo bên tham gia, đơn vị chủ trì, lĩnh vực hoặc " +
    "tiến độ; ô tìm kiếm không phân biệt chữ hoa, chữ thường và dấu (gõ “do thi” vẫn tìm được “đô thị”).",
  filters: "Lọc nội dung cam kết",
  party: "Bên tham gia",
  anyParty: "Tất cả các bên",
  leadHint: "cơ quan hoặc địa phương",
  sector: "Lĩnh vực",
  anySector: "Tất cả lĩnh vực",
  anyStatus: "Tất cả",
  overdueOnly: "Chỉ nội dung quá hạn",
  search: "Tìm kiếm",
  searchHint: "tên nội dung, cơ quan hoặc ghi chú",
  clear: "Xóa bộ lọc",
  shown: ({ shown, total }) => `Đang hiển thị ${shown}/${total} nội dung.`,
  noMatch: "Không có nội dung nào phù hợp với bộ lọc.",
  number: "Số",
  commitment: "Nội dung",

  errors: {
    notASite: ({ folder }) =>
      `thư mục ${folder} không do mou tạo và không trống; hãy chọn thư mục khác bằng -o, hoặc dùng --force để ` +
      "thay thế toàn bộ thư mục này",
    notAFolder: ({ folder }) => `${folder} đã tồn tại và không phải là thư mục; dùng --force để thay thế`,
    notReplaced: ({ folder }) =>
      `${folder} là tệp thiết bị, đường ống có tên hoặc socket; mou site không bao giờ thay thế, kể cả khi có --force`,
    wouldReplaceSource: ({ folder }) =>
      `thư mục ${folder} chứa thư mục làm việc hoặc thư mục thỏa thuận; trang web cần một thư mục riêng (-o site)`,
    cannotWrite: ({ folder, reason }) => `không ghi được trang web vào ${folder}: ${reason}`,
    emptyOption: ({ option }) =>
      `${option} không được để trống: ghi thư mục sau -o, tên trang sau --title, hoặc bỏ tùy chọn này`,
    unknownAgendaFormat: ({ value, choices }) =>
      `--agendas: không có định dạng "${value}"; chọn trong ${choices}, cách nhau bằng dấu phẩy`,
    assetsMissing: "bản cài đặt mou này thiếu tệp định dạng và tệp lệnh của trang web; hãy chạy npm run build",
  },
};
