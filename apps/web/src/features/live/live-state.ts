import type { RealServerHealth, RealServerLive } from '@lvs/domain';

// Applying deltas (applyLiveChanges) and counting health (healthCounts) live in libs/domain
// (`@lvs/domain/live`, free of zod), shared with the API.

export const HEALTHS: RealServerHealth[] = ['up', 'down', 'drained', 'disabled', 'missing', 'unknown'];

/** What each health word means, for legends and tooltips. */
export const HEALTH_MEANING: Record<RealServerHealth, string> = {
  up: 'in the IPVS table with a weight above 0',
  down: 'in the topology, but the health check took it out (absent or weight 0 in IPVS)',
  drained: 'drained by an operator: weight 0, existing connections finish',
  disabled: 'disabled by an operator: not rendered into the config',
  missing: "its virtual service is not in the observing director's IPVS table",
  unknown: "no director's IPVS table could be read",
};

/**
 * The last `size` CPS samples of every real server, kept client-side (the API sends only the
 * current rate). Every `sample` samples every row (rows absent from a delta keep their value), so
 * all rows share one ring position: a sample is one write per row into a preallocated
 * Float64Array, with no per-tick allocation for 5,000 rows. A gap (no number) is NaN; a row that
 * appeared later has NaN before it.
 */
export class CpsHistory {
  private readonly series = new Map<string, Float64Array>();
  /** Where the next sample goes, and how many samples there are (at most `size`). */
  private head = 0;
  private count = 0;
  constructor(private size: number) {}

  /** A new length forgets what was kept (it changes with the tick, i.e. once, at the first state). */
  resize(size: number): void {
    size = Math.max(2, size);
    if (size === this.size) return;
    this.size = size;
    this.series.clear();
    this.head = this.count = 0;
  }

  sample(rows: Readonly<Record<string, Pick<RealServerLive, 'cps'>>>): void {
    let n = 0;
    for (const key in rows) {
      let s = this.series.get(key);
      if (!s) this.series.set(key, (s = new Float64Array(this.size).fill(NaN)));
      s[this.head] = rows[key].cps ?? NaN;
      n++;
    }
    // Rows that left (rare: a topology change) are the only reason the sizes differ.
    if (n !== this.series.size) for (const key of this.series.keys()) if (!(key in rows)) this.series.delete(key);
    this.head = (this.head + 1) % this.size;
    this.count = Math.min(this.count + 1, this.size);
  }

  /** Oldest first. */
  get(key: string): readonly number[] {
    const s = this.series.get(key);
    if (!s) return [];
    const out = new Array<number>(this.count);
    const start = (this.head - this.count + this.size) % this.size;
    for (let i = 0; i < this.count; i++) out[i] = s[(start + i) % this.size];
    return out;
  }
}
