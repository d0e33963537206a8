import type { Lang } from "../../i18n/lang.js";
import { shortDate } from "../text/date-text.js";
import type { Severity } from "./diagnostic.js";
import { measureMessages } from "./measure-messages.js";

type Params = Readonly<Record<string, string | number>>;
interface MessageSpec {
  severity: Severity;
  en: (p: Params) => string;
  vi: (p: Params) => string;
}

const q = (v: string | number | undefined): string => `“${String(v)}”`;
const hint = (p: Params, lang: Lang): string =>
  p.suggestion === undefined
    ? ""
    : lang === "vi"
      ? `; có phải ý bạn là ${q(p.suggestion)}?`
      : `; did you mean ${q(p.suggestion)}?`;

/**
 * Every diagnostic mou can report, keyed by its stable code. The code is the contract (scripts and CI
 * match on it); the wording may improve over time.
 */
export const messages = {
  "file/unreadable": {
    severity: "error",
    en: (p) => `cannot read the file: ${p.reason}`,
    vi: (p) => `không đọc được tệp: ${p.reason}`,
  },
  "file/too-large": {
    severity: "error",
    en: (p) => `the file is ${p.size} bytes; agreement files are limited to ${p.limit} bytes`,
    vi: (p) => `tệp có ${p.size} byte, vượt giới hạn ${p.limit} byte cho một tệp thỏa thuận`,
  },
  "file/empty": {
    severity: "error",
    en: () => "the file is empty (it holds no YAML content, at most comments)",
    vi: () => "tệp trống (không có nội dung YAML, chỉ có chú thích hoặc dòng trống)",
  },
  "file/binary": {
    severity: "error",
    en: () => "the file is binary, not YAML text",
    vi: () => "tệp là dữ liệu nhị phân, không phải văn bản YAML",
  },
  "file/utf16": {
    severity: "error",
    en: (p) => `the file is encoded in ${p.encoding}; save it as UTF-8`,
    vi: (p) => `tệp được mã hóa ${p.encoding}; hãy lưu lại dưới dạng UTF-8`,
  },
  "file/not-utf8": {
    severity: "error",
    en: (p) =>
      `the file is not valid UTF-8 (byte 0x${p.byte} at offset ` +
      `${p.offset})${p.guess ? `; it looks like ${p.guess}` : ""}; save it as UTF-8`,
    vi: (p) =>
      `tệp không phải UTF-8 hợp lệ (byte 0x${p.byte} ở vị trí ` +
      `${p.offset})${p.guess ? `; có vẻ là bảng mã ${p.guess}` : ""}; hãy lưu lại dưới dạng ` +
      `UTF-8`,
  },
  "file/control-character": {
    severity: "error",
    en: (p) =>
      p.char === "U+FEFF"
        ? "the file starts with a second byte order mark (U+FEFF); remove it"
        : p.char === "U+000D"
          ? "a carriage return (U+000D) without a line feed after it; save the file with LF or CRLF line ends"
          : `the file holds the control character ${p.char}, which YAML allows only as an escape ` +
            "in double quotes; remove it",
    vi: (p) =>
      p.char === "U+FEFF"
        ? "tệp bắt đầu bằng dấu thứ tự byte (U+FEFF) lặp lại lần thứ hai; hãy xóa dấu này"
        : p.char === "U+000D"
          ? "ký tự về đầu dòng (U+000D) không đi kèm ký tự xuống dòng; " +
            "hãy lưu tệp với kiểu xuống dòng LF hoặc CRLF"
          : `tệp chứa ký tự điều khiển ${p.char}, YAML chỉ cho phép ký tự này dưới dạng mã thoát ` +
            "trong dấu ngoặc kép; hãy xóa ký tự này",
  },
  "file/too-many-problems": {
    severity: "error",
    en: (p) =>
      `${p.about ? "about " : ""}${p.count} more problems from here on are not shown ` +
      `(mou reports the first ${p.shown} of a file)`,
    vi: (p) =>
      `còn ${p.about ? "khoảng " : ""}${p.count} lỗi khác từ vị trí này trở đi không được hiển thị ` +
      `(mou chỉ báo ${p.shown} lỗi đầu tiên của một tệp)`,
  },
  "yaml/syntax": {
    severity: "error",
    en: (p) => `YAML syntax error: ${p.detail}`,
    vi: (p) => `lỗi cú pháp YAML: ${p.detail}`,
  },
  "yaml/duplicate-key": {
    severity: "error",
    en: (p) => `the key ${q(p.key)} appears twice in the same map`,
    vi: (p) => `khóa ${q(p.key)} xuất hiện hai lần trong cùng một khối`,
  },
  "yaml/alias-limit": {
    severity: "error",
    en: (p) => `too many alias expansions (limit ${p.limit}); the file may be a resource-exhaustion attack`,
    vi: (p) => `quá nhiều lần mở rộng alias (giới hạn ${p.limit}); tệp có thể là tấn công làm cạn tài nguyên`,
  },
  "yaml/too-deep": {
    severity: "error",
    en: (p) => `the YAML is nested too deeply (limit ${p.limit} levels)`,
    vi: (p) => `YAML lồng nhau quá sâu (giới hạn ${p.limit} cấp)`,
  },
  "yaml/warning": {
    severity: "warning",
    en: (p) => `YAML: ${p.detail}`,
    vi: (p) => `YAML: ${p.detail}`,
  },
  "schema/unknown-key": {
    severity: "error",
    en: (p) => `unknown key ${q(p.key)}${hint(p, "en")}`,
    vi: (p) => `khóa không hợp lệ ${q(p.key)}${hint(p, "vi")}`,
  },
  "schema/required": {
    severity: "error",
    en: (p) =>
      p.key === "signed" && p.where === ""
        ? `${q(p.key)} is required unless status is draft`
        : `${q(p.key)} is required`,
    vi: (p) =>
      p.key === "signed" && p.where === ""
        ? `thiếu ${q(p.key)} (bắt buộc trừ khi status là draft)`
        : `thiếu ${q(p.key)} (bắt buộc)`,
  },
  "schema/type": {
    severity: "error",
    en: (p) =>
      `${p.key ? q(p.key) : "the top level of the file"} must be ${p.expected}${p.actual ? `, not ${p.actual}` : ""}`,
    vi: (p) =>
      `${p.key ? q(p.key) : "cấp ngoài cùng của tệp"} phải là ` +
      `${p.expectedVi}${p.actualVi ? `, không phải ${p.actualVi}` : ""}`,
  },
  "schema/enum": {
    severity: "error",
    en: (p) => `${q(p.value)} is not a valid ${p.key}; use one of ${p.allowed}${hint(p, "en")}`,
    vi: (p) => `${q(p.value)} không phải giá trị hợp lệ của ${p.key}; dùng một trong ${p.allowed}${hint(p, "vi")}`,
  },
  "schema/date": {
    severity: "error",
    en: (p) => `${q(p.value)} is not a calendar date written YYYY-MM-DD`,
    vi: (p) => `${q(p.value)} không phải ngày hợp lệ dạng YYYY-MM-DD`,
  },
  "schema/date-range": {
    severity: "error",
    en: (p) => `${q(p.value)} is outside the dates mou handles, ${p.first} to ${p.last}`,
    vi: (p) => `${q(p.value)} nằm ngoài khoảng ngày mou xử lý, từ ${p.first} đến ${p.last}`,
  },
  "schema/duration": {
    severity: "error",
    en: (p) => `${q(p.value)} is not a duration greater than zero such as P2Y, P6M, P4W or P90D`,
    vi: (p) => `${q(p.value)} không phải khoảng thời gian lớn hơn 0 như P2Y, P6M, P4W hoặc P90D`,
  },
  "schema/id-format": {
    severity: "error",
    en: (p) =>
      `${q(p.value)} is not a valid identifier: use lowercase letters a-z, digits and single hyphens, e.g. nghe-an`,
    vi: (p) =>
      `${q(p.value)} không phải mã hợp lệ: chỉ dùng chữ thường a-z không dấu, chữ số và dấu gạch ngang, ví dụ nghe-an`,
  },
  "schema/empty": {
    severity: "error",
    en: (p) => `${q(p.key)} must not be empty`,
    vi: (p) => `${q(p.key)} không được để trống`,
  },
  "schema/uri": {
    severity: "error",
    en: (p) => `${q(p.value)} is not a web address (URI)`,
    vi: (p) => `${q(p.value)} không phải địa chỉ web (URI) hợp lệ`,
  },
  "schema/pattern": {
    severity: "error",
    en: (p) => `${q(p.value)} is not a valid ${p.key} (it must not contain spaces)`,
    vi: (p) => `${q(p.value)} không phải ${p.key} hợp lệ (không được chứa khoảng trắng)`,
  },
  "schema/invalid": {
    severity: "error",
    en: (p) => `${q(p.key)} is invalid: ${p.detail}`,
    vi: (p) => `${q(p.key)} không hợp lệ: ${p.detail}`,
  },
  "rule/id-mismatch": {
    severity: "error",
    en: (p) => `the id ${q(p.id)} differs from the file name; name the file ${p.expected} or set id: ${p.stem}`,
    vi: (p) => `mã ${q(p.id)} khác tên tệp; hãy đặt tên tệp là ${p.expected} hoặc sửa thành id: ${p.stem}`,
  },
  "rule/duplicate-agreement-id": {
    severity: "error",
    en: (p) => `the agreement id ${q(p.id)} is already used by ${p.other}`,
    vi: (p) => `mã thỏa thuận ${q(p.id)} đã được dùng trong ${p.other}`,
  },
  "rule/duplicate-party-id": {
    severity: "error",
    en: (p) => `the party id ${q(p.id)} is used twice in this file (first as ${p.first})`,
    vi: (p) => `mã bên tham gia ${q(p.id)} bị dùng hai lần trong tệp (lần đầu ở ${p.first})`,
  },
  "rule/duplicate-commitment-id": {
    severity: "error",
    en: (p) => `the commitment id ${q(p.id)} is used twice in this file (first as ${p.first})`,
    vi: (p) => `mã nội dung ${q(p.id)} bị dùng hai lần trong tệp (lần đầu ở ${p.first})`,
  },
  "rule/unknown-party": {
    severity: "error",
    en: (p) => `${q(p.party)} is not one of the parties (${p.known})${hint(p, "en")}`,
    vi: (p) => `${q(p.party)} không phải là một bên tham gia (${p.known})${hint(p, "vi")}`,
  },
  "rule/expires-before-signed": {
    severity: "error",
    en: (p) => `expires ${p.expires} is before signed ${p.signed}`,
    vi: (p) => `ngày hết hạn ${p.expires} trước ngày ký ${p.signed}`,
  },
  "rule/review-before-effective": {
    severity: "error",
    en: (p) => `the review of ${p.date} is before the agreement took effect on ${p.effective}`,
    vi: (p) => `cuộc họp đánh giá ngày ${p.date} diễn ra trước ngày thỏa thuận có hiệu lực ${p.effective}`,
  },
  "rule/review-after-as-of": {
    severity: "error",
    en: (p) => `the review of ${p.date} is after ${p.asOf}: only reviews already held are recorded`,
    vi: (p) => `cuộc họp đánh giá ngày ${p.date} sau ngày ${p.asOf}: chỉ ghi các cuộc họp đã tổ chức`,
  },
  "rule/covers-below-1": {
    severity: "error",
    en: (p) => `covers is ${p.covers}; review numbers start at 1`,
    vi: (p) => `covers là ${p.covers}; số thứ tự kỳ đánh giá bắt đầu từ 1`,
  },
  "rule/covers-too-high": {
    severity: "error",
    en: (p) =>
      `covers is ${p.covers}, but the review calendar has ${p.count} reviews up to ${p.last}, the last date mou ` +
      "handles",
    vi: (p) =>
      `covers là ${p.covers}, nhưng lịch đánh giá chỉ có ${p.count} kỳ đến ngày ${p.last}, ngày cuối cùng mou ` +
      "xử lý",
  },
  "rule/duration-too-long": {
    severity: "error",
    en: (p) => `${q(p.value)} is longer than a century (P100Y), the longest period mou accepts`,
    vi: (p) => `${q(p.value)} dài hơn một thế kỷ (P100Y), khoảng thời gian dài nhất mou chấp nhận`,
  },
  "rule/expired-active": {
    severity: "warning",
    en: (p) => `the agreement expired on ${p.expires} but its status is still active`,
    vi: (p) => `thỏa thuận đã hết hạn ngày ${p.expires} nhưng tình trạng vẫn là active`,
  },
  "rule/commitment-overdue": {
    severity: "warning",
    en: (p) => `commitment ${q(p.id)} was due on ${p.due} and is ${p.status}`,
    vi: (p) => `nội dung ${q(p.id)} có hạn ngày ${p.due} nhưng đang ở trạng thái ${p.status}`,
  },
  "review/overdue": {
    severity: "error",
    en: (p) => `review no. ${p.number} was due on ${p.due}, ${p.ago} ${p.ago === 1 ? "day" : "days"} ago`,
    vi: (p) => `kỳ đánh giá lần ${p.number} đến hạn ngày ${p.due}, đã quá ${p.ago} ngày`,
  },
  "review/due-soon": {
    severity: "warning",
    en: (p) =>
      `review no. ${p.number} is due on ${p.due}, ` +
      `${p.days === 0 ? "today" : `in ${p.days} ${p.days === 1 ? "day" : "days"}`}`,
    vi: (p) => `kỳ đánh giá lần ${p.number} đến hạn ngày ${p.due}, ${p.days === 0 ? "hôm nay" : `còn ${p.days} ngày`}`,
  },
  "review/missed": {
    severity: "warning",
    en: (p) => `scheduled ${/[,–]/.test(String(p.numbers)) ? "reviews" : "review"} no. ${p.numbers} never held`,
    vi: (p) => `kỳ đánh giá định kỳ lần ${p.numbers} chưa được tổ chức`,
  },
  "rule/unknown-unit": {
    severity: "error",
    en: (p) =>
      `${q(p.unit)} is not a provincial-level unit: use its two-digit code or its name as a ` +
      `slug (see mou units)${hint(p, "en")}`,
    vi: (p) =>
      `${q(p.unit)} không phải đơn vị hành chính cấp tỉnh: dùng mã số hai chữ số hoặc tên ` +
      `viết liền không dấu (xem mou units)${hint(p, "vi")}`,
  },
  "rule/unit-succeeded": {
    severity: "warning",
    en: (p) =>
      p.change === "renamed"
        ? `${p.was} has been ${p.now} since ${shortDate(String(p.since), "en")}`
        : p.others
          ? `${p.was} (code ${p.wasCode}) was merged with ${p.others} into ${p.now} (code ${p.nowCode}) on ` +
            shortDate(String(p.since), "en")
          : `${p.was} (code ${p.wasCode}) has been part of ${p.now} (code ${p.nowCode}) since ` +
            shortDate(String(p.since), "en"),
    vi: (p) =>
      p.change === "renamed"
        ? `${p.was} đã đổi thành ${p.now} từ ngày ${shortDate(String(p.since), "vi")}`
        : p.others
          ? `${p.was} (mã ${p.wasCode}) đã sáp nhập với ${p.others} thành ${p.now} (mã ${p.nowCode}) ` +
            `từ ngày ${shortDate(String(p.since), "vi")}`
          : `${p.was} (mã ${p.wasCode}) đã thuộc ${p.now} (mã ${p.nowCode}) từ ngày ` +
            shortDate(String(p.since), "vi"),
  },
  "rule/unknown-country": {
    severity: "error",
    en: (p) => `${q(p.country)} is not an ISO 3166-1 country code; write two capital letters such as LA, KR or JP`,
    vi: (p) => `${q(p.country)} không phải mã quốc gia ISO 3166-1; ghi hai chữ in hoa, ví dụ LA, KR, JP`,
  },
  "rule/parties-merged": {
    severity: "warning",
    en: (p) => `all parties now belong to ${p.now}; the agreement may need to be closed`,
    vi: (p) => `tất cả các bên nay thuộc ${p.now}; thỏa thuận có thể cần được chấm dứt`,
  },
  ...measureMessages,
} satisfies Record<string, MessageSpec>;

export type Code = keyof typeof messages;

export const codes = Object.keys(messages) as Code[];

export function severityOf(code: Code): Severity {
  return messages[code].severity;
}

export function formatMessage(code: Code, params: Params, lang: Lang): string {
  const spec: MessageSpec = messages[code];
  return spec[lang](params);
}
