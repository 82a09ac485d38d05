/**
 * commitImport: parse, plan, categorize and write a file in ONE database transaction. Any error (a parser error
 * in a later chunk, a constraint, a categorizer failure) leaves nothing behind: no rows, no batch, no account.
 * Large files arrive as several parse results (chunks.ts) planned and written one after the other, so memory
 * stays bounded by the chunk, not the file.
 */
import { newId, type RawTx } from "../db/raw";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { fromMinor, toMinor } from "../money";
import type { NormalizedBalance, ParseResult, ParseWarning } from "../aggregators/types";
import type { Categorizer } from "../categorizer";
import { loadCategorizer } from "../categorizer/store";
import type { CommitOptions, ImportedAccount, ImportInput, ImportResult } from "./types";
import { buildPlan, newPlanState, type PlannedAccount, type PlanState } from "./plan";
import { inWriteTransaction } from "./write-transaction";
import { flushSummaryDeltas, MAX_PENDING_GROUPS, resumeSummaryTriggers, SummaryDeltas, suspendSummaryTriggers } from "./summaries";
import { decideRows, type AccountDecision } from "./decide";
import { sha256Hex } from "./parse-input";
import { parseInChunks, withFirstPulled, type ParseChunk } from "./chunks";
import { toTransactionValues } from "./to-values";
import { insertAccounts, insertBatch, insertRawPayload, insertTransactions, recordBalance, tombstoneReplacedPending, type TransactionValues } from "./write";
import { fixOpeningBalance } from "./opening-balance";

export async function commitImport(ctx: HouseholdContext, input: ImportInput, options: CommitOptions = {}): Promise<ImportResult> {
  requirePermission(ctx, "write");
  return commitParsed(ctx, input, parseInChunks(input), options);
}

/** What the end of a commit needs about an account: never its rows (a large file's first chunk would stay alive). */
type AccountSummary = Pick<PlannedAccount, "accountId" | "isNew" | "currency"> & { name: string };

interface AccountTotals {
  account: AccountSummary;
  counts: AccountDecision["counts"];
  openingBalance: NormalizedBalance | null;
  closingBalance: NormalizedBalance | null;
}

/** The commit of already parsed content: one parse result, or the chunks of one large file in order. */
export async function commitParsed(
  ctx: HouseholdContext, input: ImportInput, parses: Iterable<ParseResult | ParseChunk>, { onProgress }: CommitOptions = {},
): Promise<ImportResult> {
  requirePermission(ctx, "write");
  // Loaded before the write transaction: it reads through its own connection.
  const categorizer = await loadCategorizer(ctx.householdId);
  const job = { ctx, input, parses: withFirstPulled(parses), categorizer, onProgress };
  // The first parse needs no database: done while the writer thread starts.
  return inWriteTransaction((tx, reader) => commitIn(tx, reader, job), () => job.parses.pullFirst());
}

interface CommitJob {
  ctx: HouseholdContext;
  input: ImportInput;
  parses: Iterable<ParseResult | ParseChunk>;
  categorizer: Categorizer;
  onProgress: CommitOptions["onProgress"];
}

/** `tx` writes; `reader` reads what the file is compared with (the same transaction, or the state it started from). */
async function commitIn(tx: RawTx, reader: RawTx, { ctx, input, parses, categorizer, onProgress }: CommitJob): Promise<ImportResult> {
  await widenSqliteCache(tx, input.bytes.length);
  const suspended = await suspendSummaryTriggers(tx);
  // Summed only when the triggers are suspended (SQLite); otherwise they (or PostgreSQL's) do it.
  const deltas = suspended ? new SummaryDeltas() : null;
  const now = new Date().toISOString();
  const batchId = newId();
  const state = newPlanState();
  const totals = new Map<string, AccountTotals>();
  const warnings: ParseWarning[] = [];
  let rowNumber = 0;
  let isBatchWritten = false;
  const rawPayloadId = newId();
  for (const item of parses) {
    const { parse, rowOffset, bytesEnd } = "parse" in item ? item : { parse: item, rowOffset: 0, bytesEnd: input.bytes.length };
    // The writer copies the file's bytes while this thread plans and categorizes the first rows.
    if (!isBatchWritten) await insertRawPayload(tx, { id: rawPayloadId, householdId: ctx.householdId, format: parse.format }, input.bytes, now);
    const plan = await buildPlan(reader, parse, {
      householdId: ctx.householdId, fileName: input.fileName, target: input.target, format: parse.format,
      newAccountId: () => newId(), batchId, state, rowOffset,
    });
    warnings.push(...parse.warnings, ...plan.warnings);
    if (!isBatchWritten) {
      await insertBatch(tx, {
        id: batchId, householdId: ctx.householdId, accountId: null, fileName: input.fileName.slice(0, 255), sha256: "", format: parse.format,
        encoding: parse.encoding, countNew: 0, countDuplicate: 0, countSkipped: 0, countReplaced: 0, reportedBalanceMinor: null,
        rawPayloadId, createdById: ctx.userId,
      }, now);
      isBatchWritten = true;
    }
    await createAccounts(tx, ctx.householdId, plan.accounts.filter((a) => a.isNew && !totals.has(a.accountId)), now, state);
    for (const account of plan.accounts) {
      const decision = decideRows(account, input.decisions);
      await tombstoneReplacedPending(tx, ctx.householdId, decision.replaced, now);
      for (const replaced of decision.replaced) state.replacedPending.set(replaced.id, replaced.isSameId);
      rowNumber = await writeRows(tx, { householdId: ctx.householdId, batchId, now }, decision, categorizer, rowNumber, deltas);
      mergeTotals(totals, decision);
    }
    const rowsDone = rowOffset + parse.statements.reduce((n, statement) => n + statement.transactions.length, 0);
    onProgress?.({ bytesDone: bytesEnd, bytesTotal: input.bytes.length, rowsDone });
  }
  // Hashed here, while the writer thread finishes the last rows (the batch row took a placeholder).
  const sha256 = sha256Hex(input.bytes);
  await resumeSummaryTriggers(tx, suspended, deltas ?? new SummaryDeltas());
  const accounts: ImportedAccount[] = [];
  for (const entry of totals.values()) accounts.push(await finishAccount(tx, { householdId: ctx.householdId, batchId }, entry, now));
  return finishBatch(tx, { batchId, sha256 }, accounts, [...totals.values()], warnings);
}

async function createAccounts(tx: RawTx, householdId: string, accounts: PlannedAccount[], now: string, state: PlanState) {
  const rows = accounts.map((a) => {
    const { account, openingBalance } = a.resolved.group;
    return {
      id: a.accountId, name: a.resolved.name, type: a.resolved.type, currency: a.currency, iban: account.iban ? account.iban.replace(/\s+/g, "").toUpperCase() : null,
      number: account.number, bankId: account.bankId, externalId: account.externalId,
      openingBalanceMinor: openingBalance ? toMinor(openingBalance.amount, a.currency) : 0n,
    };
  });
  await insertAccounts(tx, householdId, rows, now);
  // Later chunks match their accounts against these too (the reader may not see uncommitted rows).
  state.household?.accounts.push(...rows.map((r) => ({ id: r.id, name: r.name, type: r.type, currency: r.currency, iban: r.iban, number: r.number, externalId: r.externalId })));
}

function isEarlier(a: NormalizedBalance, b: NormalizedBalance) {
  return (a.date ?? "") < (b.date ?? "");
}

function mergeTotals(totals: Map<string, AccountTotals>, decision: AccountDecision) {
  const { account, counts } = decision;
  const { openingBalance, closingBalance } = account.resolved.group;
  const entry = totals.get(account.accountId);
  if (!entry) {
    const summary = { accountId: account.accountId, isNew: account.isNew, currency: account.currency, name: account.resolved.name };
    totals.set(account.accountId, { account: summary, counts: { ...counts }, openingBalance, closingBalance });
    return;
  }
  for (const key of Object.keys(counts) as (keyof typeof counts)[]) entry.counts[key] += counts[key];
  if (openingBalance && (!entry.openingBalance || isEarlier(openingBalance, entry.openingBalance))) entry.openingBalance = openingBalance;
  if (closingBalance && (!entry.closingBalance || !isEarlier(closingBalance, entry.closingBalance))) entry.closingBalance = closingBalance;
}

// Rows per insert batch: small enough that a batch in flight to the writer thread dies young in both heaps.
const WRITE_CHUNK = 1_000;

/**
 * A 100,000-row import touches every index of Transaction; with SQLite's default 2 MB page cache the B-trees
 * spill to disk mid-transaction and writes get 2x slower. 32 MB for this connection keeps the hot pages in memory.
 * A file over 20 MB (several hundred thousand rows) writes more pages than any cache holds: it gets 16 MB, so
 * the import's memory stays bounded (a 1M-row CSV's peak RSS is under 400 MB).
 */
const LARGE_FILE_BYTES = 20 * 1024 * 1024;

async function widenSqliteCache(tx: RawTx, fileBytes: number) {
  if (tx.provider === "sqlite") await tx.run(`PRAGMA cache_size = ${fileBytes > LARGE_FILE_BYTES ? -16384 : -32768}`);
}

async function writeRows(
  tx: RawTx, base: { householdId: string; batchId: string; now: string }, decision: AccountDecision, categorizer: Categorizer, firstRow: number,
  deltas: SummaryDeltas | null,
): Promise<number> {
  let rowNumber = firstRow;
  const { account, toWrite } = decision;
  // One context for all rows, its id moved along (toTransactionValues copies what it needs).
  const context = { ...base, id: "", accountId: account.accountId };
  // Categorized in memory, written in slices so the values of a large file never all exist at once.
  for (let start = 0; start < toWrite.length; start += WRITE_CHUNK) {
    const end = Math.min(start + WRITE_CHUNK, toWrite.length);
    const values: TransactionValues[] = new Array(end - start);
    for (let i = start; i < end; i++) {
      context.id = `${base.batchId}${(rowNumber++).toString(36).padStart(5, "0")}`;
      const row = toTransactionValues(toWrite[i]!, context, categorizer);
      deltas?.add(row);
      values[i - start] = row;
    }
    await insertTransactions(tx, values);
    if (deltas && deltas.size > MAX_PENDING_GROUPS) await flushSummaryDeltas(tx, deltas);
  }
  return rowNumber;
}

async function finishAccount(tx: RawTx, { householdId, batchId }: { householdId: string; batchId: string }, entry: AccountTotals, now: string): Promise<ImportedAccount> {
  const { account, counts, closingBalance } = entry;
  let balance: ImportedAccount["balance"] = null;
  if (closingBalance) {
    const date = closingBalance.date ?? now.slice(0, 10);
    const reportedMinor = toMinor(closingBalance.amount, account.currency);
    if (account.isNew && !entry.openingBalance) await fixOpeningBalance(tx, { householdId, accountId: account.accountId }, reportedMinor, date);
    const computedMinor = await recordBalance(tx, { id: newId(), householdId, accountId: account.accountId, date, amountMinor: reportedMinor, batchId }, now);
    balance = { date, reported: fromMinor(reportedMinor, account.currency), computed: fromMinor(computedMinor, account.currency), isMatching: reportedMinor === computedMinor };
  }
  return {
    accountId: account.accountId, name: account.name, isNew: account.isNew, new: counts.new, duplicates: counts.duplicates,
    possibleDuplicates: counts.possibleDuplicates, skipped: counts.skipped, replaced: counts.replaced, balance,
  };
}

async function finishBatch(tx: RawTx, { batchId, sha256 }: { batchId: string; sha256: string }, accounts: ImportedAccount[], totals: AccountTotals[], warnings: ParseWarning[]): Promise<ImportResult> {
  const sum = (key: "new" | "duplicates" | "possibleDuplicates" | "skipped" | "replaced") => accounts.reduce((n, a) => n + a[key], 0);
  const result: ImportResult = {
    batchId, accounts, new: sum("new"), duplicates: sum("duplicates"), possibleDuplicates: sum("possibleDuplicates"), skipped: sum("skipped"),
    replaced: sum("replaced"), warnings,
  };
  const single = accounts.length === 1 ? accounts[0] : undefined;
  const currency = totals[0]?.account.currency ?? "EUR";
  await tx.run(
    `UPDATE "ImportBatch" SET "sha256" = ?, "accountId" = ?, "countNew" = ?, "countDuplicate" = ?, "countSkipped" = ?, "countReplaced" = ?,
            "reportedBalanceMinor" = ?, "computedBalanceMinor" = ? WHERE "id" = ?`,
    [sha256, single?.accountId ?? null, result.new, result.duplicates, result.skipped, result.replaced,
      single?.balance ? toMinor(single.balance.reported, currency) : null, single?.balance ? toMinor(single.balance.computed, currency) : null, batchId],
  );
  return result;
}
