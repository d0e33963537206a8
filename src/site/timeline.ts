import { axisScale, type TimelineAxis, type TimelineMark, type TimelineTrack } from "../core/views/timeline.js";
import type { PageContext } from "./context.js";
import { type Html, html, trusted } from "./html.js";

// Positions are percentages of the drawing's width, so a line fits any screen without a viewBox that
// would squash the marks; each mark is a small nested <svg> placed at its percentage and drawn around its
// own origin. No style attributes: the page's policy allows only the stylesheet.
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const HEIGHT = 22;
const MID = HEIGHT / 2;

const SHAPES: Record<TimelineMark["kind"], Html> = {
  held: trusted('<circle r="5"/>'),
  extra: trusted('<circle r="4"/>'),
  missed: trusted('<path d="M-4-4l8 8m0-8l-8 8"/>'),
  next: trusted('<path d="M0-6l6 6-6 6-6-6z"/>'),
};

/** "review 2, 24/07/2027 — Next review (due soon)": a mark's tooltip. */
function markLabel(ctx: PageContext, mark: TimelineMark): string {
  const { t } = ctx;
  const date = ctx.dateText(mark.date);
  if (mark.kind === "extra") return `${date} — ${t.extraMeeting}`;
  const what =
    mark.kind === "held"
      ? t.held
      : mark.kind === "missed"
        ? t.missed
        : `${t.nextReview} (${ctx.labels.reviewState[mark.state]})`;
  return `${t.reviewNumber({ n: mark.number })}, ${date} — ${what}`;
}

/** What the line shows, in words, for readers who cannot see it. */
function summary(ctx: PageContext, track: TimelineTrack): string {
  const { t } = ctx;
  const held = track.marks.flatMap((m) =>
    m.kind === "held"
      ? [`${ctx.dateText(m.date)} (${t.reviewNumber({ n: m.number })})`]
      : m.kind === "extra"
        ? [`${ctx.dateText(m.date)} (${t.extraMeeting})`]
        : [],
  );
  const missed = track.marks.flatMap((m) => (m.kind === "missed" ? [t.reviewNumber({ n: m.number })] : []));
  if (track.missedNotShown > 0) missed.push(t.andMore({ n: track.missedNotShown }));
  const next = track.marks.find((m) => m.kind === "next");
  return t.timelineSummary({
    held: held.join("; "),
    missed: missed.join(", "),
    next:
      next?.kind === "next"
        ? `${t.reviewNumber({ n: next.number })}, ${ctx.dateText(next.date)} ` +
          `(${ctx.labels.reviewState[next.state]})`
        : "",
  });
}

/**
 * A line is drawn twice, on the overview and on its agreement's page, on different axes: its words (the
 * tooltips and the summary) are the same, and are written once per language.
 */
const words = new WeakMap<PageContext, WeakMap<object, Html | string>>();
function once<T extends Html | string>(ctx: PageContext, key: object, make: () => T): T {
  let table = words.get(ctx);
  if (table === undefined) {
    table = new WeakMap();
    words.set(ctx, table);
  }
  let made = table.get(key) as T | undefined;
  if (made === undefined) {
    made = make();
    table.set(key, made);
  }
  return made;
}

const markClass = (mark: TimelineMark): string => (mark.kind === "next" ? `m next s-${mark.state}` : `m ${mark.kind}`);

/** One agreement's line: its span, today, and a mark per review, each with a tooltip. */
export function trackSvg(ctx: PageContext, axis: TimelineAxis, track: TimelineTrack): Html {
  const scale = axisScale(axis);
  const at = (date: string) => pct(scale(date));
  const end = track.end === undefined ? "100%" : at(track.end);
  const span =
    track.start === undefined
      ? ""
      : html`<line class="span" x1="${at(track.start)}" x2="${end}" y1="${MID}" y2="${MID}"/>`;
  const today = at(ctx.asOf);
  // The next review's mark comes last, so that no meeting held near its date is drawn over it.
  const drawn = [...track.marks.filter((m) => m.kind !== "next"), ...track.marks.filter((m) => m.kind === "next")];
  const marks = drawn.map((m) => {
    const tip = once(ctx, m, () => html`<title>${markLabel(ctx, m)}</title>`);
    const place = html`x="${at(m.date)}" y="${MID}"`;
    return html`<svg class="${markClass(m)}" ${place} overflow="visible">${tip}${SHAPES[m.kind]}</svg>`;
  });
  const todayLine = html`<line class="today" x1="${today}" x2="${today}" y1="0" y2="${HEIGHT}"/>`;
  const label = once(ctx, track, () => summary(ctx, track));
  const size = html`width="100%" height="${HEIGHT}"`;
  return html`<svg class="track" ${size} role="img" aria-label="${label}">${todayLine}${span}${marks}</svg>`;
}

/** The years along the top of the timeline; decorative, since every line carries its dates in words. */
export function axisSvg(axis: TimelineAxis): Html {
  const scale = axisScale(axis);
  const ticks = axis.ticks.map((date) => {
    const x = pct(scale(date));
    return html`<line x1="${x}" x2="${x}" y1="14" y2="20"/><text x="${x}" y="11">${date.slice(0, 4)}</text>`;
  });
  return html`<svg class="axis" width="100%" height="20" aria-hidden="true" focusable="false">${ticks}</svg>`;
}

const legends = new WeakMap<PageContext, Html>();

/** The key to the marks, drawn with the same shapes; the same on every page of a language. */
export function legend(ctx: PageContext): Html {
  let made = legends.get(ctx);
  if (made === undefined) {
    made = drawLegend(ctx);
    legends.set(ctx, made);
  }
  return made;
}

function drawLegend(ctx: PageContext): Html {
  const { t } = ctx;
  const key = (drawing: Html) => html`<svg class="key" width="16" height="16" aria-hidden="true">${drawing}</svg>`;
  const item = (cls: string, shape: Html, label: string) =>
    html`<li>${key(html`<svg class="${cls}" x="8" y="8" overflow="visible">${shape}</svg>`)}${label}</li>`;
  return html`<ul class="legend" aria-label="${t.legend}">
${item("m held", SHAPES.held, t.held)}
${item("m extra", SHAPES.extra, t.extraMeeting)}
${item("m missed", SHAPES.missed, t.missed)}
${item("m next s-scheduled", SHAPES.next, t.nextReview)}
<li>${key(html`<line class="today" x1="8" x2="8" y1="0" y2="16"/>`)}${t.today}</li>
</ul>`;
}
