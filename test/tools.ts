import { spawnSync } from "node:child_process";
import type { TestContext } from "vitest";

/**
 * Tests that check our output with a real consumer (poppler, LibreOffice, Chromium, tmux) need that
 * program. Where it is missing they are skipped with a note, so that `npm test` works on any machine;
 * CI sets MOU_REQUIRE_TOOLS=1, and there a missing program fails the test instead.
 */
const found = new Map<string, boolean>();

export function hasTool(command: string): boolean {
  let known = found.get(command);
  if (known === undefined) {
    known = spawnSync("sh", ["-c", `command -v "$0"`, command], { stdio: "ignore" }).status === 0;
    found.set(command, known);
  }
  return known;
}

/** Skips the running test, saying which program it needs, unless CI requires every tool. */
export function needs(context: TestContext, ...commands: string[]): void {
  const missing = commands.filter((c) => !hasTool(c));
  if (missing.length === 0) return;
  const note = `skipped: ${missing.join(", ")} not installed`;
  if (process.env.MOU_REQUIRE_TOOLS === "1") throw new Error(`${note} (MOU_REQUIRE_TOOLS=1 requires it)`);
  context.skip(note);
}
