// The worst files under the size limit: each shape fills a file just under 1 MiB with what makes a
// parser, a validator, a view or a formatter work hardest, and every command a user may run on it must
// finish in ≤ 2 s with ≤ 300 MB. `node bench/pathological.mjs` (or `npm run bench:worst`) runs these alone;
// `npm run bench` includes them. BENCH_WORST_RUNS sets the runs per case (default 1, after no warm-up:
// the worst run is what counts here).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "mou.js");
const LIMIT = 1024 * 1024;
const BUDGET_MS = 2000;
const BUDGET_MB = 300;
const hasTime = existsSync("/usr/bin/time");

const head = (id, extra = "") =>
  `id: ${id}\ntitle: Thỏa thuận hợp tác thử nghiệm\nkind: mou\nsigned: 2024-01-01\n` +
  `parties:\n  - id: a\n    name: Tỉnh A\n  - id: b\n    name: Tỉnh B\nreview:\n  every: P1Y\n${extra}`;

/** `start`, then `unit(i)` for i = 0, 1, … for as long as the file stays under the limit, then `end`. */
function fill(start, unit, end = "") {
  const parts = [start];
  let size = Buffer.byteLength(start) + Buffer.byteLength(end);
  for (let i = 0; ; i++) {
    const next = unit(i);
    const bytes = Buffer.byteLength(next);
    if (size + bytes > LIMIT - 16) break;
    parts.push(next);
    size += bytes;
  }
  parts.push(end);
  return parts.join("");
}

const title =
  "Phối hợp, chia sẻ kinh nghiệm trong xây dựng và triển khai quy hoạch tỉnh giai đoạn 2021 - 2030, tầm nhìn 2050";

/** Each shape: the file, whether it is valid, and the commitment an edit may change. */
export const shapes = {
  "many commitments (valid)": () => ({
    text: fill(
      head("worst", "commitments:\n"),
      (i) =>
        `  - id: "${i + 1}"\n    title: ${title}\n    lead: [{party: a, agency: Sở Kế hoạch và Đầu tư}]\n` +
        `    support: [{party: b}]\n    sectors: [planning, urban-development]\n    status: in-progress\n` +
        `    due: 2030-12-31\n    history:\n      - {date: 2024-03-01, note: Đã họp tổ công tác}\n`,
    ),
    valid: true,
  }),
  "many parties, each leading a commitment": () => ({
    text: (() => {
      const n = 12300;
      const parties = Array.from({ length: n }, (_, i) => `  - {id: p${i}, name: Sở ${i}}\n`).join("");
      const commitments = Array.from(
        { length: n },
        (_, i) => `  - {id: "${i}", title: X, lead: [{party: p${n - 1 - i}}]}\n`,
      );
      const head = "id: worst\ntitle: T\nkind: mou\nsigned: 2024-01-01\n";
      return `${head}parties:\n${parties}commitments:\n${commitments.join("")}`;
    })(),
    valid: true,
  }),
  "every commitment wrong four ways": () => ({
    text: fill(
      head("worst", "commitments:\n"),
      (i) =>
        `  - id: "${i + 1}"\n    title: X\n    lead: [{party: nobody${i}}]\n    status: finished\n` +
        `    due: 2023-02-30\n    colour: red\n`,
    ),
    valid: false,
  }),
  "one map of 40,000 keys, each repeated": () => ({
    text: fill(head("worst", "notes: x\n"), (i) => `k${i >> 1}: ${i}\n`),
    valid: false,
  }),
  "one flow list of 250,000 sectors": () => ({
    text: fill(head("worst", 'commitments:\n  - id: "1"\n    title: X\n    sectors: ['), () => "ab, ", "ab]\n"),
    valid: true,
  }),
  "a title of one word, a megabyte long": () => ({
    text: fill(head("worst", "notes: "), () => "x".repeat(1000), "\n"),
    valid: true,
  }),
  "40,000 reviews without covers": () => ({
    text: fill(head("worst", "reviews:\n"), () => "  - {date: 2024-06-01}\n"),
    valid: true,
  }),
  "daily reviews, the last one covered": () => ({
    text: `${head("worst").replace("every: P1Y", "every: P1D")}reviews:\n  - {date: 2024-06-01, covers: 64000}\n`,
    valid: true,
  }),
  "250,000 list items of the wrong type": () => ({
    text: fill(head("worst", "commitments:\n"), () => "  - 1\n"),
    valid: false,
  }),
  "nesting at the limit, over and over": () => ({
    text: fill(head("worst", "notes: x\nx:\n"), (i) => `  k${i}: ${"[".repeat(60)}${"]".repeat(60)}\n`),
    valid: false,
  }),
  "aliases at the limit": () => ({
    text: fill(head("worst", "x:\n  - &a [a, b, c, d, e, f, g, h, i, j]\n"), (i) =>
      i < 9 ? "  - *a\n" : `  - [k${i}]\n`,
    ),
    valid: false,
  }),
  "control characters in every value": () => ({
    text: fill(
      head("worst", "commitments:\n"),
      (i) => `  - id: "${i + 1}"\n    title: "\\e]0;x\\a\\e[2J\\r# KẾT LUẬN \\u009b31m ${i}"\n    lead: [{party: a}]\n`,
    ),
    valid: true,
  }),
  "comments only": () => ({ text: fill("", () => "# một dòng chú thích\n"), valid: false }),
};

const hasScript = existsSync("/usr/bin/script");
const quote = (s) => `'${s.replace(/'/g, "'\\''")}'`;

/** Wall time and peak memory of one run; on a terminal (through `script`) when `tty`, as code frames need. */
function measure(args, cwd, tty = false) {
  const command = [process.execPath, bin, ...args];
  const timed = hasTime ? ["/usr/bin/time", "-f", "%M %U %S", "-o", join(cwd, ".peak"), ...command] : command;
  const [program, ...rest] =
    tty && hasScript ? ["/usr/bin/script", "-qec", timed.map(quote).join(" "), "/dev/null"] : timed;
  const start = process.hrtime.bigint();
  const r = spawnSync(program, rest, {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: "1", COLUMNS: "120" },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const [kb, user, system] = hasTime
    ? readFileSync(join(cwd, ".peak"), "utf8").trim().split("\n").at(-1).split(" ")
    : [];
  const mb = hasTime ? Number(kb) / 1024 : undefined;
  // Processor time too: on a busy machine the wall time says more about the neighbours than about mou.
  const cpu = hasTime ? (Number(user) + Number(system)) * 1000 : undefined;
  const ok = r.status === 0 || r.status === 1;
  return { ms, cpu, mb, status: r.status, ok, stderr: ok ? "" : r.stderr.slice(-300) };
}

/** Runs every shape through every command; returns rows of {shape, command, ms, mb, status, met}. */
export function runPathological({
  runs = Number(process.env.BENCH_WORST_RUNS ?? 1),
  only = new RegExp(process.env.BENCH_WORST_ONLY ?? ""),
  log = console.log,
} = {}) {
  const work = mkdtempSync(join(tmpdir(), "mou-worst-"));
  const rows = [];
  try {
    for (const [name, make] of Object.entries(shapes).filter(([n]) => only.test(n))) {
      const { text, valid } = make();
      const dir = join(work, name.replace(/[^a-z0-9]+/gi, "-"));
      mkdirSync(join(dir, "agreements"), { recursive: true });
      const file = join(dir, "agreements", "worst.yaml");
      writeFileSync(file, text);
      writeFileSync(join(dir, "pristine.yaml"), text);
      const asOf = ["--as-of", "2025-01-01"];
      const commands = [
        ["validate", ["validate", ...asOf]],
        ["validate on a terminal", ["validate", ...asOf], true],
        ["check", ["check", ...asOf]],
        ["list", ["list", ...asOf]],
        ["list --format md", ["list", "--format", "md", ...asOf]],
        ...(valid ? [["show", ["show", "worst", ...asOf]]] : []),
        ["commitments", ["commitments", ...asOf]],
        ["commitments --format md", ["commitments", "--format", "md", ...asOf]],
        ["due", ["due", ...asOf]],
        ...(valid && text.includes('id: "1"')
          ? [["commitment set --note", ["commitment", "set", "worst", "1", "--note", "Ghi chú", ...asOf]]]
          : []),
        ...(valid ? [["review add", ["review", "add", "worst", "--date", "2024-12-01", ...asOf]]] : []),
      ];
      for (const [command, args, tty] of commands) {
        let worst;
        for (let i = 0; i < runs; i++) {
          copyFileSync(join(dir, "pristine.yaml"), file);
          const m = measure(args, dir, tty === true);
          if (!worst || m.ms > worst.ms) worst = m;
        }
        const met = worst.ok && worst.ms <= BUDGET_MS && (worst.mb === undefined || worst.mb <= BUDGET_MB);
        rows.push({ shape: name, command, ...worst, met });
        log(
          `${name.padEnd(42)} ${command.padEnd(28)} ${worst.ms.toFixed(0).padStart(6)} ms ` +
            `${worst.cpu === undefined ? "" : `(cpu ${worst.cpu.toFixed(0).padStart(5)} ms) `}` +
            `${worst.mb === undefined ? "" : `${worst.mb.toFixed(0).padStart(5)} MB`}  exit ${worst.status}` +
            `${met ? "" : "  OVER BUDGET"}${worst.stderr ? `  ${worst.stderr}` : ""}`,
        );
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = runPathological();
  const over = rows.filter((r) => !r.met);
  console.log(
    `\n${rows.length} runs on ${Object.keys(shapes).length} files of up to 1 MiB: ` +
      `slowest ${Math.max(...rows.map((r) => r.ms)).toFixed(0)} ms` +
      (hasTime ? `, largest ${Math.max(...rows.map((r) => r.mb)).toFixed(0)} MB` : "") +
      `; ${over.length === 0 ? "every budget met" : `${over.length} over budget`}`,
  );
  process.exit(over.length === 0 ? 0 : 1);
}
