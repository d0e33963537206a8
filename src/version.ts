declare const __MOU_VERSION__: string;

/** mou's version, from package.json at build time ("0.0.0-dev" when run from source, as in tests). */
export const VERSION: string = typeof __MOU_VERSION__ === "string" ? __MOU_VERSION__ : "0.0.0-dev";
