/**
 * Candidates for linking a bill by hand (the UI's search): the household's transactions around the bill, wider
 * than automatic matching (amount within 20 % or 5 units, -45/+60 days) and without the label requirement,
 * ranked with the matcher's own weights (score.ts). Read-only; household-scoped (another household's bill:
 * NOT_FOUND).
 */
import { AppError } from "../errors";
import { raw } from "../db/raw";
import { addDays } from "../dates";
import { fromMinor } from "../money";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { sharedDayNumber } from "./candidates";
import { creditAmountMinor, debitAmountMinor, debitDate, makeSearchSpec, searchesCredit } from "./criteria";
import { searchesDebit } from "./debits";
import { loadBills } from "./load";
import { compactReference, edgeWeight, strongReferences } from "./score";
import type { LinkKind } from "./types";

export interface SuggestedTransaction {
  transactionId: string;
  kind: Exclude<LinkKind, "reimbursement">;
  date: string;
  amount: string;
  label: string;
  score: number;
}

interface Row { id: string; date: string; amountMinor: bigint; currency: string; label: string; rawLabel: string }

export async function suggestTransactions(ctx: HouseholdContext, billId: string, limit = 10): Promise<SuggestedTransaction[]> {
  requirePermission(ctx, "read");
  const [bill] = await loadBills(raw(), ctx.householdId, undefined, billId);
  if (!bill) throw new AppError("NOT_FOUND", "Bill not found");
  const out: SuggestedTransaction[] = [];
  const references = strongReferences([bill.mandateId, bill.creditorId, bill.paymentReference, bill.vendorRef]);
  for (const kind of ["debit", "credit"] as const) {
    if (kind === "debit" ? !searchesDebit(bill) : !searchesCredit(bill)) continue;
    const amountMinor = kind === "debit" ? -debitAmountMinor(bill) : creditAmountMinor(bill);
    const day = kind === "debit" ? debitDate(bill) : bill.date;
    const slack = (amountMinor < 0n ? -amountMinor : amountMinor) / 5n > 500n ? (amountMinor < 0n ? -amountMinor : amountMinor) / 5n : 500n;
    const rows = await raw().all<Row>(
      `SELECT "id", "date", "amountMinor", "currency", "label", "rawLabel" FROM "Transaction"
        WHERE "householdId" = ? AND "deletedAt" IS NULL AND "currency" = ? AND "amountMinor" BETWEEN ? AND ? AND "date" BETWEEN ? AND ?`,
      [ctx.householdId, bill.currency, amountMinor - slack, amountMinor + slack, addDays(day, -45), addDays(day, 60)],
    );
    const base = makeSearchSpec(bill, kind, sharedDayNumber);
    const spec = { ...base, minMinor: amountMinor - slack, maxMinor: amountMinor + slack, fromDay: base.targetDay - 45, toDay: base.targetDay + 60 };
    const regex = spec.regexSource ? safeRegex(spec.regexSource) : null;
    for (const row of rows) {
      const amount = BigInt(row.amountMinor);
      const text = `${row.label} ${row.rawLabel}`;
      const weight = edgeWeight(spec, sharedDayNumber(row.date), amount, regex?.test(text) ?? false, references.some((ref) => compactReference(text).includes(ref)));
      out.push({ transactionId: row.id, kind, date: row.date, amount: fromMinor(amount, row.currency), label: row.label, score: weight });
    }
  }
  return out.sort((a, b) => b.score - a.score || (a.date < b.date ? -1 : 1)).slice(0, limit);
}

function safeRegex(source: string): RegExp | null {
  try {
    return new RegExp(source, "i");
  } catch {
    return null;
  }
}
