import type { ClusterSpec } from '@lvs/domain';
import {
  diff as unifiedDiff,
  KeepalivedVersionError,
  reloadHazards,
  type ReloadHazard,
  renderDirectorConfigFor,
  specSha256,
} from '@lvs/keepalived';
import pc from 'picocolors';
import type { ClusterRef } from './api';
import { CliError, ExitCode } from './exit-codes';
import { formatFinding, type Finding, type SpecFile } from './spec-file';
import { colourDiff, formatSpecChanges, specChanges, type SpecChange } from './spec-diff';

export interface DirectorDiff {
  name: string;
  /** Unified diff of keepalived.conf (or the IPVS rules) from the last deployed revision to this spec; '' when equal. */
  diff: string;
  /** The keepalived release rendered for (the director's recorded `keepalived -v`); null: none recorded; absent in ipvsadm mode. */
  keepalivedVersion?: string | null;
  /** Console keywords left out because that release does not know them. */
  omitted?: string[];
}

/** What applying (and deploying) the file would change, all computed on this side. */
export interface Plan {
  file: SpecFile;
  spec: ClusterSpec;
  warnings: Finding[];
  cluster: ClusterRef | null;
  /** The server's spec and its ETag as read (null: the cluster does not exist yet). */
  current: ClusterSpec | null;
  etag: string | null;
  changes: SpecChange[];
  lastDeployedRevision: number | null;
  directors: DirectorDiff[];
  hazards: ReloadHazard[];
}

/** The last successfully deployed revision, as GET /revisions/{number} gives it. */
export interface DeployedRevision {
  number: number;
  specSha256: string;
  spec: ClusterSpec;
  rendered: Record<string, { text: string; sha256: string; keepalivedVersion?: string | null }>;
}

/** What the directors would get, as a plan shows it: per director the diff from the last deployed revision, and the hazards. */
export type DirectorsPlan = Pick<Plan, 'lastDeployedRevision' | 'directors' | 'hazards'>;

/**
 * The server has no plan of a spec it has not stored (GET /plan plans a revision or the current
 * topology), so the CLI renders the file itself with libs/keepalived — with the API's render
 * options and the revision number the next freeze will take — and diffs it against the rendered
 * files of the last successfully deployed revision. Hazards are libs/keepalived's reloadHazards
 * between that revision's spec and the file, as the API's plan computes them.
 */
export function planDirectors(i: {
  file: SpecFile;
  spec: ClusterSpec;
  deployed: DeployedRevision | null;
  nextRevision: number;
  /** Director → its recorded `keepalived -v` (GET …/capabilities): each director is rendered for its release, as the API's freeze does. */
  versions?: Readonly<Record<string, string>>;
}): DirectorsPlan {
  const { spec, deployed } = i;
  const versions = i.versions ?? {};
  // One hash for every director (renderDirectorConfig would hash the spec once per director).
  const sha = specSha256(spec);
  const sameAsDeployed = deployed !== null && deployed.specSha256 === sha;
  const tooOld: KeepalivedVersionError[] = [];
  const directors = spec.directors.flatMap((d): DirectorDiff[] => {
    const before = deployed?.rendered[d.name];
    const old = before?.text ?? '';
    const keepalivedVersion = spec.mode === 'keepalived' ? (versions[d.name] ?? null) : undefined;
    let text = old;
    let omitted: string[] = [];
    // Unchanged since the deployment and rendered for the same release: what the director has is what this spec renders to.
    if (!sameAsDeployed || (before?.keepalivedVersion ?? null) !== (keepalivedVersion ?? null)) {
      try {
        ({ text, omitted } = renderDirectorConfigFor(spec, d.name, {
          revision: i.nextRevision,
          specSha256: sha,
          keepalivedVersion: keepalivedVersion ?? undefined,
        }));
      } catch (e) {
        if (!(e instanceof KeepalivedVersionError)) throw e;
        tooOld.push(e);
        return [];
      }
    }
    return [
      {
        name: d.name,
        diff: unifiedDiff(old, text, {
          oldLabel: `${d.name} ${deployed ? `(revision ${deployed.number}, deployed)` : '(nothing deployed)'}`,
          newLabel: `${d.name} (${i.file.name})`,
        }),
        ...(keepalivedVersion !== undefined && { keepalivedVersion }),
        ...(omitted.length && { omitted }),
      },
    ];
  });
  // The API refuses such a spec at the freeze (422 deployments.keepalived_version_unsupported): say so before it is applied.
  if (tooOld.length)
    throw new CliError(
      `${i.file.name}: ${tooOld.length} director(s) cannot run this spec with the keepalived they run`,
      ExitCode.Invalid,
      tooOld.map((e) => e.message),
    );
  return { lastDeployedRevision: deployed?.number ?? null, directors, hazards: reloadHazards(deployed?.spec ?? null, spec) };
}

/** The whole plan: the spec change against the server's spec, and what the directors would get (planDirectors). */
export function planFrom(
  i: Pick<Plan, 'file' | 'spec' | 'warnings' | 'cluster' | 'current' | 'etag'> & {
    deployed: DeployedRevision | null;
    nextRevision: number;
    versions?: Readonly<Record<string, string>>;
  },
): Plan {
  return {
    file: i.file,
    spec: i.spec,
    warnings: i.warnings,
    cluster: i.cluster,
    current: i.current,
    etag: i.etag,
    changes: specChanges(i.current, i.spec),
    ...planDirectors(i),
  };
}

export const planHasChanges = (p: Plan) => p.changes.length > 0 || p.directors.some((d) => d.diff !== '');

export function formatPlan(p: Plan, color: boolean): string {
  const out: string[] = [];
  out.push(
    p.cluster
      ? `Cluster ${p.cluster.name} (version ${p.cluster.version}) ← ${p.file.name}\n`
      : `Cluster ${p.spec.name} does not exist: apply creates it from ${p.file.name}\n`,
  );
  out.push(formatSpecChanges(p.changes, color));
  for (const w of p.warnings) out.push(`warning: ${formatFinding(w)}\n`);
  out.push(
    `\nDirectors (against ${p.lastDeployedRevision ? `revision ${p.lastDeployedRevision}, the last deployed` : 'nothing deployed yet'}; rendered here, not read from the directors):\n`,
  );
  for (const d of p.directors) {
    // The release shows only where one is recorded: an unread director is rendered with every keyword, as the API does.
    const release = d.keepalivedVersion ? ` (keepalived ${d.keepalivedVersion})` : '';
    if (!d.diff) out.push(`  ${d.name}${release}: no change\n`);
    else out.push(release ? `  ${d.name}${release}:\n` : '', colourDiff(d.diff, color));
    if (d.omitted?.length) out.push(`  note: ${d.name}'s keepalived does not know ${d.omitted.join(', ')}: rendered without them\n`);
  }
  if (p.hazards.length) {
    out.push(`\nHazards (${p.hazards.length}):\n`);
    for (const h of p.hazards) out.push(`${pc.createColors(color).yellow('!')} ${h.kind} ${h.path}: ${h.message}\n`);
  }
  return out.join('');
}
