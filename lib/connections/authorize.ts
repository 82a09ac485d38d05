/**
 * Authorizing a connection (first time or again): start → the user approves at their bank → the bank redirects
 * to Tirelire's callback with the `state` we issued → complete. SimpleFIN needs no redirect: claiming its setup
 * token makes the connection usable at once. Provider failures are recorded on the connection in plain words.
 */
import { db } from "../db/client";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { AppError, toAppError } from "../errors";
import type { ApiInstitution } from "../aggregators/types";
import { ACCOUNT_VIEW_SELECT, adapterFor, findConnection, openConnection, parseSettings, sealSecrets, toView, type ConnectionRow } from "./store";
import { assertStateValid, connectionIdOfState, issueState, stateOfCallback } from "./auth-state";
import type { ConnectionView } from "./types";

export interface StartInput {
  redirectUrl: string;
  institutionId?: string;
  country?: string;
  /** New credentials when re-authorizing needs them (a fresh SimpleFIN setup token). */
  secrets?: Record<string, string>;
}

export interface StartResult {
  connection: ConnectionView;
  /** Open this at the bank; null when the connection is already usable. */
  authorizationUrl: string | null;
}

async function recordFailure(row: ConnectionRow, error: unknown): Promise<never> {
  const appError = toAppError(error);
  await db().connection.update({ where: { id: row.id }, data: { lastError: appError.userMessage, lastErrorCode: appError.code } });
  throw appError;
}

async function view(id: string): Promise<ConnectionView> {
  return toView(await db().connection.findUniqueOrThrow({ where: { id }, include: { accounts: { select: ACCOUNT_VIEW_SELECT } } }));
}

export async function startAuthorization(ctx: HouseholdContext, connectionId: string, input: StartInput): Promise<StartResult> {
  requirePermission(ctx, "write");
  const row = await findConnection(ctx, connectionId);
  const adapter = adapterFor(row.provider);
  if (!adapter.startAuthorization) throw new AppError("INVALID_INPUT", `${adapter.label ?? adapter.id} connections cannot be authorized from Tirelire`);
  const stored = openConnection(row);
  const settings = { ...stored.settings };
  if (input.institutionId?.trim()) settings.institutionId = input.institutionId.trim();
  if (input.country?.trim()) settings.country = input.country.trim().toUpperCase();
  const secrets = { ...stored.secrets, ...Object.fromEntries(Object.entries(input.secrets ?? {}).filter(([, v]) => v.trim())) };
  const issued = issueState(row.id);
  const result = await adapter.startAuthorization({ secrets, settings, redirectUrl: input.redirectUrl, state: issued.state }).catch((error: unknown) => recordFailure(row, error));
  const nextSettings: Record<string, string> = { ...result.connection.settings };
  delete nextSettings.authStateHash;
  delete nextSettings.retryAfter;
  const isReady = result.authorizationUrl === null;
  if (!isReady) nextSettings.authStateHash = issued.hash;
  await db().connection.update({
    where: { id: row.id },
    data: {
      secrets: sealSecrets(result.connection.secrets), settings: JSON.stringify(nextSettings),
      ...(isReady ? { status: "active", lastError: null, lastErrorCode: null, consentExpiresAt: result.consentExpiresAt ? new Date(result.consentExpiresAt) : null } : {}),
    },
  });
  return { connection: await view(row.id), authorizationUrl: result.authorizationUrl };
}

/** The bank sent the user back with `params` (query string of the callback URL). */
export async function completeAuthorization(ctx: HouseholdContext, params: Record<string, string>): Promise<ConnectionView> {
  requirePermission(ctx, "write");
  const state = stateOfCallback(params);
  const row = await findConnection(ctx, connectionIdOfState(state));
  const settings = parseSettings(row);
  assertStateValid(state!, settings.authStateHash);
  // Single use: the state is spent before the provider is even asked.
  delete settings.authStateHash;
  await db().connection.update({ where: { id: row.id }, data: { settings: JSON.stringify(settings) } });
  const adapter = adapterFor(row.provider);
  if (!adapter.completeAuthorization) throw new AppError("INVALID_INPUT", "This provider has no authorization to complete");
  const result = await adapter.completeAuthorization({ ...openConnection(row), settings }, params).catch((error: unknown) => recordFailure(row, error));
  await db().connection.update({
    where: { id: row.id },
    data: {
      status: "active", lastError: null, lastErrorCode: null, secrets: sealSecrets(result.connection.secrets), settings: JSON.stringify(result.connection.settings),
      consentExpiresAt: result.consentExpiresAt ? new Date(result.consentExpiresAt) : null,
    },
  });
  return view(row.id);
}

/** Banks of a country, asked with the connection's stored credentials (GoCardless, Enable Banking). */
export async function listInstitutions(ctx: HouseholdContext, connectionId: string, country: string): Promise<ApiInstitution[]> {
  // Part of authorizing (a write): it calls the provider with the stored credentials and records failures.
  requirePermission(ctx, "write");
  const row = await findConnection(ctx, connectionId);
  const adapter = adapterFor(row.provider);
  if (!adapter.institutions) return [];
  return adapter.institutions(openConnection(row), country).catch((error: unknown) => recordFailure(row, error));
}
