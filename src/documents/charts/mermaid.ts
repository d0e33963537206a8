import type { ChartSpec } from "../../core/charts/index.js";

/**
 * Text made safe inside a Mermaid diagram: letters (Vietnamese included), digits, spaces and a few marks;
 * quotes, colons, semicolons, brackets of other kinds and "%%" would change the diagram's meaning.
 */
export const mermaidText = (text: string): string =>
  text
    .replace(/[:;]/g, " –")
    .replace(/[^\p{L}\p{M}\p{N} .,()/%–-]/gu, " ")
    .replace(/%%+/g, "%")
    .replace(/\s+/g, " ")
    .trim();

const quoted = (text: string) => `"${mermaidText(text)}"`;

/**
 * A chart as Mermaid, which GitHub draws in place of the fenced block. No title: the caption under the
 * block names the chart and gives its numbers as text.
 */
export function renderMermaid(spec: ChartSpec): string {
  switch (spec.kind) {
    case "status":
      return ["pie showData", ...spec.items.map((i) => `    ${quoted(i.label)} : ${i.count}`)].join("\n");
    case "indicators": {
      const values = spec.items.map((i) => Math.max(0, Math.round(i.percent ?? 0)));
      return [
        "xychart-beta horizontal",
        `    x-axis [${spec.items.map((i) => quoted(i.key)).join(", ")}]`,
        `    y-axis "%" 0 --> ${Math.max(100, ...values)}`,
        `    bar [${values.join(", ")}]`,
      ].join("\n");
    }
    case "timeline":
      return ["timeline", ...spec.events.map((e) => `    ${mermaidText(e.dateText)} : ${mermaidText(e.label)}`)].join(
        "\n",
      );
  }
}
