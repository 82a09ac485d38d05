/** The transactions a rule would change: date, label, amount, category before → after. */
import type { RulePreview } from "@/lib/categorizer/ui/preview";
import { t, tCount, type Locale } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import { toMinor } from "@/lib/money";
import { Money } from "../money";
import { CategoryDot } from "../categories/category-dot";

export function PreviewTable({ preview, locale }: { preview: RulePreview; locale: Locale }) {
  return (
    <div className="stack">
      <p role="status">{tCount(locale, "rules.previewCount", preview.count)}</p>
      {preview.lines.length ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t(locale, "transaction.col.date")}</th>
                <th scope="col">{t(locale, "transaction.col.label")}</th>
                <th scope="col" className="num">{t(locale, "transaction.col.amount")}</th>
                <th scope="col">{t(locale, "transaction.col.category")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.lines.map((line) => (
                <tr key={line.id}>
                  <td>{formatDay(line.date, locale)}</td>
                  <td>{line.label}{line.payeeTo ? <div className="table__sub">→ {line.payeeTo}</div> : null}{line.tagsAdded.length ? <div className="table__sub">+ {line.tagsAdded.join(", ")}</div> : null}</td>
                  <td className="num"><Money minor={toMinor(line.amount, line.currency)} currency={line.currency} locale={locale} isColored /></td>
                  <td className="small"><CategoryDot name={line.from.name} color={line.from.color} /> → <CategoryDot name={line.to.name} color={line.to.color} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {preview.count > preview.lines.length ? <p className="muted small">{t(locale, "rules.previewMore", { count: preview.count - preview.lines.length })}</p> : null}
    </div>
  );
}
