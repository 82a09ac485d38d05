/**
 * One CAMT entry (Ntry) → one transaction, or several when it is a batch whose TxDtls carry their own amounts
 * that add up to the entry (a collective debit split per creditor). A batch whose details do not add up is
 * kept whole, with a warning: splitting it would change the account's balance.
 */
import Decimal from "decimal.js";
import type { NormalizedTransaction, ParseWarning } from "../../types";
import { parseError, readAmount, readIsDebit, signed, type AmountNotes } from "./amounts";
import { readDay } from "./days";
import { entryTexts } from "./entry-text";
import { checkNumber, detailReference, entryReference } from "./references";
import { listAt, nodeAt, textAt } from "./xml-path";

export interface EntryContext {
  element: string;
  warnings: ParseWarning[];
  notes: AmountNotes;
  /** Statement currency, for amounts that do not say theirs. */
  currency: string | null;
}

interface Part {
  detail: unknown;
  value: string;
  currency: string | null;
  isDebit: boolean;
}

/** BOOK → booked; PDNG (pending) and INFO (information only, not yet booked) → pending. v8+ wraps it in <Cd>. */
function isPendingStatus(entry: unknown): boolean {
  const status = (textAt(entry, "Sts") ?? textAt(entry, "Sts", "Cd") ?? textAt(entry, "Sts", "Prtry") ?? "BOOK").toUpperCase();
  return status === "PDNG" || status === "INFO";
}

function readDetailPart(detail: unknown, entryIsDebit: boolean, ctx: EntryContext, where: string): Part | null {
  const read = readAmount(detail, where, ctx.notes) ?? readAmount(nodeAt(detail, "AmtDtls", "TxAmt"), `${where}/AmtDtls/TxAmt`, ctx.notes);
  if (!read) return null;
  const isDebit = (readIsDebit(detail) ?? entryIsDebit) !== read.isNegative;
  return { detail, value: read.amount.value, currency: read.amount.currency ?? ctx.currency, isDebit };
}

function signedDecimal(part: { value: string; isDebit: boolean }): Decimal {
  const value = new Decimal(part.value);
  return part.isDebit ? value.negated() : value;
}

/** The TxDtls to split the entry into, or null to keep it as one transaction. */
function splitParts(details: unknown[], whole: Part, ctx: EntryContext): Part[] | null {
  if (details.length < 2) return null;
  const parts = details.map((detail, index) => readDetailPart(detail, whole.isDebit, ctx, `${ctx.element}/NtryDtls/TxDtls[${index + 1}]`));
  if (parts.some((part) => part === null)) return null;
  const known = parts as Part[];
  const sameCurrency = known.every((part) => part.currency === whole.currency);
  const total = known.reduce((sum, part) => sum.plus(signedDecimal(part)), new Decimal(0));
  if (sameCurrency && total.equals(signedDecimal(whole))) return known;
  ctx.warnings.push({
    element: ctx.element,
    message: `Batch entry kept as one transaction: its ${known.length} TxDtls (${known.map((p) => `${p.isDebit ? "-" : ""}${p.value} ${p.currency ?? "?"}`).join(", ")}) do not add up to the entry amount ${whole.isDebit ? "-" : ""}${whole.value} ${whole.currency ?? ""}`.trim(),
  });
  return null;
}

/** Foreign-currency original: InstdAmt in another currency than the booked amount. */
function originalAmount(entry: unknown, detail: unknown, part: Part, ctx: EntryContext): Pick<NormalizedTransaction, "originalAmount" | "originalCurrency"> {
  for (const [node, where] of [[detail, "TxDtls"], [entry, "Ntry"]] as const) {
    const instructed = nodeAt(node, "AmtDtls", "InstdAmt");
    if (!instructed) continue;
    const read = readAmount(instructed, `${ctx.element}/${where}/AmtDtls/InstdAmt`, ctx.notes);
    if (read?.amount.currency && read.amount.currency !== part.currency) {
      return { originalAmount: signed(read.amount.value, part.isDebit), originalCurrency: read.amount.currency };
    }
  }
  return {};
}

export function readEntry(entry: unknown, ctx: EntryContext): NormalizedTransaction[] {
  const read = readAmount(entry, ctx.element, ctx.notes);
  if (!read) throw parseError(`${ctx.element}/Amt`, "the entry has no amount");
  const indicator = readIsDebit(entry);
  if (indicator === null) throw parseError(`${ctx.element}/CdtDbtInd`, "missing or unknown credit/debit indicator (expected CRDT or DBIT)");
  const whole: Part = { detail: null, value: read.amount.value, currency: read.amount.currency ?? ctx.currency, isDebit: indicator !== read.isNegative };

  const valueDate = readDay(nodeAt(entry, "ValDt"), `${ctx.element}/ValDt`);
  const date = readDay(nodeAt(entry, "BookgDt"), `${ctx.element}/BookgDt`) ?? valueDate;
  if (!date) throw parseError(ctx.element, "the entry has neither a booking date (BookgDt) nor a value date (ValDt)");
  const pending = isPendingStatus(entry);
  const reference = entryReference(entry);

  const details = listAt(entry, "NtryDtls").flatMap((block) => listAt(block, "TxDtls"));
  const parts = splitParts(details, whole, ctx);
  const build = (part: Part, detail: unknown, externalId: string | null): NormalizedTransaction => ({
    externalId,
    date,
    valueDate,
    amount: signed(part.value, part.isDebit),
    currency: part.currency,
    ...entryTexts(entry, detail, part.isDebit),
    pending,
    checkNumber: detail ? checkNumber(detail) : null,
    ...originalAmount(entry, detail, part, ctx),
  });

  if (parts) {
    return parts.map((part, index) => build(part, part.detail, reference ? `${reference}-${index + 1}` : detailReference(part.detail)));
  }
  const single = details.length === 1 ? details[0] : null;
  const batchId = textAt(nodeAt(entry, "NtryDtls"), "Btch", "PmtInfId") ?? textAt(nodeAt(entry, "NtryDtls"), "Btch", "MsgId");
  return [build(whole, single, reference ?? (single ? detailReference(single) : batchId))];
}
