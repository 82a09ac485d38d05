"use client";
/** "Sync now": the button says it is syncing while the action runs, then shows the counts or the error in plain words. */
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { INITIAL_ACTION_STATE } from "@/lib/http/action-state";
import type { Locale } from "@/lib/i18n";
import { syncNowAction } from "./actions";
import { ct } from "./messages";

export function SyncButton({ locale, connectionId }: { locale: Locale; connectionId: string }) {
  const [state, action] = useActionState(syncNowAction.bind(null, connectionId), INITIAL_ACTION_STATE);
  return (
    <form action={action} className="stack">
      <div className="actions"><SubmitButton label={ct(locale, "syncNow")} pendingLabel={ct(locale, "syncing")} /></div>
      <FormMessage error={state.error} notice={state.notice} />
    </form>
  );
}
