import { Injectable } from '@nestjs/common';
import { type Topology, toSpec } from './topology.model';

interface Entry {
  topology: Topology;
  /** The serialised spec, made on the first read. */
  json?: string;
  /** Real servers held, for the bound. */
  size: number;
}

/** At most this many real servers over all cached clusters (~100 MB of heap at worst). */
const MAX_REAL_SERVERS = 200_000;
const MAX_CLUSTERS = 64;

/**
 * The last topology seen of each cluster, keyed by its version. A version names one immutable
 * state: every write bumps it in the same transaction that changes the rows, so an entry is used
 * only when the version read from the database (under the row lock, for a write) is the entry's —
 * a stale entry is simply never hit, across API replicas too. A write puts its result here after
 * its transaction commits, so the next read or write of a big cluster skips reloading its rows.
 * Everything handed out is shared: callers copy before editing (draftOf) and never mutate values.
 */
@Injectable()
export class TopologyCache {
  private readonly entries = new Map<string, Entry>();
  private size = 0;

  get(clusterId: string, version: number): Topology | undefined {
    const e = this.touch(clusterId, version);
    return e?.topology;
  }

  /** The serialised spec of that version, when the topology is held. */
  json(clusterId: string, version: number): string | undefined {
    const e = this.touch(clusterId, version);
    if (!e) return undefined;
    e.json ??= JSON.stringify(toSpec(e.topology));
    return e.json;
  }

  set(t: Topology): void {
    this.delete(t.head.id);
    const size = t.virtualServices.reduce((n, s) => n + s.reals.length, 0);
    if (size > MAX_REAL_SERVERS) return;
    this.entries.set(t.head.id, { topology: t, size });
    this.size += size;
    for (const [id, e] of this.entries) {
      if (this.size <= MAX_REAL_SERVERS && this.entries.size <= MAX_CLUSTERS) break;
      if (e.topology === t) continue;
      this.delete(id);
    }
  }

  delete(clusterId: string): void {
    const e = this.entries.get(clusterId);
    if (!e) return;
    this.size -= e.size;
    this.entries.delete(clusterId);
  }

  private touch(clusterId: string, version: number): Entry | undefined {
    const e = this.entries.get(clusterId);
    if (!e || e.topology.head.version !== version) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(clusterId);
    this.entries.set(clusterId, e);
    return e;
  }
}
