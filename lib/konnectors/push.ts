/**
 * The push API's logic: a konnector running elsewhere sends bills with its token. The token decides the household
 * and the konnector; a bill naming another konnector is refused. Each push is recorded as a konnector run.
 */
import { AppError, toAppError } from "../errors";
import { db } from "../db/client";
import { verifyApiToken, type ApiTokenAuth } from "../auth/api-tokens";
import { createBills, type CreatedBill } from "../bills/create";
import { ensureKonnector } from "./configure";
import { readPushRequest, type PushPayload } from "./push-request";
import { matchAfterArrival } from "./after-arrival";

export interface PushResult {
  konnector: string;
  runId: string;
  created: number;
  existing: number;
  fileId: string | null;
  bills: { id: string; identity: string; created: boolean }[];
}

function assertOwnKonnector(bills: readonly unknown[], konnector: string): void {
  const fields = bills.flatMap((bill, index) => {
    const named = bill && typeof bill === "object" ? (bill as { konnector?: unknown }).konnector : undefined;
    return named !== undefined && named !== konnector ? [{ field: `bills.${index}.konnector`, message: `This token only writes bills of konnector "${konnector}"` }] : [];
  });
  if (fields.length) throw new AppError("FORBIDDEN", `This token only writes bills of konnector "${konnector}"`, { details: { fields } });
}

export async function pushBills(auth: ApiTokenAuth, payload: PushPayload): Promise<PushResult> {
  const konnector = auth.konnector;
  if (!konnector) throw new AppError("FORBIDDEN", "This token is not bound to a konnector");
  const row = await ensureKonnector(auth.ctx, konnector);
  const run = await db().konnectorRun.create({ data: { konnectorId: row.id, status: "running" } });
  const finish = async (status: "succeeded" | "failed", counts: { created: number; existing: number }, error: string | null) => {
    const finishedAt = new Date();
    await db().konnectorRun.update({ where: { id: run.id }, data: { status, countNew: counts.created, countSkipped: counts.existing, error, finishedAt } });
    await db().konnector.update({ where: { id: row.id }, data: { lastRunAt: finishedAt, lastError: error } });
  };
  try {
    assertOwnKonnector(payload.bills, konnector);
    const result = await createBills(auth.ctx, konnector, payload.bills.map(stripKonnector), payload.file);
    await finish("succeeded", result, null);
    await matchAfterArrival(auth.ctx, result.earliestNewDate);
    return { konnector, runId: run.id, created: result.created, existing: result.existing, fileId: result.fileId, bills: result.bills.map(toPublic) };
  } catch (error) {
    await finish("failed", { created: 0, existing: 0 }, toAppError(error).message.slice(0, 2000));
    throw error;
  }
}

function stripKonnector(bill: unknown): unknown {
  if (!bill || typeof bill !== "object" || Array.isArray(bill)) return bill;
  const { konnector: _konnector, ...rest } = bill as Record<string, unknown>;
  return rest;
}

function toPublic(bill: CreatedBill) {
  return { id: bill.id, identity: bill.identity, created: bill.isNew };
}

/** POST /api/v1/bills: the token first (nothing is read for an unknown caller), then the body, then the bills. */
export async function handleBillsPush(request: Request): Promise<PushResult> {
  const auth = await verifyApiToken(request.headers.get("authorization"), "bills");
  return pushBills(auth, await readPushRequest(request));
}
