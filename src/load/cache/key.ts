import { VERSION } from "../../version.js";

declare const __MOU_BUILD_HASH__: string;

/**
 * What a cached result depends on besides the file's bytes: the version and a hash of the code, schemas,
 * data and locked dependencies it was built from (scripts/build.mjs), so that any change to the tool makes
 * every entry miss. Undefined when running from source, which has no such hash: then nothing is cached.
 */
export const CACHE_KEY: string | undefined =
  typeof __MOU_BUILD_HASH__ === "string" ? `${VERSION}+${__MOU_BUILD_HASH__}` : undefined;
