/** The implementation report: the sentences the view model builds from the data (templates hold the rest). */
type P = Readonly<Record<string, string | number>>;

const many = (n: string | number, one: string, more: string) => (Number(n) === 1 ? one : more);
const end = (s: string | number) => (/[.!?…]$/u.test(String(s)) ? String(s) : `${s}.`);

export const report = {
  subject: (p: P) => `Report on the implementation of ${p.title}`,
  reporter: (p: P) => `the People's Committee of ${p.name}`,
  errors: {
    template: (p: P) => `the template cannot be rendered: ${p.message}`,
    noParty: (p: P) => `no party "${p.id}" in this agreement (${p.known})`,
    notProvince: (p: P) =>
      `the reporting party "${p.name}" is not a Vietnamese province or city in use today: give ` +
      `${String(p.missing)
        .split(",")
        .map((m) => `--${m}`)
        .join(" and ")}, or state them on the party in the file`,
    noSchedule: "the agreement states no review schedule; use --from and --to",
    backwards: (p: P) => `the period would start (${p.from}) after it ends (${p.to})`,
  },
  range: (p: P) => (p.from === p.to ? `up to ${p.to}` : `from ${p.from} to ${p.to}`),
  period: (p: P) => (p.from === p.to ? `in ${p.from}` : `for ${p.from}–${p.to}`),
  signedPhrase: (p: P) => `of ${p.date}`,
  and: "and",
  general: {
    signed: (p: P) =>
      p.approved === 1
        ? `The ${p.kind} was approved on ${p.date}; its parties: ${p.parties}.`
        : `The ${p.kind} was signed on ${p.date} by ${p.parties}.`,
    contents: (p: P) =>
      `It holds ${p.count} ${many(p.count, "point", "points")}` +
      (Number(p.goals) > 0 ? `, serving ${p.goals} ${many(p.goals, "goal", "goals and strategies")}.` : "."),
    rule: (p: P) =>
      p.every === "1 year"
        ? "It provides for a review meeting every year."
        : `It provides for a review meeting every ${p.every}.`,
    noRule: (_p: P) => "It sets no periodic review meetings.",
    held: (p: P) =>
      Number(p.held) === 0
        ? "No scheduled review has been held yet."
        : `${p.held} scheduled ${many(p.held, "review has", "reviews have")} been held so far` +
          (p.last === "" ? "." : `, the latest on ${p.last}.`),
    lastMeeting: (p: P) => `The latest meeting on its implementation was held on ${p.date}.`,
    status: (p: P) =>
      Number(p.started) === 0
        ? `As of ${p.date}, no point is under way yet${p.rest === "" ? "" : ` (${p.rest})`}.`
        : `As of ${p.date}, ${p.started} of ${p.total} points are under way` +
          (Number(p.done) > 0 ? `, of which ${p.done} done (${p.percent})` : ", none of them done yet") +
          (p.rest === "" ? "." : `; ${p.rest}.`),
    statusPart: (p: P) => `${p.count} ${p.label}`,
    pastDue: (p: P) =>
      `${p.count} ${many(p.count, "point is", "points are")} past ${many(p.count, "its", "their")} deadline.`,
    indicators: (p: P) => `Of ${p.total} ${many(p.total, "indicator", "indicators")}: ${p.parts}.`,
    indicatorPart: (p: P) => `${p.count} ${p.track}`,
  },
  value: (p: P) => (p.unit === "%" ? `${p.value}%` : `${p.value} ${p.unit}`),
  indicatorLine: (p: P) =>
    p.latest === ""
      ? `no data yet; target ${p.target}${p.by === "" ? "" : ` by ${p.by}`}.`
      : `${p.latest} (figure of ${p.date}); target ${p.target}${p.by === "" ? "" : ` by ${p.by}`}` +
        (p.percent === "" ? "" : `; ${p.percent} of the way from the baseline of ${p.baseline}`) +
        (p.expected === "" ? "" : ` (${p.expected} planned by then)`) +
        `; assessment: ${p.track}.`,
  indicatorRef: (p: P) => `“${p.title}” (point ${p.id})`,
  actualChange: (p: P) => `${p.indicator}: ${p.value}${p.source === "" ? "" : ` (source: ${p.source})`}`,
  difficulties: {
    stalled: (p: P) => `Point ${p.id} (${p.title}) is stalled${p.note === "" ? "." : `: ${end(p.note)}`}`,
    pastDue: (p: P) => `Point ${p.id} was due on ${p.due} and is not done (${p.status}).`,
    notStarted: (p: P) => `${many(p.count, "Point", "Points")} ${p.ids} ${many(p.count, "has", "have")} not started.`,
    offTrack: (p: P) =>
      `Indicator “${p.title}” (point ${p.id}) is behind: ${p.percent} of the way, against ${p.expected} expected.`,
    missed: (p: P) => `Indicator “${p.title}” (point ${p.id}) missed its target date ${p.by}: ${p.percent} of the way.`,
    noData: (p: P) => `No data yet for ${many(p.count, "the indicator", "the indicators")} ${p.titles}.`,
    missedReviews: (p: P) =>
      `Scheduled ${many(p.count, "review", "reviews")} no. ${p.numbers} ${many(p.count, "was", "were")} never held.`,
    overdueReview: (p: P) => `Review no. ${p.number}, due on ${p.due}, has not been held (${p.days} days overdue).`,
    none: "No point is stalled, past its deadline or without data.",
  },
  tasks: {
    stalled: (p: P) => `Resolve the obstacles holding up ${many(p.count, "point", "points")} ${p.ids}.`,
    pastDue: (p: P) =>
      `Complete without delay the ${many(p.count, "point", "points")} ` +
      `past ${many(p.count, "its", "their")} deadline: ${p.ids}.`,
    notStarted: (p: P) => `Start work on ${many(p.count, "point", "points")} ${p.ids}.`,
    continue: (p: P) => `Continue ${many(p.count, "point", "points")} ${p.ids}.`,
    pace: (p: P) => `Speed up the ${many(p.count, "indicator", "indicators")} behind schedule: ${p.titles}.`,
    data: (p: P) => `Collect and record data for ${many(p.count, "the indicator", "the indicators")} ${p.titles}.`,
    review: (p: P) =>
      `Prepare and hold review meeting no. ${p.number}${p.date === "" ? "" : ` (scheduled for ${p.date})`}.`,
    following: (p: P) => `The following review (no. ${p.number}) falls due on ${p.date}.`,
  },
  proposals: {
    reviews: (p: P) =>
      `That the parties agree a date for ${many(p.count, "review", "reviews")} no. ${p.numbers}, not yet held.`,
    deadlines: (p: P) =>
      `That the parties agree new deadlines for the ${many(p.count, "point", "points")} past due: ${p.ids}.`,
    data: "That the leading agencies report the data of the indicators that have none, so that they can be followed.",
  },
  charts: {
    caption: (p: P) => `Figure ${p.number}. ${p.title}`,
    status: (p: P) => `Progress of the ${p.total} ${many(p.total, "point", "points")}`,
    statusItem: (p: P) => `${p.label}: ${p.count} (${p.percent})`,
    indicators: "How far each indicator has come (per cent of the way from baseline to target)",
    indicatorValue: (p: P) =>
      `${p.percent === "" ? "no data" : p.percent}${p.expected === "" ? "" : ` (expected ${p.expected})`}`,
    indicatorItem: (p: P) => `${p.label}: ${p.value}`,
    expected: "expected",
    timeline: "Reviews",
    signed: "signed",
    approved: "approved",
    held: (p: P) => `no. ${p.number}`,
    extra: "extra meeting",
    missed: (p: P) => `no. ${p.number}: not held`,
    next: (p: P) => `no. ${p.number}: ${p.state}`,
    following: (p: P) => `no. ${p.number} (planned)`,
    today: "report date",
    timelineItem: (p: P) => `${p.date}: ${p.label}`,
  },
};
