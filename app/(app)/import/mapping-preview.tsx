"use client";
/** The mapping screen's live preview: the first rows as the import will read them, unreadable cells marked. */
import { t, tCount, type Locale, type MessageKey } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";
import type { LivePreview } from "./live-preview";

/** "-1023.99" → "-1,023.99" / "-1 023,99": Intl formats decimal strings exactly (no float) in current engines. */
function formatDecimal(amount: string, locale: Locale): string {
  const decimals = amount.split(".")[1]?.length ?? 0;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(amount as unknown as number);
}

export function MappingPreview({ locale, idPrefix, preview, firstLine }: { locale: Locale; idPrefix: string; preview: LivePreview; firstLine: number }) {
  const titleId = `${idPrefix}-live-title`;
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  const unreadable = <span className="field__error">? <span className="sr-only">{tr("importMap.unreadableCell")}</span></span>;
  return (
    <div className="stack">
      <h3 id={titleId}>{tr("import.livePreview")}</h3>
      {preview.error ? <div className="alert alert--error" role="alert">{tr("importMap.cannotUse", { message: preview.error })}</div> : null}
      {!preview.error && preview.rows.length === 0 ? <p className="alert alert--warning">{tr("importMap.noRows", { line: firstLine })}</p> : null}
      {preview.rows.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={titleId}>
          {/* table--stack: on a phone each row is a small card, the amount beside the line and day, the label below. */}
          <table className="table table--stack live-preview">
            <thead>
              <tr>
                <th scope="col">{tr("importMap.line")}</th>
                <th scope="col">{tr("transaction.col.date")}</th>
                <th scope="col">{tr("transaction.col.label")}</th>
                <th scope="col" className="num">{tr("transaction.col.amount")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.line} className={row.date === null || row.amount === null ? "row--muted" : undefined}>
                  <td data-col="date">{row.line}</td>
                  <td data-col="date" data-iso={row.date ?? ""}>{row.date ? formatDay(row.date, locale, "short") : unreadable}</td>
                  <td data-col="label">{row.label}</td>
                  <td className={`num amount${row.amount?.startsWith("-") ? " amount--negative" : ""}`} data-amount={row.amount ?? ""}>{row.amount === null ? unreadable : formatDecimal(row.amount, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {preview.unreadable ? <p className="small">{tCount(locale, "importMap.unreadable", preview.unreadable)}</p> : null}
    </div>
  );
}
