/** One Stmt (camt.053), Rpt (camt.052) or Ntfctn (camt.054) → one NormalizedStatement. */
import { normalizeCurrency } from "../../../money";
import type { AccountType, NormalizedAccount, NormalizedStatement, NormalizedTransaction, ParseWarning } from "../../types";
import { warnXxx, type AmountNotes } from "./amounts";
import { pickBalances } from "./balances";
import { warnIfUnbalanced } from "./checks";
import { readEntry } from "./entry";
import { attributeAt, listAt, nodeAt, squash, textAt } from "./xml-path";

export type CamtKind = "Stmt" | "Rpt" | "Ntfctn";

const ACCOUNT_TYPES: Record<string, AccountType> = {
  CACC: "checking", CASH: "cash", CARD: "card", SVGS: "savings", LOAN: "loan", MGLD: "loan", MOMA: "savings",
  ODFT: "checking", ONDP: "savings", SLRY: "checking", TRAN: "checking", TRAS: "cash", NREX: "checking", CISH: "cash",
};

/** ISO code, or null when absent, unknown or "XXX" (no currency). */
function knownCurrency(code: string | null): string | null {
  return code === "XXX" ? null : normalizeCurrency(code);
}

function readAccount(statement: unknown, currency: string | null): NormalizedAccount {
  const account = nodeAt(statement, "Acct");
  const iban = textAt(account, "Id", "IBAN")?.replace(/\s+/g, "").toUpperCase() ?? null;
  const other = textAt(account, "Id", "Othr", "Id");
  const bic = textAt(account, "Svcr", "FinInstnId", "BICFI") ?? textAt(account, "Svcr", "FinInstnId", "BIC");
  const typeCode = (textAt(account, "Tp", "Cd") ?? "").toUpperCase();
  return {
    externalId: iban ?? other,
    iban,
    number: iban ? null : other,
    bankId: bic,
    name: squash(textAt(account, "Nm")),
    type: ACCOUNT_TYPES[typeCode] ?? "checking",
    currency,
  };
}

export function readStatement(statement: unknown, element: string, warnings: ParseWarning[], defaultCurrency: string | null): NormalizedStatement {
  const notes: AmountNotes = { hasNoCurrency: false };
  const balances = pickBalances(statement, element, notes, warnings);
  const entries = listAt(statement, "Ntry");
  const declared = knownCurrency(textAt(statement, "Acct", "Ccy"));
  const firstEntryCurrency = knownCurrency(entries[0] ? attributeAt(entries[0], "Ccy", "Amt") : null);
  const currency = declared ?? balances.currency ?? firstEntryCurrency ?? defaultCurrency;

  const transactions: NormalizedTransaction[] = [];
  entries.forEach((entry, index) => {
    transactions.push(...readEntry(entry, { element: `${element}/Ntry[${index + 1}]`, warnings, notes, currency }));
  });
  if (notes.hasNoCurrency) warnXxx(warnings, element);

  const result: NormalizedStatement = {
    account: readAccount(statement, currency),
    openingBalance: balances.opening,
    closingBalance: balances.closing,
    transactions,
  };
  warnIfUnbalanced(result, { element }, warnings);
  return result;
}
