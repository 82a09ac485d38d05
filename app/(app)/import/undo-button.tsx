"use client";
/**
 * Undo of one import, with its outcome. The history renders this for undone batches too, so the notice of an undo
 * just made survives the page's refresh (same component, same place: React keeps its state) instead of vanishing
 * with the button.
 */
import { useActionState } from "react";
import { ConfirmButton } from "@/components/confirm-button";
import { FormMessage } from "@/components/form-message";
import { INITIAL_ACTION_STATE } from "@/lib/http/action-state";
import { t, type Locale } from "@/lib/i18n";
import { undoImportAction } from "./actions";

export function UndoButton({ locale, batchId, isUndone = false }: { locale: Locale; batchId: string; isUndone?: boolean }) {
  const [state, action] = useActionState(undoImportAction.bind(null, batchId), INITIAL_ACTION_STATE);
  if (isUndone && !state.notice) return <span className="badge">{t(locale, "import.undone")}</span>;
  return (
    <form action={action}>
      <FormMessage error={state.error} notice={state.notice} />
      {state.savedAt || isUndone ? null : (
        <ConfirmButton isSmall label={t(locale, "import.undo")} question={t(locale, "import.undoConfirm")} confirmLabel={t(locale, "import.undo")} cancelLabel={t(locale, "common.cancel")} />
      )}
    </form>
  );
}
