/**
 * Low balance, edge-triggered: one alert per user, account and dip below the threshold (the dedupKey carries the
 * day the balance went under), so a balance that stays low does not alert on every new transaction (Cozy's spam
 * before its v1.55 fix). Cards and loans are left out: their balances are negative by nature.
 */
import { addDays } from "../../dates";
import { raw } from "../../db/raw";
import { formatMoney, toMinor } from "../../money";
import type { Alert } from "../alert";
import { kindOf } from "../kinds";
import { nt } from "../messages";
import type { EvalInput } from "./input";

const LOOKBACK_DAYS = 400;

export async function lowBalanceAlerts(input: EvalInput): Promise<Alert[]> {
  const setting = kindOf(input.settings, "low_balance");
  if (!setting.threshold) return [];
  const accounts = await raw().all<{ id: string; name: string; currency: string; balance: bigint }>(
    `SELECT a."id", a."name", a."currency", a."openingBalanceMinor" + COALESCE(SUM(t."amountMinor"), 0) AS "balance"
       FROM "Account" a LEFT JOIN "Transaction" t ON t."accountId" = a."id" AND t."deletedAt" IS NULL
      WHERE a."householdId" = ? AND a."closedAt" IS NULL AND a."type" NOT IN ('card', 'loan')
      GROUP BY a."id", a."name", a."currency", a."openingBalanceMinor"`,
    [input.householdId],
  );
  const alerts: Alert[] = [];
  for (const account of accounts) {
    const threshold = toMinor(setting.threshold, account.currency);
    const balance = BigInt(account.balance);
    if (balance >= threshold) continue;
    const since = await dayWentUnder(account.id, balance, threshold, addDays(input.today, -LOOKBACK_DAYS));
    const vars = { account: account.name, balance: formatMoney(balance, account.currency, input.locale), threshold: formatMoney(threshold, account.currency, input.locale) };
    alerts.push({
      kind: "low_balance", userId: input.userId,
      dedupKey: `low_balance:${input.userId}:${account.id}:${since}`,
      title: nt(input.locale, "low_balance.title", vars), body: nt(input.locale, "low_balance.body", vars),
      data: { accountId: account.id, balanceMinor: balance.toString(), thresholdMinor: threshold.toString(), since },
    });
  }
  return alerts;
}

/** Walks end-of-day balances back from today: the first day of the current stretch below the threshold. */
async function dayWentUnder(accountId: string, balance: bigint, threshold: bigint, from: string): Promise<string> {
  const days = await raw().all<{ date: string; s: bigint }>(
    `SELECT "date", SUM("amountMinor") AS "s" FROM "Transaction" WHERE "accountId" = ? AND "deletedAt" IS NULL AND "date" >= ? GROUP BY "date" ORDER BY "date" DESC`,
    [accountId, from],
  );
  let endOfDay = balance;
  let since = days[0]?.date ?? from;
  for (const day of days) {
    if (endOfDay >= threshold) break;
    since = day.date;
    endOfDay -= BigInt(day.s);
  }
  return since;
}
