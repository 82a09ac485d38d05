/** :60F:/:60M:/:62F:/:62M:/:64:/:65: balances: "C110522EUR3236,28" = mark, YYMMDD, currency, amount. */
import { normalizeCurrency } from "../../../money";
import type { NormalizedBalance, ParseWarning } from "../../types";
import { atCurrencyScale, readAmountAt, withSign } from "./amounts";
import { makeDay, readYymmdd } from "./dates";
import { mt940Error } from "./tokenize";

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
  const currencyText = value.slice(7, 10);
  const currency = normalizeCurrency(currencyText);
  if (!currency) throw mt940Error(line, `unknown currency "${currencyText}" in balance`);
  const { value: amount } = readAmountAt(value, 10, line);
  return { balance: { amount: withSign(atCurrencyScale(amount, currency, line), mark === "D"), date }, currency };
}
