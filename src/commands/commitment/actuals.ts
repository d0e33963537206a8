import type { Agreement } from "../../core/model/agreement.js";
import { commitmentId, indicatorId } from "../../core/model/agreement.js";
import { closestMatch } from "../../core/validation/suggest.js";
import type { NewActual } from "../../edit/edits.js";
import { UsageError } from "../../errors.js";
import { messages } from "../../i18n/index.js";
import type { Lang } from "../../i18n/lang.js";

// Plain decimal notation as YAML reads it: no thousands separators, no decimal comma, no hex.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const LIMIT = 1e15;

/**
 * The values of `--actual <indicator>=<number>` options, checked against the commitment's indicators, so
 * that a typo is a usage error naming the closest id rather than a refused edit.
 */
export function parseActuals(
  texts: readonly string[],
  context: { agreement: Agreement; commitment: string; date: string; source?: string; lang: Lang },
): NewActual[] {
  const t = messages(context.lang).measures.edit;
  const commitment = (context.agreement.commitments ?? []).find((c) => commitmentId(c) === context.commitment);
  const known = (commitment?.indicators ?? []).map(indicatorId);
  const seen = new Set<string>();
  return texts.map((text) => {
    const at = text.indexOf("=");
    if (at <= 0) throw new UsageError(t.actualSyntax({ text }));
    const id = text.slice(0, at).trim();
    const raw = text.slice(at + 1).trim();
    if (!NUMBER.test(raw)) throw new UsageError(t.actualNumber({ id, value: raw }));
    const value = Number(raw);
    if (!(Math.abs(value) <= LIMIT)) throw new UsageError(t.actualRange({ id, value: raw }));
    if (seen.has(id)) throw new UsageError(t.actualTwice({ id }));
    seen.add(id);
    // An unknown commitment is left to the edit, which names the commitments there are.
    if (commitment !== undefined && !known.includes(id)) {
      if (known.length === 0) throw new UsageError(t.noIndicators({ commitment: context.commitment }));
      const suggestion = closestMatch(id, known);
      const params = { commitment: context.commitment, id, known: known.join(", ") };
      throw new UsageError(t.unknownIndicator(suggestion ? { ...params, suggestion } : params));
    }
    // The number as a number, so that "+3.50" is written 3.5 and "0x1F" never gets this far.
    return {
      indicator: id,
      date: context.date,
      value: value + 0,
      ...(context.source ? { source: context.source } : {}),
    };
  });
}
