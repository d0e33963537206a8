/**
 * What kind of file a user handed to `mou import`, from its first bytes and, for a zip, the names of its
 * entries: people save the returned workbook as .xls, .csv or .ods, or send a password-protected copy, and
 * each of those deserves its own plain answer rather than a parser's error.
 */
export type FileKind = "xlsx" | "xls" | "encrypted" | "ods" | "csv" | "zip" | "other";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether the bytes hold a name written in UTF-16LE, as the directory of an OLE2 compound file does. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Whether a zip holds an entry of this name (read from the local headers, which begin each entry). */
function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.includes(Buffer.from(name, "latin1"));
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length === 0) return false;
  for (const b of sample) if (b === 0) return false;
  return true;
}

export function sniff(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, OLE2)) {
    // Excel encrypts a password-protected .xlsx into an OLE2 file with an "EncryptedPackage" stream.
    return hasUtf16Name(bytes, "EncryptedPackage") ? "encrypted" : "xls";
  }
  if (startsWith(bytes, ZIP)) {
    if (zipHasEntry(bytes, "mimetypeapplication/vnd.oasis.opendocument")) return "ods";
    if (zipHasEntry(bytes, "xl/workbook.xml")) return "xlsx";
    return "zip";
  }
  return looksLikeText(bytes) ? "csv" : "other";
}

/**
 * The entries of a zip and the bytes they declare once unpacked, from its central directory; undefined
 * when the directory cannot be found. Read before any unpacking, so that a small file that would unpack to
 * gigabytes (a "zip bomb") is refused instead of filling the memory.
 */
export function zipContents(bytes: Uint8Array): { entries: number; unpacked: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record is in the last 22 bytes plus a comment of up to 65,535.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const entries = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    let unpacked = 0;
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
      const size = view.getUint32(offset + 24, true);
      // 0xFFFFFFFF means the size is in a zip64 extra field: more than any workbook of updates needs.
      unpacked += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
      offset +=
        46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return { entries, unpacked };
  }
  return undefined;
}
