import { linePath } from '../../metrics/chart-math';
/**
 * Inline SVG sparkline (no chart library: the first page stays small). NaN samples are gaps.
 * The scale is the series' own maximum, said in the title.
 */
export function Sparkline({
  values,
  width = 72,
  height = 16,
  label,
}: {
  values: readonly number[];
  width?: number;
  height?: number;
  label: string;
}) {
  const finite = values.filter((v) => Number.isFinite(v));
  const max = Math.max(1, ...finite);
  const d = linePath(values, width, height - 2, max, 1); // a pixel of margin above and below
  return (
    <svg
      className="spark"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${label}: ${finite.length ? `max ${max}` : 'no samples yet'}`}
    >
      <title>{`${label}, last ${values.length} samples, max ${finite.length ? max : '–'}`}</title>
      {d && <path d={d} fill="none" stroke="currentColor" strokeWidth="1.2" />}
    </svg>
  );
}
