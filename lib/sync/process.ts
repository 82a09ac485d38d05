/**
 * The processing phase of a sync, in ONE database transaction: the raw payload, the rows (through the import
 * pipeline: dedup, pending → booked, categorization), the reported balances, the run's success and the
 * connection's new state. A crash anywhere in here leaves the database as it was before the sync.
 */
import { raw, newId, type RawTx } from "../db/raw";
import { toMinor, normalizeCurrency } from "../money";
import type { Categorizer } from "../categorizer";
import { commitSyncStatements, type SyncAccountCounts } from "../import/commit-sync";
import type { FetchedAccount } from "./fetch";

export interface ProcessInput {
  householdId: string;
  connectionId: string;
  syncRunId: string;
  provider: string;
  categorizer: Categorizer;
  fetched: FetchedAccount[];
  /** The connection's settings and sealed secrets after this run. */
  settingsJson: string;
  sealedSecrets: string;
  consentExpiresAt: Date | null;
  window: { since: string; until: string };
  now: Date;
}

interface AccountInfo { id: string; currency: string; transactions: bigint | number }

async function loadAccounts(tx: RawTx, ids: readonly string[]): Promise<Map<string, AccountInfo>> {
  if (!ids.length) return new Map();
  const rows = await tx.all<AccountInfo>(
    `SELECT a."id", a."currency", (SELECT COUNT(*) FROM "Transaction" t WHERE t."accountId" = a."id") AS "transactions"
       FROM "Account" a WHERE a."id" IN (${ids.map(() => "?").join(", ")})`, ids);
  return new Map(rows.map((r) => [r.id, r]));
}

/** Reported balance stored (BalanceReport, source sync); a brand-new account's opening balance makes ours agree. */
async function recordSyncBalance(tx: RawTx, input: ProcessInput, account: FetchedAccount, info: AccountInfo, nowIso: string): Promise<void> {
  if (!account.balance) return;
  const currency = normalizeCurrency(account.provider.currency) ?? info.currency;
  const amountMinor = toMinor(account.balance.amount, currency);
  const date = account.balance.date ?? input.window.until;
  await tx.insertMany("BalanceReport", ["id", "accountId", "date", "amountMinor", "source", "sourceId", "createdAt"], [[newId(), account.accountId, date, amountMinor, "sync", input.syncRunId, nowIso]]);
  await tx.run(
    `UPDATE "Account" SET "reportedBalanceMinor" = ?, "reportedBalanceDate" = ?, "updatedAt" = ? WHERE "id" = ? AND ("reportedBalanceDate" IS NULL OR "reportedBalanceDate" <= ?)`,
    [amountMinor, date, nowIso, account.accountId, date],
  );
  if (Number(info.transactions) > 0) return;
  const [row] = await tx.all<{ total: bigint | number | null }>(
    `SELECT SUM("amountMinor") AS "total" FROM "Transaction" WHERE "accountId" = ? AND "syncRunId" = ? AND "status" = 'booked' AND "deletedAt" IS NULL AND "date" <= ?`,
    [account.accountId, input.syncRunId, date],
  );
  await tx.run(`UPDATE "Account" SET "openingBalanceMinor" = ? WHERE "id" = ?`, [amountMinor - BigInt(row?.total ?? 0), account.accountId]);
}

export async function processSync(input: ProcessInput): Promise<SyncAccountCounts[]> {
  const nowIso = input.now.toISOString();
  return raw().transaction(async (tx) => {
    const payloadId = newId();
    const payload = {
      provider: input.provider, window: input.window, fetchedAt: nowIso,
      accounts: input.fetched.map((a) => ({ externalId: a.provider.externalId, accountId: a.accountId, window: a.window, account: a.provider, pages: a.pages })),
    };
    await tx.insertMany("RawPayload", ["id", "householdId", "kind", "mime", "content", "createdAt"], [[payloadId, input.householdId, "api", "application/json", new TextEncoder().encode(JSON.stringify(payload)), nowIso]]);
    const infos = await loadAccounts(tx, input.fetched.map((a) => a.accountId));
    const counts = await commitSyncStatements(tx, { householdId: input.householdId, syncRunId: input.syncRunId, provider: input.provider, categorizer: input.categorizer, nowIso },
      input.fetched.map((a) => ({
        accountId: a.accountId,
        statement: { account: { externalId: a.provider.externalId, iban: a.provider.iban, number: a.provider.number, bankId: a.provider.bankId, name: a.provider.name, type: a.provider.type, currency: a.provider.currency }, openingBalance: null, closingBalance: null, transactions: a.transactions },
      })));
    for (const account of input.fetched) {
      const info = infos.get(account.accountId);
      if (info) await recordSyncBalance(tx, input, account, info, nowIso);
    }
    const sum = (key: "new" | "updated" | "pending") => counts.reduce((n, c) => n + c[key], 0);
    await tx.run(
      `UPDATE "SyncRun" SET "status" = 'succeeded', "since" = ?, "until" = ?, "countNew" = ?, "countUpdated" = ?, "countPending" = ?, "rawPayloadId" = ?, "error" = NULL, "errorCode" = NULL, "finishedAt" = ? WHERE "id" = ?`,
      [input.window.since, input.window.until, sum("new"), sum("updated"), sum("pending"), payloadId, nowIso, input.syncRunId],
    );
    await tx.run(
      `UPDATE "Connection" SET "status" = 'active', "lastSyncAt" = ?, "lastSuccessAt" = ?, "lastError" = NULL, "lastErrorCode" = NULL, "settings" = ?, "secrets" = ?, "consentExpiresAt" = ?, "updatedAt" = ? WHERE "id" = ?`,
      [nowIso, nowIso, input.settingsJson, input.sealedSecrets, input.consentExpiresAt ? input.consentExpiresAt.toISOString() : null, nowIso, input.connectionId],
    );
    return counts;
  });
}
