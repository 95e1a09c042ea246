/**
 * Inline SVG sparkline (no chart library: the first page stays small). NaN samples are gaps.
 * The scale is the series' own maximum, said in the title.
 */
export function Sparkline({ values, width = 72, height = 16, label }: { values: readonly number[]; width?: number; height?: number; label: string }) {
  const finite = values.filter((v) => Number.isFinite(v));
  const max = Math.max(1, ...finite);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) {
      pen = false;
      return;
    }
    const x = (i * step).toFixed(1);
    const y = (height - 1 - (v / max) * (height - 2)).toFixed(1);
    d += `${pen ? 'L' : 'M'}${x} ${y}`;
    pen = true;
  });
  return (
    <svg className="spark" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label}: ${finite.length ? `max ${max}` : 'no samples yet'}`}>
      <title>{`${label}, last ${values.length} samples, max ${finite.length ? max : '–'}`}</title>
      {d && <path d={d} fill="none" stroke="currentColor" strokeWidth="1.2" />}
    </svg>
  );
}
