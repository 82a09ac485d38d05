/**
 * Balance check of one account, database edge: reported balances (BalanceReport rows from OFX/CAMT/MT940 and
 * aggregators, plus Account.reportedBalance) next to opening + the SQL sum of transactions up to each report's day.
 */
import type { HouseholdContext } from "../../auth/guard";
import { addDays } from "../../dates";
import { raw } from "../../db/raw";
import { AppError } from "../../errors";
import { explainGap, findDiscrepancies, type CandidateRow, type CheckedReport, type Discrepancy, type Explanation } from "./discrepancy";

export interface BalanceCheck {
  accountId: string;
  name: string;
  currency: string;
  reports: CheckedReport[];
  discrepancies: (Discrepancy & { explanations: Explanation[] })[];
}

/** Bank booking dates lag a few days behind ours: look for explanations a little around the window. */
const MARGIN_DAYS = 3;

export async function checkAccountBalance(ctx: HouseholdContext, accountId: string): Promise<BalanceCheck> {
  const [account] = await raw().all<{ id: string; name: string; currency: string; openingBalanceMinor: bigint; reportedBalanceMinor: bigint | null; reportedBalanceDate: string | null }>(
    `SELECT "id", "name", "currency", "openingBalanceMinor", "reportedBalanceMinor", "reportedBalanceDate" FROM "Account" WHERE "id" = ? AND "householdId" = ?`,
    [accountId, ctx.householdId],
  );
  if (!account) throw new AppError("NOT_FOUND", "Account not found");
  const opening = BigInt(account.openingBalanceMinor);
  const rows = await raw().all<{ date: string; amountMinor: bigint; source: string; computed: bigint | null }>(
    `SELECT r."date", r."amountMinor", r."source",
            (SELECT SUM(t."amountMinor") FROM "Transaction" t WHERE t."accountId" = r."accountId" AND t."deletedAt" IS NULL AND t."date" <= r."date") AS "computed"
       FROM "BalanceReport" r WHERE r."accountId" = ? ORDER BY r."date", r."createdAt"`,
    [account.id],
  );
  const reports: CheckedReport[] = rows.map((r) => ({ date: r.date, reportedMinor: BigInt(r.amountMinor), computedMinor: opening + BigInt(r.computed ?? 0n), source: r.source }));
  const latest = account.reportedBalanceDate;
  if (latest && account.reportedBalanceMinor !== null && !reports.some((r) => r.date === latest)) {
    const [sum] = await raw().all<{ s: bigint | null }>(`SELECT SUM("amountMinor") AS "s" FROM "Transaction" WHERE "accountId" = ? AND "deletedAt" IS NULL AND "date" <= ?`, [account.id, latest]);
    reports.push({ date: latest, reportedMinor: BigInt(account.reportedBalanceMinor), computedMinor: opening + BigInt(sum?.s ?? 0n), source: "account" });
    reports.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  const discrepancies = [];
  for (const d of findDiscrepancies(reports)) {
    const from = d.lastGoodDate ? addDays(d.lastGoodDate, 1 - MARGIN_DAYS) : "0000-01-01";
    const to = addDays(d.firstBadDate, MARGIN_DAYS);
    discrepancies.push({ ...d, explanations: explainGap(d.gapMinor, await loadCandidates(account.id, from, to)) });
  }
  return { accountId: account.id, name: account.name, currency: account.currency, reports, discrepancies };
}

async function loadCandidates(accountId: string, from: string, to: string): Promise<CandidateRow[]> {
  const rows = await raw().all<{ id: string; date: string; amountMinor: bigint; label: string; kind: CandidateRow["kind"] }>(
    `SELECT t."id", t."date", t."amountMinor", t."label",
            CASE WHEN t."deletedAt" IS NOT NULL THEN 'deleted' WHEN t."status" = 'pending' THEN 'pending' ELSE 'duplicate' END AS "kind"
       FROM "Transaction" t
      WHERE t."accountId" = ? AND t."date" BETWEEN ? AND ?
        AND (t."deletedAt" IS NOT NULL OR t."status" = 'pending' OR EXISTS (
              SELECT 1 FROM "Transaction" d WHERE d."accountId" = t."accountId" AND d."date" = t."date" AND d."amountMinor" = t."amountMinor"
                 AND d."label" = t."label" AND d."deletedAt" IS NULL AND d."id" < t."id"))
      ORDER BY t."date" LIMIT 200`,
    [accountId, from, to],
  );
  return rows.map((r) => ({ ...r, amountMinor: BigInt(r.amountMinor) }));
}
