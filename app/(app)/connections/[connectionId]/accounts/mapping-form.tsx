"use client";
/** Step 4: where each bank account goes (a new account, an existing one, or nowhere), then the first sync. */
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE } from "@/lib/http/action-state";
import type { Locale } from "@/lib/i18n";
import { mapAccountsAction } from "../../actions";
import { ct } from "../../messages";

export interface MappingRow {
  externalId: string;
  label: string;
  detail: string;
  suggested: string;
}

export function MappingForm({ locale, connectionId, rows, accounts }: {
  locale: Locale; connectionId: string; rows: MappingRow[]; accounts: { id: string; name: string; currency: string }[];
}) {
  const [state, action] = useActionState(mapAccountsAction.bind(null, connectionId), INITIAL_ACTION_STATE);
  return (
    <form className="form" action={action}>
      <FormMessage error={state.error} />
      <div className="table-wrap">
        <table className="table">
          <thead><tr><th scope="col">{ct(locale, "map.bankAccount")}</th><th scope="col">{ct(locale, "map.target")}</th></tr></thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.externalId}>
                <td>
                  <label htmlFor={`map-${index}`} className="table__label">{row.label}</label>
                  <div className="table__sub">{row.detail}</div>
                </td>
                <td>
                  <select id={`map-${index}`} name={`map:${row.externalId}`} className="select" defaultValue={row.suggested}>
                    <option value="new">{ct(locale, "map.new")}</option>
                    {accounts.map((a) => <option key={a.id} value={a.id}>{a.name} ({a.currency})</option>)}
                    <option value="skip">{ct(locale, "map.skip")}</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions"><SubmitButton label={ct(locale, "map.save")} pendingLabel={ct(locale, "map.saving")} /></div>
    </form>
  );
}
