import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { SeriesEditForm } from "@/components/recurring/series-edit-form";
import { listSeries } from "@/lib/insights/recurrences/review";
import { requireHouseholdContext } from "@/lib/http/session";
import { fromMinor } from "@/lib/money";
import { editSeriesAction } from "../actions";
import { everyText, rt } from "../messages";
import { localizedTitle } from "@/components/page-title";

export const generateMetadata = localizedTitle((locale) => rt(locale, "editTitle"));

const PRESET_DAYS = [7, 14, 30, 91, 182, 365];

export default async function EditSeriesPage({ params }: { params: Promise<{ seriesId: string }> }) {
  const ctx = await requireHouseholdContext();
  const { seriesId } = await params;
  const series = (await listSeries(ctx, { includeDismissed: true })).find((s) => s.id === seriesId);
  if (!series || !ctx.canWrite) notFound();
  return (
    <>
      <PageHeader title={rt(ctx.locale, "editTitle")} subtitle={series.name} back={{ href: "/recurring", label: rt(ctx.locale, "title") }} />
      <SeriesEditForm
        action={editSeriesAction.bind(null, series.id)}
        defaults={{ name: series.name, amount: fromMinor(series.amountMinor, series.currency), intervalDays: series.intervalDays }}
        labels={{
          name: rt(ctx.locale, "name"), amount: rt(ctx.locale, "amount"), interval: rt(ctx.locale, "interval"), save: rt(ctx.locale, "save"),
          intervals: PRESET_DAYS.map((days) => ({ days, label: everyText(ctx.locale, days) })),
        }}
      />
    </>
  );
}
