"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SUPPRESSED } from "@/lib/stats/symbol";
import { barColour, chartText, gridColour } from "./palette";

/** Horizontal bars with their values written on, so no colour or hover is needed to read them. */
export function CountBarChart({ rows, unit }: { rows: { label: string; count: number | null }[]; unit: string }) {
  const height = Math.max(120, rows.length * 34 + 40);
  // A withheld figure draws no bar (the chart leaves out empty bars and their labels), so its category says [c]: never mistaken for a zero.
  const data = rows.map((r) => ({ label: r.count === null ? `${r.label} ${SUPPRESSED}` : r.label, bar: r.count ?? 0, shown: r.count ?? SUPPRESSED }));
  return (
    <div style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke={gridColour} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: chartText }} />
          <YAxis type="category" dataKey="label" width={210} tick={{ fill: chartText, fontSize: 13 }} interval={0} />
          <Tooltip formatter={(_value, _name, item) => [(item.payload as { shown: number | string }).shown, unit]} />
          <Bar dataKey="bar" fill={barColour} isAnimationActive={false}>
            <LabelList dataKey="shown" position="right" fill={chartText} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
