import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { flagsChangeable, tieringFlag } from "../../src/site/tiering.js";

describe("the tiering budget raised while pages are made", () => {
  it("is set with the flag each V8 knows: bytecode run in V8 11, calls from V8 12 on", () => {
    expect(tieringFlag("11.3.244.8-node.38")).toBe("--interrupt-budget=1081344");
    expect(tieringFlag("12.4.254.21-node.57")).toBe("--invocation-count-for-turbofan=48000");
    expect(tieringFlag("14.1.146.11-node.28")).toBe("--invocation-count-for-turbofan=48000");
  });

  it("names a flag that the V8 running the tests knows (an unknown one is reported on stderr)", () => {
    const name = tieringFlag(process.versions.v8).split("=")[0]!;
    const options = spawnSync(process.execPath, ["--v8-options"], { encoding: "utf8", maxBuffer: 1 << 24 }).stdout;
    expect(options).toContain(`  ${name} (`);
  });

  it("is left alone when Node was started with V8's flags frozen, where changing one stops the process", () => {
    expect(flagsChangeable([], undefined)).toBe(true);
    expect(flagsChangeable(["--freeze-flags-after-init"], undefined)).toBe(false);
    expect(flagsChangeable(["--freeze_flags_after_init"], undefined)).toBe(false);
    expect(flagsChangeable([], "--max-old-space-size=512 --freeze-flags-after-init")).toBe(false);
    expect(flagsChangeable(["--freeze-flags-after-init", "--no-freeze-flags-after-init"], undefined)).toBe(true);
    expect(flagsChangeable(["--stack-size=2000"], "--no-freeze-flags-after-init")).toBe(true);
  });
});
