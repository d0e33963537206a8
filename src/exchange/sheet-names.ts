// Excel refuses a sheet name longer than 31 characters, one with \ / ? * [ ] :, one that starts or ends
// with an apostrophe, and two names that differ only in case.
const MAX = 31;

function clean(name: string): string {
  const plain = name
    .normalize("NFC")
    .replace(/[\\/?*[\]:]/g, "-")
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  return plain === "" ? "-" : plain;
}

function cut(name: string, room: number): string {
  const chars = [...name];
  return chars.length <= room
    ? name
    : `${chars
        .slice(0, room - 1)
        .join("")
        .trimEnd()}…`;
}

/**
 * Names for sheets that Excel accepts, in the order given: each cleaned, shortened with an ellipsis when
 * too long, and made unique with " (2)", " (3)"… The `reserved` names (the instructions sheet, the hidden
 * one) are never handed out.
 */
export function sheetNames(wanted: readonly string[], reserved: readonly string[] = []): string[] {
  const used = new Set(reserved.map((r) => r.toLocaleLowerCase("vi")));
  return wanted.map((w) => {
    const base = clean(w);
    let name = cut(base, MAX);
    for (let n = 2; used.has(name.toLocaleLowerCase("vi")); n++) {
      const suffix = ` (${n})`;
      name = cut(base, MAX - suffix.length) + suffix;
    }
    used.add(name.toLocaleLowerCase("vi"));
    return name;
  });
}
