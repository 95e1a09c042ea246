import type { ClusterLiveChanges, ClusterLiveState, LiveSection, RealServerHealth, RealServerLive } from '@lvs/domain';

const SECTIONS: LiveSection[] = ['directors', 'vips', 'instances', 'realServers'];

/**
 * Applies a `state.delta` to the client's copy: per section and key, `null` removes the key, an
 * object is shallow-merged into it. The logic of the API's `applyLiveChanges`
 * (apps/api/src/modules/telemetry/live-state.ts), copied because the web must not import the API;
 * one difference: a field set to `null` ("none any more", e.g. a cleared `reason`) is deleted, so
 * the typed optional fields stay `undefined` rather than `null`.
 */
export function applyLiveChanges(state: ClusterLiveState, changes: ClusterLiveChanges, at: string): ClusterLiveState {
  const next = { ...state, at };
  for (const section of SECTIONS) {
    const c = changes[section];
    if (!c) continue;
    const map = { ...(state[section] as unknown as Record<string, Record<string, unknown>>) };
    for (const [key, v] of Object.entries(c)) {
      if (v === null) {
        delete map[key];
        continue;
      }
      const merged: Record<string, unknown> = { ...map[key], ...v };
      for (const f of Object.keys(v)) if (v[f] === null) delete merged[f];
      map[key] = merged;
    }
    (next as unknown as Record<string, unknown>)[section] = map;
  }
  return next;
}

export const HEALTHS: RealServerHealth[] = ['up', 'down', 'drained', 'disabled', 'missing', 'unknown'];

/** What each health word means, for legends and tooltips. */
export const HEALTH_MEANING: Record<RealServerHealth, string> = {
  up: 'in the IPVS table with a weight above 0',
  down: 'in the topology, but the health check took it out (absent or weight 0 in IPVS)',
  drained: 'drained by an operator: weight 0, existing connections finish',
  disabled: 'disabled by an operator: not rendered into the config',
  missing: 'its virtual service is not in the observing director\'s IPVS table',
  unknown: 'no director\'s IPVS table could be read',
};

export function healthCounts(rows: Iterable<Pick<RealServerLive, 'state'>>): Record<RealServerHealth, number> {
  const out = Object.fromEntries(HEALTHS.map((h) => [h, 0])) as Record<RealServerHealth, number>;
  for (const r of rows) out[r.state] += 1;
  return out;
}

/**
 * The last `size` CPS samples of every real server, one per state update, kept client-side (the
 * API sends only the current rate). Rows absent from a delta keep their value, so each update
 * samples every row; a gap (no number) is NaN.
 */
export class CpsHistory {
  private readonly series = new Map<string, number[]>();
  constructor(private size: number) {}

  resize(size: number): void {
    this.size = Math.max(2, size);
  }

  sample(rows: Record<string, RealServerLive>): void {
    for (const [key, r] of Object.entries(rows)) {
      let s = this.series.get(key);
      if (!s) this.series.set(key, (s = []));
      s.push(r.cps ?? NaN);
      if (s.length > this.size) s.splice(0, s.length - this.size);
    }
    for (const key of this.series.keys()) if (!(key in rows)) this.series.delete(key);
  }

  get(key: string): readonly number[] {
    return this.series.get(key) ?? [];
  }
}
