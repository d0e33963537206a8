import type { AgendaView } from "../core/views/agenda.js";
import { messages } from "../i18n/index.js";
import { frameOf } from "./frame.js";
import type { OfficialDocument } from "./model.js";

/** The programme of a review meeting: its view model's frame around the body its template rendered. */
export function agendaDocument(view: AgendaView, body: string, created: Date): OfficialDocument {
  return {
    frame: frameOf(view, "programme"),
    body,
    meta: {
      title: view.title,
      subject: messages(view.lang).agenda.subject({ number: view.review.number }),
      author: view.issuer.join(" "),
      lang: view.lang,
      created,
    },
  };
}
