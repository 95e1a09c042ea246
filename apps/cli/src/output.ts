import { stringify } from 'yaml';
import { CliError, ExitCode } from './exit-codes';

export type { Format } from './format';
import type { Format } from './format';

export function toJson(v: unknown): string {
  return JSON.stringify(v, null, 2) + '\n';
}

/** YAML without line folding (long messages and diffs stay on their lines) and without aliases. */
export function toYaml(v: unknown): string {
  return stringify(v, { lineWidth: 0, aliasDuplicateObjects: false });
}

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/** kubectl-style columns: upper-case headers, left-aligned, three spaces between, no borders. */
export function table<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => fmt(c.value(r))));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => (i === vals.length - 1 ? v : v.padEnd(widths[i])))
      .join('   ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n') + '\n';
}

function fmt(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined || v === '') return '-';
  return String(v).replace(/\s+/g, ' ');
}

/** Prints data in the chosen format: table rows for `table`, the data itself for json and yaml. */
export function render<T>(format: Format, data: unknown, rows: T[], columns: Column<T>[]): string {
  if (format === 'json') return toJson(data);
  if (format === 'yaml') return toYaml(data);
  return table(rows, columns);
}

export function parseDuration(s: string): number {
  const m = /^(\d+)(ms|s|m|h)?$/.exec(s.trim());
  if (!m) throw new CliError(`${JSON.stringify(s)} is not a duration (e.g. 30s, 10m, 1h)`, ExitCode.Invalid);
  const n = Number(m[1]);
  return n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
}
