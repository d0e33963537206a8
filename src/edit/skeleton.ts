import { partyTypes } from "../core/model/enums.js";
import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { scalarText } from "./scalar.js";

export interface NewAgreement {
  id: string;
  title: string;
  /** The signing date; none for a draft still under negotiation. */
  signed?: string;
  kind: string;
  parties: { id: string; name: string; type: string }[];
  every?: string;
  /** Path of the schema relative to the new file's folder, for the editor modeline. */
  schemaPath: string;
  lang: Lang;
}

/** The text of a new agreement file: the schema modeline, the given facts, and commented hints for the rest. */
export function agreementSkeleton(a: NewAgreement, eol = "\n"): string {
  const m = messages(a.lang).create;
  const dates =
    a.signed === undefined
      ? ["status: draft # draft | active | suspended | expired | terminated", m.whenSigned]
      : [
          "status: active # draft | active | suspended | expired | terminated",
          `signed: ${a.signed}`,
          `# effective: ${a.signed} # ${m.effective}`,
        ];
  const lines = [
    `# yaml-language-server: $schema=${a.schemaPath}`,
    m.madeBy,
    `id: ${a.id}`,
    "title:",
    `  ${a.lang}: ${scalarText(a.title)}`,
    m.otherTitle,
    `kind: ${a.kind} # mou | cooperation-programme | project | partnership`,
    ...dates,
    "# expires: YYYY-MM-DD",
    "parties:",
    ...a.parties.flatMap((p) => [
      `  - id: ${p.id}`,
      `    name: ${scalarText(p.name)}`,
      `    type: ${p.type} # ${partyTypes.join(" | ")}`,
    ]),
    ...(a.every !== undefined
      ? [
          "review:",
          `  every: ${a.every}`,
          "  # from: signed # signed (fixed calendar) | last-review (rolling)",
          "  # remind: P90D",
        ]
      : [`# review: # ${m.reviewRule}`, "#   every: P2Y"]),
    "reviews: []",
    "commitments: []",
    `# commitments: # ${m.commitments}`,
    '#   - id: "1"',
    "#     title:",
    "#       vi: …",
    `#     lead: [{party: ${a.parties[0]?.id ?? "…"}, agency: …}]`,
    "#     status: not-started # not-started | in-progress | done | stalled | dropped",
    "sources: []",
    `# sources: # ${m.sources}`,
    "#   - title: …",
    "#     published: YYYY-MM-DD",
  ];
  return lines.join(eol) + eol;
}
