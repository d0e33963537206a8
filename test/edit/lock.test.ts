import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LockBusy, lockPath, STALE_MS, withFileLock } from "../../src/edit/lock.js";
import { tempFolder } from "../helpers.js";

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function counterFile(): string {
  const { dir, cleanup } = tempFolder({ "x.yaml": "0" });
  cleanups.push(cleanup);
  return join(dir, "x.yaml");
}
const tick = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 3));

/** A read-modify-write with a pause in the middle: without the lock, increments would be lost. */
const increment = (file: string) =>
  withFileLock(file, async () => {
    const n = Number(readFileSync(file, "utf8"));
    await tick();
    writeFileSync(file, String(n + 1));
  });

describe("the edit lock", () => {
  it("serialises read-modify-write: 40 concurrent increments, none lost", async () => {
    const file = counterFile();
    await Promise.all(Array.from({ length: 40 }, () => increment(file)));
    expect(readFileSync(file, "utf8")).toBe("40");
  });

  it("recovers a lock left by a dead process, or one older than the stale bound, and only once", async () => {
    for (const stale of [
      { pid: 2 ** 22 + 1, host: hostname(), at: Date.now(), token: "dead" },
      { pid: process.pid, host: "another-machine", at: Date.now() - STALE_MS - 1000, token: "old" },
    ]) {
      const file = counterFile();
      writeFileSync(lockPath(file), JSON.stringify(stale));
      if (stale.token === "old") {
        const past = (Date.now() - STALE_MS - 1000) / 1000;
        utimesSync(lockPath(file), past, past);
      }
      // Many edits find the same stale lock at once: it is broken once, and every increment still lands.
      await Promise.all(Array.from({ length: 20 }, () => increment(file)));
      expect(readFileSync(file, "utf8")).toBe("20");
    }
  });

  it("waits for a live holder, then gives up without touching its lock", async () => {
    const file = counterFile();
    const held = JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now(), token: "live" });
    writeFileSync(lockPath(file), held);
    await expect(withFileLock(file, async () => "ran", 300)).rejects.toBeInstanceOf(LockBusy);
    expect(readFileSync(lockPath(file), "utf8")).toBe(held);
  });
});
