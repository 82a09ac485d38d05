/** previewImport: what a commit of this file would do, row by row, without writing anything. */
import { raw } from "../db/raw";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { fromMinor } from "../money";
import type { ImportCounts, ImportInput, ImportPreview, PreviewAccount, PreviewRow } from "./types";
import { buildPlan, type PlannedAccount } from "./plan";
import { parseImportFile, sha256Hex } from "./parse-input";

function countsOf(rows: readonly PreviewRow[]): ImportCounts {
  const counts: ImportCounts = { total: rows.length, new: 0, duplicate: 0, possibleDuplicate: 0 };
  for (const row of rows) {
    if (row.status === "new") counts.new++;
    else if (row.status === "duplicate") counts.duplicate++;
    else counts.possibleDuplicate++;
  }
  return counts;
}

export function previewRowsOf(account: PlannedAccount): PreviewRow[] {
  return account.rows.map((row, index) => {
    const verdict = account.classified[index]!;
    return {
      rowKey: row.rowKey, status: verdict.status, ...(verdict.reason ? { reason: verdict.reason } : {}),
      date: row.date, amount: fromMinor(row.amountMinor, row.currency), currency: row.currency, label: row.rawLabel, isPending: row.isPending,
      accountKey: account.resolved.group.key, accountName: account.resolved.name,
      matchedTransactionId: verdict.matchedId, replacesPendingId: verdict.replacesPendingId,
      defaultDecision: verdict.status === "duplicate" ? "skip" : "import",
    };
  });
}

export async function previewImport(ctx: HouseholdContext, input: ImportInput): Promise<ImportPreview> {
  requirePermission(ctx, "write");
  const parse = parseImportFile(input);
  const plan = await buildPlan(raw(), parse, {
    householdId: ctx.householdId, fileName: input.fileName, target: input.target, format: parse.format,
    newAccountId: (key) => `new:${key}`, batchId: null,
  });
  const sha256 = sha256Hex(input.bytes);
  const previous = await raw().all<{ id: string }>(
    `SELECT "id" FROM "ImportBatch" WHERE "householdId" = ? AND "sha256" = ? AND "status" = 'committed' ORDER BY "createdAt"`,
    [ctx.householdId, sha256],
  );
  const rows: PreviewRow[] = [];
  const accounts: PreviewAccount[] = plan.accounts.map((account) => {
    const accountRows = previewRowsOf(account);
    rows.push(...accountRows);
    const { group } = account.resolved;
    return {
      key: group.key, accountId: account.isNew ? null : account.accountId, name: account.resolved.name, isNew: account.isNew,
      type: account.resolved.type, currency: account.currency, iban: group.account.iban, number: group.account.number,
      counts: countsOf(accountRows), closingBalance: group.closingBalance,
    };
  });
  return {
    fileName: input.fileName, sha256, format: parse.format, encoding: parse.encoding, accounts, rows, counts: countsOf(rows),
    warnings: [...parse.warnings, ...plan.warnings], previousBatchIds: previous.map((p) => p.id),
  };
}
