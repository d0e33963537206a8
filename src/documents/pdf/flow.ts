import type { Doc } from "./fonts.js";

/**
 * A piece of the page flow: a heading, a paragraph, a list item, a table row, the closing. Measured before
 * it is placed, so that the rules that keep things together can look ahead.
 */
export interface Unit {
  height: number;
  /** The least of it that must fit at the foot of a page: a paragraph's first two lines, else all of it. */
  head: number;
  /** Keep it on the same page as the start of the next unit. */
  keep: boolean;
  /** Space above it, dropped at the top of a page. */
  before: number;
  /** Draws it at doc.y (x from the layout) and leaves doc.y at its bottom. */
  draw(): void;
  /** A table's header row, repeated when this row starts a page. */
  repeat?: Unit;
}

/**
 * Places the units page by page. Before a unit it adds up the chain of units that must stay with it
 * (each keeping with the next, the last by its head) and starts a new page when the chain does not fit
 * what is left of this one; a chain taller than a page only needs the unit's own head.
 */
export function paginate(doc: Doc, units: readonly Unit[]): void {
  const top = doc.page.margins.top;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const usable = bottom - top;
  const atTop = () => doc.y <= top + 0.5;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    let need = unit.before + (unit.keep ? unit.height : unit.head);
    for (let j = i; units[j]!.keep && j + 1 < units.length && need <= usable; ) {
      const next = units[++j]!;
      need += next.before + (next.keep ? next.height : next.head);
    }
    if (need > usable) need = unit.before + unit.head;
    if (!atTop() && doc.y + need > bottom) doc.addPage();
    if (atTop()) unit.repeat?.draw();
    else doc.y += unit.before;
    unit.draw();
  }
}
