// Concurrent writers on one agreement file: each round starts WRITERS `mou commitment set … --note` at once
// and checks that every edit exits 0 and that every note is in the file exactly once — no update lost.
// `node scripts/stress-edits.mjs [rounds] [writers]` (defaults 30 and 8); the test suite runs a short version.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "mou.js");

const agreement = `id: x
title: Thỏa thuận thử
kind: mou
signed: 2023-07-24
parties:
  - id: a
    name: Tỉnh A
commitments:
  - id: "1"
    title: Nội dung một
    status: in-progress
`;

function edit(dir, text) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [bin, "commitment", "set", "x", "1", "--note", text, "--as-of", "2025-01-01", "--lang", "en"],
      { cwd: dir, env: { ...process.env, NO_COLOR: "1" } },
    );
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

/** Runs the rounds; returns one line per failed round (an empty list when nothing was lost). */
export async function stressEdits({ rounds, writers }) {
  const failures = [];
  for (let round = 0; round < rounds; round++) {
    const dir = mkdtempSync(join(tmpdir(), "mou-stress-"));
    try {
      mkdirSync(join(dir, "agreements"));
      const file = join(dir, "agreements", "x.yaml");
      writeFileSync(file, agreement);
      const notes = Array.from({ length: writers }, (_, i) => `ghi chú ${round}-${i}`);
      const runs = await Promise.all(notes.map((text) => edit(dir, text)));
      const text = readFileSync(file, "utf8");
      const failed = runs.flatMap((r, i) => (r.code === 0 ? [] : [`writer ${i} exited ${r.code}: ${r.stderr.trim()}`]));
      // Worst of all: an edit that said it succeeded (exit 0) and whose note is not in the file.
      const lost = notes.filter((n, i) => runs[i].code === 0 && text.split(`note: ${n}\n`).length !== 2);
      if (failed.length > 0 || lost.length > 0)
        failures.push(`round ${round}: ${[...lost.map((n) => `exit 0 but lost "${n}"`), ...failed].join("; ")}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return failures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rounds = Number(process.argv[2] ?? 30);
  const writers = Number(process.argv[3] ?? 8);
  const started = Date.now();
  const failures = await stressEdits({ rounds, writers });
  console.log(
    `${rounds} rounds of ${writers} concurrent edits in ${((Date.now() - started) / 1000).toFixed(0)} s: ` +
      (failures.length === 0 ? "no update lost" : `${failures.length} rounds failed`),
  );
  for (const f of failures) console.log(f);
  process.exit(failures.length === 0 ? 0 : 1);
}
