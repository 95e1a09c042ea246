import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CommonError, CommonErrorCode } from '../../common/errors/app-error';
import type { LivenessDto, ReadinessDto } from './health.dto';

@Injectable()
export class HealthService {
  private readonly startedAt: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.startedAt = clock.nowMs();
  }

  liveness(): LivenessDto {
    return { status: 'ok', uptimeSeconds: Math.round((this.clock.nowMs() - this.startedAt) / 1000) };
  }

  async readiness(): Promise<ReadinessDto> {
    let applied: number;
    let pending: boolean;
    try {
      const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM schema_migrations`);
      applied = rows.length;
      pending = await this.dataSource.showMigrations();
    } catch (e) {
      throw new CommonError(CommonErrorCode.Unavailable, `The database is not reachable: ${(e as Error).message.split('\n')[0]}`);
    }
    if (pending) throw new CommonError(CommonErrorCode.Unavailable, 'Database migrations are pending.');
    return { status: 'ready', database: 'up', migrations: { applied, pending: 0 } };
  }
}
