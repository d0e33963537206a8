import { describe, expect, it } from "vitest";
import { type TimelineTrack, timelineAxis } from "../../src/core/views/timeline.js";
import { pageContext } from "../../src/site/context.js";
import { trackSvg } from "../../src/site/timeline.js";

const ctx = pageContext({
  langs: { main: "vi", langs: ["vi", "en"] },
  lang: "vi",
  title: undefined,
  asOf: "2024-06-01",
  version: "9.9.9",
  agendas: new Map(),
});

describe("a timeline line", () => {
  it("draws the next review's mark last, over a meeting held a few days after it fell due", () => {
    const track: TimelineTrack = {
      start: "2020-01-01",
      marks: [
        { kind: "held", date: "2023-03-10", number: 13 },
        { kind: "next", date: "2024-03-15", number: 14, state: "overdue" },
        { kind: "extra", date: "2024-03-20" },
      ],
      missedNotShown: 0,
    };
    const svg = trackSvg(ctx, timelineAxis([track], ctx.asOf), track).text;
    const order = [...svg.matchAll(/class="m ([a-z]+)/g)].map((m) => m[1]);
    expect(order).toEqual(["held", "extra", "next"]);
  });
});
