import { documentText } from "../core/text/neutral.js";
import type { Frame } from "./model.js";

/** The frame with every text from data made safe for a PDF or Word sink (see documentText). */
export function plainFrame(frame: Frame): Frame {
  const t = documentText;
  return {
    ...frame,
    issuer: frame.issuer.map(t),
    parent: frame.parent.map(t),
    number: t(frame.number),
    dateLine: t(frame.dateLine),
    signature: {
      authority: frame.signature.authority.map(t),
      ...(frame.signature.signer !== undefined ? { signer: t(frame.signature.signer) } : {}),
    },
    recipients: { label: frame.recipients.label, items: frame.recipients.items.map(t) },
  };
}
