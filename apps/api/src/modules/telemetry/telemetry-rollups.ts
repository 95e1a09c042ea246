import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommonError, CommonErrorCode } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { MinuteRollup } from './rollup';
import { metricsRange, type MetricsQueryDto, type MetricsSeriesDto } from './telemetry.dto';
import { TelemetryRepository } from './telemetry.repository';

const PRUNE_EVERY_MS = 3_600_000;

/**
 * The metrics history: each cluster's minute rollups stored as the poller fills them, pruned past
 * TELEMETRY_RETENTION_DAYS, and read back as series (GET …/metrics/history).
 */
@Injectable()
export class TelemetryRollups {
  private readonly logger = new Logger(TelemetryRollups.name);
  private readonly retentionDays: number;
  private prunedAt = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repo: TelemetryRepository,
  ) {
    this.retentionDays = config.telemetry.retentionDays;
  }

  /** Stores the minutes that are over (`all`: the one in progress too: whoever polls next adds to the same row). */
  async flush(clusterId: string, rollup: MinuteRollup, now: number, all = false): Promise<void> {
    const rows = rollup.drain(now, all);
    try {
      await this.repo.addRollups(clusterId, rows);
    } catch (e) {
      // The cluster was deleted meanwhile (its rows go with it), or the database is away: a minute of history is lost, not the console.
      this.logger.warn(`could not store ${rows.length} metric rollups of cluster ${clusterId}: ${(e as Error).message}`);
    }
  }

  /** Drops rollups past the retention, at most once an hour. */
  async prune(now: number): Promise<void> {
    if (now - this.prunedAt <= PRUNE_EVERY_MS) return;
    this.prunedAt = now;
    const n = await this.repo.pruneRollups(this.retentionDays);
    if (n) this.logger.log(`dropped ${n} metric rollups older than ${this.retentionDays} days`);
  }

  async history(clusterId: string, q: MetricsQueryDto): Promise<MetricsSeriesDto> {
    if (!(await this.repo.exists(clusterId))) throw new CommonError(CommonErrorCode.NotFound, `No cluster with id ${clusterId}.`);
    const { from, to } = metricsRange(q);
    const { rows, total } = await this.repo.series({
      clusterId,
      from,
      to,
      stepSeconds: q.step,
      by: q.by,
      service: q.service,
      realServer: q.realServer,
      limit: q.limit,
      offset: q.offset,
    });
    const series: MetricsSeriesDto['series'] = [];
    for (const r of rows) {
      let s = series[series.length - 1];
      if (!s || s.service !== r.service || (q.by === 'realServer' && s.realServer !== r.real_server)) {
        s = { service: r.service, ...(q.by === 'realServer' && { realServer: r.real_server }), points: [] };
        series.push(s);
      }
      s.points.push({
        t: new Date(r.t).toISOString(),
        conns: r.conns,
        inPkts: r.in_pkts,
        outPkts: r.out_pkts,
        inBytes: r.in_bytes,
        outBytes: r.out_bytes,
        activeConnsMax: r.active_conns_max,
      });
    }
    return { from: from.toISOString(), to: to.toISOString(), step: q.step, total, series };
  }
}
