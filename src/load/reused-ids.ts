import { compareDiagnostics } from "../core/validation/diagnostic.js";
import { formatMessage, severityOf } from "../core/validation/messages.js";
import type { Lang } from "../i18n/lang.js";
import type { FileResult } from "./check.js";

/**
 * The rule that spans files: an agreement id belongs to the first file (in the order given) that uses it,
 * and every later file with that id gets `rule/duplicate-agreement-id` and loses its agreement. Fed one
 * result at a time, so that it works as well over a list as over a stream.
 */
export class ReusedIds {
  private readonly first = new Map<string, string>();

  constructor(private readonly lang: Lang) {}

  /** Flags `result` when its id was already used; true when it did. */
  check(result: FileResult): boolean {
    if (result.id === undefined) return false;
    const { value: id, line, column } = result.id;
    const other = this.first.get(id);
    if (other === undefined) {
      this.first.set(id, result.file);
      return false;
    }
    const code = "rule/duplicate-agreement-id";
    result.diagnostics.push({
      file: result.file,
      line,
      column,
      severity: severityOf(code),
      code,
      message: formatMessage(code, { id, other }, this.lang),
      path: "/id",
    });
    result.diagnostics.sort(compareDiagnostics);
    delete result.agreement;
    return true;
  }
}
