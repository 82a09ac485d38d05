/**
 * Cozy Banks users moving in: their CSV export into a household, in one transaction. Accounts are matched by
 * Cozy's account id (kept as Account.externalId, "cozy:<id>"), else created; transactions by Cozy's "Unique ID"
 * (Transaction.externalId), so importing the same export twice adds nothing. A category set in Cozy is the
 * user's choice and is kept as a manual category (rules and the model will not overwrite it).
 */
import { requirePermission, type HouseholdContext } from "../../auth/guard";
import { newId, raw, type RawDb, type SqlValue } from "../../db/raw";
import { sha256Hex } from "../../bills/files";
import { parseCozyCsv, type CozyTransaction } from "./parse";

export interface CozyImportResult {
  accountsCreated: number;
  accountsMatched: number;
  transactionsNew: number;
  transactionsDuplicate: number;
  unknownCategories: string[];
}

const TRANSACTION_COLUMNS = ["id", "householdId", "accountId", "date", "valueDate", "amountMinor", "currency", "rawLabel", "label", "categoryId", "categorySource", "externalId", "status", "tags", "createdAt", "updatedAt"] as const;

export async function importCozyCsv(ctx: HouseholdContext, text: string, db: RawDb = raw()): Promise<CozyImportResult> {
  requirePermission(ctx, "write");
  const parsed = parseCozyCsv(text);
  return db.transaction(async (tx) => {
    const now = tx.provider === "sqlite" ? new Date().toISOString().replace("Z", "+00:00") : new Date().toISOString();
    const accountIds = new Map<string, string>();
    let accountsCreated = 0;
    for (const account of parsed.accounts) {
      const externalId = `cozy:${account.key}`;
      const [found] = await tx.all<{ id: string }>(`SELECT "id" FROM "Account" WHERE "householdId" = ? AND "externalId" = ?`, [ctx.householdId, externalId]);
      if (found) {
        accountIds.set(account.key, found.id);
        continue;
      }
      const id = newId();
      await tx.insertMany("Account", ["id", "householdId", "name", "type", "currency", "iban", "number", "institution", "externalId", "reportedBalanceMinor", "createdAt", "updatedAt"],
        [[id, ctx.householdId, account.name, account.type, account.currency, account.iban, account.number, account.institution, externalId, account.balanceMinor, now, now]]);
      accountIds.set(account.key, id);
      accountsCreated++;
    }
    const rows: SqlValue[][] = [];
    let duplicates = 0;
    for (const [accountKey, accountId] of accountIds) {
      const own = parsed.transactions.filter((t) => t.accountKey === accountKey);
      const existing = new Set((await tx.all<{ externalId: string }>(`SELECT "externalId" FROM "Transaction" WHERE "accountId" = ? AND "externalId" IS NOT NULL`, [accountId])).map((r) => r.externalId));
      const occurrences = new Map<string, number>();
      for (const t of own) {
        const externalId = t.uniqueId ? `cozy:${t.uniqueId}` : derivedId(t, occurrences);
        if (existing.has(externalId)) {
          duplicates++;
          continue;
        }
        existing.add(externalId);
        rows.push([newId(), ctx.householdId, accountId, t.date, null, t.amountMinor, t.currency, t.rawLabel, t.label, t.categoryId, t.categoryId === "0" ? "none" : "manual", externalId, t.isExpected ? "pending" : "booked", JSON.stringify(t.tags), now, now]);
      }
    }
    for (let start = 0; start < rows.length; start += 1_000) await tx.insertMany("Transaction", TRANSACTION_COLUMNS, rows.slice(start, start + 1_000));
    return { accountsCreated, accountsMatched: accountIds.size - accountsCreated, transactionsNew: rows.length, transactionsDuplicate: duplicates, unknownCategories: parsed.unknownCategories };
  });
}

/** Rows without a Cozy id: the same row content (and its n-th repetition) gives the same id on every import. */
function derivedId(t: CozyTransaction, occurrences: Map<string, number>): string {
  const base = `${t.date}|${t.amountMinor}|${t.rawLabel}`;
  const n = (occurrences.get(base) ?? 0) + 1;
  occurrences.set(base, n);
  return `cozy:h:${sha256Hex(new TextEncoder().encode(`${base}|${n}`)).slice(0, 32)}`;
}
