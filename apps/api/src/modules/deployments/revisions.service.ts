import { Inject, Injectable, Optional } from '@nestjs/common';
import { type ClusterSpec, validateClusterSpec } from '@lvs/domain';
import { diff, KeepalivedVersionError, renderDirectorConfigFor, specSha256 } from '@lvs/keepalived';
import type { EntityManager } from 'typeorm';
import { actorName } from '../../common/request-context';
import { AuditService } from '../audit/audit.service';
import { DIRECTOR_VERSIONS, type DirectorVersions } from '../fleet/director-versions.port';
import { CLUSTER_SPEC_PORT, type ClusterSpecPort } from '../clusters/spec/cluster-spec.port';
import { ConfigRevisionEntity, type RenderedDirector } from './deployment.entities';
import type { RevisionDetailDto, RevisionDiffDto, RevisionDto, RevisionPageDto } from './deployment.dto';
import { sha256 } from './director-push';
import { DeploymentsError, DeploymentsErrorCode } from './deployments.errors';
import { DeploymentsRepository } from './deployments.repository';

/**
 * One director's render as a revision stores it (config_revisions.rendered, jsonb): with the
 * keepalived release it was rendered for (null: none recorded, rendered with the current keywords;
 * absent in ipvsadm mode and in revisions from before version-aware rendering) and the console
 * keywords that release does without.
 */
export interface VersionedRender extends RenderedDirector {
  keepalivedVersion?: string | null;
  omitted?: string[];
}

/**
 * Renders every director of a spec, each for its keepalived release (`versions`: director →
 * `keepalived -v` version, as the fleet module recorded it; a director without one gets today's
 * render). A spec that breaks a cluster rule or does not render is a 422; so is one that a director's
 * release cannot read (deployments.keepalived_version_unsupported, naming director, version and keyword).
 */
export function renderAll(
  spec: ClusterSpec,
  revision: number | undefined,
  versions: Readonly<Record<string, string>> = {},
): { rendered: Record<string, VersionedRender>; specSha: string } {
  const { errors } = validateClusterSpec(spec);
  if (errors.length) {
    throw new DeploymentsError(
      DeploymentsErrorCode.DoesNotRender,
      `The cluster breaks ${errors.length} rule(s) and cannot be rendered: ${errors[0].message}`,
      errors.map((e) => ({ path: `spec.${e.path}`, message: e.message })),
    );
  }
  if (spec.directors.length === 0)
    throw new DeploymentsError(DeploymentsErrorCode.NoDirectors, 'The cluster has no directors to render for.');
  const specSha = specSha256(spec);
  const rendered: Record<string, VersionedRender> = {};
  const tooOld: { index: number; error: KeepalivedVersionError }[] = [];
  spec.directors.forEach((d, index) => {
    const keepalivedVersion = spec.mode === 'keepalived' ? (versions[d.name] ?? null) : undefined;
    try {
      // ipvsadm mode: the director gets IPVS rules (ipvsadm-save form), the same for every director.
      const { text, omitted } = renderDirectorConfigFor(spec, d.name, {
        revision,
        specSha256: specSha,
        keepalivedVersion: keepalivedVersion ?? undefined,
      });
      rendered[d.name] = {
        text,
        sha256: sha256(text),
        ...(keepalivedVersion !== undefined && { keepalivedVersion }),
        ...(omitted.length && { omitted }),
      };
    } catch (e) {
      if (e instanceof KeepalivedVersionError) tooOld.push({ index, error: e });
      else
        throw new DeploymentsError(
          DeploymentsErrorCode.DoesNotRender,
          `The configuration for ${d.name} cannot be rendered: ${(e as Error).message}`,
        );
    }
  });
  if (tooOld.length) throw versionError(tooOld);
  return { rendered, specSha };
}

/**
 * The releases a revision was rendered for (director → version), to render another spec the same
 * way — the interim stage of a two-stage deployment must speak the same keepalived as the revision.
 */
export function renderedVersions(rendered: Readonly<Record<string, { keepalivedVersion?: string | null }>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, r] of Object.entries(rendered)) if (r.keepalivedVersion) out[name] = r.keepalivedVersion;
  return out;
}

/** Every director whose release cannot read its render, in one 422 (a rolling deployment would stop at the first). */
function versionError(tooOld: { index: number; error: KeepalivedVersionError }[]): InstanceType<typeof DeploymentsError> {
  const first = tooOld[0].error;
  return new DeploymentsError(
    DeploymentsErrorCode.KeepalivedVersionUnsupported,
    `${first.message}${tooOld.length > 1 ? ` (and ${tooOld.length - 1} more director(s))` : ''}. Upgrade keepalived on the director, or leave out what it cannot read.`,
    tooOld.flatMap(({ index, error }) =>
      error.missing.length
        ? error.missing.map((m) => ({
            path: `spec.directors.${index}`,
            message: `${error.director} runs keepalived ${error.version}, which does not know '${m.keyword}' (keepalived ${m.since} or later${m.note ? `: ${m.note}` : ''})`,
          }))
        : [{ path: `spec.directors.${index}`, message: error.message }],
    ),
    {
      directors: tooOld.map(({ error }) => ({
        director: error.director,
        keepalivedVersion: error.version,
        keywords: error.missing.map(({ keyword, since }) => ({ keyword, since })),
      })),
    },
  );
}

/** Immutable, numbered revisions: the spec, the render per director and their hashes. */
@Injectable()
export class RevisionsService {
  constructor(
    private readonly repo: DeploymentsRepository,
    private readonly audit: AuditService,
    @Inject(CLUSTER_SPEC_PORT) private readonly specs: ClusterSpecPort,
    @Optional() @Inject(DIRECTOR_VERSIONS) private readonly versions?: DirectorVersions,
  ) {}

  async create(clusterId: string, message: string): Promise<RevisionDetailDto> {
    return this.repo.transaction(async (m) => this.detail(await this.freeze(clusterId, message, m)));
  }

  /** Freezes the current topology (or `spec`) into the next revision, inside `m`. */
  async freeze(clusterId: string, message: string, m: EntityManager, spec?: ClusterSpec): Promise<ConfigRevisionEntity> {
    const current = spec ?? (await this.specs.getSpec(clusterId, m))?.spec;
    if (!current) throw new DeploymentsError(DeploymentsErrorCode.ClusterNotFound, `No cluster with id ${clusterId}.`);
    const number = await this.repo.nextRevisionNumber(clusterId, m);
    // each director in the keywords of the keepalived it was last seen running
    const { rendered, specSha } = renderAll(current, number, (await this.versions?.keepalivedVersions(clusterId)) ?? {});
    const r = new ConfigRevisionEntity();
    r.clusterId = clusterId;
    r.number = number;
    r.spec = current;
    r.specSha256 = specSha;
    r.rendered = rendered;
    r.author = actorName();
    r.message = message;
    await this.repo.saveRevision(r, m);
    await this.audit.record(
      { action: 'revision.create', targetType: 'cluster', targetId: clusterId, after: { number, specSha256: specSha, message } },
      m,
    );
    return r;
  }

  async list(clusterId: string, limit: number, offset: number): Promise<RevisionPageDto> {
    const [items, total] = await this.repo.pageRevisions(clusterId, limit, offset);
    return { items: items.map((r) => this.map(r)), total };
  }

  async get(clusterId: string, number: number): Promise<RevisionDetailDto> {
    return this.detail(await this.mustFind(clusterId, number));
  }

  async diff(clusterId: string, from: number, to: number): Promise<RevisionDiffDto> {
    const [a, b] = await Promise.all([this.mustFind(clusterId, from), this.mustFind(clusterId, to)]);
    const names = [...new Set([...Object.keys(a.rendered), ...Object.keys(b.rendered)])];
    return {
      from,
      to,
      specChanged: a.specSha256 !== b.specSha256,
      directors: names.map((name) => ({
        name,
        diff: diff(a.rendered[name]?.text ?? '', b.rendered[name]?.text ?? '', {
          oldLabel: `${name} #${from}`,
          newLabel: `${name} #${to}`,
        }),
      })),
    };
  }

  async mustFind(clusterId: string, number: number, m?: EntityManager): Promise<ConfigRevisionEntity> {
    const r = await this.repo.findRevision(clusterId, number, m);
    if (!r) throw new DeploymentsError(DeploymentsErrorCode.RevisionNotFound, `Cluster ${clusterId} has no revision ${number}.`);
    return r;
  }

  map(r: ConfigRevisionEntity): RevisionDto {
    return {
      id: r.id,
      number: r.number,
      specSha256: r.specSha256,
      author: r.author,
      message: r.message,
      createdAt: r.createdAt.toISOString(),
      directors: Object.entries(r.rendered).map(([name, x]) => ({ name, sha256: x.sha256 })),
    };
  }

  private detail(r: ConfigRevisionEntity): RevisionDetailDto {
    return { ...this.map(r), spec: r.spec, rendered: r.rendered };
  }
}
