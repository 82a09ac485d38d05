"use client";
/**
 * Create or edit a rule: name, stage, and/or, conditions and actions. The draft is posted as JSON and
 * validated on the server with the categorizer's schema; each row shows its own errors. "Preview" shows
 * what the rule would change on past transactions before anything is saved.
 */
import Link from "next/link";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/form-message";
import type { CategoryChoice } from "@/lib/categorizer/ui/categories";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { ActionRow } from "./action-row";
import { ConditionRow } from "./condition-row";
import { defaultAction, defaultCondition, rowErrors, serializeDraft, withKey, type EditorDraft } from "./draft";
import { PreviewTable } from "./preview-table";
import type { RuleFormState } from "./state";

export interface InitialRule {
  name: string;
  stage: string;
  conditionsOp: string;
  isEnabled: boolean;
  conditions: Record<string, unknown>[];
  actions: Record<string, unknown>[];
}

export function RuleEditor({ locale, action, initial, initialPreview, categories, accounts, cancelHref }: {
  locale: Locale;
  action: (previous: RuleFormState, formData: FormData) => Promise<RuleFormState>;
  initial: InitialRule;
  /** Shown before any submit (a rule drafted from a transaction previews at once). */
  initialPreview?: RuleFormState["preview"];
  categories: CategoryChoice[];
  accounts: { id: string; name: string }[];
  cancelHref: string;
}) {
  const [state, formAction, isPending] = useActionState(action, { preview: initialPreview } as RuleFormState);
  // Controlled, so a preview round trip (React resets uncontrolled fields after an action) keeps the choice.
  const [isApplyingPast, setIsApplyingPast] = useState(false);
  const [draft, setDraft] = useState<EditorDraft>(() => ({ ...initial, conditions: initial.conditions.map(withKey), actions: initial.actions.map(withKey) }));
  const tr = (key: string) => t(locale, key as MessageKey);
  const errors = state.fieldErrors ?? {};
  const update = (patch: Partial<EditorDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const listError = (name: "conditions" | "actions") => errors[name];

  return (
    <form className="form" action={formAction}>
      <FormMessage error={state.error ?? (Object.keys(errors).length ? tr("rules.fixErrors") : undefined)} notice={state.notice} />
      <input type="hidden" name="rule" value={serializeDraft(draft)} />
      <div className="field">
        <label htmlFor="rule-name">{tr("rules.name")}</label>
        <input id="rule-name" className="input" value={draft.name} maxLength={120} onChange={(e) => update({ name: e.currentTarget.value })}
          aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? "rule-name-error" : undefined} />
        {errors.name ? <span id="rule-name-error" className="field__error" role="alert">{errors.name}</span> : null}
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor="rule-stage">{tr("rules.stage")}</label>
          <select id="rule-stage" className="select" value={draft.stage} onChange={(e) => update({ stage: e.currentTarget.value })}>
            {["pre", "default", "post"].map((s) => <option key={s} value={s}>{tr(`rules.stage.${s}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rule-op">{tr("rules.match")}</label>
          <select id="rule-op" className="select" value={draft.conditionsOp} onChange={(e) => update({ conditionsOp: e.currentTarget.value })}>
            <option value="and">{tr("rules.match.and")}</option>
            <option value="or">{tr("rules.match.or")}</option>
          </select>
        </div>
      </div>

      <h2>{tr("rules.conditions")}</h2>
      {listError("conditions") ? <span className="field__error" role="alert">{listError("conditions")}</span> : null}
      {draft.conditions.map((row, i) => (
        <ConditionRow key={row.key} row={row} index={i} locale={locale} accounts={accounts} errors={rowErrors(errors, `conditions.${i}`)}
          onChange={(next) => update({ conditions: draft.conditions.map((c, j) => (j === i ? next : c)) })}
          onRemove={() => update({ conditions: draft.conditions.filter((_, j) => j !== i) })} />
      ))}
      <div><button type="button" className="btn btn--small" onClick={() => update({ conditions: [...draft.conditions, withKey(defaultCondition("payee"))] })}>{tr("rules.addCondition")}</button></div>

      <h2>{tr("rules.actions")}</h2>
      {listError("actions") ? <span className="field__error" role="alert">{listError("actions")}</span> : null}
      {draft.actions.map((row, i) => (
        <ActionRow key={row.key} row={row} index={i} locale={locale} categories={categories} errors={rowErrors(errors, `actions.${i}`)}
          onChange={(next) => update({ actions: draft.actions.map((a, j) => (j === i ? next : a)) })}
          onRemove={() => update({ actions: draft.actions.filter((_, j) => j !== i) })} />
      ))}
      <div><button type="button" className="btn btn--small" onClick={() => update({ actions: [...draft.actions, withKey(defaultAction("setCategory", categories[0]?.id ?? "0"))] })}>{tr("rules.addAction")}</button></div>

      <label className="checkbox"><input type="checkbox" checked={draft.isEnabled} onChange={(e) => update({ isEnabled: e.currentTarget.checked })} /> {tr("rules.isEnabled")}</label>
      <input type="hidden" name="applyPast" value={isApplyingPast ? "1" : ""} />
      <label className="checkbox"><input type="checkbox" checked={isApplyingPast} onChange={(e) => setIsApplyingPast(e.currentTarget.checked)} /> {tr("rules.applyPast")}</label>

      {state.preview ? <PreviewTable preview={state.preview} locale={locale} /> : null}

      <div className="form-actions">
        <button type="submit" name="intent" value="save" className="btn btn--primary" disabled={isPending}>{isPending ? tr("common.saving") : tr("common.save")}</button>
        <button type="submit" name="intent" value="preview" className="btn" disabled={isPending}>{tr("rules.previewButton")}</button>
        <Link className="btn btn--ghost" href={cancelHref}>{tr("common.cancel")}</Link>
      </div>
    </form>
  );
}
