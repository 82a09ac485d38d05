"use client";
/**
 * The period fields shared by the dashboard and the transactions page: a preset list ("This month", "12 months",
 * …) and, only for "Custom", the two dates. A GET form posts `period` (and `from`/`to` for a custom range).
 */
import { useState } from "react";

export interface PeriodFieldsLabels { period: string; from: string; to: string }

export function PeriodFields({ idPrefix, choice, from, to, options, labels }: {
  idPrefix: string;
  choice: string;
  from: string;
  to: string;
  /** Values and labels of the presets, "custom" included. */
  options: { value: string; label: string }[];
  labels: PeriodFieldsLabels;
}) {
  const [current, setCurrent] = useState(choice);
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <>
      <div className="field">
        <label htmlFor={id("period")}>{labels.period}</label>
        <select id={id("period")} name="period" className="select" value={current} onChange={(event) => setCurrent(event.currentTarget.value)}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
      {current === "custom" ? (
        <>
          <div className="field">
            <label htmlFor={id("from")}>{labels.from}</label>
            <input id={id("from")} name="from" type="date" className="input" defaultValue={from} />
          </div>
          <div className="field">
            <label htmlFor={id("to")}>{labels.to}</label>
            <input id={id("to")} name="to" type="date" className="input" defaultValue={to} />
          </div>
        </>
      ) : null}
    </>
  );
}
