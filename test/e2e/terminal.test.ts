import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bin, root } from "../helpers.js";
import { needs } from "../tools.js";

/**
 * Runs `mou` in a real terminal of a fixed size (a tmux pane) and returns the screen as the terminal
 * laid it out: `lines` as shown, `joined` with the terminal's own soft wraps undone. If mou ever printed a
 * line wider than the pane, the terminal would have wrapped it, and the two would differ.
 */
function inTerminal(width: number, args: string[]): { lines: string[]; joined: string[] } {
  const socket = `mou-test-${process.pid}-${width}-${Math.random().toString(36).slice(2)}`;
  const tmux = (...a: string[]) => execFileSync("tmux", ["-L", socket, ...a], { encoding: "utf8" });
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  try {
    tmux("-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", "50", "-s", "t");
    tmux("set-option", "-t", "t", "history-limit", "5000");
    // The markers are typed with empty quotes inside, so that the typed command, wrapped by the terminal,
    // can never show a line that reads like a marker: only the echoed output does.
    const command = `cd '${root}' && echo __ST''ART__ && env -u COLUMNS NO_COLOR=1 ${quoted}; echo __E''ND__`;
    tmux("send-keys", "-t", "t", command, "Enter");
    let screen = "";
    for (let i = 0; i < 400 && !/^__END__$/m.test(screen); i++) {
      spawnSync("sleep", ["0.05"]);
      screen = tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "t");
    }
    const capture = (...flags: string[]) => {
      const all = tmux("capture-pane", "-p", ...flags, "-S", "-", "-t", "t").split("\n");
      const start = all.indexOf("__START__") + 1;
      const end = all.indexOf("__END__");
      return all.slice(start, end);
    };
    return { lines: capture(), joined: capture("-J") };
  } finally {
    spawnSync("tmux", ["-L", socket, "kill-server"]);
  }
}

/** Every word mou could print for these arguments: the same command's output, unwrapped, when piped. */
function vocabulary(args: string[]): Set<string> {
  const piped = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  const words = new Set(piped.stdout.split(/\s+/));
  // Headers may shorten and records may stack ("Số 2", "Nội dung:") when the terminal is narrow.
  for (const extra of [
    "Số",
    "No.",
    "Kỳ",
    "tới",
    "Next",
    "Nội",
    "dung:",
    "Chủ",
    "trì:",
    "Tiến",
    "độ:",
    "Hạn:",
    "Các",
    "bên:",
  ])
    words.add(extra);
  return words;
}

describe("tables in a real terminal", () => {
  const asOf = ["--as-of", "2026-01-01"];
  it.for<[number, string[][]]>([
    [120, [["list"], ["commitments"]]],
    [80, [["list"], ["commitments"], ["due"]]],
    [60, [["commitments"], ["units"]]],
  ])("fit a terminal %i columns wide: no line wider, no word broken", ([width, commands], context) => {
    needs(context, "tmux");
    for (const command of commands) {
      const args = [...command, ...asOf];
      const { lines, joined } = inTerminal(width, args);
      expect(lines.length, args.join(" ")).toBeGreaterThan(1);
      // The terminal wrapped nothing of its own, so every line was within the width.
      expect(joined, args.join(" ")).toEqual(lines);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
      // Words wrap whole: every word on the screen is a word of the data or of the tool's own texts.
      const known = vocabulary(args);
      const broken = lines.flatMap((l) => l.split(/\s+/)).filter((w) => w !== "" && !known.has(w));
      expect(broken, args.join(" ")).toEqual([]);
    }
  });
});
