/**
 * A copy of a short string that does not keep its source alive: parsers hand out slices of the whole file
 * text, and one retained slice would keep every file of a large folder in memory.
 */
export const detached = (s: string): string => ` ${s}`.slice(1);
