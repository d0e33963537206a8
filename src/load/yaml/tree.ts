/**
 * Where each node of a YAML document is written, built from js-yaml's `listener` events while it parses:
 * the parser itself decides what the document means, and the tree only records where it read each
 * node. Offsets are UTF-16 positions in the text; `end` is just after the node's last character.
 */
export interface YNode {
  kind: "map" | "seq" | "scalar" | "empty" | "alias";
  start: number;
  end: number;
  /** Where the content starts, after any `&anchor` or `!tag`. */
  contentStart: number;
  /** Written in brackets or braces. */
  flow: boolean;
  /** How a scalar is written. */
  style?: "plain" | "single" | "double" | "literal" | "folded";
  /** The parser's value for this node (shared, not copied). */
  value: unknown;
  pairs?: YPair[];
  items?: YNode[];
  /** For an alias, the node its anchor names. */
  target?: YNode;
}

export interface YPair {
  key: YNode;
  value: YNode | null;
}

/** The part of js-yaml's loader state that the listener reads. */
export interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
  tag: string | null;
}

interface Frame {
  open: number;
  /** Allocated with the first child: most nodes are scalars and have none. */
  children: YNode[] | undefined;
}
const NONE: readonly YNode[] = [];

const isSpace = (c: number) => c === 0x20 || c === 0x09;
const isBreak = (c: number) => c === 0x0a || c === 0x0d;

/** The first offset from `at` that is not a space, a line break or a comment. */
export function skipSeparation(text: string, at: number): number {
  let i = at;
  let afterSpace = true;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isBreak(c)) {
      afterSpace = true;
      i++;
    } else if (c === 0x23 && afterSpace) {
      while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
    } else break;
  }
  return i;
}

/** `at` moved back over spaces and line breaks, never before `floor`. */
function trimBack(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && (isSpace(text.charCodeAt(i - 1)) || isBreak(text.charCodeAt(i - 1)))) i--;
  return i;
}

const isFlowIndicator = (c: number) => c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;

/** The end of a token that starts at `at` (an anchor, tag or alias name). */
function tokenEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isBreak(c) || isFlowIndicator(c)) break;
    i++;
  }
  return i;
}

/** Skips `&anchor` and `!tag` properties; returns where the content starts and the anchor's name. */
function properties(text: string, start: number): { content: number; anchor?: string; tagAt?: number } {
  let i = start;
  let anchor: string | undefined;
  let tagAt: number | undefined;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x26 && c !== 0x21) return { content: i, ...(anchor ? { anchor } : {}), ...(tagAt ? { tagAt } : {}) };
    const end = c === 0x21 && text.charCodeAt(i + 1) === 0x3c ? text.indexOf(">", i) + 1 || i + 1 : tokenEnd(text, i);
    if (c === 0x26) anchor = text.slice(i + 1, end);
    else tagAt ??= i;
    i = skipSeparation(text, end);
  }
}

const styleOf = (c: number): YNode["style"] =>
  c === 0x22 ? "double" : c === 0x27 ? "single" : c === 0x7c ? "literal" : c === 0x3e ? "folded" : "plain";

/**
 * Whether `node` is a mapping key: a `:` follows it (after spaces, line breaks and comments), or an
 * explicit `?` stands before it.
 */
function isKey(text: string, node: YNode): boolean {
  if (text.charCodeAt(skipSeparation(text, node.end)) === 0x3a) return true;
  let i = node.start;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === node.start || text.charCodeAt(i - 1) !== 0x3f) return false;
  const before = i >= 2 ? text.charCodeAt(i - 2) : 0x0a;
  return isSpace(before) || isBreak(before) || before === 0x7b || before === 0x5b || before === 0x2c;
}

/** Pairs a mapping's children: a child followed by `:` is a key, and the child after it its value. */
function pairUp(text: string, children: readonly YNode[]): YPair[] {
  const pairs: YPair[] = [];
  let key: YNode | undefined;
  for (const child of children) {
    if (isKey(text, child)) {
      if (key) pairs.push({ key, value: null });
      key = child;
    } else if (key) {
      pairs.push({ key, value: child });
      key = undefined;
    }
  }
  if (key) pairs.push({ key, value: null });
  return pairs;
}

function emptyAt(at: number): YNode {
  return { kind: "empty", start: at, end: at, contentStart: at, flow: false, value: null };
}

function lineStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The items of a block sequence. js-yaml reports no node for an empty item (`-` and a line break), so the
 * dashes at the sequence's column, outside every item that was reported, say where each item stands.
 */
function blockItems(text: string, seq: { start: number }, children: readonly YNode[], count: number): YNode[] {
  if (children.length === count) return children as YNode[];
  const column = seq.start - lineStartOf(text, seq.start);
  const dashes: number[] = [];
  let child = 0;
  let at = seq.start;
  while (at < text.length) {
    while (child < children.length && children[child]!.end <= at) child++;
    const inside = child < children.length && children[child]!.start <= at;
    let first = at;
    while (text.charCodeAt(first) === 0x20) first++;
    const c = text.charCodeAt(first);
    const blank = first >= text.length || isBreak(c) || c === 0x23;
    if (!inside && !blank) {
      if (first - at < column) break;
      if (first - at === column) {
        const next = text.charCodeAt(first + 1);
        if (c !== 0x2d || !(isSpace(next) || isBreak(next) || first + 1 >= text.length)) break;
        dashes.push(first);
      }
    }
    const lineEnd = text.slice(at).search(/\r\n|\r|\n/);
    if (lineEnd < 0) break;
    at += lineEnd + (text.startsWith("\r\n", at + lineEnd) ? 2 : 1);
  }
  if (dashes.length !== count) return [...children];
  return dashes.map((dash, i) => {
    const next = dashes[i + 1] ?? Number.POSITIVE_INFINITY;
    return children.find((c) => c.start > dash && c.start < next) ?? emptyAt(dash + 1);
  });
}

/** Flow sequence entries written as `key: value` are single-pair mappings; js-yaml reports both halves. */
function flowItems(text: string, children: readonly YNode[], count: number): YNode[] {
  if (children.length === count) return children as YNode[];
  const items: YNode[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (!isKey(text, child)) {
      items.push(child);
      continue;
    }
    const value = children[i + 1] && !isKey(text, children[i + 1]!) ? children[++i]! : null;
    const end = value?.end ?? child.end;
    items.push({
      kind: "map",
      start: child.start,
      end,
      contentStart: child.start,
      flow: true,
      value: undefined,
      pairs: [{ key: child, value }],
    });
  }
  return items;
}

/** js-yaml's own rule for a key, which turns every key into text. */
function keyString(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value))
    return String(value.map((v) => (v !== null && typeof v === "object" && !Array.isArray(v) ? "[object Object]" : v)));
  if (value !== null && typeof value === "object") return "[object Object]";
  return String(value);
}

/** A js-yaml listener that records the tree; `root` holds the document's node once parsing ends. */
export class TreeBuilder {
  // The nodes being read, innermost last: where each opened, and its children so far (two arrays rather
  // than an object per node, which a file of half a million nodes would otherwise allocate).
  private readonly opens: number[] = [];
  private readonly kids: (YNode[] | undefined)[] = [];
  private readonly anchors = new Map<string, YNode>();
  root: YNode | undefined;
  /** The content of a second document, if the text has one (which is an error). */
  secondDocument: YNode | undefined;
  /** Offsets of tags the schema does not know, for warnings. */
  readonly unknownTags: number[] = [];
  /** The first alias, for the alias-limit diagnostic. */
  firstAlias: number | undefined;
  /**
   * Offsets of a `#` right after a closing bracket or quote. YAML needs a space before a comment; js-yaml
   * lets this pass, while editors' parsers report it, so mou reports it too.
   */
  readonly tightComments: number[] = [];
  /** Keys that repeat an earlier key of their map, and keys that are collections, in the order found. */
  readonly badKeys: { key: YNode; repeated: boolean }[] = [];

  constructor(
    private readonly text: string,
    private readonly knownTags: ReadonlySet<string>,
  ) {}

  readonly listener = (event: "open" | "close", state: ListenerState): void => {
    if (event === "open") {
      this.opens.push(state.position);
      this.kids.push(undefined);
      return;
    }
    const frame: Frame = { open: this.opens.pop()!, children: this.kids.pop() };
    const only = frame.children?.length === 1 ? frame.children[0]! : undefined;
    // js-yaml reads a value once as a possible mapping key first; that inner reading is the node itself.
    const node =
      only !== undefined && only.value === state.result && only.kind !== "empty" ? only : this.finish(frame, state);
    const depth = this.kids.length;
    if (depth > 0) {
      const siblings = this.kids[depth - 1];
      if (siblings) siblings.push(node);
      else this.kids[depth - 1] = [node];
    } else if (this.root === undefined) this.root = node;
    else this.secondDocument ??= node;
  };

  /**
   * Where the nodes still open start, outermost first, one entry per nesting level: after a parse that
   * stopped inside them (js-yaml reads some values twice, as a possible key and as themselves, so
   * repeated starts are one level).
   */
  openStarts(): number[] {
    const starts: number[] = [];
    for (const open of this.opens) {
      const start = skipSeparation(this.text, open);
      if (starts.at(-1) !== start) starts.push(start);
    }
    return starts;
  }

  /**
   * Every key that repeats an earlier key of its map (js-yaml itself would stop at the first), and every
   * key that is a collection: JavaScript objects have text keys only, and parsers disagree on how to
   * write one. Checked as each map is finished, with js-yaml's own rule for turning a key into text.
   */
  private checkKeys(pairs: readonly YPair[]): void {
    const seen = pairs.length > 1 ? new Set<string>() : undefined;
    for (const { key } of pairs) {
      if (key.kind === "map" || key.kind === "seq") this.badKeys.push({ key, repeated: false });
      if (seen === undefined) continue;
      const name = keyString(key.value);
      if (seen.has(name)) this.badKeys.push({ key, repeated: true });
      seen.add(name);
    }
  }

  private finish(frame: Frame, state: ListenerState): YNode {
    const { text } = this;
    const start = skipSeparation(text, frame.open);
    const props = properties(text, start);
    const content = props.content;
    const c = text.charCodeAt(content);
    let node: YNode;
    if (state.kind === null && c === 0x2a) {
      const end = tokenEnd(text, content);
      node = { kind: "alias", start, end, contentStart: content, flow: false, value: state.result };
      const target = this.anchors.get(text.slice(content + 1, end));
      if (target) node.target = target;
      this.firstAlias ??= content;
    } else if (state.kind === null && props.anchor === undefined && props.tagAt === undefined) {
      node = emptyAt(frame.open);
    } else if (state.kind === "mapping" || state.kind === "sequence") {
      const flow = c === 0x5b || c === 0x7b;
      const kind = state.kind === "mapping" ? "map" : "seq";
      node = { kind, start, end: content + 1, contentStart: content, flow, value: state.result };
      let last: YNode | undefined;
      if (kind === "map") {
        node.pairs = pairUp(text, frame.children ?? NONE);
        this.checkKeys(node.pairs);
        const pair = node.pairs.at(-1);
        last = pair?.value ?? pair?.key;
      } else {
        const children = frame.children ?? NONE;
        const count = Array.isArray(state.result) ? state.result.length : children.length;
        node.items = flow ? flowItems(text, children, count) : blockItems(text, { start: content }, children, count);
        last = node.items.at(-1);
      }
      // A block collection ends with its last entry; js-yaml has read on past the comments that follow it.
      node.end = flow ? trimBack(text, state.position, content + 1) : Math.max(last?.end ?? 0, content + 1);
    } else {
      const end = trimBack(text, Math.max(state.position, content), content + (state.kind === null ? 0 : 1));
      node = { kind: "scalar", start, end, contentStart: content, flow: false, style: styleOf(c), value: state.result };
    }
    const closed = node.flow || node.style === "double" || node.style === "single";
    if (closed && text.charCodeAt(node.end) === 0x23 && this.tightComments.at(-1) !== node.end)
      this.tightComments.push(node.end);
    if (props.anchor !== undefined) this.anchors.set(props.anchor, node);
    if (props.tagAt !== undefined && state.tag !== null && !this.knownTags.has(state.tag))
      this.unknownTags.push(props.tagAt);
    return node;
  }
}
