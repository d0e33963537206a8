import { escapeInline as escapeMarkdown } from "../format/markdown.js";
import type { Frame } from "./model.js";

const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
const bold = (text: string) => (text === "" ? "" : `**${escapeMarkdown(text)}**`);

/**
 * The title block as a two-column table, one line of each column per row: issuing body left, national
 * title and motto right, then the number and the place-and-date line. Plain Markdown, no HTML.
 */
export function titleBlockMarkdown(frame: Frame): string {
  const left = [...frame.parent.map(escapeMarkdown), ...frame.issuer.map(bold)];
  const right = [bold(frame.national), bold(frame.motto)];
  const height = Math.max(left.length, right.length);
  const lines = Array.from({ length: height }, (_, i) => [left[i] ?? "", right[i] ?? ""]);
  return [
    row(lines[0]!),
    row([":---:", ":---:"]),
    ...lines.slice(1).map(row),
    row([escapeMarkdown(frame.number), `*${escapeMarkdown(frame.dateLine)}*`]),
    "",
  ].join("\n");
}

/** The closing as a two-column table: "Nơi nhận" and its list left, the signature block right. */
export function closingMarkdown(frame: Frame): string {
  const { signature, recipients } = frame;
  const left = [`***${escapeMarkdown(recipients.label)}***`, ...recipients.items.map(escapeMarkdown)];
  const right = [...signature.authority.map(bold), "", bold(signature.signer ?? "")];
  const height = Math.max(left.length, right.length);
  const lines = Array.from({ length: height }, (_, i) => row([left[i] ?? "", right[i] ?? ""]));
  return ["", lines[0]!, row([":---", ":---:"]), ...lines.slice(1), ""].join("\n");
}

/** The whole document in Markdown: title block, the body as the template wrote it, the closing. */
export const documentMarkdown = (frame: Frame, body: string): string =>
  `${titleBlockMarkdown(frame)}\n${body.replace(/\n*$/, "\n")}${closingMarkdown(frame)}`;
