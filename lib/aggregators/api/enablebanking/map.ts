/** Enable Banking payloads → the adapter contract (pure). Amounts come unsigned with a CRDT/DBIT indicator. */
import type { ApiAccount, NormalizedBalance, NormalizedTransaction, ParseWarning } from "../../types";
import { normalizeCurrency, parseAmount } from "../../../money";

export interface EbAmount { currency: string; amount: string }
export interface EbAccount { uid: string; account_id?: { iban?: string; other?: { identification?: string } }; name?: string; details?: string; product?: string; cash_account_type?: string; currency?: string }
export interface EbBalance { name?: string; balance_amount: EbAmount; balance_type: string; reference_date?: string; last_change_date_time?: string }
export interface EbTransaction {
  entry_reference?: string | null;
  transaction_id?: string | null;
  transaction_amount: EbAmount;
  credit_debit_indicator: "CRDT" | "DBIT";
  status?: "BOOK" | "PDNG" | string;
  booking_date?: string | null;
  value_date?: string | null;
  transaction_date?: string | null;
  creditor?: { name?: string } | null;
  debtor?: { name?: string } | null;
  remittance_information?: string[] | null;
  note?: string | null;
  reference_number?: string | null;
}

const day = (value?: string | null) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);

function signed(amount: EbAmount, indicator: string): string | null {
  const value = parseAmount(amount.amount);
  if (value === null) return null;
  const magnitude = value.replace(/^-/, "");
  return indicator === "DBIT" && magnitude !== "0" && !/^0(\.0+)?$/.test(magnitude) ? `-${magnitude}` : magnitude;
}

const BALANCE_PRIORITY = ["CLBD", "ITBD", "XPCD", "OPBD", "ITAV", "CLAV", "FWAV", "OTHR"];
const AVAILABLE_PRIORITY = ["ITAV", "CLAV", "XPCD", "FWAV"];

function pickBalance(balances: EbBalance[], priority: string[]): NormalizedBalance | null {
  for (const type of priority) {
    const found = balances.find((b) => b.balance_type === type);
    const amount = found ? parseAmount(found.balance_amount.amount) : null;
    if (found && amount !== null) return { amount, date: day(found.reference_date) ?? day(found.last_change_date_time) };
  }
  return null;
}

export function mapAccount(account: EbAccount, balances: EbBalance[]): ApiAccount {
  const type = account.cash_account_type === "CARD" ? "card" : account.cash_account_type === "SVGS" ? "savings" : account.cash_account_type === "LOAN" ? "loan" : "checking";
  return {
    externalId: account.uid,
    iban: account.account_id?.iban ?? null,
    number: account.account_id?.other?.identification ?? null,
    bankId: null,
    name: account.name ?? account.product ?? account.details ?? null,
    type,
    currency: normalizeCurrency(account.currency),
    balance: pickBalance(balances, BALANCE_PRIORITY),
    availableBalance: pickBalance(balances, AVAILABLE_PRIORITY),
  };
}

export function mapTransaction(tx: EbTransaction, warnings: ParseWarning[]): NormalizedTransaction | null {
  const amount = signed(tx.transaction_amount, tx.credit_debit_indicator);
  const date = day(tx.booking_date) ?? day(tx.transaction_date) ?? day(tx.value_date);
  if (amount === null || !date) {
    warnings.push({ element: tx.entry_reference ?? "transaction", message: "A transaction without a date or a readable amount was skipped." });
    return null;
  }
  const isIncoming = tx.credit_debit_indicator === "CRDT";
  const counterparty = (isIncoming ? tx.debtor?.name : tx.creditor?.name)?.trim() || null;
  const remittance = (tx.remittance_information ?? []).join(" ").trim() || null;
  return {
    externalId: tx.entry_reference ?? tx.transaction_id ?? null,
    date,
    valueDate: day(tx.value_date),
    amount,
    currency: normalizeCurrency(tx.transaction_amount.currency),
    label: remittance ?? counterparty ?? tx.note ?? "(no description)",
    payee: counterparty,
    memo: tx.note ?? null,
    pending: tx.status === "PDNG",
    checkNumber: null,
  };
}
