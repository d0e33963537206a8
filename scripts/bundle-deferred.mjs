// Modules that esbuild bundles but evaluates only when first called (scripts/build.mjs). An ES module's
// top level runs when its chunk loads; a module that the bundle require()s is wrapped by esbuild and runs on
// its first require. Each entry below is what the importers use of a package, written as a stand-in that
// requires the real package on its first call, so the sources keep their ordinary static imports (and the
// tests, which run the sources, load the packages as usual).

/**
 * A plugin that replaces each package named in `standIns` by its stand-in, for the importers whose path
 * `importers` accepts (all by default; Node's built-in modules too, which the bundle otherwise leaves to
 * Node to load at start). `namespace` must be unique to the plugin: a require() from inside a stand-in
 * resolves normally, to the real package.
 */
export function deferredPlugin(namespace, standIns, importers = () => true) {
  const names = new RegExp(
    `^(${Object.keys(standIns)
      .map((n) => n.replace(/[./]/g, "\\$&"))
      .join("|")})$`,
  );
  return {
    name: namespace,
    setup(build) {
      build.onResolve({ filter: names }, (args) =>
        args.namespace === namespace || !importers(args.importer)
          ? undefined
          : { path: args.path, namespace, pluginData: { resolveDir: args.resolveDir } },
      );
      build.onLoad({ filter: /.*/, namespace }, (args) => {
        const load = `let real;\nconst load = () => (real ??= require(${JSON.stringify(args.path)}));\n`;
        return { contents: `${load}${standIns[args.path]}`, resolveDir: args.pluginData.resolveDir, loader: "js" };
      });
    },
  };
}
