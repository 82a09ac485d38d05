/**
 * Which account each statement group goes to: the one the caller named, new ones, or ('auto') the household's
 * account with the same IBAN, bank id or number, creating the missing ones. Pure: the caller loads the accounts.
 */
import { AppError } from "../errors";
import type { AccountType } from "../aggregators/types";
import type { ImportTarget } from "./types";
import { accountIdentityKey, normalizeIban, normalizeNumber, type StatementGroup } from "./statements";

export interface KnownAccount {
  id: string;
  name: string;
  type: string;
  currency: string;
  iban: string | null;
  number: string | null;
  externalId: string | null;
}

export interface ResolvedAccount {
  group: StatementGroup;
  /** null: the commit creates it. */
  accountId: string | null;
  name: string;
  type: AccountType;
  /** For new accounts; existing ones keep theirs. */
  currency: string | null;
}

const ACCOUNT_TYPES: readonly string[] = ["checking", "savings", "card", "loan", "investment", "cash", "other"];

function findExisting(group: StatementGroup, accounts: readonly KnownAccount[]): KnownAccount | undefined {
  const { iban, externalId, number, name } = group.account;
  if (iban?.trim()) {
    const wanted = normalizeIban(iban);
    const hit = accounts.find((a) => a.iban && normalizeIban(a.iban) === wanted);
    if (hit) return hit;
  }
  if (externalId?.trim()) {
    const hit = accounts.find((a) => a.externalId === externalId.trim());
    if (hit) return hit;
  }
  if (number?.trim()) {
    const wanted = normalizeNumber(number);
    const hit = accounts.find((a) => (a.number && normalizeNumber(a.number) === wanted) || (a.iban && normalizeIban(a.iban).endsWith(wanted) && wanted.length >= 6));
    if (hit) return hit;
  }
  if (name?.trim()) return accounts.find((a) => a.name.trim().toLowerCase() === name.trim().toLowerCase());
  return undefined;
}

function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, "") || "Imported account";
}

function defaultName(group: StatementGroup, fileName: string): string {
  const { name, iban, number, externalId } = group.account;
  if (name?.trim()) return name.trim().slice(0, 100);
  const id = iban ?? number ?? externalId;
  if (id) return `${group.account.type === "card" ? "Card" : "Account"} …${normalizeNumber(id).slice(-4)}`;
  return fileStem(fileName).slice(0, 100);
}

function describe(group: StatementGroup): string {
  return accountIdentityKey(group.account) ?? "unnamed account";
}

export function resolveAccounts(groups: readonly StatementGroup[], target: ImportTarget, accounts: readonly KnownAccount[], fileName: string): ResolvedAccount[] {
  if (target !== "auto" && "accountId" in target) {
    const account = accounts.find((a) => a.id === target.accountId);
    if (!account) throw new AppError("NOT_FOUND", "Account not found");
    if (groups.length > 1) {
      throw new AppError("INVALID_INPUT", `This file holds ${groups.length} accounts (${groups.map(describe).join(", ")}): import it with automatic account matching.`);
    }
    return groups.map((group) => ({ group, accountId: account.id, name: account.name, type: (ACCOUNT_TYPES.includes(account.type) ? account.type : "other") as AccountType, currency: null }));
  }
  if (target !== "auto") {
    const { name, type, currency } = target.newAccount;
    return groups.map((group) => ({
      group, accountId: null, name: (groups.length === 1 && name?.trim()) ? name.trim() : defaultName(group, fileName),
      type: type ?? group.account.type, currency: currency ?? null,
    }));
  }
  return groups.map((group) => {
    // Matching an unnamed account would be a guess, and creating one would duplicate it on every re-import.
    if (!accountIdentityKey(group.account)) {
      throw new AppError("INVALID_INPUT", "This file does not say which account it belongs to: choose the account to import it into (or create a new one).");
    }
    const existing = findExisting(group, accounts);
    if (existing) return { group, accountId: existing.id, name: existing.name, type: (ACCOUNT_TYPES.includes(existing.type) ? existing.type : "other") as AccountType, currency: null };
    return { group, accountId: null, name: defaultName(group, fileName), type: group.account.type, currency: null };
  });
}
