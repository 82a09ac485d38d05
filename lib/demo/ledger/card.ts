/**
 * The deferred-debit Visa Premier (EUR, a "card" account): online shopping, subscriptions, trains, rides and
 * deliveries through the month, settled by one debit on the checking account early the next month (the card
 * account shows the matching credit). Pure.
 */
import { dayOf, ddmm, lastDayOf, workingDay, addMonths, type Month } from "../months";
import { addDays } from "../../dates";
import { randomFor } from "../random";
import type { DemoRow } from "../types";

export const CREDIT_CARD = "X9012";

function purchases(seed: string, m: Month): DemoRow[] {
  const r = randomFor(seed, `card:${m.key}`);
  const rows: DemoRow[] = [
    { date: dayOf(m, 14), amountMinor: -1349, label: "NETFLIX.COM 866-579-7172 NL", key: "netflix" },
    { date: dayOf(m, 21), amountMinor: -1199, label: "SPOTIFY P2A4F8C1D3 STOCKHOLM", key: "spotify" },
    { date: dayOf(m, 2), amountMinor: -299, label: "APPLE.COM/BILL ITUNES.COM IE", key: "icloud" },
  ];
  const shops = r.int(1, 4);
  for (let i = 0; i < shops; i++) {
    const date = dayOf(m, r.int(1, 28));
    rows.push({ date, amountMinor: -r.int(899, 8999), label: `AMAZON EU SARL PAYLI${r.int(1000000, 9999999)} LU`, key: `amazon${i}` });
  }
  if (r.chance(0.4)) {
    const date = dayOf(m, r.int(1, 25));
    rows.push({ date, amountMinor: -r.int(3900, 14800), label: `SNCF CONNECT ${ddmm(date)} PARIS`, key: "train" });
  }
  const rides = r.int(0, 3);
  for (let i = 0; i < rides; i++) rows.push({ date: dayOf(m, r.int(1, 28)), amountMinor: -r.int(1150, 3480), label: "UBER *TRIP HELP.UBER.COM", key: `uber${i}` });
  const deliveries = r.int(0, 3);
  for (let i = 0; i < deliveries; i++) rows.push({ date: dayOf(m, r.int(1, 28)), amountMinor: -r.int(1890, 4290), label: "DELIVEROO PARIS", key: `deliveroo${i}` });
  return rows;
}

/** The settlement day of month m's purchases: the first working day after the month. */
export function cardStatementDate(m: Month): string {
  return workingDay(addDays(lastDayOf(m), 1), "forward");
}

export function cardStatementTotalMinor(seed: string, m: Month): number {
  return -purchases(seed, m).reduce((sum, row) => sum + row.amountMinor, 0);
}

export function cardMonth(seed: string, m: Month): DemoRow[] {
  const previous = addMonths(m, -1);
  const settlement = { date: cardStatementDate(previous), amountMinor: cardStatementTotalMinor(seed, previous), label: `REGLEMENT RELEVE CARTE ${CREDIT_CARD} DU ${ddmm(lastDayOf(previous))}`, key: "settlement" };
  return [settlement, ...purchases(seed, m)];
}
