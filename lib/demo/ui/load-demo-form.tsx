/** The "Load demo" button of an empty household: a plain form posting to the server action (works without JS). */
import { SubmitButton } from "@/components/submit-button";
import type { Locale } from "../../i18n";
import { loadDemoAction } from "./actions";

const TEXT: Record<Locale, { label: string; pending: string; hint: string }> = {
  en: { label: "Load demo", pending: "Loading the demo…", hint: "Four accounts, two years of transactions, bills and rules, to try every feature." },
  fr: { label: "Charger la démo", pending: "Chargement de la démo…", hint: "Quatre comptes, deux ans d’opérations, des factures et des règles, pour tout essayer." },
};

export function LoadDemoForm({ locale }: { locale: Locale }) {
  const text = TEXT[locale] ?? TEXT.en;
  return (
    <form action={loadDemoAction} className="stack" style={{ alignItems: "center" }} data-testid="load-demo">
      <SubmitButton label={text.label} pendingLabel={text.pending} variant="default" />
      <span className="muted small">{text.hint}</span>
    </form>
  );
}
