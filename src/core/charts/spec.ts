import type { Track } from "../measures/progress.js";
import type { CommitmentStatus } from "../model/agreement.js";
import type { ReviewState } from "../schedule/schedule.js";

/** The data of a chart: what both its drawing (scene) and its Mermaid form are made from. */
export type ChartSpec =
  | {
      kind: "status";
      title: string;
      total: number;
      items: { status: CommitmentStatus; label: string; count: number; percent: string }[];
      lines: string[];
    }
  | {
      kind: "indicators";
      title: string;
      expectedLabel: string;
      items: {
        key: string;
        label: string;
        percent: number | null;
        expected: number | null;
        track: Track;
        /** "45% (kế hoạch 50%)". */
        value: string;
        text: string;
      }[];
      lines: string[];
    }
  | {
      kind: "timeline";
      title: string;
      events: {
        date: string;
        dateText: string;
        kind: "start" | "held" | "extra" | "missed" | "next" | "following" | "today";
        label: string;
        state?: ReviewState;
      }[];
      lines: string[];
    };
