import type { CommitmentStatus } from "../core/model/agreement.js";
import type { ReviewState } from "../core/schedule/schedule.js";
import type { PageContext } from "./context.js";
import { type Html, html } from "./html.js";

/** A date as readers of the language write it, machine-readable underneath. */
export function time(ctx: PageContext, date: string): Html {
  // A portfolio repeats its dates across thousands of rows: each is written out once per page context.
  let made = ctx.times.get(date);
  if (made === undefined) {
    made = html`<time datetime="${date}">${ctx.dateText(date)}</time>`;
    ctx.times.set(date, made);
  }
  return made;
}

function badge(ctx: PageContext, key: string, make: () => Html): Html {
  let made = ctx.badges.get(key);
  if (made === undefined) {
    made = make();
    ctx.badges.set(key, made);
  }
  return made;
}

/** A review state as a badge: the word carries the meaning, the colour only repeats it. */
export const stateBadge = (ctx: PageContext, state: ReviewState): Html =>
  badge(ctx, `s-${state}`, () => html`<span class="badge s-${state}">${ctx.labels.reviewState[state]}</span>`);

export const statusBadge = (ctx: PageContext, status: CommitmentStatus): Html =>
  badge(ctx, `c-${status}`, () => html`<span class="badge c-${status}">${ctx.labels.commitmentStatus[status]}</span>`);

/** "in 30 days" / "12 days late" for a next review. */
export const daysText = (ctx: PageContext, days: number): string =>
  days < 0 ? ctx.t.daysLate({ days: -days }) : ctx.t.inDays({ days });

/** The next review in a line: date, state, number and days. */
export const nextReview = (
  ctx: PageContext,
  next: { number: number; due: string; state: ReviewState; days: number },
): Html =>
  html`${time(ctx, next.due)} ${stateBadge(ctx, next.state)}
    <span class="quiet">${ctx.t.reviewNumber({ n: next.number })} · ${daysText(ctx, next.days)}</span>`;
