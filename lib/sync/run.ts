/**
 * One sync of one connection. A SyncRun row walks queued → fetching → processing → succeeded | failed; the
 * connection is claimed as job `sync:<connectionId>` so two runs of it never overlap (across instances too).
 * Fetch everything first (no writes), then write everything in one transaction (process.ts), then match bills.
 */
import { db } from "../db/client";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { AppError, toAppError } from "../errors";
import { todayIso } from "../dates";
import { claimJob, ensureJob, finishJob } from "../jobs/claim";
import { workerId } from "../jobs/scheduler";
import { loadCategorizer } from "../categorizer/store";
import { matchHousehold } from "../reconcile/run";
import { afterNewTransactions } from "../insights/recurrences/after-import";
import type { ApiAccount } from "../aggregators/types";
import { adapterFor, findConnection, openConnection, parseSettings, sealSecrets, type ConnectionRow } from "../connections/store";
import { autoMapAccounts } from "../connections/accounts";
import { fetchAccount, type FetchedAccount } from "./fetch";
import { historyDaysOf, windowFor } from "./window";
import { outcomeOfFailure } from "./errors";
import { processSync } from "./process";
import type { SyncReport } from "./types";

const LEASE_MS = 30 * 60_000;

export const syncJobId = (connectionId: string) => `sync:${connectionId}`;

function syncedAccountsOf(settings: Record<string, string>): Set<string> {
  try {
    const list = JSON.parse(settings.syncedAccounts ?? "[]") as unknown;
    return new Set(Array.isArray(list) ? list.filter((v): v is string => typeof v === "string") : []);
  } catch {
    return new Set();
  }
}

function assertSyncable(row: ConnectionRow, settings: Record<string, string>, now: Date): void {
  if (row.status === "disabled") throw new AppError("INVALID_INPUT", "This connection is disabled", { userMessage: "This connection is paused: enable it to sync." });
  if (row.status === "pending") throw new AppError("INVALID_INPUT", "This connection is not authorized yet", { userMessage: "Finish authorizing this connection at your bank first." });
  if (row.status === "reauth_required") throw new AppError("CONSENT_EXPIRED", "This connection must be re-authorized", { userMessage: row.lastError ?? "Authorize this connection again to resume syncing." });
  if (settings.retryAfter && Date.parse(settings.retryAfter) > now.getTime()) {
    throw new AppError("RATE_LIMITED", `Rate limited until ${settings.retryAfter}`, { userMessage: `The bank data provider limits how often Tirelire may ask: try again after ${settings.retryAfter.slice(0, 16).replace("T", " ")} UTC.` });
  }
}

export async function syncConnection(ctx: HouseholdContext, connectionId: string, options: { now?: () => Date } = {}): Promise<SyncReport> {
  requirePermission(ctx, "write");
  const now = options.now ?? (() => new Date());
  const row = await findConnection(ctx, connectionId);
  const settings = parseSettings(row);
  assertSyncable(row, settings, now());
  const jobId = syncJobId(row.id);
  await ensureJob({ id: jobId, kind: "sync", householdId: ctx.householdId }, now());
  if (!(await claimJob(jobId, workerId, LEASE_MS, now()))) {
    throw new AppError("CONFLICT", "A sync of this connection is already running", { userMessage: "This connection is already syncing: wait for it to finish." });
  }
  // We hold the claim: an unfinished run left over is from a crashed process (its writes were rolled back).
  await db().syncRun.updateMany({
    where: { connectionId: row.id, status: { in: ["queued", "fetching", "processing"] } },
    data: { status: "failed", errorCode: "INTERNAL", error: "Interrupted (the server stopped during the sync). Nothing was written.", finishedAt: now() },
  });
  const run = await db().syncRun.create({ data: { householdId: ctx.householdId, connectionId: row.id, status: "queued" } });
  let error: AppError | null = null;
  try {
    return await runSync(ctx, row, settings, run.id, now);
  } catch (thrown) {
    error = toAppError(thrown);
    await recordFailure(row.id, run.id, error, now());
    throw error;
  } finally {
    await finishJob(jobId, workerId, { nextRunAt: now(), error: error?.message ?? null }, now());
  }
}

async function runSync(ctx: HouseholdContext, row: ConnectionRow, settings: Record<string, string>, runId: string, now: () => Date): Promise<SyncReport> {
  const adapter = adapterFor(row.provider);
  const connection = openConnection(row);
  const today = todayIso(now());
  await db().syncRun.update({ where: { id: runId }, data: { status: "fetching" } });
  let providerAccounts: ApiAccount[];
  let fetched: FetchedAccount[];
  try {
    providerAccounts = await adapter.listAccounts(connection);
    await autoMapAccounts(ctx, await findConnection(ctx, row.id), providerAccounts);
    const linked = await db().account.findMany({ where: { householdId: ctx.householdId, connectionId: row.id }, select: { id: true, name: true, externalId: true } });
    const synced = syncedAccountsOf(settings);
    const lastSuccessDay = row.lastSuccessAt ? todayIso(row.lastSuccessAt) : null;
    fetched = [];
    for (const account of linked) {
      const provider = providerAccounts.find((p) => p.externalId === account.externalId);
      if (!provider) continue;
      const window = windowFor(today, synced.has(provider.externalId) ? lastSuccessDay : null, historyDaysOf(settings));
      fetched.push(await fetchAccount(adapter, connection, { accountId: account.id, provider, window }));
    }
  } finally {
    // Refreshed tokens and request counters are kept even when the fetch failed.
    await db().connection.update({ where: { id: row.id }, data: { secrets: sealSecrets(connection.secrets) } });
  }
  await db().syncRun.update({ where: { id: runId }, data: { status: "processing" } });
  const window = {
    since: fetched.reduce((min, a) => (a.window.since < min ? a.window.since : min), today),
    until: today,
  };
  const synced = syncedAccountsOf(settings);
  for (const account of fetched) synced.add(account.provider.externalId);
  const latest = parseSettings(await findConnection(ctx, row.id));
  const nextSettings: Record<string, string> = { ...latest, syncedAccounts: JSON.stringify([...synced]) };
  delete nextSettings.retryAfter;
  const categorizer = await loadCategorizer(ctx.householdId);
  const counts = await processSync({
    householdId: ctx.householdId, connectionId: row.id, syncRunId: runId, provider: row.provider, categorizer, fetched,
    settingsJson: JSON.stringify(nextSettings), sealedSecrets: sealSecrets(connection.secrets), consentExpiresAt: row.consentExpiresAt, window, now: now(),
  });
  const report: SyncReport = {
    syncRunId: runId, connectionId: row.id, status: "succeeded", since: window.since, until: window.until,
    accounts: fetched.map((a) => {
      const c = counts.find((x) => x.accountId === a.accountId);
      return { accountId: a.accountId, externalId: a.provider.externalId, name: a.provider.name, new: c?.new ?? 0, updated: c?.updated ?? 0, pending: c?.pending ?? 0, duplicates: c?.duplicates ?? 0, fetched: a.transactions.length };
    }),
    new: counts.reduce((n, c) => n + c.new, 0), updated: counts.reduce((n, c) => n + c.updated, 0), pending: counts.reduce((n, c) => n + c.pending, 0),
    warnings: fetched.flatMap((a) => a.warnings.map((w) => w.message)),
    matching: null,
  };
  // Bills may now find their transactions; a matching failure does not undo a good sync.
  try {
    const match = await matchHousehold(ctx, { since: window.since });
    report.matching = { linksCreated: match.linksCreated };
  } catch (thrown) {
    report.warnings.push(`Bill matching failed: ${toAppError(thrown).userMessage}`);
  }
  // Internal transfers and recurring series, the latter read for this run's rows only; the periodic tasks
  // catch up when this fails.
  try {
    await afterNewTransactions(ctx, today, { syncRunId: runId });
  } catch (thrown) {
    report.warnings.push(`Transfer and recurring-payment detection failed: ${toAppError(thrown).userMessage}`);
  }
  return report;
}

async function recordFailure(connectionId: string, runId: string, error: AppError, now: Date): Promise<void> {
  const outcome = outcomeOfFailure(error, now);
  const connection = await db().connection.findUniqueOrThrow({ where: { id: connectionId } });
  const settings = parseSettings(connection);
  if (outcome.retryAfter) settings.retryAfter = outcome.retryAfter.toISOString();
  await db().$transaction([
    db().syncRun.update({ where: { id: runId }, data: { status: "failed", error: error.userMessage, errorCode: error.code, finishedAt: now } }),
    db().connection.update({
      where: { id: connectionId },
      data: { status: outcome.status, lastError: error.userMessage, lastErrorCode: error.code, lastSyncAt: now, settings: JSON.stringify(settings) },
    }),
  ]);
}
