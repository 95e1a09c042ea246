/** Short numbers for dense tables: 950, 12.3k, 4.1M. Undefined shows as an en dash. */
export function short(n: number | undefined, unit = ''): string {
  if (n === undefined || Number.isNaN(n)) return '–';
  const abs = Math.abs(n);
  const [v, s] = abs >= 1e9 ? [n / 1e9, 'G'] : abs >= 1e6 ? [n / 1e6, 'M'] : abs >= 1e3 ? [n / 1e3, 'k'] : [n, ''];
  const text = s && Math.abs(v) < 100 ? v.toFixed(1).replace(/\.0$/, '') : String(Math.round(v));
  return `${text}${s}${unit}`;
}

/** "12 s ago", "3 min ago", or the local time for older moments. */
export function ago(iso: string | undefined, now = Date.now()): string {
  if (!iso) return 'never';
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  return new Date(iso).toLocaleString();
}
