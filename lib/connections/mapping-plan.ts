/**
 * Which Tirelire account each provider account goes to when the user did not say: the one already linked, else a
 * free account of the household with the same IBAN or external id, else a new one. Pure.
 */
import type { ApiAccount } from "../aggregators/types";

export interface HouseholdAccount {
  id: string;
  iban: string | null;
  externalId: string | null;
  connectionId: string | null;
}

export type MappingTarget = { accountId: string } | "new" | "skip";

export interface AccountMapping {
  externalId: string;
  target: MappingTarget;
}

const normalizeIban = (iban: string) => iban.replace(/[\s-]+/g, "").toUpperCase();

export function suggestTarget(account: ApiAccount, accounts: readonly HouseholdAccount[], connectionId: string): MappingTarget {
  const linked = accounts.find((a) => a.connectionId === connectionId && a.externalId === account.externalId);
  if (linked) return { accountId: linked.id };
  const free = accounts.filter((a) => a.connectionId === null);
  if (account.iban?.trim()) {
    const wanted = normalizeIban(account.iban);
    const hit = free.find((a) => a.iban && normalizeIban(a.iban) === wanted);
    if (hit) return { accountId: hit.id };
  }
  const byId = free.find((a) => a.externalId === account.externalId);
  return byId ? { accountId: byId.id } : "new";
}

/** Mappings for the provider accounts not linked yet and not set aside by the user. */
export function planAutoMapping(provider: readonly ApiAccount[], accounts: readonly HouseholdAccount[], connectionId: string, ignored: ReadonlySet<string>): AccountMapping[] {
  const taken = new Set<string>();
  const mappings: AccountMapping[] = [];
  for (const account of provider) {
    if (ignored.has(account.externalId)) continue;
    const target = suggestTarget(account, accounts.filter((a) => !taken.has(a.id)), connectionId);
    if (typeof target === "object") taken.add(target.accountId);
    mappings.push({ externalId: account.externalId, target });
  }
  return mappings;
}
