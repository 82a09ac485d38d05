"use client";
/** Balance history: the currency's total and each account, one point per day. Draws only. */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartLine, ChartRow } from "@/lib/insights/shape/chart";
import { axisDay, axisMoney, chartMoney } from "./format";

export function BalanceChart({ rows, lines, currency, locale, exponent, label }: {
  rows: ChartRow[]; lines: ChartLine[]; currency: string; locale: string; exponent: number; label: string;
}) {
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="date" tick={{ fontSize: 12 }} minTickGap={40} tickFormatter={(v) => axisDay(v, locale)} />
          <YAxis tick={{ fontSize: 12 }} width={80} tickFormatter={(v) => axisMoney(v, currency, locale, exponent)} />
          <Tooltip formatter={(v, name) => [chartMoney(v, currency, locale), name]} labelFormatter={(v) => axisDay(v, locale)} />
          <Legend />
          {lines.map((line, i) => (
            <Line key={line.key} dataKey={line.key} name={line.name} stroke={line.color} dot={false} strokeWidth={i === 0 ? 3 : 1.5} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
