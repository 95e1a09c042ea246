import { Injectable } from '@nestjs/common';
import { type ScriptChange, scriptExecutable, type SpecIssue } from '@lvs/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { ScriptAllowlistDto } from './dto/script-allowlist.dto';
import { ScriptAllowlistRepository } from './script-allowlist.repository';

/**
 * An optional second fence around scripts (which are admin-only anyway): when an admin lists
 * executables, a script may only name one of them as its first word — so a stolen admin session or
 * token cannot make keepalived run `/bin/sh -c …` either.
 */
@Injectable()
export class ScriptAllowlistService {
  constructor(
    private readonly repo: ScriptAllowlistRepository,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<ScriptAllowlistDto> {
    return { executables: await this.repo.get() };
  }

  async set(body: ScriptAllowlistDto): Promise<ScriptAllowlistDto> {
    return this.repo.transaction(async (m) => {
      const before = await this.repo.get(m, true);
      await this.repo.set(body.executables, m);
      await this.audit.record(
        {
          action: 'settings.script_allowlist.update',
          targetType: 'settings',
          targetId: 'scriptAllowlist',
          before: { executables: before },
          after: { executables: body.executables },
        },
        m,
      );
      return { executables: body.executables };
    });
  }

  /**
   * The added or changed scripts whose executable the allowlist does not name (none when the list
   * is empty). Only what the write changes is judged: scripts stored before the list existed stay
   * until someone edits them.
   */
  async violations(changes: readonly ScriptChange[], m: EntityManager): Promise<SpecIssue[]> {
    const touched = changes.filter((c) => c.change !== 'removed');
    if (!touched.length) return [];
    const allowed = new Set(await this.repo.get(m));
    if (!allowed.size) return [];
    return touched
      .filter((c) => !allowed.has(scriptExecutable(c.script)))
      .map((c) => ({
        code: 'spec.script_not_allowed' as const,
        path: c.path,
        message: `${c.keyword} runs ${scriptExecutable(c.script) || '(nothing)'}, which is not in the admin's script allowlist (${[...allowed].join(', ')})`,
      }));
  }
}
