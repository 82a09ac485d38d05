/**
 * Statement balances. A statement may carry up to ten balance types; we report the booked ones:
 * opening = OPBD, else PRCD (previous closing booked, the same figure); closing = CLBD. Intraday reports
 * (camt.052) often carry only ITBD (interim booked): the earliest is the opening when there are several, the
 * latest is the closing. Available balances (CLAV…) are a last resort for the closing, with a warning.
 */
import type { NormalizedBalance, ParseWarning } from "../../types";
import { readAmount, readIsDebit, signed, type AmountNotes } from "./amounts";
import { readDay } from "./days";
import { listAt, textAt } from "./xml-path";

interface CamtBalance {
  code: string;
  balance: NormalizedBalance;
  currency: string | null;
}

export interface PickedBalances {
  opening: NormalizedBalance | null;
  closing: NormalizedBalance | null;
  /** Currency the balances are stated in, when they say. */
  currency: string | null;
}

function readBalances(statement: unknown, element: string, notes: AmountNotes, warnings: ParseWarning[]): CamtBalance[] {
  const balances: CamtBalance[] = [];
  listAt(statement, "Bal").forEach((bal, index) => {
    const where = `${element}/Bal[${index + 1}]`;
    const code = (textAt(bal, "Tp", "CdOrPrtry", "Cd") ?? textAt(bal, "Tp", "CdOrPrtry", "Prtry") ?? "").toUpperCase();
    const read = readAmount(bal, where, notes);
    if (!read) {
      warnings.push({ element: where, message: "Balance without an amount ignored" });
      return;
    }
    const isDebit = readIsDebit(bal) ?? false;
    const amount = signed(read.amount.value, isDebit !== read.isNegative);
    balances.push({ code, currency: read.amount.currency, balance: { amount, date: readDay(nodeOf(bal, "Dt"), `${where}/Dt`) } });
  });
  return balances;
}

function nodeOf(node: unknown, key: string): unknown {
  return node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
}

function byDate(a: CamtBalance, b: CamtBalance): number {
  return (a.balance.date ?? "").localeCompare(b.balance.date ?? "");
}

export function pickBalances(statement: unknown, element: string, notes: AmountNotes, warnings: ParseWarning[]): PickedBalances {
  const balances = readBalances(statement, element, notes, warnings);
  const find = (code: string) => balances.find((b) => b.code === code) ?? null;
  const interim = balances.filter((b) => b.code === "ITBD").sort(byDate);

  let opening = find("OPBD") ?? find("PRCD");
  let closing = find("CLBD");
  if (!opening && interim.length > 1) opening = interim[0] ?? null;
  if (!closing && interim.length > 0) closing = interim[interim.length - 1] ?? null;
  if (!closing) {
    closing = find("CLAV") ?? null;
    if (closing) warnings.push({ element, message: "No booked closing balance (CLBD): the closing available balance (CLAV) is reported instead" });
  }
  return {
    opening: opening?.balance ?? null,
    closing: closing?.balance ?? null,
    currency: opening?.currency ?? closing?.currency ?? balances[0]?.currency ?? null,
  };
}
