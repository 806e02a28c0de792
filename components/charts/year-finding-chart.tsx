"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartText, findingColours, gridColour } from "./palette";

export interface YearFindingRow {
  year: string;
  [finding: string]: string | number | null;
}

/** Subject officers per year, stacked by finding. */
export function YearFindingChart({ rows, series }: { rows: YearFindingRow[]; series: { key: keyof typeof findingColours; label: string }[] }) {
  return (
    <div style={{ height: 320 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid vertical={false} stroke={gridColour} />
          <XAxis dataKey="year" tick={{ fill: chartText }} />
          <YAxis allowDecimals={false} tick={{ fill: chartText }} />
          <Tooltip />
          <Legend />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="findings" fill={findingColours[s.key]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
