import type { CommitmentStatus } from "../core/model/agreement.js";
import type { Scorecard, StatusScorecard } from "../core/views/scorecard.js";
import type { PageContext } from "./context.js";
import { type Html, html } from "./html.js";

/** The order of the bar: what is finished first, what has not begun last. */
const ORDER: readonly CommitmentStatus[] = ["done", "in-progress", "stalled", "not-started", "dropped"];

function statusCard(ctx: PageContext, card: StatusScorecard): Html {
  const { t, labels } = ctx;
  if (card.total === 0) return html`<span class="quiet">${t.noCommitments}</span>`;
  let x = 0;
  const parts = ORDER.filter((s) => card.counts[s] > 0).map((s) => {
    const width = (card.counts[s] / card.total) * 100;
    const rect = html`<rect class="c-${s}" x="${x.toFixed(2)}%" width="${width.toFixed(2)}%" height="10"/>`;
    x += width;
    return rect;
  });
  const words = ORDER.filter((s) => card.counts[s] > 0)
    .map((s) => `${labels.commitmentStatus[s]} ${card.counts[s]}`)
    .join(", ");
  const overdue = card.overdue > 0 ? html` · <span class="late">${card.overdue} ${t.pastDue}</span>` : "";
  const bar = html`<svg class="bar" width="100%" height="10" role="img" aria-label="${words}">${parts}</svg>`;
  return html`${bar}<span>${t.progress({ done: card.counts.done, total: card.total })}${overdue}</span>`;
}

/**
 * An agreement's scorecard cell. Each kind of scorecard draws itself here; today the statuses of the
 * commitments are the only kind.
 */
export function scorecardCell(ctx: PageContext, card: Scorecard): Html {
  switch (card.kind) {
    case "statuses":
      return statusCard(ctx, card);
  }
}
