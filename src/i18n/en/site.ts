const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const parts = (date: string) => date.split("-").map(Number) as [number, number, number];
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The static site (`mou site`): every label of its pages. */
export const site = {
  /** This language's name in itself, for the language switch. */
  languageName: "English",
  switchLabel: "Language",
  defaultTitle: "Cooperation agreements",
  skip: "Skip to the main content",
  navLabel: "Sections",
  overview: "Overview",
  commitments: "Commitments",
  asOf: "Figures as of",
  madeWith: ({ version }: { version: string }) => `Made with mou ${version}.`,
  /** "24 July 2025". */
  date: ({ date }: { date: string }) => {
    const [y, m, d] = parts(date);
    return `${d} ${MONTHS[m - 1]} ${y}`;
  },
  /** "July 2025", from "2025-07". */
  month: ({ month }: { month: string }) => {
    const [y, m] = parts(month);
    return `${MONTHS[m - 1]} ${y}`;
  },
  reviewNumber: ({ n }: { n: number }) => `review ${n}`,
  inDays: ({ days }: { days: number }) => (days === 0 ? "today" : `in ${count(days, "day", "days")}`),
  daysLate: ({ days }: { days: number }) => `${count(days, "day", "days")} late`,
  andMore: ({ n }: { n: number }) => `${n} more`,

  // Overview
  atAGlance: "At a glance",
  agreements: "Agreements",
  nextReviews: "Next reviews",
  noNextReview: "no next review",
  pastDue: "past due",
  calendar: "Review calendar",
  overdue: "Overdue",
  dueSoon: "Due soon",
  nextTwelveMonths: "In the next twelve months",
  noneOverdue: "No review is overdue.",
  noneDueSoon: "No review falls due soon.",
  noneScheduled: "No review is scheduled in the next twelve months.",
  later: ({ n }: { n: number }) =>
    `${count(n, "more review falls", "more reviews fall")} due later (see the timeline).`,
  scorecard: "Scorecard",
  scorecardNote: "Each agreement's commitments by status; the bar runs from done to not started.",
  progress: ({ done, total }: { done: number; total: number }) => `${done} of ${total} done`,
  noCommitments: "No commitments recorded.",
  timeline: "Review timeline",
  timelineNote:
    "Each line runs from the day the agreement took effect to the day it expires; today is the dashed line.",
  legend: "Legend",
  held: "Held",
  extraMeeting: "Extra meeting",
  missed: "Missed",
  nextReview: "Next review",
  today: "Today",
  timelineSummary: ({ held, missed, next }: { held: string; missed: string; next: string }) =>
    [held && `Held: ${held}.`, missed && `Missed: ${missed}.`, next && `Next: ${next}.`].filter(Boolean).join(" ") ||
    "No reviews.",
  noAgreements: "There are no agreements in the folder.",
  agreement: "Agreement",
  parties: "Parties",
  status: "Status",

  // Agreement page
  id: "Identifier",
  kind: "Kind",
  document: "Document",
  signed: "Signed",
  effective: "Effective",
  expires: "Expires",
  signatories: "Signed by",
  representatives: "Represented by",
  notes: "Notes",
  reviews: "Periodic reviews",
  every: "Every",
  fixed: "fixed calendar from the start",
  rolling: "counted from the latest meeting",
  first: "First review",
  remind: "Reminder",
  reviewsHeld: "Reviews held",
  noneHeld: "None yet.",
  noRule: "The agreement states no periodic review.",
  notActive: "none: the agreement is not active",
  expiresFirst: "none: the agreement expires before it",
  dateHeading: "Date",
  meeting: "Meeting",
  place: "Place",
  summary: "Summary",
  lead: "Lead",
  support: "Support",
  progressStatus: "Status",
  due: "Due",
  sectors: "Sectors",
  sources: "Sources",
  agendas: "Agenda of the next review",
  agendaFormat: { md: "Markdown", pdf: "PDF", docx: "Word (DOCX)" } as Record<string, string>,

  // Commitments page
  commitmentsIntro:
    "Every commitment of every agreement. Filter by party, lead, sector or status; the search ignores case " +
    "and diacritics (“do thi” finds “đô thị”).",
  filters: "Filter the commitments",
  party: "Party",
  anyParty: "All parties",
  leadHint: "an agency or a party",
  sector: "Sector",
  anySector: "All sectors",
  anyStatus: "All statuses",
  overdueOnly: "Only past due",
  search: "Search",
  searchHint: "title, agency or note",
  clear: "Clear the filters",
  shown: ({ shown, total }: { shown: string; total: string }) => `Showing ${shown} of ${total} commitments.`,
  noMatch: "No commitment matches these filters.",
  number: "No.",
  commitment: "Commitment",

  // The command
  errors: {
    notASite: ({ folder }: { folder: string }) =>
      `${folder} is a folder that mou did not write and it is not empty; choose another with -o, or use ` +
      "--force to replace it and everything in it",
    notAFolder: ({ folder }: { folder: string }) => `${folder} exists and is not a folder; use --force to replace it`,
    notReplaced: ({ folder }: { folder: string }) =>
      `${folder} is a device, a named pipe or a socket; mou site never replaces one, not even with --force`,
    wouldReplaceSource: ({ folder }: { folder: string }) =>
      `${folder} holds the working folder or the agreements; the site needs a folder of its own (-o site)`,
    cannotWrite: ({ folder, reason }: { folder: string; reason: string }) =>
      `cannot write the site to ${folder}: ${reason}`,
    emptyOption: ({ option }: { option: string }) =>
      `${option} cannot be empty: give a folder with -o, a title with --title, or leave the option out`,
    unknownAgendaFormat: ({ value, choices }: { value: string; choices: string }) =>
      `--agendas: unknown format "${value}"; choose from ${choices}, separated by commas`,
    assetsMissing: "the site's stylesheet and script are missing from this installation of mou; run npm run build",
  },
};
