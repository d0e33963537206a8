import type { Lang } from "../i18n/lang.js";
import { scalarText } from "./scalar.js";

export interface NewAgreement {
  id: string;
  title: string;
  signed: string;
  kind: string;
  parties: { id: string; name: string }[];
  every?: string;
  /** Path of the schema relative to the new file's folder, for the editor modeline. */
  schemaPath: string;
  lang: Lang;
}

/** The text of a new agreement file: the schema modeline, the given facts, and commented hints for the rest. */
export function agreementSkeleton(a: NewAgreement, eol = "\n"): string {
  const vi = a.lang === "vi";
  const lines = [
    `# yaml-language-server: $schema=${a.schemaPath}`,
    vi
      ? "# Tạo bằng `mou new`. Ghi đúng những gì văn bản ký kết nêu; điều văn bản không nêu thì bỏ trống."
      : "# Made by `mou new`. Record what the signed text says; leave out what it does not.",
    `id: ${a.id}`,
    "title:",
    `  ${a.lang}: ${scalarText(a.title)}`,
    `  # ${vi ? "en" : "vi"}: ${vi ? "English title" : "Tên tiếng Việt"}`,
    `kind: ${a.kind} # mou | cooperation-programme | project | partnership`,
    "status: active # draft | active | suspended | expired | terminated",
    `signed: ${a.signed}`,
    `# effective: ${a.signed} # ${vi ? "nếu khác ngày ký" : "if not the signing date"}`,
    "# expires: YYYY-MM-DD",
    "parties:",
    ...a.parties.flatMap((p) => [
      `  - id: ${p.id}`,
      `    name: ${scalarText(p.name)}`,
      "    # type: province # province | city | agency | organisation | foreign-agency",
    ]),
    ...(a.every !== undefined
      ? [
          "review:",
          `  every: ${a.every}`,
          "  # from: signed # signed (fixed calendar) | last-review (rolling)",
          "  # remind: P90D",
        ]
      : [
          `# review: # ${vi ? "nếu văn bản quy định họp đánh giá định kỳ" : "if the text sets periodic reviews"}`,
          "#   every: P2Y",
        ]),
    "reviews: []",
    "commitments: []",
    `# commitments: # ${vi ? "các nội dung cam kết" : "the numbered points"}`,
    '#   - id: "1"',
    "#     title:",
    "#       vi: …",
    `#     lead: [{party: ${a.parties[0]?.id ?? "…"}, agency: …}]`,
    "#     status: not-started # not-started | in-progress | done | stalled | dropped",
    "sources: []",
    `# sources: # ${vi ? "văn bản, bài báo làm căn cứ" : "the documents and articles the facts come from"}`,
    "#   - title: …",
    "#     published: YYYY-MM-DD",
  ];
  return lines.join(eol) + eol;
}
