/** The dashboard's period picker: a plain GET form, so every view has a shareable URL. */
import { PERIOD_PRESETS, type Period } from "@/lib/insights/shape/period";
import { translator, type Locale, type MessageKey } from "@/lib/i18n";
import { PeriodFields } from "./period-fields";

export function PeriodPicker({ period, locale, isBookedOnly, drill }: { period: Period; locale: Locale; isBookedOnly: boolean; drill?: string }) {
  const tr = translator(locale);
  const options = PERIOD_PRESETS.map((preset) => ({ value: preset, label: tr(`insights.period.${preset}` as MessageKey) }));
  return (
    <form className="period-picker card" method="get" action="/">
      <PeriodFields idPrefix="" choice={period.preset} from={period.from} to={period.to} options={options}
        labels={{ period: tr("insights.period"), from: tr("insights.from"), to: tr("insights.to") }} />
      <label className="checkbox small"><input type="checkbox" name="booked" value="1" defaultChecked={isBookedOnly} /> {tr("insights.bookedOnly")}</label>
      {drill ? <input type="hidden" name="cat" value={drill} /> : null}
      <button type="submit" className="btn btn--primary">{tr("insights.apply")}</button>
    </form>
  );
}
