/** :60F:/:60M:/:62F:/:62M:/:64:/:65: balances: "C110522EUR3236,28" = mark, YYMMDD, currency, amount. */
import { normalizeCurrency } from "../../../money";
import type { NormalizedBalance, ParseWarning } from "../../types";
import { atCurrencyScale, readAmountAt, withSign } from "./amounts";
import { makeDay, readYymmdd } from "./dates";
import { mt940Error } from "./tokenize";

/** ISO 4217 codes replaced by the euro (and the ECU before it): valid in statements of their time. */
const WITHDRAWN_CURRENCIES = new Set(["DEM", "FRF", "NLG", "BEF", "LUF", "ITL", "ESP", "PTE", "ATS", "FIM", "IEP", "GRD", "SIT", "CYP", "MTL", "SKK", "EEK", "LVL", "LTL", "HRK", "XEU"]);

export interface Mt940Balance {
  balance: NormalizedBalance;
  currency: string | null;
}

export function readBalance(text: string, line: number, warnings: ParseWarning[]): Mt940Balance {
  const value = text.trim();
  const mark = value[0];
  if (mark !== "C" && mark !== "D") throw mt940Error(line, `balance must start with C or D, found "${value.slice(0, 20)}"`);
  const { year, month, day } = readYymmdd(value, 1, line);
  const date = makeDay(year, month, day, line, warnings);
  // Some banks leave the currency out of page balances (":62M:C020315105000,00"): the statement's applies.
  const hasCurrency = !/\d/.test(value[7] ?? "");
  const currencyText = hasCurrency ? value.slice(7, 10) : "";
  // Withdrawn codes (DEM, FRF, NLG) still appear in old statements: kept as written, with a warning.
  const currency = hasCurrency ? (normalizeCurrency(currencyText) ?? (WITHDRAWN_CURRENCIES.has(currencyText) ? currencyText : null)) : null;
  if (hasCurrency && !currency) throw mt940Error(line, `unknown currency "${currencyText}" in balance`);
  if (currency && !normalizeCurrency(currency)) warnings.push({ line, message: `Currency "${currency}" is not a current ISO 4217 code: kept as written` });
  const { value: amount } = readAmountAt(value, hasCurrency ? 10 : 7, line);
  return { balance: { amount: withSign(atCurrencyScale(amount, currency, line), mark === "D"), date }, currency };
}
