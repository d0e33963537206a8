/**
 * Line and column (both 1-based) of text offsets. Line breaks are what YAML counts as line breaks —
 * CRLF, LF and a lone CR — so positions agree with the parser's for files saved with old Mac line ends.
 * The line starts are found once, on first use.
 */
export class Lines {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const { text } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
    }
    this.starts = starts;
    return starts;
  }

  /** How many lines the text has. */
  get count(): number {
    return this.lineStarts().length;
  }

  /** The offset where line `line` (1-based) starts. */
  startOf(line: number): number {
    const starts = this.lineStarts();
    return starts[Math.min(Math.max(line, 1), starts.length) - 1]!;
  }

  /** The text of line `line`, without its line break. */
  lineText(line: number): string {
    const starts = this.lineStarts();
    const start = this.startOf(line);
    const next = line < starts.length ? starts[line]! : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }

  linePos(offset: number): { line: number; col: number } {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  }
}
