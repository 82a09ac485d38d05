/**
 * Edge weights for the assignment. A matched pair is worth EDGE_BASE plus a quality of at most 470; EDGE_BASE
 * exceeds 470 × 201, so in any component the exact solver handles (≤ 200 a side) one more pair always outweighs
 * every quality difference: the solver first maximises how many bills find their transaction, then how well
 * they fit:
 *   date closeness   up to 100 (Cozy ranks with 0.7·days + 0.3·amount delta; same spirit, bounded)
 *   amount closeness up to 50  (always 50 at the default exact amount)
 *   label regex      20        (evidence for health debits, where it is not a filter)
 *   strong reference 300       (SEPA mandate id, creditor id, payment reference or invoice number in the label)
 * Integers, so results never depend on float summation order.
 */
import type { SearchSpec } from "./criteria";

export const EDGE_BASE = 100_000;
const DATE_POINTS = 100;
const AMOUNT_POINTS = 50;
export const LABEL_POINTS = 20;
export const STRONG_REFERENCE_POINTS = 300;

export function edgeWeight(spec: SearchSpec, txDay: number, txAmountMinor: bigint, isLabelMatch: boolean, hasStrongReference: boolean): number {
  const spanDays = Math.max(spec.toDay - spec.targetDay, spec.targetDay - spec.fromDay) + 1;
  const datePoints = Math.round(DATE_POINTS * (1 - Math.abs(txDay - spec.targetDay) / spanDays));
  const amountSpan = maxBig(spec.maxMinor - spec.targetMinor, spec.targetMinor - spec.minMinor) + 1n;
  const delta = txAmountMinor > spec.targetMinor ? txAmountMinor - spec.targetMinor : spec.targetMinor - txAmountMinor;
  const amountPoints = Math.round((AMOUNT_POINTS * Number(((amountSpan - delta) * 1000n) / amountSpan)) / 1000);
  return EDGE_BASE + datePoints + amountPoints + (isLabelMatch ? LABEL_POINTS : 0) + (hasStrongReference ? STRONG_REFERENCE_POINTS : 0);
}

function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

/** Upper-case letters and digits only: references survive the bank's spacing and punctuation. */
export function compactReference(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/**
 * The bill's references worth looking for in a label. Short ones are dropped: "1234" appears in labels by chance,
 * a mandate id or an invoice number of 6+ characters does not.
 */
export function strongReferences(refs: readonly (string | null)[]): string[] {
  const out: string[] = [];
  for (const ref of refs) {
    if (!ref) continue;
    const compact = compactReference(ref);
    if (compact.length >= 6 && /\d/.test(compact) && !out.includes(compact)) out.push(compact);
  }
  return out;
}
