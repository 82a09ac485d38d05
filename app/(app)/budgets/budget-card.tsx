/** One budget's month: its progress, in words (spent of available, where a rollover took it, left or over). */
import Link from "next/link";
import type { ReactNode } from "react";
import { describeBudget } from "@/components/budgets/describe";
import type { BudgetProgress } from "@/lib/insights/budget-progress";
import { progressPercent } from "@/lib/insights/shape/budget";
import { t, type Locale } from "@/lib/i18n";

export function BudgetCard({ progress, name, href, locale, children }: { progress: BudgetProgress; name: string; href: string; locale: Locale; children?: ReactNode }) {
  const words = describeBudget(progress, progress.budget.amountMinor, progress.budget.currency, locale);
  const percent = progressPercent(progress);
  return (
    <section className="card budget-row">
      <div className="budget-row__head">
        <h2><Link href={href}>{name}</Link></h2>
        {words.isOver ? <span className="badge badge--over">{t(locale, "budget.overBadge")}</span> : null}
      </div>
      <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={name} aria-valuetext={`${words.spent} · ${words.balance}`}>
        <div className={`progress__bar${progress.isExceeded ? " progress__bar--over" : ""}`} style={{ width: `${percent}%` }} />
      </div>
      <p className="budget-row__figures">
        <span>{words.spent}</span>{" · "}
        {words.isOver ? <strong className="amount--negative">{words.balance}</strong> : <span>{words.balance}</span>}
      </p>
      {words.origin ? <p className="small muted">{words.origin}</p> : null}
      {children}
    </section>
  );
}
