"use client";
/** Income and expenses per month, side by side. Draws only. */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow } from "@/lib/insights/shape/chart";
import { axisMoney, axisMonth, chartMoney } from "./format";

export function MonthChart({ rows, currency, locale, exponent, incomeLabel, expensesLabel, label }: {
  rows: ChartRow[]; currency: string; locale: string; exponent: number; incomeLabel: string; expensesLabel: string; label: string;
}) {
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} tickFormatter={(v) => axisMonth(v, locale)} />
          <YAxis tick={{ fontSize: 12 }} width={80} tickFormatter={(v) => axisMoney(v, currency, locale, exponent)} />
          <Tooltip formatter={(v, name) => [chartMoney(v, currency, locale), name]} labelFormatter={(v) => axisMonth(v, locale)} />
          <Legend />
          <Bar dataKey="income" name={incomeLabel} fill="#2e7d32" isAnimationActive={false} />
          <Bar dataKey="expenses" name={expensesLabel} fill="#c62828" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
