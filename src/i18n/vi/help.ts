import type { Catalogue } from "../catalogue.js";

export const help: Catalogue["help"] = {
  program:
    "Quản lý các thỏa thuận hợp tác của tỉnh dưới dạng tệp YAML: nội dung cam kết, đơn vị chủ trì, lịch họp đánh giá.",
  titles: {
    usage: "Cách dùng:",
    arguments: "Đối số:",
    options: "Tùy chọn:",
    commands: "Lệnh:",
    globalOptions: "Tùy chọn chung:",
  },
  words: {
    date: "ngày",
    text: "nội dung",
    folder: "thư mục",
    id: "mã",
    file: "tệp",
    n: "số",
    duration: "thời gian",
    format: "định dạng",
    status: "tiến độ",
    state: "trạng thái",
    sector: "lĩnh vực",
    party: "bên",
    unit: "mã hoặc tên",
    kind: "loại",
    lang: "ngôn ngữ",
    paths: "đường dẫn",
    commitment: "số nội dung",
    name: "tên",
    actual: "mã chỉ tiêu=giá trị",
    grouping: "cách nhóm",
    partySpec: "mã:tên[:loại]",
    role: "vai trò",
    times: "các giờ",
  },
  usageOptions: "[tùy chọn]",
  usageCommand: "[lệnh]",
  defaultWord: "mặc định",
  choicesWord: "chọn một trong",
  examples: "Ví dụ:",
  global: {
    version: "in số phiên bản",
    help: "xem hướng dẫn",
    helpCommand: "xem hướng dẫn của một lệnh",
    dir: "thư mục chứa các tệp thỏa thuận (mặc định: theo mou.config.yaml, nếu không có thì agreements)",
    asOf: "coi ngày này (YYYY-MM-DD hoặc dd/mm/yyyy) là ngày hôm nay",
    lang: "ngôn ngữ hiển thị: vi (tiếng Việt) hoặc en (tiếng Anh)",
    noColor: "không tô màu kết quả",
    debug: "hiện chi tiết kỹ thuật khi chương trình gặp lỗi nội bộ",
    noCache: "đọc lại mọi tệp, không dùng bộ nhớ đệm của các lần chạy trước",
    format: "định dạng kết quả",
  },
  validate: {
    description: "kiểm tra các tệp thỏa thuận theo định dạng và quy tắc",
    paths: "tệp, thư mục hoặc mẫu đường dẫn (mặc định: thư mục thỏa thuận)",
    quiet: "chỉ báo lỗi, bỏ qua cảnh báo",
    examples: [
      "mou validate",
      "mou validate agreements/nghe-an-quang-ngai-2023.yaml",
      "mou validate --format github",
      "mou validate --quiet                       # chỉ báo lỗi",
      "mou validate --format sarif > mou.sarif    # cho GitHub code scanning",
      "mou validate 'agreements/**/*.yaml' --format junit > report.xml",
    ],
  },
  list: {
    description: "danh sách thỏa thuận: mã, các bên, ngày ký, tình trạng, kỳ đánh giá tới",
    unit: "chỉ các thỏa thuận có một bên nay thuộc đơn vị hành chính cấp tỉnh này",
    examples: ["mou list", "mou list --format json", "mou list --format csv > thoa-thuan.csv"],
  },
  show: {
    description: "xem toàn bộ một thỏa thuận: các bên, thời gian, lịch và kết quả đánh giá, nội dung cam kết, nguồn",
    id: "mã thỏa thuận (tên tệp, bỏ đuôi .yaml)",
    examples: [
      "mou show nghe-an-quang-ngai-2023",
      "mou show nghe-an-quang-ngai-2023 --lang en",
      "mou show ba-ria-vung-tau-pbeg-2018 --format json",
    ],
  },
  commitments: {
    description: "các nội dung cam kết của mọi thỏa thuận, có bộ lọc; tìm kiếm không phân biệt hoa thường và dấu",
    agreement: "chỉ thỏa thuận này",
    party: "chỉ các nội dung do bên này chủ trì hoặc phối hợp",
    lead: "chỉ các nội dung có đơn vị chủ trì chứa cụm từ này",
    sector: "chỉ lĩnh vực này",
    status: "chỉ tiến độ này",
    overdue: "chỉ các nội dung đã quá hạn mà chưa hoàn thành, của thỏa thuận đang hiệu lực",
    search: 'tìm trong tên nội dung, đơn vị hoặc ghi chú (gõ "do thi" cũng tìm được "đô thị")',
    unit:
      "chỉ nội dung của các bên nay thuộc đơn vị hành chính cấp tỉnh này (79 hoặc ho-chi-minh " +
      "tìm cả nội dung của Bà Rịa - Vũng Tàu)",
    examples: [
      "mou commitments",
      'mou commitments --search "do thi"',
      'mou commitments --agreement nghe-an-quang-ngai-2023 --status "đang triển khai"',
      'mou commitments --lead "Tai nguyen" --format csv > noi-dung.csv',
      "mou commitments --overdue --format json",
    ],
  },
  agenda: {
    description: "chương trình hội nghị đánh giá của một thỏa thuận, dạng Markdown, PDF hoặc Word",
    id: "mã thỏa thuận",
    review: "kỳ đánh giá thứ mấy (mặc định: kỳ tới)",
    date: "ngày họp (mặc định: ngày theo lịch của kỳ đánh giá, nếu chưa qua)",
    place: "nơi họp, cũng là địa danh ở dòng địa danh, ngày tháng (mặc định: địa danh của bên đăng cai)",
    host: "mã bên đăng cai (mặc định: tỉnh, thành phố đầu tiên còn là đơn vị hành chính tại ngày họp)",
    issuer: "cơ quan ban hành (mặc định: Ủy ban nhân dân tỉnh, thành phố đăng cai)",
    signer: "họ và tên người ký (mặc định: Chủ tịch hoặc Phó Chủ tịch UBND trong số đại diện của bên đăng cai)",
    signerRole: "ký với tư cách chủ tịch (chair) hoặc phó chủ tịch ký thay (vice-chair, KT. CHỦ TỊCH)",
    times: "giờ bắt đầu của bảy nội dung chương trình, ví dụ 8:00,8:15,8:45,… (giờ thứ tám: giờ kết thúc)",
    format:
      "md (in ra màn hình nếu không có -o), pdf hoặc docx (ghi vào -o, nếu không có thì <mã>-review-<kỳ>.<định dạng>)",
    output: "ghi vào tệp này",
    template: "mẫu Handlebars riêng cho phần nội dung; dùng cho mọi định dạng",
    force: "ghi đè tệp kết quả nếu đã có",
    examples: [
      "mou agenda nghe-an-quang-ngai-2023 --date 2025-08-15",
      "mou agenda nghe-an-quang-ngai-2023 --date 2025-08-15 --format pdf   # ghi tệp " +
        "nghe-an-quang-ngai-2023-review-1.pdf",
      "mou agenda nghe-an-quang-ngai-2023 --date 2025-08-15 --format docx --signer 'Nguyễn Văn A'",
      "mou agenda nghe-an-quang-ngai-2023 --date 2025-08-15 --times 8:00,8:20,9:00,9:45,10:15,10:45,11:15",
      "mou agenda nghe-an-quang-ngai-2023 --lang en -o agenda.md",
    ],
  },
  report: {
    description: "báo cáo kết quả thực hiện một thỏa thuận, dạng Markdown, PDF hoặc Word",
    id: "mã thỏa thuận",
    review: "kỳ đánh giá mà báo cáo phục vụ (mặc định: kỳ tới); kỳ báo cáo là giai đoạn trước kỳ đánh giá đó",
    from: "ngày bắt đầu kỳ báo cáo (mặc định: kỳ đánh giá gần nhất đã tổ chức, nếu chưa có thì ngày ký)",
    to: "ngày kết thúc kỳ báo cáo (mặc định: hôm nay, hoặc ngày đã họp kỳ --review)",
    party: "mã bên báo cáo (mặc định: tỉnh hoặc thành phố đầu tiên)",
    place: "địa danh ghi ở dòng địa danh, ngày tháng (mặc định: địa danh của bên báo cáo)",
    issuer: "cơ quan ban hành ghi ở đầu văn bản (mặc định: Ủy ban nhân dân của bên báo cáo)",
    signer: "người ký (mặc định: chủ tịch hoặc phó chủ tịch UBND trong số người đại diện của bên báo cáo)",
    signerRole: "ký với tư cách chủ tịch (chair), hoặc phó chủ tịch ký thay chủ tịch (vice-chair, KT. CHỦ TỊCH)",
    format:
      "md (in ra màn hình nếu không có -o), pdf hoặc docx " +
      "(ghi vào -o, nếu không thì <mã>-report-<ngày>.pdf hoặc .docx)",
    output: "ghi vào tệp này",
    template: "mẫu Handlebars riêng; dùng cho cả Markdown, PDF và Word",
    force: "ghi đè tệp kết quả nếu đã có",
    examples: [
      "mou report nghe-an-quang-ngai-2023",
      "mou report nghe-an-quang-ngai-2023 --format pdf --party quang-ngai",
      "mou report nghe-an-quang-ngai-2023 --format docx -o bao-cao.docx",
      "mou report ba-ria-vung-tau-pbeg-2018 --from 01/01/2019 --to 31/12/2019 -o bao-cao-2019.md",
      "mou report nghe-an-quang-ngai-2023 --review 1 --lang en",
    ],
  },
  scorecard: {
    description:
      "tổng hợp toàn bộ các thỏa thuận: nội dung theo tiến độ, chỉ tiêu đúng hay chậm tiến độ, số kỳ đã họp và đến hạn",
    by:
      "mỗi dòng một thỏa thuận (agreement), bên chủ trì (party), đơn vị hành chính (unit), " +
      "đơn vị chủ trì (agency) hoặc lĩnh vực (sector)",
    examples: [
      "mou scorecard",
      "mou scorecard --by unit --as-of 31/12/2025",
      "mou scorecard --by agency --format csv > tien-do.csv",
      "mou scorecard --format json",
    ],
  },
  export: {
    description:
      "lập bảng tính (.xlsx) các nội dung cam kết, mỗi thỏa thuận hoặc mỗi đơn vị chủ trì một trang, để các sở, " +
      "ngành điền kết quả thực hiện; cập nhật lại bằng mou import",
    format: "xlsx: bảng tính Excel",
    output: "tệp sẽ ghi (mặc định: cap-nhat-<ngày>.xlsx trong thư mục hiện tại)",
    by: "mỗi thỏa thuận một trang (agreement) hoặc mỗi đơn vị chủ trì một trang (agency)",
    force: "ghi đè tệp kết quả nếu đã có",
    examples: [
      "mou export --format xlsx",
      "mou export --by agency -o cap-nhat-quy-3.xlsx",
      'mou export --lead "Sở Kế hoạch" --agreement nghe-an-quang-ngai-2023 -o ke-hoach.xlsx',
      "mou export --unit quang-ngai --lang en",
    ],
  },
  import: {
    description:
      "cập nhật từ bảng tính do mou export lập và các sở, ngành đã điền: tiến độ, kết quả thực hiện, số liệu " +
      "chỉ tiêu, sửa đúng các dòng cần sửa trong tệp thỏa thuận (ghi tất cả hoặc không ghi gì)",
    file: "bảng tính đã điền (.xlsx)",
    dryRun: "chỉ in các thay đổi, không ghi tệp",
    force: "cập nhật cả các dòng của tệp thỏa thuận đã thay đổi sau khi xuất bảng tính",
    examples: ["mou import cap-nhat-2025-07-24.xlsx --dry-run", "mou import cap-nhat-2025-07-24.xlsx"],
  },
  due: {
    description: "kỳ đánh giá tới của từng thỏa thuận, kỳ nào gần hạn nhất xếp trước",
    within: "chỉ các kỳ đến hạn trong khoảng thời gian này tính từ hôm nay (kể cả kỳ đã quá hạn), ví dụ P90D",
    state: "chỉ các kỳ ở trạng thái này",
    examples: [
      "mou due",
      "mou due --within P6M",
      "mou due --state overdue --format json",
      "mou due --format ics > lich-danh-gia.ics",
      "mou due --as-of 2026-01-01 --lang en",
    ],
  },
  check: {
    description:
      "kiểm tra tệp và trạng thái các kỳ đánh giá, dùng trong CI: trả mã 1 khi có lỗi hoặc có kỳ đánh " +
      "giá đến mức --fail-on",
    paths: "tệp, thư mục hoặc mẫu đường dẫn (mặc định: thư mục thỏa thuận)",
    failOn: "trạng thái kỳ đánh giá làm lần chạy thất bại",
    quiet: "chỉ báo lỗi, bỏ qua cảnh báo",
    examples: [
      "mou check",
      "mou check --fail-on due-soon",
      "mou check --format github",
      "mou check --format junit > mou-junit.xml",
    ],
  },
  review: {
    description: "ghi nhận các cuộc họp đánh giá đã tổ chức",
    add: "ghi một cuộc họp đánh giá đã tổ chức vào tệp thỏa thuận",
    id: "mã thỏa thuận",
    date: "ngày họp (YYYY-MM-DD hoặc dd/mm/yyyy)",
    covers: "cuộc họp này là kỳ đánh giá thứ mấy theo lịch (mặc định: kỳ sớm nhất chưa họp)",
    kind: "extra: cuộc họp bổ sung, không tính là kỳ đánh giá theo lịch",
    summary: "kết luận của cuộc họp",
    place: "nơi họp",
    dryRun: "chỉ in thay đổi, không ghi tệp",
    force: "vẫn sửa cả tệp chỉ đọc, tệp có liên kết cứng khác, hoặc tệp của người dùng khác",
    examples: [
      'mou review add nghe-an-quang-ngai-2023 --date 2025-08-15 --summary "Đánh giá 2 năm thực hiện"',
      "mou review add nghe-an-quang-ngai-2023 --date 15/8/2025 --covers 1 --dry-run",
    ],
  },
  commitment: {
    description: "cập nhật nội dung cam kết",
    set: "đổi tiến độ, thời hạn, ghi kết quả thực hiện hoặc số liệu chỉ tiêu của một nội dung trong tệp thỏa thuận",
    id: "mã thỏa thuận",
    commitment: "số thứ tự của nội dung",
    status: "tiến độ mới",
    due: "thời hạn mới (YYYY-MM-DD hoặc dd/mm/yyyy)",
    note: "ghi chú kết quả thực hiện, thêm vào lịch sử của nội dung với ngày hôm nay (kèm tiến độ mới, nếu có)",
    actual: "số liệu đạt được của một chỉ tiêu của nội dung, thêm vào actuals (lặp lại cho nhiều chỉ tiêu)",
    source: "nguồn của số liệu --actual (báo cáo, cơ quan thống kê)",
    date: "ngày của số liệu --actual và của ghi chú --note (mặc định: hôm nay)",
    dryRun: "chỉ in thay đổi, không ghi tệp",
    force: "vẫn sửa cả tệp chỉ đọc, tệp có liên kết cứng khác, hoặc tệp của người dùng khác",
    examples: [
      'mou commitment set nghe-an-quang-ngai-2023 2 --status "đang triển khai"',
      'mou commitment set nghe-an-quang-ngai-2023 2 --status stalled --note "Chưa bố trí được vốn"',
      "mou commitment set ba-ria-vung-tau-pbeg-2018 2a --due 31/12/2026 --dry-run",
      'mou commitment set ba-ria-vung-tau-pbeg-2018 1 --actual gdp=1.4 --date 31/12/2024 --source "Cục Thống kê"',
    ],
  },
  create: {
    description:
      "tạo tệp thỏa thuận mới hợp lệ, có sẵn phần hướng dẫn, trong thư mục thỏa thuận (không ghi đè tệp có sẵn)",
    id: "mã của thỏa thuận mới, ví dụ nghe-an-quang-ngai-2023",
    title: "tên thỏa thuận, bằng ngôn ngữ của --lang",
    signed: "ngày ký (YYYY-MM-DD hoặc dd/mm/yyyy); không có thì thỏa thuận là dự thảo",
    party: 'một bên tham gia, ví dụ "nghe-an:Tỉnh Nghệ An" hoặc "jica:Cơ quan JICA:foreign-agency" (mỗi bên một lần)',
    kind: "loại thỏa thuận",
    every: "chu kỳ họp đánh giá, ví dụ P2Y (2 năm)",
    dryRun: "chỉ in nội dung tệp, không ghi",
    examples: [
      'mou new ha-tinh-quang-binh-2024 --title "Chương trình hợp tác" --signed 01/3/2024 \\\n' +
        '      --party "ha-tinh:Tỉnh Hà Tĩnh" --party "quang-binh:Tỉnh Quảng Bình" --every P1Y',
      'mou new quang-tri-koica --title "Dự án hợp tác với KOICA" --kind project \\\n' +
        '      --party "quang-tri:Tỉnh Quảng Trị" --party "koica:Cơ quan KOICA:foreign-agency"   # dự thảo',
    ],
  },
  site: {
    description: "trang web tổng hợp các thỏa thuận cho lãnh đạo: tổng quan, từng thỏa thuận, các nội dung cam kết",
    output: "thư mục ghi trang web",
    title: "tên trang web, ở đầu mọi trang (mặc định: một tên chung theo từng ngôn ngữ)",
    agendas:
      "tạo thêm chương trình kỳ đánh giá tới của từng thỏa thuận và gắn liên kết: pdf, docx, md, hoặc nhiều định dạng",
    force: "ghi đè thư mục kết quả kể cả khi thư mục đó không do mou tạo (mọi thứ trong đó sẽ mất)",
    examples: [
      "mou site                                  # ghi site/index.html và các trang đi kèm",
      'mou site -o public --title "Hợp tác phát triển – UBND tỉnh Quảng Ngãi"',
      "mou site --agendas pdf,docx --lang en     # tiếng Anh ở thư mục gốc, tiếng Việt trong vi/",
    ],
  },
  units: {
    description: "các đơn vị hành chính cấp tỉnh theo mã, sau sắp xếp năm 2025: tên gọi và đơn vị tiếp nhận mã đã đóng",
    examples: ["mou units", "mou units --as-of 2025-06-30", "mou units --format json"],
  },
  schema: {
    description:
      "in lược đồ JSON Schema của tệp thỏa thuận (hoặc của mou.config.yaml), cho trình soạn thảo và công cụ khác",
    name: "lược đồ nào",
  },
};
