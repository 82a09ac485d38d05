/** The Livret A (EUR savings): the monthly standing order from the checking account and the yearly interest. Pure. */
import { dayOf, workingDay, type Month } from "../months";
import type { DemoRow } from "../types";
import { SAVINGS_TRANSFER_MINOR } from "./checking";

export function savingsMonth(m: Month, monthsSinceStart: number): DemoRow[] {
  const rows: DemoRow[] = [
    { date: workingDay(dayOf(m, 2), "forward"), amountMinor: SAVINGS_TRANSFER_MINOR, label: "VIR PERMANENT /DE MME DUPONT CLAIRE /MOTIF EPARGNE", key: "savings" },
  ];
  // Livret A interest (2.4 %) is paid on 31 December; the balance grows by the standing order each month.
  if (m.month === 12) rows.push({ date: dayOf(m, 31), amountMinor: 21000 + monthsSinceStart * 110, label: `INTERETS CREDITEURS ${m.year}`, key: "interest" });
  return rows;
}
