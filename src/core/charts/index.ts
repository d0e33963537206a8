import { indicatorsScene } from "./indicators-scene.js";
import type { Scene } from "./scene.js";
import type { ChartSpec } from "./spec.js";
import { statusScene } from "./status-scene.js";
import { timelineScene } from "./timeline-scene.js";

export type { Scene, Shape } from "./scene.js";
export type { ChartSpec } from "./spec.js";

/** The drawing of a chart. */
export function sceneOf(spec: ChartSpec): Scene {
  switch (spec.kind) {
    case "status":
      return statusScene(spec);
    case "indicators":
      return indicatorsScene(spec);
    case "timeline":
      return timelineScene(spec);
  }
}
