/**
 * Turns data records into NormalizedTransactions, one record at a time, in batches: skipped rows become
 * warnings with their line, continuation rows extend the previous label, "Pending" rows wait for the last date,
 * and the balance column yields the closing balance of the last row by date.
 */
import { AppError } from "../../../errors";
import { currencyExponent, normalizeCurrency } from "../../../money";
import type { NormalizedBalance, NormalizedTransaction, ParseWarning } from "../../types";
import { parseDay } from "./dates";
import { addAmounts, isZeroAmount, negateAmount, padToExponent, readAmount } from "./decimal";
import { isBlankRecord } from "./records";
import type { ResolvedProfile } from "./resolve";
import { cellText, joinTexts, readReference, readRowAmount } from "./rowValues";
import { rowLabelKind } from "./vocabulary";
import { BalanceTracker } from "./balances";
import { readLooseBalance, type LooseBalance } from "./looseBalance";

const MAX_DETAILED_WARNINGS = 50;
const PENDING_WORDS = new Set([
  "pending", "en attente", "en cours", "vorgemerkt", "offen", "in behandeling", "pendiente", "in sospeso", "in attesa", "pendente", "reserviert",
  "reserverat", "reserveret", "reservert", "varattu",
]);

/** "Pending", "vorgemerkt", and sentences holding one: Sparkasse's "Umsatz vorgemerkt". */
function isPendingStatus(value: string): boolean {
  if (value === "") return false;
  const lower = value.toLowerCase();
  if (PENDING_WORDS.has(lower)) return true;
  return lower.length <= 40 && lower.split(/[^a-zà-ÿ]+/).some((word) => PENDING_WORDS.has(word));
}

/** An ISO code, or a withdrawn one still in old exports (LTL, DEM): three capital letters in a currency column. */
function currencyCell(value: string | undefined): string | null {
  if (!value) return null;
  return normalizeCurrency(value) ?? (/^[A-Z]{3}$/.test(value) ? value : null);
}

export interface StatementTotals {
  transactionCount: number;
  openingBalance: NormalizedBalance | null;
  closingBalance: NormalizedBalance | null;
  accountValue: string | null;
  warnings: ParseWarning[];
}

export class StatementBuilder {
  private batch: NormalizedTransaction[] = [];
  private last: NormalizedTransaction | null = null;
  private pending: NormalizedTransaction[] = [];
  private readonly seenIds = new Set<string>();
  private readonly warnings: ParseWarning[] = [];
  private extraWarnings = 0;
  private firstFailure: ParseWarning | null = null;
  private count = 0;
  private firstDate: string | null = null;
  private lastDate: string | null = null;
  private maxDate: string | null = null;
  private minDate: string | null = null;
  private readonly balances = new BalanceTracker();
  private opening: NormalizedBalance | null = null;
  private closing: NormalizedBalance | null = null;
  private accountValue: string | null = null;
  private preambleOpening: NormalizedBalance | null = null;
  private preambleClosing: NormalizedBalance | null = null;
  private readonly separator;

  constructor(
    private readonly resolved: ResolvedProfile,
    private readonly defaultCurrency: string | null,
    private readonly batchSize: number,
    private readonly onBatch: (batch: NormalizedTransaction[]) => void,
  ) {
    this.separator = resolved.profile.decimalSeparator;
  }

  get transactionCount(): number {
    return this.count;
  }

  consume(cells: string[], line: number): void {
    if (isBlankRecord(cells)) return;
    const r = this.resolved;
    if (r.recordType && !this.isTransactionRecord(cells, line)) return;
    const dateText = cells[r.date] ?? "";
    // No booking day yet (Revolut's empty "Completed Date"): the other date column dates it, and it is pending.
    const isUnbooked = dateText === "" && r.valueDate >= 0 && (cells[r.valueDate] ?? "") !== "";
    const date = isUnbooked ? parseDay(cells[r.valueDate]!, r.order) : parseDay(dateText, r.order);
    const amount = readRowAmount(cells, r.amount, this.separator);
    const label = joinTexts(cells, r.labels);
    const labelKind = rowLabelKind(label);
    if (labelKind === "summary") return this.warn({ line, message: `total row "${label}": not a transaction` });
    if (labelKind) return this.recordBalanceRow(cells, labelKind, date, amount, line);
    if (!date) {
      const loose = readLooseBalance(cells, this.separator, r.order);
      if (loose) return this.recordBalance(cells, loose.kind, { amount: loose.amount, date: loose.date });
      if (dateText === "" && amount === null && label && this.last) {
        this.last.label = `${this.last.label} ${label}`; // continuation row (OCBC): the rest of the description
        return;
      }
      if (amount !== null && PENDING_WORDS.has(dateText.toLowerCase())) {
        this.pending.push(this.makeTransaction(cells, "", amount, label, true));
        return;
      }
      return this.skip(line, dateText ? `unreadable date "${dateText.slice(0, 40)}" (expected ${r.profile.dateFormat}): row skipped` : "no date: row skipped");
    }
    if (amount === null) return this.skip(line, "no readable amount: row skipped");
    if (r.profile.skipZeroAmounts && isZeroAmount(amount)) return;
    this.trackDates(date);
    const isPending = isUnbooked || (r.status >= 0 && isPendingStatus(cells[r.status] ?? ""));
    const transaction = this.makeTransaction(cells, date, amount, label, isPending);
    this.trackBalance(cells, date, transaction.amount);
    this.checkReference(transaction, line);
    if (this.batch.length >= this.batchSize) this.flush();
    this.batch.push(transaction);
    this.last = transaction;
    this.count++;
  }

  finish(): StatementTotals {
    for (const transaction of this.pending) {
      if (!this.maxDate) break;
      transaction.date = this.maxDate; // no date yet: shown on the latest day of the statement, marked pending
      this.batch.push(transaction);
      this.count++;
    }
    if (this.pending.length) this.warn({ message: `${this.pending.length} pending row(s) without a date were dated ${this.maxDate ?? "(none: skipped)"}.` });
    this.flush();
    if (this.count === 0) {
      const failure = this.firstFailure;
      const line = failure?.line ?? 1;
      throw new AppError("PARSE_ERROR", failure ? `Line ${line}: ${failure.message}; no transaction could be read.` : "No transaction rows in this CSV.", {
        userMessage: failure ? `No transaction could be read from this CSV (line ${line}: ${failure.message}).` : "This CSV has no transaction rows.",
        details: { line },
      });
    }
    if (this.extraWarnings) this.warnings.push({ message: `${this.extraWarnings} more rows were skipped.` });
    // A balance row without a date ("Nouveau solde;;1 096,50") is dated by the statement's first or last day.
    // Rows of the data first, then the balance column, then what the preamble said.
    const openingRow = this.opening ?? (this.balances.opening() ? null : this.preambleOpening);
    const closingRow = this.closing ?? (this.balances.closing(this.isDescendingFile()) ? null : this.preambleClosing);
    const opening = openingRow ? { ...openingRow, date: openingRow.date ?? this.minDate } : this.balances.opening();
    const closing = closingRow ? { ...closingRow, date: closingRow.date ?? this.maxDate } : this.balances.closing(this.isDescendingFile());
    return { transactionCount: this.count, openingBalance: opening, closingBalance: closing, accountValue: this.accountValue, warnings: this.warnings };
  }

  /** A balance stated above the header: used when neither balance rows nor a balance column give one. */
  notePreambleBalance(balance: LooseBalance): void {
    const finished = { amount: this.finishAmount([], balance.amount), date: balance.date };
    if (balance.kind === "opening") this.preambleOpening = finished;
    else this.preambleClosing = finished;
  }

  private isTransactionRecord(cells: string[], line: number): boolean {
    const type = this.resolved.recordType!;
    const value = cells[type.column] ?? "";
    if (type.transaction.has(value)) return true;
    const isOpening = type.opening.has(value);
    if (isOpening || type.closing.has(value)) {
      const amount = readRowAmount(cells, this.resolved.amount, this.separator);
      const date = parseDay(cells[this.resolved.date] ?? "", this.resolved.order);
      if (amount === null) this.skip(line, "balance record without a readable amount");
      else if (isOpening) this.opening = { amount: this.finishAmount(cells, amount), date };
      else this.closing = { amount: this.finishAmount(cells, amount), date };
    }
    return false;
  }

  private makeTransaction(cells: string[], date: string, amount: string, label: string, isPending: boolean): NormalizedTransaction {
    const r = this.resolved;
    const payee = cellText(cells, r.payee) || null;
    const memo = cellText(cells, r.memo) || null;
    if (this.accountValue === null && r.account >= 0) this.accountValue = cellText(cells, r.account) || null;
    const transaction: NormalizedTransaction = {
      externalId: readReference(cells, r.externalId),
      date,
      valueDate: r.valueDate >= 0 ? parseDay(cells[r.valueDate] ?? "", r.order) : null,
      amount: this.finishAmount(cells, amount),
      currency: this.currencyOf(cells),
      label: label || payee || memo || "",
      payee,
      memo,
      pending: isPending,
      checkNumber: cellText(cells, r.checkNumber) || null,
    };
    if (r.category >= 0) transaction.bankCategory = cellText(cells, r.category) || null;
    return transaction;
  }

  private currencyOf(cells: string[]): string | null {
    const r = this.resolved;
    return (r.currency >= 0 ? currencyCell(cells[r.currency]) : null) ?? r.profile.currency ?? this.defaultCurrency;
  }

  /** Sign flip for inverted card exports, then the currency's decimals ("2500" → "2500.00" in EUR). */
  private finishAmount(cells: string[], amount: string): string {
    const signed = this.resolved.profile.invertSign ? negateAmount(amount) : amount;
    const currency = this.currencyOf(cells);
    return currency ? padToExponent(signed, currencyExponent(currency)) : signed;
  }

  private trackDates(date: string): void {
    if (this.firstDate === null) this.firstDate = date;
    this.lastDate = date;
    if (this.maxDate === null || date > this.maxDate) this.maxDate = date;
    if (this.minDate === null || date < this.minDate) this.minDate = date;
  }

  /** "Saldo Anterior", "Closing balance": the amount (or the balance column) is a statement balance. */
  private recordBalanceRow(cells: string[], kind: "opening" | "closing", date: string | null, amount: string | null, line: number): void {
    const r = this.resolved;
    const value = amount ?? (r.balance >= 0 ? readAmount(cells[r.balance] ?? "", this.separator) : null);
    if (value === null) return this.skip(line, `${kind} balance row without an amount`);
    this.recordBalance(cells, kind, { amount: value, date });
  }

  private recordBalance(cells: string[], kind: "opening" | "closing", balance: NormalizedBalance): void {
    const finished = { amount: this.finishAmount(cells, balance.amount), date: balance.date };
    if (kind === "opening") this.opening = finished;
    else this.closing = finished;
  }

  private isDescendingFile(): boolean {
    return this.firstDate !== null && this.lastDate !== null && this.firstDate > this.lastDate;
  }

  private trackBalance(cells: string[], date: string, amount: string): void {
    const r = this.resolved;
    if (r.balance < 0) return;
    const raw = readAmount(cells[r.balance] ?? "", this.separator);
    if (raw === null) return;
    const isBefore = r.profile.isBalanceBeforeTransaction === true;
    const before = isBefore ? this.finishAmount(cells, raw) : null;
    const after = isBefore ? addAmounts(before!, amount) : this.finishAmount(cells, raw);
    this.balances.track(date, after, before);
  }

  private checkReference(transaction: NormalizedTransaction, line: number): void {
    const id = transaction.externalId;
    if (id === null) return;
    if (!this.seenIds.has(id)) {
      this.seenIds.add(id);
      return;
    }
    transaction.externalId = null; // a repeated "reference" is not an identifier: let the importer hash the content
    this.warn({ line, message: `reference "${id.slice(0, 40)}" already used by an earlier row: not used as an id` });
  }

  private skip(line: number, message: string): void {
    const warning = { line, message };
    if (!this.firstFailure) this.firstFailure = warning;
    this.warn(warning);
  }

  private warn(warning: ParseWarning): void {
    if (this.warnings.length < MAX_DETAILED_WARNINGS) this.warnings.push(warning);
    else this.extraWarnings++;
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.onBatch(batch);
  }
}
