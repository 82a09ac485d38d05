/**
 * :61: statement line, read left to right without regex backtracking:
 *   value date YYMMDD, [entry date MMDD, or spaces in its place], mark C | D | RC | RD (EC | ED in MT942), [funds code letter],
 *   amount "123,45", [type N/F/S + 3], customer reference (≤ 16) ["//" bank reference], [newline supplementary].
 * RC (reversal of a credit) takes money out, RD (reversal of a debit) puts it back.
 */
import type { ParseWarning } from "../../types";
import { readAmountAt } from "./amounts";
import { entryYear, isDigits, makeDay, readMmdd, readYymmdd } from "./dates";
import { isIbanLike } from "./account";
import { mt940Error } from "./tokenize";
import { cleanReference } from "../camt/references";

export interface StatementLine {
  valueDate: string;
  entryDate: string | null;
  isNegative: boolean;
  /** Unsigned canonical decimal. */
  value: string;
  typeCode: string | null;
  customerReference: string | null;
  bankReference: string | null;
  /** Counterparty account some banks put where the reference goes (ASN IBAN, old Rabobank number + name). */
  counterpartyAccount: string | null;
  /** Text on the :61: line after the reference (old Rabobank: the counterparty's name). */
  inlineDetails: string | null;
  /** Supplementary details: the line(s) after :61:. */
  supplementary: string | null;
}

const MARKS: ReadonlyArray<[mark: string, isNegative: boolean]> = [
  ["RC", true], ["RD", false], ["EC", false], ["ED", true], ["C", false], ["D", true],
];

function isUpperLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

function clean(text: string | null): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

function readReferences(rest: string): Pick<StatementLine, "customerReference" | "bankReference" | "counterpartyAccount" | "inlineDetails"> {
  const slashes = rest.indexOf("//");
  if (slashes >= 0) {
    // The bank reference runs to the first space: SWIFT says 16 characters, Deutsche Bank writes 17.
    const bankPart = rest.slice(slashes + 2).trimStart();
    const space = bankPart.search(/\s/);
    return {
      customerReference: clean(rest.slice(0, slashes)),
      bankReference: clean(space < 0 ? bankPart : bankPart.slice(0, space)),
      counterpartyAccount: null,
      inlineDetails: space < 0 ? null : clean(bankPart.slice(space)),
    };
  }
  const trimmed = rest.trim();
  const firstSpace = trimmed.search(/\s/);
  const firstToken = firstSpace < 0 ? trimmed : trimmed.slice(0, firstSpace);
  if (isIbanLike(firstToken)) {
    return { customerReference: null, bankReference: null, counterpartyAccount: firstToken, inlineDetails: clean(trimmed.slice(firstToken.length)) };
  }
  const reference = clean(rest.slice(0, 16));
  const inline = clean(rest.slice(16));
  // Old Rabobank layout: "0121470966      W.P. Jansen": the "reference" is the counterparty's account number.
  if (inline) return { customerReference: null, bankReference: null, counterpartyAccount: cleanReference(reference), inlineDetails: inline };
  return { customerReference: reference, bankReference: null, counterpartyAccount: null, inlineDetails: null };
}

export function readStatementLine(lines: readonly string[], line: number, warnings: ParseWarning[]): StatementLine {
  const text = (lines[0] ?? "").trimStart();
  const value = readYymmdd(text, 0, line);
  const valueDate = makeDay(value.year, value.month, value.day, line, warnings);
  let at = 6;
  let entryDate: string | null = null;
  // Citi and ASN write spaces where the optional entry date goes ("240312    DD212,39…").
  while (text.charCodeAt(at) === 32) at++;
  if (at === 6 && isDigits(text, at, 4)) {
    const entry = readMmdd(text, at);
    entryDate = makeDay(entryYear(value.year, value.month, entry.month), entry.month, entry.day, line, warnings);
    at += 4;
  }
  const mark = MARKS.find(([candidate]) => text.startsWith(candidate, at));
  if (!mark) throw mt940Error(line, `expected C, D, RC or RD after the date, found "${text.slice(at, at + 10)}"`);
  at += mark[0].length;
  if (isUpperLetter(text.charCodeAt(at))) at++; // funds code (third letter of the currency)
  const amount = readAmountAt(text, at, line);
  at = amount.end;
  let typeCode: string | null = null;
  // Some banks (Penta, Zenith) omit the type code: "D20,00NONREF", "CN220000,00//19239782213".
  if (at < text.length && !text.startsWith("//", at) && !text.startsWith("NONREF", at)) {
    typeCode = text.slice(at, at + 4);
    at += 4;
  }
  const supplementary = clean(lines.slice(1).map((part) => part.trim()).filter(Boolean).join(" "));
  return { valueDate, entryDate, isNegative: mark[1], value: amount.value, typeCode, ...readReferences(text.slice(at)), supplementary };
}
