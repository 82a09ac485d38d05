/**
 * The transactions page's period: a dashboard preset ("this month", "12 months"…), a custom range, or every
 * date. Links from the dashboard, budgets and payees carry only from/to: they read as a custom range. Pure.
 */
import { isIsoDay } from "../../lib/dates";
import { PERIOD_PRESETS, resolvePeriod, type PeriodPreset } from "../../lib/insights/shape/period";

export type ExplorerPeriodChoice = PeriodPreset | "all";

export interface ExplorerPeriod {
  choice: ExplorerPeriodChoice;
  from: string | null;
  to: string | null;
}

const isPreset = (value: string | undefined): value is PeriodPreset => (PERIOD_PRESETS as readonly string[]).includes(value ?? "");

export function resolveExplorerPeriod(choice: string | undefined, today: string, from: string | undefined, to: string | undefined): ExplorerPeriod {
  const validFrom = from && isIsoDay(from) ? from : null;
  const validTo = to && isIsoDay(to) ? to : null;
  if (isPreset(choice) && choice !== "custom") {
    const period = resolvePeriod(choice, today);
    return { choice, from: period.from, to: period.to };
  }
  if (choice === "all" || (!validFrom && !validTo)) return { choice: "all", from: null, to: null };
  // One bound alone is still a range (everything since, everything until); a reversed range is swapped.
  if (validFrom && validTo && validFrom > validTo) return { choice: "custom", from: validTo, to: validFrom };
  return { choice: "custom", from: validFrom, to: validTo };
}
