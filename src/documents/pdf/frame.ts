import { closing, mm, size, titleBlock } from "../layout.js";
import type { Frame, Run } from "../model.js";
import type { Column } from "./blocks.js";
import type { Unit } from "./flow.js";
import { fitSize, heightOf, rule, writeRuns } from "./text.js";

const run = (text: string, bold = false, italic = false): Run[] => [{ text, bold, italic }];

/** Centred lines in one font, each its own tagged paragraph; returns the y under the last. */
function lines(c: Column, texts: string[], font: string, fontSize: number, x: number, width: number, y: number) {
  c.doc.y = y;
  for (const text of texts)
    c.tags.leaf("P", () => c.doc.font(font).fontSize(fontSize).text(text, x, c.doc.y, { width, align: "center" }));
  return c.doc.y;
}

/**
 * The head of page 1: the title block (issuing body left, national title and motto right, each with its
 * rule; the number and the place-and-date line under them), then the document type and the summary line
 * with a short rule under it.
 */
export function drawHead(c: Column, frame: Frame, type: Run[], summary: Run[]): void {
  const { doc } = c;
  const top = doc.y;
  const leftWidth = mm(titleBlock.left);
  const rightX = c.left + leftWidth;
  const rightWidth = c.width - leftWidth;

  let y = lines(c, frame.parent, "regular", size.title, c.left, leftWidth, top);
  y = lines(c, frame.issuer, "bold", size.title, c.left, leftWidth, y);
  const issuerRule = y + 3;
  c.tags.artifact(() =>
    rule(doc, c.left + leftWidth / 2 - mm(titleBlock.ruleShort / 2), issuerRule, mm(titleBlock.ruleShort)),
  );
  const leftBottom = y;

  y = lines(c, [frame.national], "bold", size.title, rightX, rightWidth, top);
  y = lines(c, [frame.motto], "bold", size.motto, rightX, rightWidth, y);
  const mottoWidth = doc.font("bold").fontSize(size.motto).widthOfString(frame.motto);
  const mottoRule = Math.min(mottoWidth, rightWidth);
  const mottoY = y + 1;
  c.tags.artifact(() => rule(doc, rightX + (rightWidth - mottoRule) / 2, mottoY, mottoRule));

  const second = Math.max(leftBottom, y) + mm(3);
  const numberBottom = lines(c, [frame.number], "regular", size.body, c.left, leftWidth, second);
  // The place-and-date line never breaks: it shrinks a little, down to a floor, rather than wrap.
  const dateSize = fitSize(doc, frame.dateLine, "italic", size.body, size.dateLineMin, rightWidth);
  c.tags.leaf("P", () =>
    doc
      .font("italic")
      .fontSize(dateSize)
      .text(frame.dateLine, rightX, second, {
        width: rightWidth,
        align: "center",
        lineBreak: dateSize > size.dateLineMin,
      }),
  );
  doc.x = c.left;
  doc.y = Math.max(numberBottom, doc.y) + mm(8);

  if (type.length > 0)
    c.tags.leaf("H1", () =>
      writeRuns(
        doc,
        type.map((r) => ({ ...r, bold: true })),
        size.type,
        { x: c.left, y: doc.y },
        {
          width: c.width,
          align: "center",
        },
      ),
    );
  if (summary.length > 0) {
    c.tags.leaf("P", () =>
      writeRuns(
        doc,
        summary.map((r) => ({ ...r, bold: true })),
        size.body,
        { x: c.left + mm(10), y: doc.y },
        {
          width: c.width - mm(20),
          align: "center",
        },
      ),
    );
    const summaryRule = doc.y + 6;
    c.tags.artifact(() => rule(doc, c.left + c.width / 2 - mm(20), summaryRule, mm(40)));
    doc.y += mm(6);
  }
  doc.x = c.left;
}

/**
 * The closing: "Nơi nhận:" and its list on the left (12 pt bold italic, 11 pt), the signature block on
 * the right (authority in capitals, bold; room to sign; the signer's name, bold), side by side.
 */
export function closingUnit(c: Column, frame: Frame): Unit {
  const { doc } = c;
  const leftWidth = mm(closing.left);
  const rightX = c.left + leftWidth;
  const rightWidth = c.width - leftWidth;
  const { recipients, signature } = frame;
  const label = heightOf(doc, run(recipients.label, true, true), size.recipientsLabel, { width: leftWidth });
  const items = recipients.items.reduce(
    (h, item) => h + heightOf(doc, run(item), size.recipients, { width: leftWidth }),
    0,
  );
  const authority = signature.authority.reduce(
    (h, line) => h + heightOf(doc, run(line, true), size.body, { width: rightWidth }),
    0,
  );
  const name = signature.signer ? heightOf(doc, run(signature.signer, true), size.body, { width: rightWidth }) : 0;
  const height = Math.max(label + items, authority + mm(closing.signatureSpace) + name) + 4;
  return {
    height,
    head: height,
    keep: false,
    before: mm(4),
    draw: () => {
      const top = doc.y;
      let y = lines(c, signature.authority, "bold", size.body, rightX, rightWidth, top);
      if (signature.signer)
        lines(c, [signature.signer], "bold", size.body, rightX, rightWidth, y + mm(closing.signatureSpace));
      doc.y = top;
      c.tags.leaf("P", () =>
        doc
          .font("bold-italic")
          .fontSize(size.recipientsLabel)
          .text(recipients.label, c.left, top, { width: leftWidth }),
      );
      y = doc.y;
      for (const item of recipients.items)
        c.tags.leaf("P", () =>
          doc.font("regular").fontSize(size.recipients).text(item, c.left, doc.y, { width: leftWidth }),
        );
      doc.x = c.left;
      doc.y = Math.max(doc.y, top + height);
    },
  };
}
