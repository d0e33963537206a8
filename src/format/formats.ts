// The --format choices of each command. Each formatter map is checked against its list
// (`satisfies Record<Format, …>`), so a format cannot be offered without a formatter or the reverse.

export const reportFormats = ["text", "json", "github", "junit", "sarif"] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const dueFormats = ["table", "json", "csv", "md", "ics"] as const;
export type DueFormat = (typeof dueFormats)[number];

export const listFormats = ["table", "json", "csv", "md"] as const;
export type ListFormat = (typeof listFormats)[number];

export const commitmentsFormats = ["table", "json", "csv", "md"] as const;
export type CommitmentsFormat = (typeof commitmentsFormats)[number];

export const showFormats = ["text", "json"] as const;
export type ShowFormat = (typeof showFormats)[number];

/** The formats of every document mou lays out (agendas, and the documents that follow them). */
export const documentFormats = ["md", "pdf", "docx"] as const;
export type DocumentFormat = (typeof documentFormats)[number];
export const agendaFormats = documentFormats;
export type AgendaFormat = DocumentFormat;

export const unitsFormats = ["table", "json"] as const;
export type UnitsFormat = (typeof unitsFormats)[number];

export const scorecardFormats = ["table", "json", "csv", "md"] as const;
export type ScorecardFormat = (typeof scorecardFormats)[number];
