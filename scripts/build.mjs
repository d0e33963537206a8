// Generates the schema-derived code (TypeScript types and ajv standalone validators), then bundles src/.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pdfkitPlugin } from "./bundle-pdfkit.mjs";
import { startupPlugins } from "./bundle-startup.mjs";
import { subsetFonts } from "./subset-fonts.mjs";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const generated = join(root, "src", "generated");

const schemas = [
  { file: "agreement.schema.json", name: "agreement" },
  { file: "config.schema.json", name: "config" },
  { file: "units.schema.json", name: "units" },
];

async function writeIfChanged(path, text) {
  const old = await readFile(path, "utf8").catch(() => null);
  if (old !== text) await writeFile(path, text);
}

/**
 * ajv's standalone code gathers the errors of a referenced definition with `vErrors.concat(…)`, which
 * copies every error found so far each time: a file with thousands of wrong commitments took seconds,
 * growing with the square of the count. Appending in place gives the same errors in the same order.
 */
function linearErrors(code) {
  const concat = /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g;
  const found = code.match(concat)?.length ?? 0;
  const out = code.replace(
    concat,
    (_, fn) => `if (vErrors === null) vErrors = ${fn}.errors; else for (const e of ${fn}.errors) vErrors.push(e);`,
  );
  if (out.includes("vErrors.concat("))
    throw new Error(`ajv's code gathers errors in an unexpected way (${found} found)`);
  return out;
}

async function generate() {
  const { compile } = await import("json-schema-to-typescript");
  const { default: Ajv2020, _ } = require("ajv/dist/2020");
  const addFormats = require("ajv-formats").default;
  const standaloneCode = require("ajv/dist/standalone").default;
  await mkdir(generated, { recursive: true });
  for (const { file, name } of schemas) {
    const schema = JSON.parse(await readFile(join(root, "schemas", file), "utf8"));
    const types = await compile(schema, schema.title, {
      bannerComment: `/* Generated from schemas/${file} by scripts/build.mjs. Do not edit. */`,
      additionalProperties: false,
      unreachableDefinitions: false,
      style: { singleQuote: false },
    });
    await writeIfChanged(join(generated, `${name}.ts`), types);
    const ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      strictRequired: false,
      allowUnionTypes: true,
      code: { source: true, esm: false, formats: _`require("ajv-formats/dist/formats").fullFormats` },
    });
    addFormats(ajv, { mode: "full", formats: ["date", "uri"], keywords: false });
    const validate = ajv.compile(schema);
    const code = linearErrors(standaloneCode(ajv, validate));
    await writeIfChanged(join(generated, `validate-${name}.cjs`), code);
    await writeIfChanged(
      join(generated, `validate-${name}.d.cts`),
      'import type { ErrorObject } from "ajv";\n' +
        "declare const validate: { (data: unknown): boolean; errors?: ErrorObject[] | null };\n" +
        "export = validate;\n",
    );
  }
  await precompileTemplates();
}

/**
 * The bundled document templates compiled by Handlebars at build time, with the options mou renders them
 * with (src/documents/markdown.ts), each under its exact text: a template read at run time that is one
 * of them is not compiled again, and any other text (a --template of the user's, an edited copy) is.
 */
async function precompileTemplates() {
  const Handlebars = require("handlebars");
  const folder = join(root, "templates");
  const names = (await readdir(folder)).filter((f) => f.endsWith(".md.hbs")).sort();
  const entries = [];
  for (const name of names) {
    const text = await readFile(join(folder, name), "utf8");
    const spec = Handlebars.precompile(text, { noEscape: true, strict: false });
    entries.push(`  // templates/${name}\n  [${JSON.stringify(text)}, ${spec}],`);
  }
  await writeIfChanged(
    join(generated, "templates.cjs"),
    `// Generated from templates/*.md.hbs by scripts/build.mjs. Do not edit.\n"use strict";\n` +
      `module.exports = new Map([\n${entries.join("\n")}\n]);\n`,
  );
  await writeIfChanged(
    join(generated, "templates.d.cts"),
    'import type { TemplateSpecification } from "handlebars";\n' +
      "/** The bundled templates' texts and their compiled specifications. */\n" +
      "declare const precompiled: ReadonlyMap<string, TemplateSpecification>;\n" +
      "export = precompiled;\n",
  );
}

/**
 * A hash of everything a checked file's result depends on — the code, the schemas, the data and the
 * locked dependencies — for the cache's key (src/load/cache/key.ts): any change makes every entry miss.
 */
async function buildHash() {
  const { createHash } = await import("node:crypto");
  const { readdir } = await import("node:fs/promises");
  const hash = createHash("sha256");
  for (const folder of ["src", "schemas", "data"]) {
    const names = (await readdir(join(root, folder), { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath ?? d.path, d.name))
      .sort();
    for (const name of names) hash.update(`${name.slice(root.length)}\0`).update(await readFile(name));
  }
  hash.update(await readFile(join(root, "package-lock.json")));
  return hash.digest("base64url").slice(0, 16);
}

async function bundle() {
  const esbuild = await import("esbuild");
  const { rm } = await import("node:fs/promises");
  await rm(join(root, "dist"), { recursive: true, force: true });
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
  await esbuild.build({
    entryPoints: {
      main: join(root, "src", "main.ts"),
      worker: join(root, "src", "load", "worker.ts"),
      "site-worker": join(root, "src", "site", "worker.ts"),
    },
    outdir: join(root, "dist"),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // `node scripts/build.mjs --no-minify` keeps function names, for reading a CPU profile (npm run bench).
    minify: !process.argv.includes("--no-minify"),
    sourcemap: false,
    legalComments: "none",
    entryNames: "[name]",
    chunkNames: "chunks/[name]-[hash]",
    // pdfkit is bundled with only what the PDF path needs (scripts/bundle-pdfkit.mjs); some packages of the
    // everyday commands run only when first called (scripts/bundle-startup.mjs).
    plugins: [pdfkitPlugin(), ...startupPlugins()],
    define: { __MOU_VERSION__: JSON.stringify(pkg.version), __MOU_BUILD_HASH__: JSON.stringify(await buildHash()) },
    // Some CommonJS dependencies require() Node built-ins; an ESM bundle needs a real require for them.
    banner: { js: requireBanner },
    logLevel: "warning",
  });
  await dropUnusedBanners(join(root, "dist"));
  await bundleSiteAssets(esbuild);
}

const requireBanner =
  'import { createRequire as __mouCreateRequire } from "node:module"; const require = ' +
  "__mouCreateRequire(import.meta.url);";

/**
 * esbuild puts the banner on every file, but most chunks never call require: making one costs each of them
 * some time at start-up, for nothing. The banner stays wherever the word `require` appears in the rest.
 */
async function dropUnusedBanners(dist) {
  const { readdir } = await import("node:fs/promises");
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const code = await readFile(path, "utf8");
    if (!code.startsWith(requireBanner)) throw new Error(`${path} does not start with the banner`);
    const rest = code.slice(requireBanner.length);
    if (!rest.includes("require")) await writeFile(path, rest.replace(/^\n/, ""));
  }
}

// The static site's own files (`mou site` copies them into every site it writes): the page script, with
// the command line's folding of diacritics bundled in so both search alike, and the stylesheet.
async function bundleSiteAssets(esbuild) {
  const common = { bundle: true, minify: true, legalComments: "none", logLevel: "warning" };
  await esbuild.build({
    ...common,
    entryPoints: [join(root, "src", "site", "client", "filter.ts")],
    outfile: join(root, "dist", "site", "site.js"),
    format: "iife",
    platform: "browser",
    target: ["chrome100", "firefox100", "safari15"],
  });
  await esbuild.build({
    ...common,
    entryPoints: [join(root, "src", "site", "assets", "site.css")],
    outfile: join(root, "dist", "site", "site.css"),
    target: ["chrome100", "firefox100", "safari15"],
  });
}

await generate();
if (!process.argv.includes("--generate-only")) {
  await bundle();
  await subsetFonts(join(root, "dist", "fonts"));
}
