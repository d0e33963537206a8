// What the everyday commands (due, list, check, …) bundle but evaluate only when first called
// (scripts/bundle-deferred.mjs), measured on `mou due` with the bundled agreements:
// - string-width creates an Intl.Segmenter and compiles a regular expression of \p{RGI_Emoji} at import,
//   together some 40 ms of ICU work; mou calls it only for text that is not Latin or Vietnamese
//   (src/format/table/width.ts), which most runs never print.
// - ical-generator, csv-stringify and picomatch serve one output format or glob patterns, not every run.
// - Node's own modules cost time to load too: crypto (the cache's hashes, written files), worker_threads
//   (threads for large folders), and child_process, which commander requires for subcommands that are
//   programs of their own (mou has none).
import { readFile } from "node:fs/promises";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { deferredPlugin } from "./bundle-deferred.mjs";

const src = join(dirname(fileURLToPath(import.meta.url)), "..", "src") + sep;
const commander = `${sep}node_modules${sep}commander${sep}`;

/** A function export that loads its module on its first call. */
const fn = (name, from = name) => `export const ${name} = (...args) => load().${from}(...args);\n`;

/**
 * Values that load their module when first read: a CommonJS stand-in with getters, which esbuild reads
 * property by property where the importers use them. Unlike an ES stand-in, a name it lacks would be
 * undefined rather than a build error, so `checkNames` holds the importers to the list.
 */
const values = (names) =>
  `module.exports = {\n${names.map((n) => `  get ${n}() { return load().${n}; },\n`).join("")}};\n`;
const workerThreads = ["Worker", "threadId", "parentPort", "workerData"];

/** Fails the build when a source imports from `module` a name that its stand-in does not have. */
function checkNames(module, names) {
  return {
    name: `mou-check-${module}`,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${module}$`) }, async (args) => {
        if (!args.importer.startsWith(src)) return undefined;
        const code = await readFile(args.importer, "utf8");
        for (const [, list] of code.matchAll(new RegExp(`import\\s*{([^}]*)}\\s*from\\s*"${module}"`, "g")))
          for (const name of list.split(",").map((n) => n.trim().split(/\s+as\s+/)[0]))
            if (name && !names.includes(name))
              throw new Error(`${args.importer}: ${name} from ${module} is missing in scripts/bundle-startup.mjs`);
        if (new RegExp(`import\\s+[^{]*from\\s*"${module}"`).test(code))
          throw new Error(`${args.importer}: import ${module} by name, as scripts/bundle-startup.mjs expects`);
        return undefined;
      });
    },
  };
}

const standIns = {
  "string-width": "export default function stringWidth(...args) { return load().default(...args); }",
  "ical-generator":
    fn("ical", "default").replace("export const ical", "const ical") +
    "export default ical;\n" +
    "export const ICalAlarmType = new Proxy({}, { get: (_, key) => load().ICalAlarmType[key] });\n",
  "csv-stringify/sync": fn("stringify"),
  picomatch: "export default Object.assign((...args) => load()(...args), { scan: (...args) => load().scan(...args) });",
  "node:crypto": fn("createHash") + fn("randomBytes"),
  "node:child_process": fn("spawn"),
  "node:worker_threads": values(workerThreads),
};

export function startupPlugins() {
  return [
    checkNames("node:worker_threads", workerThreads),
    deferredPlugin("mou-startup", standIns, (importer) => importer.startsWith(src) || importer.includes(commander)),
  ];
}
