// The skeleton a list page shows at once while its data loads (the header stays): each list segment's
// loading.tsx re-exports it. Only list pages get one: a loading boundary above a page that may call notFound()
// starts the stream first and turns its 404 into a 200 (Next's loading.js "Status codes"), so detail pages and
// unknown ids render without one and answer a real 404.
import { LoadingState } from "@/components/loading-state";
import { browserLocale } from "@/lib/http/session";
import { t } from "@/lib/i18n";

export default async function PageLoading() {
  return <LoadingState label={t(await browserLocale(), "ui.loading")} />;
}
