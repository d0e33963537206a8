import type { Catalogue } from "../catalogue.js";

type P = Readonly<Record<string, string | number>>;

/** "các nội dung 3, 4" hay "nội dung 3": số nhiều khi có từ hai trở lên. */
const cac = (n: string | number, noun: string) => (Number(n) > 1 ? `các ${noun}` : noun);
const cap = (s: string | number) => String(s).replace(/^./u, (c) => c.toLocaleUpperCase("vi"));
/** A note quoted at the end of a sentence gets its full stop. */
const end = (s: string | number) => (/[.!?…]$/u.test(String(s)) ? String(s) : `${s}.`);

export const report: Catalogue["report"] = {
  subject: (p) => `Báo cáo kết quả thực hiện ${p.title}`,
  reporter: (p) => `Ủy ban nhân dân ${p.name}`,
  errors: {
    template: (p) => `không dựng được văn bản từ mẫu: ${p.message}`,
    noParty: (p) => `thỏa thuận không có bên “${p.id}” (các bên: ${p.known})`,
    notProvince: (p) =>
      `bên báo cáo “${p.name}” không phải là tỉnh, thành phố đang tồn tại: hãy ghi ` +
      `${String(p.missing)
        .split(",")
        .map((m) => `--${m}`)
        .join(" và ")}, hoặc khai báo trong tệp cho bên đó`,
    noSchedule: "thỏa thuận không quy định lịch họp đánh giá; hãy dùng --from và --to",
    backwards: (p) => `kỳ báo cáo bắt đầu (${p.from}) sau ngày kết thúc (${p.to})`,
  },
  range: (p) => (p.from === p.to ? `tính đến ngày ${p.to}` : `từ ngày ${p.from} đến ngày ${p.to}`),
  period: (p) => (p.from === p.to ? `năm ${p.from}` : `giai đoạn ${p.from} - ${p.to}`),
  signedPhrase: (p) => (p.approved === 1 ? `phê duyệt ngày ${p.date}` : `ký ngày ${p.date}`),
  and: "và",
  general: {
    signed: (p: P) =>
      p.approved === 1
        ? `${cap(p.kind)} được phê duyệt ngày ${p.date}; các bên tham gia: ${p.parties}.`
        : `${cap(p.kind)} được ký kết ngày ${p.date} giữa ${p.parties}.`,
    contents: (p: P) =>
      `${cap(p.kind)} gồm ${p.count} nội dung` +
      (Number(p.goals) > 0 ? `, thuộc ${p.goals} mục tiêu, chiến lược.` : "."),
    rule: (p: P) =>
      p.every === "1 năm"
        ? "Theo thỏa thuận, hằng năm các bên họp đánh giá tình hình thực hiện."
        : `Theo thỏa thuận, định kỳ ${p.every} một lần các bên họp đánh giá tình hình thực hiện.`,
    noRule: (p: P) => `${cap(p.kind)} không quy định kỳ họp đánh giá định kỳ.`,
    held: (p: P) =>
      Number(p.held) === 0
        ? "Đến nay chưa tổ chức kỳ đánh giá định kỳ nào."
        : `Đến nay đã tổ chức ${p.held} kỳ đánh giá định kỳ${p.last === "" ? "." : `, gần nhất vào ngày ${p.last}.`}`,
    lastMeeting: (p: P) => `Cuộc họp gần nhất về tình hình thực hiện diễn ra ngày ${p.date}.`,
    status: (p: P) =>
      Number(p.started) === 0
        ? `Tính đến ngày ${p.date}, chưa có nội dung nào được triển khai${p.rest === "" ? "" : ` (${p.rest})`}.`
        : `Tính đến ngày ${p.date}, đã triển khai ${p.started}/${p.total} nội dung` +
          (Number(p.done) > 0
            ? `, trong đó hoàn thành ${p.done} nội dung (đạt ${p.percent})`
            : ", chưa có nội dung nào hoàn thành") +
          (p.rest === "" ? "." : `; ${p.rest}.`),
    statusPart: (p: P) => `${p.count} nội dung ${p.label}`,
    pastDue: (p: P) => `Có ${p.count} nội dung đã quá thời hạn hoàn thành.`,
    indicators: (p: P) => `Trong ${p.total} chỉ tiêu theo dõi có ${p.parts}.`,
    indicatorPart: (p: P) => `${p.count} chỉ tiêu ${p.track}`,
  },
  value: (p) => (p.unit === "%" ? `${p.value}%` : `${p.value} ${p.unit}`),
  indicatorLine: (p) =>
    p.latest === ""
      ? `chưa có số liệu; mục tiêu ${p.target}${p.by === "" ? "" : ` vào ngày ${p.by}`}.`
      : `đạt ${p.latest} (số liệu ngày ${p.date}); mục tiêu ${p.target}${p.by === "" ? "" : ` vào ngày ${p.by}`}` +
        (p.percent === "" ? "" : `; đã thực hiện ${p.percent} chặng đường từ mức gốc ${p.baseline}`) +
        (p.expected === "" ? "" : ` (kế hoạch đến thời điểm đó: ${p.expected})`) +
        `; đánh giá: ${p.track}.`,
  indicatorRef: (p) => `“${p.title}” (nội dung ${p.id})`,
  actualChange: (p) => `${p.indicator} đạt ${p.value}${p.source === "" ? "" : ` (nguồn: ${p.source})`}`,
  difficulties: {
    stalled: (p) => `Nội dung ${p.id} (${p.title}) đang đình trệ${p.note === "" ? "." : `: ${end(p.note)}`}`,
    pastDue: (p) =>
      `Nội dung ${p.id} có thời hạn hoàn thành ngày ${p.due} nhưng đến nay chưa hoàn thành (${p.status}).`,
    notStarted: (p) => `${cap(cac(p.count, "nội dung"))} ${p.ids} chưa triển khai.`,
    offTrack: (p) =>
      `Chỉ tiêu “${p.title}” (nội dung ${p.id}) chậm tiến độ: mới đạt ${p.percent} chặng đường, ` +
      `trong khi theo kế hoạch cần đạt ${p.expected}.`,
    missed: (p) =>
      `Chỉ tiêu “${p.title}” (nội dung ${p.id}) không đạt mục tiêu đúng hạn ${p.by}: mới đạt ${p.percent}.`,
    noData: (p) => `Chưa có số liệu về ${cac(p.count, "chỉ tiêu")} ${p.titles}.`,
    missedReviews: (p) => `Kỳ đánh giá định kỳ lần ${p.numbers} chưa được tổ chức.`,
    overdueReview: (p) =>
      `Kỳ đánh giá lần ${p.number} đến hạn ngày ${p.due} nhưng chưa được tổ chức (quá hạn ${p.days} ngày).`,
    none: "Chưa có nội dung đình trệ, quá hạn hoặc thiếu số liệu.",
  },
  tasks: {
    stalled: (p) => `Tập trung tháo gỡ khó khăn, vướng mắc để tiếp tục thực hiện ${cac(p.count, "nội dung")} ${p.ids}.`,
    pastDue: (p) => `Khẩn trương hoàn thành ${cac(p.count, "nội dung")} đã quá thời hạn: ${p.ids}.`,
    notStarted: (p) => `Triển khai thực hiện ${cac(p.count, "nội dung")} chưa triển khai: ${p.ids}.`,
    continue: (p) => `Tiếp tục triển khai ${cac(p.count, "nội dung")} đang thực hiện: ${p.ids}.`,
    pace: (p) => `Có giải pháp đẩy nhanh tiến độ ${cac(p.count, "chỉ tiêu")} chậm tiến độ: ${p.titles}.`,
    data: (p) => `Thu thập, cập nhật số liệu ${cac(p.count, "chỉ tiêu")} ${p.titles}.`,
    review: (p) =>
      `Chuẩn bị, tổ chức Hội nghị đánh giá lần ${p.number}${p.date === "" ? "" : ` (theo lịch ngày ${p.date})`}.`,
    following: (p) => `Kỳ đánh giá tiếp theo (lần ${p.number}) dự kiến vào ngày ${p.date}.`,
  },
  proposals: {
    reviews: (p) => `Đề nghị các bên thống nhất thời gian tổ chức kỳ đánh giá lần ${p.numbers} chưa được tổ chức.`,
    deadlines: (p) =>
      `Đề nghị các bên xem xét, thống nhất thời hạn mới đối với ${cac(p.count, "nội dung")} đã quá hạn: ${p.ids}.`,
    data: "Đề nghị các cơ quan chủ trì cung cấp số liệu các chỉ tiêu chưa có số liệu để theo dõi, đánh giá.",
  },
  charts: {
    caption: (p) => `Biểu đồ ${p.number}. ${p.title}`,
    status: (p) => `Tiến độ thực hiện ${p.total} nội dung`,
    statusItem: (p) => `${p.label}: ${p.count} (${p.percent})`,
    indicators: "Tỷ lệ chặng đường đã thực hiện của các chỉ tiêu (từ mức gốc đến mục tiêu)",
    indicatorValue: (p) =>
      `${p.percent === "" ? "chưa có số liệu" : p.percent}${p.expected === "" ? "" : ` (kế hoạch ${p.expected})`}`,
    indicatorItem: (p) => `${p.label}: ${p.value}`,
    expected: "kế hoạch",
    timeline: "Các kỳ đánh giá",
    signed: "ký kết",
    approved: "phê duyệt",
    held: (p) => `lần ${p.number}`,
    extra: "họp bổ sung",
    missed: (p) => `lần ${p.number}: chưa tổ chức`,
    next: (p) => `lần ${p.number}: ${p.state}`,
    following: (p) => `lần ${p.number} (dự kiến)`,
    today: "ngày báo cáo",
    timelineItem: (p) => `${p.date}: ${p.label}`,
  },
};
