/**
 * A budget month in words: "€312.40 spent of €400.00", where the money came from when a rollover changed it,
 * and what is left (or by how much it is over). A negative available amount (earlier overspending ate this
 * month's budget) never shows as "spent of −€…". Pure.
 */
import type { BudgetMonth } from "../../lib/insights/shape/budget";
import { formatMoney } from "../../lib/money";
import { t, type Locale } from "../../lib/i18n";

export interface BudgetWords {
  spent: string;
  /** Only with a carry: "€400.00 budget − €88.00 overspent in earlier months". */
  origin: string | null;
  balance: string;
  isOver: boolean;
}

export function describeBudget(month: BudgetMonth, amountMinor: bigint, currency: string, locale: Locale): BudgetWords {
  const money = (minor: bigint) => formatMoney(minor, currency, locale);
  const spent = money(month.spentMinor);
  const origin = month.carryInMinor > 0n
    ? t(locale, "budget.carriedIn", { budget: money(amountMinor), carry: money(month.carryInMinor) })
    : month.carryInMinor < 0n ? t(locale, "budget.carriedDebt", { budget: money(amountMinor), debt: money(-month.carryInMinor) }) : null;
  const isOver = month.remainingMinor < 0n;
  const balance = isOver ? t(locale, "budget.over", { amount: money(-month.remainingMinor) })
    : month.remainingMinor === 0n ? t(locale, "budget.nothingLeft") : t(locale, "budget.left", { amount: money(month.remainingMinor) });
  return {
    spent: month.availableMinor > 0n ? t(locale, "budget.spentOf", { spent, available: money(month.availableMinor) }) : t(locale, "budget.spent", { spent }),
    origin,
    balance,
    isOver,
  };
}
