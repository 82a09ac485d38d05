/**
 * Runs a konnector for a household: records a KonnectorRun (running → succeeded | failed, counts, error) and the
 * konnector's lastRunAt/lastError, stores each collected item through createBills (idempotent), and settles
 * items so sources like the inbox know what was kept.
 */
import { toAppError } from "../errors";
import { db } from "../db/client";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { createBills } from "../bills/create";
import { ensureKonnector } from "./configure";
import { getKonnector } from "./registry";
import { matchAfterArrival } from "./after-arrival";
import type { CollectedItem, KonnectorFile } from "./types";

export interface RunItemReport {
  source: string;
  status: "stored" | "failed";
  created: number;
  existing: number;
  billIds: string[];
  error: string | null;
}

export interface KonnectorRunResult {
  runId: string;
  konnectorId: string;
  status: "succeeded" | "failed";
  created: number;
  existing: number;
  failed: number;
  items: RunItemReport[];
  error: string | null;
}

export interface RunKonnectorOptions {
  files?: readonly KonnectorFile[];
  /** Also read the konnector's own sources (the inbox): true for scheduled and plain on-demand runs. */
  includeScheduledSources?: boolean;
}

function parseSettings(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

async function storeItem(ctx: HouseholdContext, slug: string, item: CollectedItem): Promise<RunItemReport & { earliestNewDate?: string | null }> {
  const base = { source: item.source, created: 0, existing: 0, billIds: [] as string[] };
  if (item.error) return { ...base, status: "failed", error: item.error };
  try {
    const result = await createBills(ctx, slug, item.bills, item.file ?? null);
    return { ...base, status: "stored", created: result.created, existing: result.existing, billIds: result.bills.map((b) => b.id), error: null, earliestNewDate: result.earliestNewDate };
  } catch (error) {
    return { ...base, status: "failed", error: toAppError(error).userMessage };
  }
}

export async function runKonnector(ctx: HouseholdContext, slug: string, options: RunKonnectorOptions = {}): Promise<KonnectorRunResult> {
  requirePermission(ctx, "write");
  const konnector = getKonnector(slug);
  const row = await ensureKonnector(ctx, slug);
  const run = await db().konnectorRun.create({ data: { konnectorId: row.id, status: "running" } });
  const items: RunItemReport[] = [];
  let crash: string | null = null;
  let earliestNewDate: string | null = null;
  try {
    const collected = konnector.collect({
      ctx,
      settings: parseSettings(row.settings),
      files: options.files ?? [],
      includeScheduledSources: options.includeScheduledSources ?? !options.files?.length,
    });
    for await (const item of collected) {
      const { earliestNewDate: itemEarliest, ...report } = await storeItem(ctx, slug, item);
      if (itemEarliest && (!earliestNewDate || itemEarliest < earliestNewDate)) earliestNewDate = itemEarliest;
      items.push(report);
      await item.settle?.(report.status);
    }
  } catch (error) {
    crash = toAppError(error).message;
  }
  const failures = items.filter((i) => i.status === "failed");
  const error = crash ?? (failures.length ? failures.map((f) => `${f.source}: ${f.error}`).join("; ").slice(0, 2000) : null);
  const created = items.reduce((sum, i) => sum + i.created, 0);
  const existing = items.reduce((sum, i) => sum + i.existing, 0);
  const status = error ? "failed" : "succeeded";
  const finishedAt = new Date();
  await db().konnectorRun.update({ where: { id: run.id }, data: { status, countNew: created, countSkipped: existing, error, finishedAt } });
  await db().konnector.update({ where: { id: row.id }, data: { lastRunAt: finishedAt, lastError: error } });
  await matchAfterArrival(ctx, earliestNewDate);
  return { runId: run.id, konnectorId: row.id, status, created, existing, failed: failures.length, items, error };
}
