import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** The palette of tokens.css, repeated here because SVG fills do not read CSS variables everywhere. */
export const CHART_COLORS = { planned: '#94a3b8', actual: '#2563eb', over: '#dc2626', asked: '#2563eb', registered: '#cbd5e1', load: '#0f766e' };

export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

/**
 * A horizontal bar chart: one row per item (an outlet, a segment, a person), so
 * long Chinese names stay readable. Height grows with the rows.
 */
export function HorizontalBars<T extends object>({
  data,
  nameKey,
  series,
  unit,
  testId
}: {
  data: T[];
  nameKey: keyof T & string;
  series: BarSeries[];
  unit?: string;
  testId?: string;
}) {
  // An axis with no bar on it says nothing; the report's own words say "none" instead.
  const anything = data.some((row) => series.some((s) => Number((row as Record<string, unknown>)[s.key]) > 0));
  if (!anything) return null;
  const height = Math.max(120, 36 + data.length * (series.length > 1 ? 34 : 26));
  return (
    <div className="chart" style={{ height }} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} unit={unit} />
          <YAxis type="category" dataKey={nameKey as unknown as string} width={140} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          {series.length > 1 ? <Legend /> : null}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
