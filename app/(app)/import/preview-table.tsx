"use client";
/** The preview of one file: each row's status (new, duplicate, possible duplicate) with the reason, and a choice per row. */
import { useId, useState } from "react";
import type { PreviewRow, RowDecision } from "@/lib/import/types";
import { t, type Locale, type MessageKey } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/format";

type Filter = "all" | "possible_duplicate" | "duplicate" | "new";

const STATUS: Record<PreviewRow["status"], { key: MessageKey; badge: string }> = {
  new: { key: "import.status.new", badge: "badge--new" },
  duplicate: { key: "import.status.duplicate", badge: "badge--duplicate" },
  possible_duplicate: { key: "import.status.possible", badge: "badge--possible" },
};

function formatAmount(amount: string, currency: string, locale: Locale): string {
  // Intl formats decimal strings exactly (no float) in current engines.
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount as unknown as number);
  } catch {
    return `${amount} ${currency}`;
  }
}

export function PreviewTable({ locale, fileName, rows, decisions, onDecide, isDisabled }: {
  locale: Locale;
  fileName: string;
  rows: PreviewRow[];
  decisions: Record<string, RowDecision>;
  onDecide: (rowKey: string, decision: RowDecision) => void;
  isDisabled: boolean;
}) {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  // Several files' previews share the page: their row keys ("0:1") repeat, so ids carry this table's own prefix.
  const idPrefix = useId().replace(/:/g, "");
  const counts = { all: rows.length, possible_duplicate: 0, duplicate: 0, new: 0 };
  for (const row of rows) counts[row.status]++;
  const [filter, setFilter] = useState<Filter>(counts.possible_duplicate ? "possible_duplicate" : "all");
  const shown = filter === "all" ? rows : rows.filter((row) => row.status === filter);
  const filters: [Filter, string][] = [
    ["all", tr("common.all")], ["possible_duplicate", tr("import.status.possible")], ["duplicate", tr("import.status.duplicate")], ["new", tr("import.status.new")],
  ];
  return (
    <div className="stack">
      <div className="actions" role="group" aria-label={tr("import.filter")}>
        {filters.map(([value, label]) => (
          <button key={value} type="button" className={`btn btn--small${filter === value ? " btn--primary" : ""}`} aria-pressed={filter === value}
            onClick={() => setFilter(value)} disabled={value !== "all" && counts[value] === 0}>
            {label} ({counts[value]})
          </button>
        ))}
      </div>
      {/* Focusable: when every row is a duplicate its choices are disabled, and the scrolling list must still be reachable. */}
      <div className="table-wrap" style={{ maxHeight: 520, overflowY: "auto" }} tabIndex={0} role="region" aria-label={tr("importMap.previewRows", { name: fileName })}>
        <table className="table preview-table">
          <thead>
            <tr>
              <th scope="col">{tr("import.col.status")}</th>
              <th scope="col">{tr("transaction.col.date")}</th>
              <th scope="col">{tr("transaction.col.label")}</th>
              <th scope="col" className="num">{tr("transaction.col.amount")}</th>
              <th scope="col">{tr("import.choice")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const decision = decisions[row.rowKey] ?? row.defaultDecision;
              const status = STATUS[row.status];
              return (
                <tr key={row.rowKey} className={decision === "skip" ? "row--muted" : undefined}>
                  <td>
                    <span className={`badge ${status.badge}`}>{tr(status.key)}</span>
                    {row.replacesPendingId ? <div className="reason">{tr("import.status.replace")}</div> : null}
                    {row.reason ? <div className="reason">{row.reason}</div> : null}
                  </td>
                  <td data-col="date">{formatDay(row.date, locale, "short")}{row.isPending ? <> <span className="badge">{tr("transaction.pending")}</span></> : null}</td>
                  <td data-col="label">{row.label}</td>
                  <td className={`num amount${row.amount.startsWith("-") ? " amount--negative" : " amount--positive"}`}>{formatAmount(row.amount, row.currency, locale)}</td>
                  <td data-col="actions">
                    <label className="sr-only" htmlFor={`${idPrefix}-decide-${row.rowKey}`}>{tr("import.choice")}: {row.label}</label>
                    {/* An exact duplicate (same bank id, deleted rows included) is never written twice: no choice to make. */}
                    <select id={`${idPrefix}-decide-${row.rowKey}`} className="select" value={decision} disabled={isDisabled || row.status === "duplicate"}
                      onChange={(e) => onDecide(row.rowKey, e.target.value as RowDecision)}>
                      <option value="import">{tr("import.choice.import")}</option>
                      <option value="skip">{tr("import.choice.skip")}</option>
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
