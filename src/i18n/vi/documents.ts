import { vietnameseDateLine } from "../../core/text/date-text.js";
import type { Catalogue } from "../catalogue.js";

/** Những phần cố định của văn bản hành chính theo Nghị định 30/2020/NĐ-CP. */
export const documents: Catalogue["documents"] = {
  nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  number: (p) => `Số: \u00a0\u00a0\u00a0\u00a0\u00a0/${p.symbol}`,
  dateLine: (p) => vietnameseDateLine(p.place, p.date),
  type: { programme: "CHƯƠNG TRÌNH", report: "BÁO CÁO" },
  peoplesCommittee: "ỦY BAN NHÂN DÂN",
  unitLine: (p) => `${p.kind === "city" ? "THÀNH PHỐ" : "TỈNH"} ${p.name.toLocaleUpperCase("vi")}`,
  signature: {
    collective: "TM. ỦY BAN NHÂN DÂN",
    chair: "CHỦ TỊCH",
    forChair: "KT. CHỦ TỊCH",
    viceChair: "PHÓ CHỦ TỊCH",
  },
  recipients: {
    label: "Nơi nhận:",
    committee: (p) => `UBND ${p.name}`,
    committees: (p) => `UBND các tỉnh${p.cities ? ", thành phố" : ""}: ${p.names.join(", ")}`,
    departments: "Các sở, ban, ngành liên quan",
    archive: "Lưu: VT",
  },
};
