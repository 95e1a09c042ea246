import { z } from 'zod';
import { INT4_MAX } from '../../common/validation/edge';
import { FindingSchema } from '../fleet/fleet.dto';
import { IssueSchema } from '../clusters/resources/dto/common';

export const ClusterParams = z.strictObject({ clusterId: z.uuid({ error: 'must be a UUID' }) });
export const RevisionParams = z.strictObject({
  clusterId: z.uuid({ error: 'must be a UUID' }),
  number: z.coerce.number({ error: 'must be a revision number' }).int().min(1, 'must be a revision number (1, 2, …)'),
});
export const DeploymentParams = z.strictObject({
  clusterId: z.uuid({ error: 'must be a UUID' }),
  deploymentId: z.uuid({ error: 'must be a UUID' }),
});
export const DirectorParams = z.strictObject({
  clusterId: z.uuid({ error: 'must be a UUID' }),
  director: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.:@-]{0,63}$/, 'must be a director name'),
});
export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const RevisionCreateSchema = z
  .strictObject({ message: z.string().max(2000, 'must be at most 2000 characters').default('') })
  .meta({ id: 'RevisionCreate' });
export const PlanQuery = z.strictObject({
  revision: z.coerce.number().int().min(1).optional().meta({ description: 'Plan this revision; default: the current topology' }),
});
export const DiffQuery = z.strictObject({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

const drainOptions = {
  drainFirst: z.boolean().default(true).meta({
    description:
      'Deploy in two stages when one reload would not apply the revision cleanly: an interim stage keeps real servers the revision removes while they serve, drained (weight 0), until their active connections end (or drainTimeoutSeconds passes), and takes VIPs that move between instances off the old one; then the revision. false: one stage',
  }),
  drainTimeoutSeconds: z.number().int('must be a whole number of seconds').min(0, 'must be 0-3600').max(3600, 'must be 0-3600').default(60),
};

export const DeploymentCreateSchema = z
  .strictObject({
    revision: z
      .number()
      .int()
      .min(1, 'must be a revision number (1, 2, …)')
      .max(INT4_MAX, `must be a revision number (at most ${INT4_MAX})`)
      .optional()
      .meta({ description: 'Revision number to deploy; default: freeze the current topology into a new revision' }),
    message: z.string().max(2000).default('').meta({ description: 'Message of the new revision when none is given' }),
    parallel: z.boolean().default(false).meta({ description: 'Push BACKUP directors in parallel (MASTERs still last, one at a time)' }),
    stopOnFailure: z.boolean().default(true).meta({ description: 'Stop at the first failed director (the rest are skipped, untouched)' }),
    ...drainOptions,
  })
  .meta({ id: 'DeploymentCreate' });
export const HostKeyAcceptSchema = z
  .strictObject({
    fingerprint: z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/, 'must be an OpenSSH SHA256 fingerprint (SHA256:…43 characters)'),
  })
  .meta({ id: 'HostKeyAccept' });

const Step = z.object({
  name: z.string(),
  status: z.enum(['ok', 'failed', 'skipped']),
  startedAt: z.string(),
  ms: z.number(),
  output: z.string().optional(),
  stage: z.literal('interim').optional().meta({
    description:
      'interim: a step of the first of two stages (real servers the revision removes still in but drained; VIPs it moves between instances on neither)',
  }),
});

export const RevisionSchema = z
  .object({
    id: z.string(),
    number: z.number().int(),
    specSha256: z.string(),
    author: z.string(),
    message: z.string(),
    createdAt: z.string(),
    directors: z.array(z.object({ name: z.string(), sha256: z.string() })),
  })
  .meta({ id: 'Revision' });
export type RevisionDto = z.output<typeof RevisionSchema>;
export const RevisionDetailSchema = RevisionSchema.extend({
  spec: z.unknown(),
  rendered: z.record(
    z.string(),
    z
      .object({
        text: z.string(),
        sha256: z.string(),
        keepalivedVersion: z.string().nullable().optional().meta({
          description:
            "The keepalived release this director's config was rendered for (its recorded `keepalived -v`); null: none recorded, rendered with the current keywords; absent in ipvsadm mode",
        }),
        omitted: z
          .array(z.string())
          .optional()
          .meta({ description: 'Console keywords left out because that release does not know them (e.g. reload_check_config before 2.2)' }),
      })
      .meta({ id: 'RenderedConfig' }),
  ),
}).meta({ id: 'RevisionDetail' });
export type RevisionDetailDto = z.output<typeof RevisionDetailSchema>;
export const RevisionPageSchema = z.object({ items: z.array(RevisionSchema), total: z.number().int() }).meta({ id: 'RevisionPage' });
export type RevisionPageDto = z.output<typeof RevisionPageSchema>;
export const RevisionDiffSchema = z
  .object({
    from: z.number(),
    to: z.number(),
    directors: z.array(z.object({ name: z.string(), diff: z.string() })),
    specChanged: z.boolean(),
  })
  .meta({ id: 'RevisionDiff' });
export type RevisionDiffDto = z.output<typeof RevisionDiffSchema>;

export const TargetSchema = z
  .object({
    director: z.string(),
    position: z.number().int(),
    status: z.enum(['pending', 'running', 'succeeded', 'failed', 'rolled_back', 'skipped']),
    steps: z.array(Step),
    beforeSha256: z.string().nullable(),
    afterSha256: z.string().nullable(),
    error: z.string().nullable(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'DeploymentTarget' });
export const DeploymentSchema = z
  .object({
    id: z.string(),
    clusterId: z.string(),
    revision: z.number().int(),
    status: z.enum(['pending', 'running', 'succeeded', 'failed', 'rolled_back', 'interrupted']),
    parallel: z.boolean(),
    stopOnFailure: z.boolean(),
    requestedBy: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
    targets: z.array(TargetSchema),
  })
  .meta({ id: 'Deployment' });
export type DeploymentDto = z.output<typeof DeploymentSchema>;
export const DeploymentPageSchema = z.object({ items: z.array(DeploymentSchema), total: z.number().int() }).meta({ id: 'DeploymentPage' });
export type DeploymentPageDto = z.output<typeof DeploymentPageSchema>;

export const PlanSchema = z
  .object({
    revision: z.number().int().nullable().meta({ description: 'The revision planned, or null for the current topology' }),
    lastDeployedRevision: z.number().int().nullable(),
    directors: z.array(
      z.object({
        name: z.string(),
        reachable: z.boolean(),
        error: z.string().nullable(),
        liveSha256: z.string().nullable(),
        newSha256: z.string(),
        drifted: z.boolean().nullable().meta({ description: 'Live file differs from what the last deployment pushed (null: unknown)' }),
        changed: z.boolean().nullable(),
        keepalivedVersion: z.string().nullable().meta({
          description:
            "The keepalived release the new config is rendered for (the director's recorded `keepalived -v`, read on first contact and on every deployment); null: version unknown (rendered with the current keywords), or ipvsadm mode",
        }),
        diff: z.string().meta({ description: 'Unified diff live → new' }),
      }),
    ),
    warnings: z.array(IssueSchema),
    hazards: z
      .array(
        z.object({
          kind: z.enum(['vip-moved', 'vrid-changed', 'instance-removed', 'real-server-removed', 'script-changed']),
          path: z.string(),
          message: z.string(),
          directors: z.array(z.string()).optional().meta({ description: 'script-changed: the directors that run the script (as root)' }),
          script: z.string().optional().meta({ description: 'script-changed: the script text (the removed text, for a removed script)' }),
          previous: z.string().optional().meta({ description: 'script-changed: the deployed text of a changed script' }),
        }),
      )
      .meta({
        description:
          'Edits since the last deployed revision that one keepalived reload does not apply cleanly (a VIP moved between instances, a changed virtual_router_id, a removed instance, a real server removed without draining), with what to do instead; and every script added, changed or removed (all scripts on a first deployment), with its text and the directors that run it as root',
      }),
    lint: z.array(FindingSchema).meta({
      description:
        'VRRP lint of the planned spec against every cluster (docs/fleet-safety.md); errors with blocksDeployment refuse the deployment',
    }),
    notes: z.array(z.string()).meta({
      description:
        'What this deployment changes besides the diff, e.g. directors deployed before runtime controls that get them now (docs/runtime.md)',
    }),
  })
  .meta({ id: 'Plan' });
export type PlanDto = z.output<typeof PlanSchema>;

export const HostKeySchema = z
  .object({
    director: z.string(),
    offered: z
      .string()
      .nullable()
      .meta({ description: 'The fingerprint the director offers now (the new one, when it differs from the pinned one)' }),
    pinned: z.string().nullable().meta({ description: 'The pinned fingerprint (the old one, until a re-pin)' }),
    matches: z.boolean().nullable(),
    error: z.string().nullable(),
    credential: z.string().nullable().meta({ description: 'The stored credential the director uses, if any' }),
    acceptRole: z.enum(['operator', 'admin']).meta({
      description:
        'Who may pin the offered key: admin when the director uses a credential (pinning decides where its secret goes) or a different key is already pinned (a re-pin); operator otherwise. Cluster-scoped tokens never may when admin is needed.',
    }),
    previous: z.string().nullable().optional().meta({ description: 'After a pin: the fingerprint it replaced (null: none was pinned)' }),
  })
  .meta({ id: 'HostKey' });
export type HostKeyDto = z.output<typeof HostKeySchema>;

export const DriftSchema = z
  .object({
    drift: z.boolean(),
    checkedAt: z.string(),
    lastDeployedRevision: z.number().int().nullable(),
    directors: z.array(
      z.object({
        name: z.string(),
        expectedSha256: z.string().nullable(),
        liveSha256: z.string().nullable(),
        drifted: z.boolean().nullable().meta({
          description: 'the file or the live IPVS table differs from the last deployed revision (null: nothing deployed, or unreachable)',
        }),
        fileDrifted: z.boolean().nullable().meta({ description: "the file's sha256 differs from the deployed one" }),
        tableDrifted: z.boolean().nullable().meta({
          description:
            'the live IPVS table has what the deployed revision (and, in keepalived mode, its health checks) cannot explain; null when not compared',
        }),
        tableDifferences: z.array(z.string()).meta({ description: '`- live line` / `+ wanted line`, at most 50 (then a count)' }),
        tableNote: z.string().nullable().meta({ description: 'why the table was not compared (e.g. no IPVS in the kernel)' }),
        trackFilesDrifted: z.boolean().nullable().meta({
          description:
            "a console track file (runtime controls) holds another value than the console's record: the admin state deployed or applied now, the maintenance state; null when the director's config has none",
        }),
        trackFileDifferences: z
          .array(z.string())
          .meta({ description: 'per differing track file: its path, what it controls, the value found and the value the console has' }),
        error: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Drift' });
export type DriftDto = z.output<typeof DriftSchema>;
