"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { findingColours } from "./palette";

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
          <CartesianGrid vertical={false} stroke="#dddddd" />
          <XAxis dataKey="year" tick={{ fill: "#0b0c0c" }} />
          <YAxis allowDecimals={false} tick={{ fill: "#0b0c0c" }} />
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
