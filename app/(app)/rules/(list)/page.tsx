import Link from "next/link";
import { ConfirmButton } from "@/components/confirm-button";
import { FormMessage } from "@/components/form-message";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { describeAction, describeCondition } from "@/components/rules/describe";
import { RULE_STAGES } from "@/lib/categorizer/rules";
import { listRules } from "@/lib/categorizer/store";
import { labelCategory, loadCustomCategories } from "@/lib/categorizer/ui/categories";
import { listRuleSuggestions } from "@/lib/categorizer/ui/suggestions";
import { listAccountNames } from "@/lib/categorizer/ui/transactions";
import { requireHouseholdContext } from "@/lib/http/session";
import { tCount, translator, type MessageKey } from "@/lib/i18n";
import { createSuggestedRuleAction, deleteRuleAction, moveRuleAction, setRuleEnabledAction } from "../actions";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle("rules.title");

export default async function RulesPage({ searchParams }: { searchParams: Promise<{ saved?: string; applied?: string }> }) {
  const ctx = await requireHouseholdContext();
  const tr = translator(ctx.locale);
  const { saved, applied } = await searchParams;
  const [rules, custom, accounts, suggestions] = await Promise.all([
    listRules(ctx), loadCustomCategories(ctx), listAccountNames(ctx), ctx.canWrite ? listRuleSuggestions(ctx) : Promise.resolve([]),
  ]);
  const accountNames = new Map(accounts.map((a) => [a.id, a.name]));
  const notice = applied !== undefined && /^\d+$/.test(applied) ? tCount(ctx.locale, "rules.applied", Number(applied)) : saved ? tr("rules.saved") : undefined;

  return (
    <>
      <PageHeader title={tr("rules.title")} subtitle={tr("rules.subtitle")}>
        <Link className="btn" href="/transactions">{tr("nav.transactions")}</Link>
        {ctx.canWrite ? <Link className="btn btn--primary" href="/rules/new">{tr("rules.new")}</Link> : null}
      </PageHeader>
      <div className="stack">
        <FormMessage notice={notice} />
        {suggestions.length ? (
          <section className="card">
            <h2>{tr("rules.suggestions")}</h2>
            <p className="muted">{tr("rules.suggestionsIntro")}</p>
            <ul>
              {suggestions.map((s) => (
                <li key={`${s.payee}:${s.categoryId}`}>
                  <form action={createSuggestedRuleAction} className="search">
                    <input type="hidden" name="rule" value={JSON.stringify(s.rule)} />
                    <span>{tr("rules.suggestion", { payee: s.payee, category: labelCategory(s.categoryId, custom, ctx.locale).name, count: s.occurrences })}</span>
                    <button type="submit" className="btn btn--small btn--primary">{tr("rules.createSuggested")}</button>
                  </form>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {rules.length === 0 ? (
          <EmptyState title={tr("rules.empty")} body={tr("rules.emptyBody")}>
            {ctx.canWrite ? <Link className="btn btn--primary" href="/rules/new">{tr("rules.new")}</Link> : null}
          </EmptyState>
        ) : RULE_STAGES.map((stage) => {
          const inStage = rules.filter((r) => r.stage === stage);
          if (!inStage.length) return null;
          return (
            <section key={stage} className="stack">
              <h2>{tr(`rules.stage.${stage}` as MessageKey)}</h2>
              <div className="table-wrap">
                <table className="table table--stack table--rules">
                  <thead>
                    <tr>
                      <th scope="col">{tr("rules.col.name")}</th>
                      <th scope="col">{tr("rules.col.when")}</th>
                      <th scope="col">{tr("rules.col.then")}</th>
                      {ctx.canWrite ? <th scope="col"><span className="sr-only">{tr("common.edit")}</span></th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {inStage.map((rule, index) => (
                      <tr key={rule.id} className={rule.isEnabled ? undefined : "row--muted"}>
                        <td>
                          <div className="table__label">{rule.name}</div>
                          <span className="badge">{!rule.isValid ? tr("rules.invalid") : rule.isEnabled ? tr("rules.enabled") : tr("rules.disabled")}</span>
                        </td>
                        <td className="small">{rule.isValid ? rule.conditions.map((c) => describeCondition(c, ctx.locale, accountNames)).join(rule.conditionsOp === "or" ? ` · ${tr("import.or")} · ` : " · ") : "—"}</td>
                        <td className="small">{rule.isValid ? rule.actions.map((a) => describeAction(a, ctx.locale, custom)).join(" · ") : "—"}</td>
                        {ctx.canWrite ? (
                          <td data-col="actions">
                            <div className="rule-actions">
                              <form action={moveRuleAction.bind(null, rule.id, "up")}><button type="submit" className="btn btn--ghost btn--small" disabled={index === 0} aria-label={`${tr("rules.up")}: ${rule.name}`}>↑</button></form>
                              <form action={moveRuleAction.bind(null, rule.id, "down")}><button type="submit" className="btn btn--ghost btn--small" disabled={index === inStage.length - 1} aria-label={`${tr("rules.down")}: ${rule.name}`}>↓</button></form>
                              <form action={setRuleEnabledAction.bind(null, rule.id, !rule.isEnabled)}><button type="submit" className="btn btn--small">{rule.isEnabled ? tr("rules.disable") : tr("rules.enable")}</button></form>
                              <Link className="btn btn--small" href={`/rules/${rule.id}/edit`}>{tr("common.edit")}</Link>
                              <Link className="btn btn--small" href={`/rules/${rule.id}/preview`}>{tr("rules.preview")}</Link>
                              <form action={deleteRuleAction.bind(null, rule.id)}>
                                <ConfirmButton label={tr("rules.delete")} question={tr("rules.deleteConfirm")} confirmLabel={tr("common.delete")} cancelLabel={tr("common.cancel")} isSmall />
                              </form>
                            </div>
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}
      </div>
    </>
  );
}
