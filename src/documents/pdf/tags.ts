import type { Doc } from "./fonts.js";

type Element = ReturnType<Doc["struct"]>;

/**
 * The tagged structure of the PDF (Document, H, P, L/LI/Lbl/LBody, Table/TR/TH/TD): screen readers and
 * text extraction follow it, and archives that check PDF/UA find it. Content is drawn inside the element
 * it belongs to; rules, borders and page numbers are artifacts.
 */
export class Tags {
  private readonly root: Element;

  constructor(private readonly doc: Doc) {
    this.root = doc.struct("Document");
    doc.addStructure(this.root);
  }

  /** An element whose content `draw` puts on the page now. */
  leaf(type: string, draw: () => void, parent: Element = this.root): void {
    const element = this.doc.struct(type, {}, [draw]);
    parent.add(element);
    element.end();
  }

  /** An element that holds others; end() it when its last child is added. */
  group(type: string, parent: Element = this.root): Element {
    const element = this.doc.struct(type);
    parent.add(element);
    return element;
  }

  end(): void {
    this.root.end();
  }
}

export type { Element };
