/**
 * Mapping provider accounts to Tirelire accounts (Account.connectionId + externalId): the user picks an existing
 * account, a new one, or to leave it out; unmapped accounts are matched by IBAN or external id, else created.
 */
import { db } from "../db/client";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { AppError } from "../errors";
import { normalizeCurrency } from "../money";
import type { ApiAccount } from "../aggregators/types";
import { findConnection, parseSettings, type ConnectionRow } from "./store";
import { withProvider } from "./session";
import { planAutoMapping, suggestTarget, type AccountMapping, type HouseholdAccount, type MappingTarget } from "./mapping-plan";

export interface ProviderAccountChoice {
  account: ApiAccount;
  /** The current link, or what Tirelire suggests. */
  suggested: MappingTarget;
  isLinked: boolean;
}

async function householdAccounts(householdId: string): Promise<HouseholdAccount[]> {
  return db().account.findMany({ where: { householdId, closedAt: null }, select: { id: true, iban: true, externalId: true, connectionId: true }, orderBy: { createdAt: "asc" } });
}

export function ignoredOf(row: Pick<ConnectionRow, "settings">): Set<string> {
  try {
    const list = JSON.parse(parseSettings(row).ignoredAccounts ?? "[]") as unknown;
    return new Set(Array.isArray(list) ? list.filter((v): v is string => typeof v === "string") : []);
  } catch {
    return new Set();
  }
}

export async function listProviderAccounts(ctx: HouseholdContext, connectionId: string): Promise<ProviderAccountChoice[]> {
  // Part of mapping (a write): it calls the provider with the stored credentials, which may refresh and re-store them.
  requirePermission(ctx, "write");
  const row = await findConnection(ctx, connectionId);
  const accounts = await withProvider(row, (adapter, connection) => adapter.listAccounts(connection));
  const known = await householdAccounts(ctx.householdId);
  const ignored = ignoredOf(row);
  return accounts.map((account) => {
    const isLinked = known.some((a) => a.connectionId === row.id && a.externalId === account.externalId);
    return { account, isLinked, suggested: ignored.has(account.externalId) && !isLinked ? "skip" : suggestTarget(account, known, row.id) };
  });
}

function newAccountData(householdId: string, connectionId: string, account: ApiAccount, fallbackCurrency: string, label: string) {
  const tail = (account.iban ?? account.number ?? account.externalId).replace(/\s+/g, "").slice(-4);
  return {
    householdId, connectionId, externalId: account.externalId, name: (account.name?.trim() || `${label} …${tail}`).slice(0, 100), type: account.type,
    currency: normalizeCurrency(account.currency) ?? fallbackCurrency, iban: account.iban ? account.iban.replace(/\s+/g, "").toUpperCase() : null,
    number: account.number, bankId: account.bankId, institution: label,
  };
}

/**
 * Applies the user's choices (or the automatic ones) in one transaction. Provider accounts not named keep their
 * current link; `skip` unlinks and remembers not to create them on the next sync.
 */
export async function applyMappings(ctx: HouseholdContext, row: ConnectionRow, provider: readonly ApiAccount[], mappings: readonly AccountMapping[]): Promise<void> {
  requirePermission(ctx, "write");
  const household = await db().household.findUniqueOrThrow({ where: { id: ctx.householdId }, select: { currency: true } });
  const ignored = ignoredOf(row);
  const seenTargets = new Set<string>();
  await db().$transaction(async (tx) => {
    for (const mapping of mappings) {
      const account = provider.find((a) => a.externalId === mapping.externalId);
      if (!account) throw new AppError("INVALID_INPUT", `The provider has no account ${mapping.externalId}`);
      // Whatever was linked to this provider account before lets go of it first.
      await tx.account.updateMany({ where: { householdId: ctx.householdId, connectionId: row.id, externalId: account.externalId }, data: { connectionId: null } });
      if (mapping.target === "skip") {
        ignored.add(account.externalId);
        continue;
      }
      ignored.delete(account.externalId);
      if (mapping.target === "new") {
        await tx.account.create({ data: newAccountData(ctx.householdId, row.id, account, household.currency, row.name) });
        continue;
      }
      const { accountId } = mapping.target;
      if (seenTargets.has(accountId)) throw new AppError("INVALID_INPUT", "Two bank accounts cannot go to the same Tirelire account", { userMessage: "Two bank accounts cannot go to the same Tirelire account." });
      seenTargets.add(accountId);
      const target = await tx.account.findFirst({ where: { id: accountId, householdId: ctx.householdId } });
      if (!target) throw new AppError("NOT_FOUND", "Account not found");
      if (target.connectionId && target.connectionId !== row.id) {
        throw new AppError("CONFLICT", "That account is already linked to another connection", { userMessage: `“${target.name}” is already linked to another bank connection.` });
      }
      await tx.account.update({ where: { id: target.id }, data: { connectionId: row.id, externalId: account.externalId, iban: target.iban ?? (account.iban ? account.iban.replace(/\s+/g, "").toUpperCase() : null) } });
    }
    const settings = { ...parseSettings(row), isMapped: "1", ignoredAccounts: JSON.stringify([...ignored]) };
    await tx.connection.update({ where: { id: row.id }, data: { settings: JSON.stringify(settings) } });
  });
}

export async function mapAccounts(ctx: HouseholdContext, connectionId: string, mappings: readonly AccountMapping[]): Promise<void> {
  requirePermission(ctx, "write");
  const row = await findConnection(ctx, connectionId);
  const provider = await withProvider(row, (adapter, connection) => adapter.listAccounts(connection));
  await applyMappings(ctx, await findConnection(ctx, connectionId), provider, mappings);
}

/** Links every provider account not linked yet: existing account by IBAN or external id, else a new one. */
export async function autoMapAccounts(ctx: HouseholdContext, row: ConnectionRow, provider: readonly ApiAccount[]): Promise<number> {
  const known = await householdAccounts(ctx.householdId);
  const linked = new Set(known.filter((a) => a.connectionId === row.id).map((a) => a.externalId));
  const mappings = planAutoMapping(provider.filter((a) => !linked.has(a.externalId)), known, row.id, ignoredOf(row));
  if (mappings.length || parseSettings(row).isMapped !== "1") await applyMappings(ctx, row, provider, mappings);
  return mappings.length;
}

/** Asks the provider for its accounts and links the ones not linked yet (CLI connect, first sync). */
export async function autoMapConnection(ctx: HouseholdContext, connectionId: string): Promise<{ created: number; linked: number }> {
  requirePermission(ctx, "write");
  const row = await findConnection(ctx, connectionId);
  const provider = await withProvider(row, (adapter, connection) => adapter.listAccounts(connection));
  const before = await db().account.count({ where: { householdId: ctx.householdId, connectionId: row.id } });
  const total = await db().account.count({ where: { householdId: ctx.householdId } });
  await autoMapAccounts(ctx, await findConnection(ctx, connectionId), provider);
  const after = await db().account.count({ where: { householdId: ctx.householdId, connectionId: row.id } });
  const created = (await db().account.count({ where: { householdId: ctx.householdId } })) - total;
  return { created, linked: after - before };
}

/** The household's open accounts a provider account may go to: free ones and this connection's own. */
export async function listMappableAccounts(ctx: HouseholdContext, connectionId: string): Promise<{ id: string; name: string; currency: string; iban: string | null }[]> {
  const row = await findConnection(ctx, connectionId);
  return db().account.findMany({
    where: { householdId: ctx.householdId, closedAt: null, OR: [{ connectionId: null }, { connectionId: row.id }] },
    select: { id: true, name: true, currency: true, iban: true }, orderBy: { name: "asc" },
  });
}
