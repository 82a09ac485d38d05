/** One :61: with its :86: / :NS: fields → a NormalizedTransaction. */
import type { NormalizedTransaction, ParseWarning } from "../../types";
import { cleanReference } from "../camt/references";
import { atCurrencyScale, withSign } from "./amounts";
import { readDetails } from "./details";
import { readStatementLine, type StatementLine } from "./statement-line";
import { squash } from "./structured-german";
import type { Mt940Field } from "./tokenize";

export interface EntryFields {
  line: Mt940Field;
  details: Mt940Field[];
  nonSwift: Mt940Field[];
}

/** Sberbank's non-SWIFT :NS: lines "15ERGO Versicherung AG Fiokte" / "16lep": 15–16 hold the partner's name. */
function nonSwiftName(fields: Mt940Field[]): string | null {
  const lines = fields.flatMap((field) => field.lines);
  const name = lines.filter((line) => line.startsWith("15") || line.startsWith("16")).map((line) => line.slice(2));
  return squash(name.join(""));
}

export interface BuiltTransaction {
  transaction: NormalizedTransaction;
  /** The external id came from the customer's reference, not the bank's (see dropRepeatedCustomerReferences). */
  isCustomerReference: boolean;
}

/**
 * SNS and old ASN: ":61:…NIOB0987654321" then ":86:0987654321 marechal s": the "reference" is the counterparty's
 * account number, echoed first in the details. As an id it would merge every payment to that person across imports.
 */
function echoedAccountAsCounterparty(parsed: StatementLine, details: Mt940Field[]): StatementLine {
  const reference = parsed.customerReference;
  if (!reference || parsed.bankReference || !/^\d{6,}$/.test(reference)) return parsed;
  const firstLine = details[0]?.lines[0]?.trim() ?? "";
  if (!firstLine.startsWith(`${reference} `) && firstLine !== reference) return parsed;
  return { ...parsed, customerReference: null, counterpartyAccount: reference, inlineDetails: parsed.inlineDetails };
}

export function buildTransaction(entry: EntryFields, currency: string | null, isPending: boolean, warnings: ParseWarning[]): BuiltTransaction {
  const parsed = echoedAccountAsCounterparty(readStatementLine(entry.line.lines, entry.line.line, warnings), entry.details);
  const texts = entry.details.length ? readDetails(entry.details.map((field) => field.lines)) : null;
  const amount = withSign(atCurrencyScale(parsed.value, currency, entry.line.line), parsed.isNegative);
  const partnerName = nonSwiftName(entry.nonSwift);
  // Old Rabobank and ASN write the counterparty's name on the :61: line or the next one.
  const namedOnLine = parsed.counterpartyAccount ? (parsed.inlineDetails ?? parsed.supplementary) : null;
  const payee = texts?.payee ?? squash(namedOnLine) ?? partnerName;
  const label = texts?.label ?? squash(parsed.inlineDetails) ?? partnerName ?? squash(parsed.supplementary) ?? parsed.typeCode ?? "(no description)";
  const memoParts = [texts?.memo, parsed.supplementary && parsed.supplementary !== namedOnLine ? parsed.supplementary : null]
    .map((part) => squash(part))
    .filter((part): part is string => !!part && part !== label);
  const bankReference = cleanReference(parsed.bankReference);
  const transaction: NormalizedTransaction = {
    // The bank's reference identifies the booking; the customer's may repeat (same order number every month).
    externalId: bankReference ?? cleanReference(parsed.customerReference),
    date: parsed.entryDate ?? parsed.valueDate,
    valueDate: parsed.valueDate,
    amount,
    currency,
    label,
    payee,
    memo: memoParts.length ? [...new Set(memoParts)].join(" / ") : null,
    pending: isPending,
    checkNumber: parsed.typeCode?.toUpperCase() === "NCHK" ? cleanReference(parsed.customerReference) : null,
  };
  const original = texts?.originalAmount;
  if (original && original.currency !== currency) {
    transaction.originalAmount = withSign(original.value.replace(/^0+(?=\d)/, ""), parsed.isNegative);
    transaction.originalCurrency = original.currency;
  }
  return { transaction, isCustomerReference: !bankReference && transaction.externalId !== null };
}
