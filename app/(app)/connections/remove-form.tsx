"use client";
/** Removing a connection: the user chooses to keep or delete its accounts' data, then confirms. */
import { useActionState } from "react";
import { ConfirmButton } from "@/components/confirm-button";
import { FormMessage } from "@/components/form-message";
import { INITIAL_ACTION_STATE } from "@/lib/http/action-state";
import { t, type Locale } from "@/lib/i18n";
import { removeConnectionAction } from "./actions";
import { ct } from "./messages";

export function RemoveForm({ locale, connectionId }: { locale: Locale; connectionId: string }) {
  const [state, action] = useActionState(removeConnectionAction.bind(null, connectionId), INITIAL_ACTION_STATE);
  return (
    <form action={action} className="form">
      <FormMessage error={state.error} />
      <fieldset className="field">
        <legend className="sr-only">{ct(locale, "remove")}</legend>
        <label className="checkbox"><input type="radio" name="keepData" value="keep" defaultChecked /> {ct(locale, "removeKeep")}</label>
        <label className="checkbox"><input type="radio" name="keepData" value="delete" /> {ct(locale, "removeDelete")}</label>
      </fieldset>
      <div className="form-actions">
        <ConfirmButton isSmall label={ct(locale, "remove")} question={ct(locale, "removeConfirm")} confirmLabel={ct(locale, "remove")} cancelLabel={t(locale, "common.cancel")} />
      </div>
    </form>
  );
}
