import { shortDate } from "../../core/text/date-text.js";
import type { Catalogue } from "../catalogue.js";
import { labels } from "./labels.js";

type P = Readonly<Record<string, string | number>>;

const q = (v: string | number | undefined): string => `“${String(v)}”`;
const hint = (p: P): string => (p.suggestion === undefined ? "" : `; có lẽ định viết ${q(p.suggestion)}`);
const on = (p: P) => shortDate(String(p.since), "vi");

const types: Record<string, string> = {
  string: "văn bản",
  integer: "số nguyên",
  number: "số",
  boolean: "true hoặc false",
  array: "danh sách (các dòng bắt đầu bằng “- ”)",
  object: "nhóm trường (các dòng “tên trường: giá trị”)",
  null: "giá trị để trống",
  infinite: "số vô hạn hoặc không xác định (.inf, .nan)",
  date: "ngày viết theo dạng YYYY-MM-DD",
  duration: "khoảng thời gian như P2Y",
  text: "văn bản hoặc nhóm {vi, en}",
};
const typeWords = (list: string | number | undefined): string =>
  String(list ?? "")
    .split(",")
    .map((t) => types[t] ?? t)
    .join(" hoặc ");

const allowedWords = (p: P): string => {
  const table: Record<string, string> | undefined = labels[p.labels as keyof typeof labels] as
    | Record<string, string>
    | undefined;
  return String(p.allowed)
    .split(", ")
    .map((code) => (table && typeof table[code] === "string" ? `${code} (${table[code]})` : code))
    .join(", ");
};

const syntax: Record<string, (p: P) => string> = {
  tab: () => "dòng này thụt lề bằng ký tự Tab; hãy thụt lề bằng dấu cách, không dùng phím Tab",
  colon: (p) =>
    `giá trị của ${q(p.key)} có dấu hai chấm nên bị đọc nhầm thành một trường mới; hãy thêm dấu ngoặc kép ` +
    `quanh giá trị: ${p.key}: "…"`,
  "map-indent": () => "thụt lề không đúng: các trường cùng cấp phải bắt đầu ở cùng một cột",
  "list-indent": () => "thụt lề không đúng: các mục của danh sách (dòng bắt đầu bằng “- ”) phải bắt đầu ở cùng một cột",
  "double-quote": () => "dấu ngoặc kép mở ở đây chưa được đóng; hãy thêm dấu ngoặc kép đóng ở cuối giá trị",
  "single-quote": () => "dấu nháy đơn mở ở đây chưa được đóng; hãy thêm dấu nháy đơn đóng ở cuối giá trị",
  bracket: () => "dấu ngoặc [ hoặc { chưa được đóng; hãy thêm dấu ] hoặc } tương ứng",
  comma: () => "thiếu dấu phẩy giữa các phần tử trong dấu ngoặc [ ] hoặc { }",
  "missing-colon": () => "thiếu dấu hai chấm sau tên trường (viết “tên trường: giá trị”)",
  "space-after-colon": () => "cần một dấu cách sau dấu hai chấm (viết “status: done”)",
  "multiline-key": () =>
    "dòng này không có dạng “tên trường: giá trị”; giá trị viết trên nhiều dòng thì hãy đặt trong dấu ngoặc kép",
  "extra-content": () =>
    "có nội dung thừa sau một giá trị đã kết thúc (thường do thụt lề sai hoặc dấu ngoặc kép đóng giữa dòng)",
  "second-document": () => "tệp có tài liệu YAML thứ hai; hãy xóa dòng “---” thứ hai hoặc tách thành tệp riêng",
  escape: () => "ký tự sau dấu \\ trong dấu ngoặc kép không hợp lệ; viết \\\\ để có một dấu \\, hoặc dùng dấu nháy đơn",
  "unknown-alias": () => "tham chiếu (alias) trỏ tới một mốc (&tên) chưa được khai báo trước đó",
  "collection-key": () => "tên trường phải là một giá trị đơn, không được là danh sách hay nhóm trường",
  "tight-comment": () => "cần một dấu cách trước dấu # của chú thích",
  circular: () => "tham chiếu (alias) trỏ tới chính nhóm chứa nó",
};

const warnings: Record<string, (p: P) => string> = {
  tag: (p) => `thẻ ${p.tag} không được dùng và sẽ bị bỏ qua`,
  "deficient-indentation": () => "các dòng của giá trị này thụt lề ít hơn tên trường của nó",
};

export const diagnostics: Catalogue["diagnostics"] = {
  "file/unreadable": (p) => `không đọc được tệp: ${p.reason}`,
  "file/too-large": (p) => `tệp có dung lượng ${p.size} byte, vượt giới hạn ${p.limit} byte của một tệp thỏa thuận`,
  "file/empty": () => "tệp không có nội dung (chỉ có chú thích hoặc dòng trống)",
  "file/binary": () => "tệp không phải văn bản YAML (có byte NUL, có thể là tệp Word, Excel hoặc tệp nén)",
  "file/utf16": (p) =>
    p.bom === 0
      ? `tệp được lưu theo bảng mã ${p.encoding} không có dấu thứ tự byte (BOM); hãy lưu lại theo bảng mã UTF-8`
      : `tệp được lưu theo bảng mã ${p.encoding}; hãy lưu lại theo bảng mã UTF-8`,
  "file/not-utf8": (p) =>
    `tệp không phải văn bản UTF-8 (byte 0x${p.byte} ở vị trí ${p.offset})` +
    (p.guess
      ? `; có vẻ tệp được gõ theo bảng mã ${p.guess}: hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã ` +
        "của Unikey) rồi lưu lại theo bảng mã UTF-8"
      : "; hãy lưu lại theo bảng mã UTF-8"),
  "file/control-character": (p) =>
    p.char === "U+FEFF"
      ? "tệp bắt đầu bằng dấu thứ tự byte (BOM, U+FEFF) lặp lại lần thứ hai; hãy xóa dấu này"
      : p.char === "U+000D"
        ? "có ký tự về đầu dòng (U+000D) không kèm ký tự xuống dòng; hãy lưu tệp với kiểu xuống dòng LF hoặc CRLF"
        : `tệp có ký tự điều khiển ${p.char}; YAML chỉ cho phép ký tự này ở dạng mã thoát trong dấu ngoặc kép; ` +
          "hãy xóa ký tự này",
  "file/too-many-problems": (p) =>
    `còn ${p.about ? "khoảng " : ""}${p.count} lỗi khác từ vị trí này trở đi chưa được hiển thị ` +
    `(mou chỉ báo ${p.shown} lỗi đầu tiên của mỗi tệp)`,
  "yaml/syntax": (p) => {
    const explain = syntax[p.kind as string];
    return explain ? `lỗi cú pháp YAML: ${explain(p)}` : `lỗi cú pháp YAML (trình đọc YAML báo: “${p.detail}”)`;
  },
  "yaml/duplicate-key": (p) =>
    `trường ${q(p.key)} được ghi hai lần trong cùng một nhóm; hãy xóa hoặc gộp một trong hai`,
  "yaml/alias-limit": (p) =>
    `tham chiếu (alias) được mở rộng quá nhiều lần (giới hạn ${p.limit}); tệp có dấu hiệu cố ý làm cạn tài nguyên`,
  "yaml/too-deep": (p) => `các nhóm lồng nhau quá sâu (tối đa ${p.limit} cấp)`,
  "yaml/warning": (p) => {
    const explain = warnings[p.kind as string];
    return explain ? `YAML: ${explain(p)}` : `YAML (trình đọc YAML báo: “${p.detail}”)`;
  },
  "schema/unknown-key": (p) =>
    `trường ${q(p.key)} không có trong định dạng tệp` +
    (p.suggestion === undefined ? " (xem danh sách trường bằng lệnh mou schema)" : hint(p)),
  "schema/required": (p) =>
    p.where === "" && p.field === "signed"
      ? `thiếu trường bắt buộc: ${p.key}; chỉ thỏa thuận còn là dự thảo (status: draft) mới được để trống`
      : `thiếu trường bắt buộc: ${p.key}`,
  "schema/type": (p) =>
    `${p.key || "nội dung tệp"} phải là ${typeWords(p.expected)}` +
    (p.actual ? `, không phải ${typeWords(p.actual)}` : ""),
  "schema/enum": (p) =>
    p.word === 1
      ? `${q(p.value)} phải ghi bằng mã: ${p.field}: ${p.suggestion}`
      : `${p.key}: ${q(p.value)} không phải giá trị được phép; chọn một trong các giá trị ${allowedWords(p)}${hint(p)}`,
  "schema/date": (p) =>
    p.suggestion === undefined
      ? `${q(p.value)} không phải ngày hợp lệ viết theo dạng YYYY-MM-DD`
      : `${q(p.value)} chưa viết theo dạng YYYY-MM-DD; hãy viết là ${p.suggestion}`,
  "schema/date-range": (p) => `ngày ${q(p.value)} nằm ngoài khoảng ngày mou xử lý, từ ${p.first} đến ${p.last}`,
  "schema/duration": (p) =>
    `${q(p.value)} không phải khoảng thời gian lớn hơn 0; viết như P2Y (2 năm), P6M (6 tháng), P4W (4 tuần) ` +
    "hoặc P90D (90 ngày)",
  "schema/id-format": (p) =>
    p.suggestion === undefined
      ? `${q(p.value)} không phải mã hợp lệ: mã chỉ gồm chữ thường không dấu a-z, chữ số và dấu gạch ngang, ` +
        "ví dụ nghe-an"
      : `lĩnh vực ${q(p.value)} phải ghi bằng mã: ${p.suggestion}`,
  "schema/empty": (p) => `${p.key} không được để trống`,
  "schema/uri": (p) => `${q(p.value)} không phải địa chỉ trang web hợp lệ (dạng https://…)`,
  "schema/pattern": (p) => `giá trị ${q(p.value)} của ${p.key} không hợp lệ (không được có dấu cách)`,
  "schema/invalid": (p) => `${p.key} không hợp lệ: ${p.detail}`,
  "schema/range": (p) => `${p.value} vượt quá giới hạn: giá trị phải nằm trong khoảng từ -10^15 đến 10^15`,
  "rule/id-mismatch": (p) =>
    `mã ${q(p.id)} khác tên tệp; hãy đổi tên tệp thành ${p.expected} hoặc sửa thành id: ${p.stem}`,
  "rule/duplicate-agreement-id": (p) => `mã thỏa thuận ${q(p.id)} đã được dùng ở tệp ${p.other}`,
  "rule/duplicate-party-id": (p) => `mã bên tham gia ${q(p.id)} bị trùng trong tệp (đã dùng cho ${p.first})`,
  "rule/duplicate-commitment-id": (p) => `số hiệu nội dung ${q(p.id)} bị trùng trong tệp (đã dùng cho ${p.first})`,
  "rule/unknown-party": (p) => `${q(p.party)} không phải mã của bên tham gia nào (các bên: ${p.known})${hint(p)}`,
  "rule/expires-before-signed": (p) => `ngày hết hiệu lực ${p.expires} trước ngày ký ${p.signed}`,
  "rule/review-before-effective": (p) =>
    `cuộc họp đánh giá ngày ${p.date} diễn ra trước ngày thỏa thuận có hiệu lực (${p.effective})`,
  "rule/review-after-as-of": (p) =>
    `cuộc họp đánh giá ngày ${p.date} sau ngày ${p.asOf}: chỉ ghi các cuộc họp đã tổ chức`,
  "rule/covers-below-1": (p) => `kỳ đánh giá (covers) ghi là ${p.covers}; số thứ tự kỳ đánh giá bắt đầu từ 1`,
  "rule/covers-too-high": (p) =>
    `kỳ đánh giá (covers) ghi là ${p.covers}, nhưng lịch đánh giá chỉ có ${p.count} kỳ đến ngày ${p.last}, ` +
    "ngày cuối cùng mou xử lý",
  "rule/duration-too-long": (p) => `${q(p.value)} dài hơn một thế kỷ (P100Y), khoảng thời gian dài nhất mou chấp nhận`,
  "rule/expired-active": (p) =>
    `thỏa thuận đã hết hiệu lực từ ngày ${p.expires} nhưng tình trạng vẫn ghi là đang hiệu lực; ` +
    "nếu đúng đã hết hiệu lực, hãy ghi status: expired",
  "rule/commitment-overdue": (p) =>
    `nội dung ${q(p.id)} đã quá thời hạn ${p.due} nhưng vẫn ở trạng thái ` +
    `“${labels.commitmentStatus[p.status as keyof typeof labels.commitmentStatus] ?? p.status}”`,
  "review/overdue": (p) => `kỳ đánh giá lần ${p.number} đến hạn ngày ${p.due}, đã quá hạn ${p.ago} ngày`,
  "review/due-soon": (p) =>
    `kỳ đánh giá lần ${p.number} đến hạn ngày ${p.due}, ${p.days === 0 ? "hôm nay" : `còn ${p.days} ngày`}`,
  "review/missed": (p) => `kỳ đánh giá định kỳ lần ${p.numbers} chưa được tổ chức`,
  "rule/unknown-unit": (p) =>
    `${q(p.unit)} không phải đơn vị hành chính cấp tỉnh: ghi mã số hai chữ số hoặc tên viết liền không dấu ` +
    `(xem lệnh mou units)${hint(p)}`,
  "rule/unit-succeeded": (p) =>
    p.change === "renamed"
      ? `${p.was} đã đổi tên thành ${p.now} từ ngày ${on(p)}`
      : p.others
        ? `${p.was} (mã ${p.wasCode}) đã sáp nhập với ${p.others} thành ${p.now} (mã ${p.nowCode}) từ ngày ${on(p)}`
        : `${p.was} (mã ${p.wasCode}) đã thuộc ${p.now} (mã ${p.nowCode}) từ ngày ${on(p)}`,
  "rule/unknown-country": (p) =>
    `${q(p.country)} không phải mã quốc gia theo ISO 3166-1; ghi hai chữ cái in hoa, ví dụ LA, KR, JP`,
  "rule/parties-merged": (p) => `tất cả các bên nay đều thuộc ${p.now}; có thể cần chấm dứt thỏa thuận`,
  "rule/duplicate-goal-id": (p) => `mã mục tiêu ${q(p.id)} bị trùng trong tệp (đã dùng cho ${p.first})`,
  "rule/unknown-goal": (p) =>
    p.known === ""
      ? `${q(p.goal)} không phải là mục tiêu: tệp chưa khai báo mục tiêu nào (goals)`
      : `${q(p.goal)} không phải là một mục tiêu đã khai báo (${p.known})${hint(p)}`,
  "rule/goal-cycle": (p) =>
    `mục tiêu ${q(p.id)} là cấp trên của chính nó (${p.chain}): quan hệ cấp trên tạo thành vòng lặp`,
  "rule/duplicate-indicator-id": (p) =>
    `mã chỉ tiêu ${q(p.id)} bị trùng trong nội dung ${q(p.commitment)} (đã dùng cho ${p.first})`,
  "rule/indicator-direction": (p) =>
    `giá trị mục tiêu ${p.target} ${p.direction === "increase" ? "thấp hơn" : "cao hơn"} giá trị gốc ${p.baseline} ` +
    `nhưng chiều mong muốn là ${p.direction === "increase" ? "tăng" : "giảm"}; hãy sửa giá trị hoặc ghi direction: ` +
    `${p.direction === "increase" ? "decrease" : "increase"}`,
  "rule/target-before-baseline": (p) => `thời hạn đạt mục tiêu ${p.by} không sau thời điểm của giá trị gốc ${p.date}`,
  "rule/actual-before-baseline": (p) => `số liệu ngày ${p.date} có trước thời điểm của giá trị gốc ${p.baseline}`,
  "rule/actual-after-as-of": (p) => `số liệu ngày ${p.date} sau ngày ${p.asOf}: chỉ ghi số liệu đã có`,
  "rule/duplicate-actual-date": (p) => `chỉ tiêu ${q(p.id)} có hai số liệu cùng ngày ${p.date} (đã ghi ở ${p.first})`,
};
