/**
 * The fetching phase of a sync: for each linked account, every page of its window (cursor loop), deduped by
 * provider id across pages, plus what the provider answered, kept verbatim for the run's RawPayload.
 * Nothing is written here: a failure on any page fails the whole sync before a row exists.
 */
import type { ApiAccount, ApiAggregator, ApiConnection, NormalizedBalance, NormalizedTransaction, ParseWarning } from "../aggregators/types";
import { AppError } from "../errors";
import { dedupById } from "./dedup";
import type { SyncWindow } from "./window";

/** A provider that keeps answering with a cursor is broken, not a bank with a million pages. */
export const MAX_PAGES = 500;

export interface FetchedAccount {
  accountId: string;
  provider: ApiAccount;
  window: SyncWindow;
  transactions: NormalizedTransaction[];
  balance: NormalizedBalance | null;
  repeatedAcrossPages: number;
  pages: unknown[];
  warnings: ParseWarning[];
}

export async function fetchAccount(adapter: ApiAggregator, connection: ApiConnection, target: { accountId: string; provider: ApiAccount; window: SyncWindow }): Promise<FetchedAccount> {
  const gathered: NormalizedTransaction[] = [];
  const pages: unknown[] = [];
  const warnings: ParseWarning[] = [];
  let balance: NormalizedBalance | null = null;
  let cursor: string | null = null;
  let count = 0;
  do {
    if (++count > MAX_PAGES) throw new AppError("PROVIDER_DOWN", `The provider answered more than ${MAX_PAGES} pages for one account`, { userMessage: "The bank data provider kept sending pages without end. Tirelire will try again later." });
    const page = await adapter.fetchTransactions(connection, target.provider.externalId, { ...target.window, cursor });
    gathered.push(...page.transactions);
    pages.push(...page.raw);
    warnings.push(...page.warnings);
    if (page.balance) balance = page.balance;
    cursor = page.nextCursor;
  } while (cursor);
  const { rows, repeated } = dedupById(gathered);
  return {
    accountId: target.accountId, provider: target.provider, window: target.window, transactions: rows, repeatedAcrossPages: repeated,
    balance: balance ?? target.provider.balance, pages, warnings,
  };
}
