import { messages } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import type { Frame } from "./model.js";

/** The kinds of document mou makes, with their symbols from Decree 30/2020/NĐ-CP, Appendix III. */
export const documentTypes = { programme: "CTr", report: "BC" } as const;
export type DocumentType = keyof typeof documentTypes;

export interface FrameInput {
  lang: Lang;
  type: DocumentType;
  /** The issuing body, one line of the title block each. */
  issuer: string[];
  parent?: string[];
  /** A People's Committee: the number carries "-UBND". */
  committee: boolean;
  place: string;
  /** The date of the place-and-date line (YYYY-MM-DD). */
  date: string;
  signature: { authority: string[]; signer?: string };
  /** "Nơi nhận", one recipient each, without dash or closing punctuation. */
  recipients: string[];
}

/** What a document's view model carries for its frame: the agenda's and the report's alike. */
export interface FramedView {
  lang: Lang;
  issuer: string[];
  committee: boolean;
  place: string;
  /** The date of the place-and-date line (YYYY-MM-DD). */
  issued: string;
  signature: FrameInput["signature"];
  recipients: string[];
}

/** The frame of a document of `type` issued as its view model says. */
export const frameOf = (view: FramedView, type: DocumentType): Frame =>
  decree30Frame({
    lang: view.lang,
    type,
    issuer: view.issuer,
    committee: view.committee,
    place: view.place,
    date: view.issued,
    signature: view.signature,
    recipients: view.recipients,
  });

/**
 * The title block, place-and-date line, signature block and "Nơi nhận" of a document of any type: a
 * programme, a report. Every renderer (Markdown, PDF, Word) lays out the same frame.
 */
export function decree30Frame(input: FrameInput): Frame {
  const { documents } = messages(input.lang);
  const symbol = `${documentTypes[input.type]}${input.committee ? "-UBND" : ""}`;
  const n = input.recipients.length;
  return {
    lang: input.lang,
    issuer: input.issuer,
    parent: input.parent ?? [],
    number: documents.number({ symbol }),
    national: documents.nationalTitle,
    motto: documents.motto,
    dateLine: documents.dateLine({ place: input.place, date: input.date }),
    signature: input.signature,
    recipients: {
      label: documents.recipients.label,
      items: input.recipients.map((r, i) => `- ${r}${i + 1 < n ? ";" : "."}`),
    },
  };
}

/** The document type in capitals as the body's first heading writes it ("CHƯƠNG TRÌNH"). */
export const typeName = (lang: Lang, type: DocumentType): string => messages(lang).documents.type[type];
