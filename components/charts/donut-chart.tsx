"use client";
/** Spending donut: each slice goes where its link says (a deeper level, or the explorer). Draws only. */
import { useRouter } from "next/navigation";
import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import { chartMoney } from "./format";

export interface DonutDatum {
  name: string;
  value: number;
  color: string;
  href: string;
}

export function DonutChart({ data, currency, locale, label }: { data: DonutDatum[]; currency: string; locale: string; label: string }) {
  const router = useRouter();
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={260}>
        <PieChart>
          <Pie data={data} dataKey="value" nameKey="name" innerRadius="55%" outerRadius="90%" isAnimationActive={false}
            onClick={(_, index) => { const target = data[index]; if (target) router.push(target.href); }} cursor="pointer">
            {data.map((d) => <Cell key={d.href} fill={d.color} />)}
          </Pie>
          <Tooltip formatter={(v, name) => [chartMoney(v, currency, locale), name]} />
        </PieChart>
      </ResponsiveContainer>
    </figure>
  );
}
