import type { Doc } from "./fonts.js";

type Element = ReturnType<Doc["struct"]>;

/**
 * The tagged structure of the PDF (Document, H, P, L/LI/Lbl/LBody, Table/TR/TH/TD): screen readers and
 * text extraction follow it, and archives that check PDF/UA find it. Content is drawn inside the element
 * it belongs to; rules, borders and page numbers are artifacts.
 */
export class Tags {
  private readonly root: Element | undefined;

  /** `enabled` false draws the same content untagged (see TAGGED_ROWS). */
  constructor(
    private readonly doc: Doc,
    enabled: boolean,
  ) {
    if (!enabled) return;
    this.root = doc.struct("Document");
    doc.addStructure(this.root);
  }

  /** An element whose content `draw` puts on the page now; a Figure carries its alternative text in `alt`. */
  leaf(type: string, draw: () => void, parent: Element | undefined = this.root, alt?: string): void {
    if (parent === undefined) {
      draw();
      return;
    }
    const element = this.doc.struct(type, alt === undefined ? {} : { alt }, [draw]);
    parent.add(element);
    element.end();
  }

  /** An element that holds others; end() it when its last child is added. */
  group(type: string, parent: Element | undefined = this.root): Element | undefined {
    if (parent === undefined) return undefined;
    const element = this.doc.struct(type);
    parent.add(element);
    return element;
  }

  end(): void {
    this.root?.end();
  }

  /** Draws content that is no part of the text (a rule, a border, a repeated header) as an artifact. */
  artifact(draw: () => void): void {
    if (this.root === undefined) {
      draw();
      return;
    }
    this.doc.markContent("Artifact");
    draw();
    this.doc.endMarkedContent();
  }
}

/**
 * Documents with more table rows and list items than this together are not tagged: the structure tree of
 * ten thousand rows (sixty thousand elements) or thirty thousand list items would take more memory than
 * the whole layout — half a gigabyte for the report of 10,000 commitments — and nobody navigates such a
 * document by its structure. They remain PDF/A-2b, which does not require tags.
 */
export const TAGGED_ITEMS = 2000;

export type { Element };
