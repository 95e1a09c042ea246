import type { FleetLintCode } from '@lvs/domain';

// Types only from @lvs/domain: its values come with zod, which the first page of the dashboard must
// not load (the sidebar's link to /fleet prefetches this page's code). Codes are checked by shape.
const CODE = /^[a-z][a-z_]{0,47}$/;

/** The fleet page's filters as they stand in its address (`/fleet?severity=error&code=vrid_reused`). */
export interface FleetFilters {
  severity?: 'error' | 'warning';
  code?: FleetLintCode;
}

/** The filters of an address's query; values that cannot be a severity or a code are ignored. */
export function fleetFiltersFromParams(p: URLSearchParams): FleetFilters {
  const f: FleetFilters = {};
  const severity = p.get('severity');
  if (severity === 'error' || severity === 'warning') f.severity = severity;
  const code = p.get('code');
  if (code && CODE.test(code)) f.code = code as FleetLintCode;
  return f;
}

export function fleetFiltersToQuery(f: FleetFilters): string {
  const p = new URLSearchParams();
  if (f.severity) p.set('severity', f.severity);
  if (f.code) p.set('code', f.code);
  return p.toString();
}

export const matches = (f: FleetFilters) => (x: { severity: string; code: string }) =>
  (!f.severity || x.severity === f.severity) && (!f.code || x.code === f.code);

/** Per cluster: how many errors and warnings, and whether one of them refuses a deployment now. */
export function lintByCluster(
  findings: readonly { clusterId: string; severity: string; blocksDeployment: boolean }[],
): Map<string, { errors: number; warnings: number; blocking: number }> {
  const out = new Map<string, { errors: number; warnings: number; blocking: number }>();
  for (const f of findings) {
    const c = out.get(f.clusterId) ?? { errors: 0, warnings: 0, blocking: 0 };
    if (f.severity === 'error') c.errors++;
    else c.warnings++;
    if (f.blocksDeployment) c.blocking++;
    out.set(f.clusterId, c);
  }
  return out;
}
