"use client";
/** The 30-day forecast of one account as a small line chart (amounts arrive as decimal strings, plotted as numbers for display only). */
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { axisDay } from "@/components/charts/format";

export function ForecastChart({ points, label, locale }: { points: { date: string; balance: string; text: string }[]; label: string; locale: string }) {
  // Chart coordinates only: the exact figures stay in the table and the tooltip text.
  const data = points.map((p) => ({ date: p.date, value: Number(p.balance), text: p.text }));
  return (
    <div role="img" aria-label={label} style={{ width: "100%", height: 160 }}>
      <ResponsiveContainer>
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <XAxis dataKey="date" fontSize={11} interval={6} tickFormatter={(v) => axisDay(v, locale)} />
          <YAxis fontSize={11} width={70} domain={["auto", "auto"]} />
          <Tooltip formatter={(_value, _name, item) => [(item.payload as { text: string }).text, ""]} labelFormatter={(v) => axisDay(v, locale)} />
          <Line type="stepAfter" dataKey="value" stroke="var(--primary)" dot={false} strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
