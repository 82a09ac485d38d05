"use client";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/confirm-button";
import { FormMessage } from "@/components/form-message";
import { INITIAL_ACTION_STATE } from "@/lib/http/action-state";
import { t, type Locale } from "@/lib/i18n";
import { undoImportAction } from "./actions";

export function UndoButton({ locale, batchId }: { locale: Locale; batchId: string }) {
  const [state, action] = useActionState(undoImportAction.bind(null, batchId), INITIAL_ACTION_STATE);
  return (
    <form action={action}>
      <FormMessage error={state.error} notice={state.notice} />
      {state.savedAt ? null : (
        <ConfirmButton isSmall label={t(locale, "import.undo")} question={t(locale, "import.undoConfirm")} confirmLabel={t(locale, "import.undo")} cancelLabel={t(locale, "common.cancel")} />
      )}
    </form>
  );
}
