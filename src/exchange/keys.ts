import { createHash } from "node:crypto";

/** What a row stands for: a commitment of an agreement, or one of its indicators. */
export interface RowKey {
  agreement: string;
  commitment: string;
  indicator?: string;
}

/**
 * The text of a row's hidden key: a JSON array, so that ids with any character (a commitment id may hold
 * a slash or a bar) read back exactly.
 */
export function rowKey(key: RowKey): string {
  return JSON.stringify(
    key.indicator === undefined ? [key.agreement, key.commitment] : [key.agreement, key.commitment, key.indicator],
  );
}

/** A key read back from a cell, or undefined when the text is not one. */
export function parseRowKey(text: string): RowKey | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) return undefined;
  if (!value.every((v) => typeof v === "string" && v !== "" && v.length <= 200)) return undefined;
  const [agreement, commitment, indicator] = value as string[];
  return indicator === undefined
    ? { agreement: agreement!, commitment: commitment! }
    : { agreement: agreement!, commitment: commitment!, indicator };
}

/**
 * The fingerprint of a commitment: the SHA-256 of its data (indicators and history included), so that an
 * import can tell a file changed elsewhere from a file whose very points changed. Comments and layout do
 * not count here; the file's fingerprint sees those.
 */
export function pointFingerprint(commitment: unknown): string {
  return createHash("sha256").update(JSON.stringify(commitment)).digest("hex").slice(0, 32);
}

/** The fingerprint of an agreement file: the SHA-256 of its bytes, in hex. */
export function fingerprint(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
