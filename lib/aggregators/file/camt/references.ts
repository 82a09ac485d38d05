/**
 * Stable transaction ids. The bank's own reference (AcctSvcrRef) is preferred because it identifies the booking;
 * references the payer chose (EndToEndId) come after, and placeholders ("NONREF", "NOTPROVIDED") count as none.
 */
import { textAt } from "./xml-path";

// "EREF": Rabobank's MT940 writes the literal when the end-to-end reference sits in :86: instead.
const PLACEHOLDERS = new Set(["NONREF", "NOTPROVIDED", "NOT PROVIDED", "NONE", "N/A", "EREF"]);

export function cleanReference(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed && !PLACEHOLDERS.has(trimmed.toUpperCase()) ? trimmed : null;
}

export function entryReference(entry: unknown): string | null {
  return cleanReference(textAt(entry, "AcctSvcrRef"));
}

export function detailReference(detail: unknown): string | null {
  for (const path of [["AcctSvcrRef"], ["TxId"], ["Prtry", "Ref"], ["EndToEndId"], ["InstrId"]]) {
    const reference = cleanReference(textAt(detail, "Refs", ...path));
    if (reference) return reference;
  }
  return null;
}

export function checkNumber(detail: unknown): string | null {
  return cleanReference(textAt(detail, "Refs", "ChqNb"));
}
