import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DirectorCapabilities } from '@lvs/domain';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';
import { type CapabilitySource, DirectorCapabilitiesEntity } from './director-capabilities.entity';
import type { DirectorVersions } from './director-versions.port';
import type { FindingDto } from './fleet.dto';
import type { OpenFinding } from './lint-record';

/** One fleet lint records at a time across replicas (it reads every cluster, then writes what changed). */
const LINT_LOCK = `hashtextextended('lvs-console-fleet-lint', 0)`;
/** How long a lint waits for another replica's before giving up on recording (the lint itself is still answered). */
const LINT_LOCK_TIMEOUT = '10s';

interface OpenFindingRow {
  cluster_id: string;
  key: string;
  code: string;
  severity: 'warning' | 'error';
  finding: FindingDto;
  opened_at: Date;
}
const openFinding = (r: OpenFindingRow): OpenFinding => ({
  clusterId: r.cluster_id,
  key: r.key,
  code: r.code,
  severity: r.severity,
  finding: r.finding,
  openedAt: new Date(r.opened_at),
});

/** The lint findings open per cluster, read and written inside the fleet lint's lock (FleetRepository.lintState). */
export class LintState {
  constructor(readonly manager: EntityManager) {}

  async open(): Promise<OpenFinding[]> {
    return ((await this.manager.query(`SELECT * FROM lint_findings_open`)) as OpenFindingRow[]).map(openFinding);
  }

  /** Opens a finding; false when it was open already (another replica's lint got there first) or its cluster is gone. */
  async add(clusterId: string, key: string, f: FindingDto): Promise<boolean> {
    const r: unknown[] = await this.manager.query(
      `INSERT INTO lint_findings_open (cluster_id, key, code, severity, finding)
       SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM clusters WHERE id = $1)
       ON CONFLICT (cluster_id, key) DO NOTHING RETURNING key`,
      [clusterId, key, f.code, f.severity, JSON.stringify(f)],
    );
    return r.length > 0;
  }

  /** A finding still open with another severity (or wording); false when it is no longer open. */
  async update(clusterId: string, key: string, f: FindingDto): Promise<boolean> {
    const r: [unknown[], number] = await this.manager.query(
      `UPDATE lint_findings_open SET severity = $3, finding = $4 WHERE cluster_id = $1 AND key = $2`,
      [clusterId, key, f.severity, JSON.stringify(f)],
    );
    return (r[1] ?? 0) > 0;
  }

  /** Closes a finding; false when it was closed already. */
  async remove(clusterId: string, key: string): Promise<boolean> {
    const r: [unknown[], number] = await this.manager.query(`DELETE FROM lint_findings_open WHERE cluster_id = $1 AND key = $2`, [
      clusterId,
      key,
    ]);
    return (r[1] ?? 0) > 0;
  }
}

/** Capability records, and the clusters every lint runs across. */
@Injectable()
export class FleetRepository implements DirectorVersions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(DirectorCapabilitiesEntity);
  }

  /** Every cluster: id, name, and whether a deployment of it has succeeded (its config runs on directors). */
  async clusters(): Promise<{ id: string; name: string; deployed: boolean }[]> {
    const rows: { id: string; name: string; deployed: boolean }[] = await this.dataSource.query(
      `SELECT c.id, c.name, (s.last_revision_id IS NOT NULL) AS deployed FROM clusters c LEFT JOIN cluster_deploy_state s ON s.cluster_id = c.id ORDER BY c.name, c.id`,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, deployed: !!r.deployed }));
  }

  /**
   * Runs `work` in one transaction holding the fleet lint's lock: what it reads (the specs, after the
   * lock) is newer than what the previous holder wrote, so two replicas never record one change twice
   * nor an older view over a newer one.
   */
  lintState<T>(work: (state: LintState) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL lock_timeout = '${LINT_LOCK_TIMEOUT}'`);
      await m.query(`SELECT pg_advisory_xact_lock(${LINT_LOCK})`);
      return work(new LintState(m));
    });
  }

  /**
   * Calls `listener` with the query runner of every transaction that commits (not a savepoint), and
   * `rolledBack` with one that rolls back: the fleet lint runs after a topology change has committed.
   */
  onTransactionEnd(listener: (qr: QueryRunner) => void, rolledBack: (qr: QueryRunner) => void): void {
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: (e) => {
        if (!e.queryRunner.isTransactionActive) listener(e.queryRunner);
      },
      afterTransactionRollback: (e) => {
        if (!e.queryRunner.isTransactionActive) rolledBack(e.queryRunner);
      },
    };
    this.dataSource.subscribers.push(subscriber);
  }

  find(clusterId: string, director: string): Promise<DirectorCapabilitiesEntity | null> {
    return this.repo.findOneBy({ clusterId, director });
  }

  forCluster(clusterId: string): Promise<DirectorCapabilitiesEntity[]> {
    return this.repo.findBy({ clusterId });
  }

  async keepalivedVersions(clusterId: string): Promise<Record<string, string>> {
    const rows: { director: string; version: string }[] = await this.dataSource.query(
      `SELECT director, capabilities->'keepalived'->>'version' AS version FROM director_capabilities
       WHERE cluster_id = $1 AND capabilities->'keepalived'->>'version' IS NOT NULL`,
      [clusterId],
    );
    return Object.fromEntries(rows.map((r) => [r.director, r.version]));
  }

  /** Every recorded capability document, per cluster id and director. */
  async all(): Promise<Record<string, Record<string, DirectorCapabilities>>> {
    const out: Record<string, Record<string, DirectorCapabilities>> = {};
    for (const r of await this.repo.find()) if (r.capabilities) (out[r.clusterId] ??= {})[r.director] = r.capabilities;
    return out;
  }

  /** Records a read; a failed read keeps the capabilities read before it (with the error beside them). */
  async save(
    clusterId: string,
    director: string,
    source: CapabilitySource,
    result: { capabilities: DirectorCapabilities } | { error: string },
  ): Promise<DirectorCapabilitiesEntity> {
    const ok = 'capabilities' in result;
    await this.dataSource.query(
      `INSERT INTO director_capabilities (cluster_id, director, capabilities, error, source, gathered_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (cluster_id, director) DO UPDATE SET
         capabilities = COALESCE(EXCLUDED.capabilities, director_capabilities.capabilities),
         error = EXCLUDED.error, source = EXCLUDED.source, gathered_at = EXCLUDED.gathered_at`,
      [clusterId, director, ok ? JSON.stringify(result.capabilities) : null, ok ? null : result.error, source],
    );
    return (await this.find(clusterId, director))!;
  }
}
