/**
 * One MT940 (or MT942) message → one NormalizedStatement. :86: belongs to the :61: right before it; an :86:
 * after the closing balance is statement-level information (HSBC, Zenith) and is not a transaction's text.
 */
import { normalizeCurrency } from "../../../money";
import type { NormalizedBalance, NormalizedStatement, NormalizedTransaction, ParseWarning } from "../../types";
import { warnIfUnbalanced } from "../camt/checks";
import { readAccount } from "./account";
import { readBalance, type Mt940Balance } from "./balance";
import type { Mt940Block, Mt940Field } from "./tokenize";
import { buildTransaction, type EntryFields } from "./transaction";

/** MT942 (interim report) tags: its entries are intraday and may still change. */
const INTERIM_TAGS = new Set(["34F", "13", "13D", "90D", "90C"]);

function fieldText(field: Mt940Field | undefined): string | null {
  return field ? field.lines.join(" ").trim() || null : null;
}

export interface ReadStatement {
  statement: NormalizedStatement;
  /** Transactions whose external id is the customer's reference. */
  customerReferenced: NormalizedTransaction[];
}

export function readStatement(block: Mt940Block, defaultCurrency: string | null, warnings: ParseWarning[]): ReadStatement {
  let opening: Mt940Balance | null = null;
  let closing: Mt940Balance | null = null;
  let available: Mt940Balance | null = null;
  let accountField: Mt940Field | undefined;
  const entries: EntryFields[] = [];
  let current: EntryFields | null = null;
  let isInterim = false;
  let interimCurrency: string | null = null;

  for (const field of block.fields) {
    const tag = field.tag;
    if (INTERIM_TAGS.has(tag)) isInterim = true;
    // MT942 has no balances: its floor limit (:34F:EUR0,) says the currency.
    if (tag === "34F") interimCurrency ??= normalizeCurrency(fieldText(field)?.slice(0, 3));
    if (tag === "61") {
      current = { line: field, details: [], nonSwift: [] };
      entries.push(current);
      continue;
    }
    if (tag === "86" && current) current.details.push(field);
    else if (tag === "NS" && current) current.nonSwift.push(field);
    else current = null;
    if (tag === "25") accountField = field;
    else if (tag === "60F" || tag === "60M" || tag === "60") opening ??= readBalance(fieldText(field) ?? "", field.line, warnings);
    else if (tag === "62F" || tag === "62M" || tag === "62") closing = readBalance(fieldText(field) ?? "", field.line, warnings);
    else if (tag === "64") available = readBalance(fieldText(field) ?? "", field.line, warnings);
  }

  const currency = opening?.currency ?? closing?.currency ?? available?.currency ?? interimCurrency;
  const account = readAccount(fieldText(accountField), currency);
  if (!accountField) warnings.push({ line: block.line, message: "Statement without an account (:25:)" });
  const statementCurrency = account.currency ?? defaultCurrency;
  account.currency = statementCurrency;
  const built = entries.map((entry) => buildTransaction(entry, statementCurrency, isInterim, warnings));
  const transactions = built.map((item) => item.transaction);
  const balance = (found: Mt940Balance | null): NormalizedBalance | null => found?.balance ?? null;
  const statement: NormalizedStatement = { account, openingBalance: balance(opening), closingBalance: balance(closing), transactions };
  warnIfUnbalanced(statement, { line: block.line }, warnings);
  return { statement, customerReferenced: built.filter((item) => item.isCustomerReference).map((item) => item.transaction) };
}
