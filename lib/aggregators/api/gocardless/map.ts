/** GoCardless Bank Account Data payloads → the adapter contract (pure). Field choices follow Actual's integration bank. */
import type { ApiAccount, NormalizedBalance, NormalizedTransaction, ParseWarning } from "../../types";
import { normalizeCurrency, parseAmount } from "../../../money";

export interface GcAmount { amount: string; currency: string }
export interface GcTransaction {
  transactionId?: string;
  internalTransactionId?: string;
  entryReference?: string;
  bookingDate?: string;
  bookingDateTime?: string;
  valueDate?: string;
  valueDateTime?: string;
  transactionAmount: GcAmount;
  currencyExchange?: { sourceCurrency?: string; instructedAmount?: GcAmount } | { sourceCurrency?: string; instructedAmount?: GcAmount }[];
  creditorName?: string;
  debtorName?: string;
  remittanceInformationUnstructured?: string;
  remittanceInformationUnstructuredArray?: string[];
  remittanceInformationStructured?: string;
  additionalInformation?: string;
  checkId?: string;
  proprietaryBankTransactionCode?: string;
}
export interface GcDetails { account: { resourceId?: string; iban?: string; bban?: string; currency?: string; ownerName?: string; name?: string; displayName?: string; product?: string; cashAccountType?: string } }
export interface GcBalance { balanceAmount: GcAmount; balanceType: string; referenceDate?: string }

const day = (value?: string) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);

/** The booked balance first, then what the bank calls expected or available. */
const BALANCE_PRIORITY = ["closingBooked", "interimBooked", "expected", "openingBooked", "interimAvailable", "forwardAvailable", "nonInvoiced"];
const AVAILABLE_PRIORITY = ["interimAvailable", "expected", "forwardAvailable", "closingAvailable"];

function pickBalance(balances: GcBalance[], priority: string[]): NormalizedBalance | null {
  for (const type of priority) {
    const found = balances.find((b) => b.balanceType === type);
    const amount = found ? parseAmount(found.balanceAmount.amount) : null;
    if (found && amount !== null) return { amount, date: day(found.referenceDate) };
  }
  return null;
}

function accountType(cashAccountType?: string, product?: string): ApiAccount["type"] {
  if (cashAccountType === "CARD" || /card|carte/i.test(product ?? "")) return "card";
  if (cashAccountType === "SVGS" || /saving|épargne|livret/i.test(product ?? "")) return "savings";
  if (cashAccountType === "LOAN") return "loan";
  return "checking";
}

export function mapAccount(id: string, details: GcDetails, balances: GcBalance[]): ApiAccount {
  const a = details.account;
  return {
    externalId: id,
    iban: a.iban ?? null,
    number: a.bban ?? null,
    bankId: null,
    name: a.displayName ?? a.name ?? a.product ?? null,
    type: accountType(a.cashAccountType, a.product),
    currency: normalizeCurrency(a.currency),
    balance: pickBalance(balances, BALANCE_PRIORITY),
    availableBalance: pickBalance(balances, AVAILABLE_PRIORITY),
  };
}

export function mapTransaction(tx: GcTransaction, isPending: boolean, warnings: ParseWarning[]): NormalizedTransaction | null {
  const date = day(tx.bookingDate) ?? day(tx.bookingDateTime) ?? day(tx.valueDate) ?? day(tx.valueDateTime);
  const amount = parseAmount(tx.transactionAmount?.amount ?? "");
  if (!date || amount === null) {
    // Actual skips such rows until a later sync gives them a date; we do the same, visibly.
    warnings.push({ element: tx.transactionId ?? tx.internalTransactionId ?? "transaction", message: "A transaction without a date or amount was skipped (it will come back once the bank books it)." });
    return null;
  }
  const isIncoming = !amount.startsWith("-");
  const counterparty = (isIncoming ? tx.debtorName : tx.creditorName)?.trim() || null;
  const remittance = tx.remittanceInformationUnstructured ?? tx.remittanceInformationUnstructuredArray?.join(" ") ?? tx.remittanceInformationStructured ?? null;
  const exchange = Array.isArray(tx.currencyExchange) ? tx.currencyExchange[0] : tx.currencyExchange;
  const original = exchange?.instructedAmount;
  return {
    // Pending rows often have no id, and get a new one when they book: the import pipeline then matches them by content.
    externalId: tx.transactionId ?? tx.internalTransactionId ?? null,
    date,
    valueDate: day(tx.valueDate) ?? day(tx.valueDateTime),
    amount,
    currency: normalizeCurrency(tx.transactionAmount.currency),
    label: (remittance ?? counterparty ?? tx.additionalInformation ?? tx.proprietaryBankTransactionCode ?? "(no description)").trim(),
    payee: counterparty,
    memo: remittance && tx.additionalInformation ? tx.additionalInformation : null,
    pending: isPending,
    checkNumber: tx.checkId ?? null,
    originalAmount: original ? parseAmount(original.amount) : null,
    originalCurrency: original ? normalizeCurrency(original.currency) : null,
  };
}
