/** The dashboard's period picker: a plain GET form, so every view has a shareable URL. */
import { PERIOD_PRESETS, type Period } from "@/lib/insights/shape/period";
import { translator, type Locale, type MessageKey } from "@/lib/i18n";

export function PeriodPicker({ period, locale, isBookedOnly, drill }: { period: Period; locale: Locale; isBookedOnly: boolean; drill?: string }) {
  const tr = translator(locale);
  return (
    <form className="period-picker card" method="get" action="/">
      <div className="field">
        <label htmlFor="period">{tr("insights.period")}</label>
        <select id="period" name="period" className="select" defaultValue={period.preset}>
          {PERIOD_PRESETS.map((preset) => <option key={preset} value={preset}>{tr(`insights.period.${preset}` as MessageKey)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="from">{tr("insights.from")}</label>
        <input id="from" name="from" type="date" className="input" defaultValue={period.from} />
      </div>
      <div className="field">
        <label htmlFor="to">{tr("insights.to")}</label>
        <input id="to" name="to" type="date" className="input" defaultValue={period.to} />
      </div>
      <label className="checkbox small"><input type="checkbox" name="booked" value="1" defaultChecked={isBookedOnly} /> {tr("insights.bookedOnly")}</label>
      {drill ? <input type="hidden" name="cat" value={drill} /> : null}
      <button type="submit" className="btn btn--primary">{tr("insights.apply")}</button>
    </form>
  );
}
