/**
 * The database edge of connections (thin): household-scoped loads, secrets sealed with lib/crypto/secrets on the
 * way in and opened on the way out, and the public view. Secrets never leave lib/: views carry none.
 */
import { db } from "../db/client";
import { decryptSecret, encryptSecret } from "../crypto/secrets";
import { AppError } from "../errors";
import type { HouseholdContext } from "../auth/guard";
import { apiAggregators } from "../aggregators/registry";
import type { ApiAggregator, ApiConnection } from "../aggregators/types";
import { CONNECTION_STATUSES, type ConnectionStatus, type ConnectionView } from "./types";

export const DEFAULT_SYNC_INTERVAL_HOURS = 6;

export type ConnectionRow = NonNullable<Awaited<ReturnType<ReturnType<typeof db>["connection"]["findFirst"]>>>;

export function adapterFor(provider: string): ApiAggregator {
  const adapter = Object.hasOwn(apiAggregators, provider) ? apiAggregators[provider] : undefined;
  if (!adapter) throw new AppError("INVALID_INPUT", `Unknown provider ${provider}: choose one of ${Object.keys(apiAggregators).join(", ")}`);
  return adapter;
}

/** Another household's id answers NOT_FOUND, never FORBIDDEN (no oracle). */
export async function findConnection(ctx: HouseholdContext, id: string): Promise<ConnectionRow> {
  const row = await db().connection.findFirst({ where: { id, householdId: ctx.householdId } });
  if (!row) throw new AppError("NOT_FOUND", "Connection not found", { userMessage: "This connection does not exist (or was removed)." });
  return row;
}

export function parseSettings(row: Pick<ConnectionRow, "settings">): Record<string, string> {
  try {
    const value = JSON.parse(row.settings) as unknown;
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  } catch { /* a broken settings blob is treated as empty */ }
  return {};
}

/** The adapter's view of a stored connection: secrets decrypted in memory only. */
export function openConnection(row: Pick<ConnectionRow, "secrets" | "settings">): ApiConnection {
  return { secrets: decryptSecret<Record<string, string>>(row.secrets), settings: parseSettings(row) };
}

export const sealSecrets = (secrets: Record<string, string>) => encryptSecret(secrets);

export function isConnectionStatus(value: string): value is ConnectionStatus {
  return (CONNECTION_STATUSES as readonly string[]).includes(value);
}

export function intervalHoursOf(settings: Record<string, string>): number {
  const hours = Number(settings.syncIntervalHours);
  return Number.isFinite(hours) && hours >= 1 ? hours : DEFAULT_SYNC_INTERVAL_HOURS;
}

type ViewRow = ConnectionRow & { accounts: { id: string; name: string; externalId: string | null; currency: string; reportedBalanceMinor: bigint | null; reportedBalanceDate: string | null }[] };

export function toView(row: ViewRow): ConnectionView {
  const settings = parseSettings(row);
  return {
    id: row.id, provider: row.provider, providerLabel: apiAggregators[row.provider]?.label ?? row.provider, name: row.name,
    status: isConnectionStatus(row.status) ? row.status : "error",
    lastError: row.lastError, lastErrorCode: row.lastErrorCode,
    consentExpiresAt: row.consentExpiresAt?.toISOString() ?? null, lastSyncAt: row.lastSyncAt?.toISOString() ?? null,
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null, retryAfter: settings.retryAfter ?? null,
    institutionId: settings.institutionId ?? null, isMapped: settings.isMapped === "1", syncIntervalHours: intervalHoursOf(settings),
    accounts: row.accounts.map((a) => ({ ...a })), createdAt: row.createdAt.toISOString(),
  };
}

export const ACCOUNT_VIEW_SELECT = { id: true, name: true, externalId: true, currency: true, reportedBalanceMinor: true, reportedBalanceDate: true } as const;
