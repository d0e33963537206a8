import { readFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "vitest";
import { checkFile } from "../src/load/check.js";
import { root } from "./helpers.js";
it("timing", () => {
  for (const name of ["nghe-an-quang-ngai-2023.yaml", "ba-ria-vung-tau-pbeg-2018.yaml"]) {
    const bytes = readFileSync(join(root, "agreements", name));
    const broken = Buffer.concat([bytes, Buffer.from("\nzzz: 1\n")]);
    for (const [label, b] of [["ok", bytes], ["bad", broken]] as const) {
      const t = performance.now();
      for (let i = 0; i < 300; i++) checkFile("agreements/x.yaml", b, { asOf: "2026-01-01", lang: "vi" });
      console.log(name, label, ((performance.now() - t) / 300).toFixed(2), "ms");
    }
  }
});
