// Shown at once while a page of the app loads (the header stays): the click is acknowledged, the layout holds.
import { LoadingState } from "@/components/loading-state";
import { browserLocale } from "@/lib/http/session";
import { t } from "@/lib/i18n";

export default async function Loading() {
  return <LoadingState label={t(await browserLocale(), "ui.loading")} />;
}
