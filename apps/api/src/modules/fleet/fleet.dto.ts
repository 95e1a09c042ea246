import { FLEET_LINT_CODES } from '@lvs/domain';
import { z } from 'zod';

const uuid = z.uuid({ error: 'must be a UUID' });
export const ClusterParams = z.strictObject({ clusterId: uuid });
export const DirectorNameParams = z.strictObject({
  clusterId: uuid,
  name: z
    .string()
    .regex(/^[A-Za-z0-9_][A-Za-z0-9_.:@-]{0,63}$/, 'must be a director name')
    .meta({ description: "The director's name in the cluster spec" }),
});

export const WhatIfQuery = z.strictObject({
  fail: z
    .string({ error: 'must say what fails' })
    .max(2000, 'must be at most 2000 characters')
    .meta({
      description:
        'What fails: `director:NAME`, `interface:IF@DIRECTOR`, `script:NAME[@DIRECTOR]` (a vrrp_script; without a director: on every director) or `real-server:IP[:PORT]` (`[IPv6]:PORT`); several separated by commas',
      examples: ['director:lab-d1', 'interface:eth1@lab-d2', 'script:chk_haproxy@lab-d1', 'real-server:10.0.0.11:80'],
    }),
});
export type WhatIfQueryDto = z.output<typeof WhatIfQuery>;

export const FindingSchema = z
  .object({
    code: z.enum(FLEET_LINT_CODES).meta({ description: 'Stable code of the rule (docs/fleet-safety.md lists them)' }),
    severity: z
      .enum(['warning', 'error'])
      .meta({ description: 'error: keepalived would misbehave — a deployment is refused; warning: look at it' }),
    clusterId: z.string(),
    cluster: z.string(),
    instance: z.string().optional(),
    director: z.string().optional(),
    path: z
      .string()
      .optional()
      .meta({ description: 'Dotted path into the cluster spec', examples: ['vrrpInstances.0.virtualRouterId'] }),
    message: z.string(),
    fix: z.string(),
    related: z
      .object({ clusterId: z.string(), cluster: z.string(), instance: z.string() })
      .optional()
      .meta({ description: 'The other side of a cross-cluster finding' }),
    blocksDeployment: z.boolean().meta({
      description:
        'Whether this finding refuses a deployment of the cluster now: an error of the cluster itself, or against a cluster that has been deployed',
    }),
  })
  .meta({ id: 'Finding' });
export type FindingDto = z.output<typeof FindingSchema>;

export const LintSchema = z
  .object({
    findings: z.array(FindingSchema),
    errors: z.number().int(),
    warnings: z.number().int(),
    clusters: z.number().int().meta({ description: 'How many clusters were checked against each other' }),
    checkedAt: z.iso.datetime(),
  })
  .meta({ id: 'Lint' });
export type LintDto = z.output<typeof LintSchema>;

const keepalived = z.object({
  version: z.string().nullable(),
  versionLine: z.string().nullable(),
  buildOptions: z.array(z.string()),
  configureFlags: z.array(z.string()),
  features: z
    .object({
      vrrp: z.boolean(),
      lvs: z.boolean(),
      vrrpAuth: z.boolean(),
      json: z.boolean(),
      snmp: z.boolean(),
      dbus: z.boolean(),
      bfd: z.boolean(),
      regex: z.boolean(),
      vmac: z.boolean(),
    })
    .nullable()
    .meta({ description: 'What the build options mean (null: the keepalived prints no build options)' }),
});

export const CapabilitiesSchema = z
  .object({
    director: z.string(),
    source: z.enum(['first-contact', 'deployment', 'refresh']).nullable().meta({ description: 'What read them last (null: never read)' }),
    gatheredAt: z.iso.datetime().nullable(),
    error: z
      .string()
      .nullable()
      .meta({ description: 'Why the last read failed (the capabilities shown are then from the read before, or null)' }),
    capabilities: z
      .object({
        keepalived,
        ipvs: z.object({ present: z.boolean(), loaded: z.boolean(), schedulers: z.array(z.string()), schedulersKnown: z.boolean() }),
        ipvsadm: z.object({ version: z.string().nullable() }),
        kernel: z.object({ release: z.string().nullable() }),
        interfaces: z.array(z.object({ name: z.string(), addresses: z.array(z.string()) })),
      })
      .nullable(),
    refusals: z
      .array(z.object({ capability: z.string(), keyword: z.string(), path: z.string(), message: z.string() }))
      .meta({ description: "What of the cluster's current spec this director cannot run (the plan refuses these)" }),
  })
  .meta({
    id: 'Capabilities',
    examples: [
      {
        director: 'lb1',
        source: 'deployment',
        gatheredAt: '2026-12-02T06:00:00.000Z',
        error: null,
        capabilities: {
          keepalived: {
            version: '2.2.7',
            versionLine: 'Keepalived v2.2.7 (01/16,2022)',
            buildOptions: ['LVS', 'VRRP', 'VRRP_AUTH', 'JSON', 'SNMP_CHECKER', 'DBUS'],
            configureFlags: ['--enable-json', '--enable-snmp', '--enable-dbus'],
            features: { vrrp: true, lvs: true, vrrpAuth: true, json: true, snmp: true, dbus: true, bfd: false, regex: false, vmac: false },
          },
          ipvs: { present: true, loaded: true, schedulers: ['rr', 'wlc', 'wrr'], schedulersKnown: true },
          ipvsadm: { version: '1.31' },
          kernel: { release: '6.1.0-13-amd64' },
          interfaces: [{ name: 'eth0', addresses: ['192.0.2.11/24'] }],
        },
        refusals: [
          {
            capability: 'ip_vs_mh',
            keyword: 'lvs_sched mh',
            path: 'virtualServices.1.scheduler',
            message: 'director lb1 cannot run lvs_sched mh: its kernel 6.1.0-13-amd64 has no ip_vs_mh module (it has rr, wlc, wrr)',
          },
        ],
      },
    ],
  });
export type CapabilitiesDto = z.output<typeof CapabilitiesSchema>;

const member = z.object({
  director: z.string(),
  state: z.enum(['MASTER', 'BACKUP', 'FAULT', 'DOWN']),
  priority: z.number().int().nullable().meta({ description: 'Effective priority after the failure (null: FAULT or down)' }),
  base: z.number().int(),
  why: z.array(z.string()),
});

export const WhatIfSchema = z
  .object({
    failures: z.array(
      z.object({
        kind: z.enum(['director', 'interface', 'script', 'real-server']),
        director: z.string().optional(),
        name: z.string().optional(),
        address: z.string().optional(),
        port: z.number().int().optional(),
      }),
    ),
    live: z
      .boolean()
      .meta({ description: 'Whether the live state (current MASTERs, directors down, real servers down) was used; false: the spec alone' }),
    liveAt: z.string().nullable(),
    downDirectors: z.array(z.object({ director: z.string(), why: z.string() })),
    instances: z.array(
      z.object({
        name: z.string(),
        before: z.string().nullable(),
        after: z.string().nullable(),
        changed: z.boolean(),
        members: z.array(member),
        vips: z.array(z.string()),
        takeoverSeconds: z
          .number()
          .optional()
          .meta({ description: "About how long until the new MASTER holds the VIPs, by keepalived's timers" }),
        notes: z.array(z.string()),
      }),
    ),
    vips: z.array(z.object({ address: z.string(), instance: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
    services: z.array(
      z.object({
        service: z.string(),
        vip: z.string().nullable(),
        directorBefore: z.string().nullable().optional(),
        directorAfter: z.string().nullable().optional(),
        realServers: z.object({ total: z.number().int(), before: z.number().int(), after: z.number().int() }),
        weight: z.object({ before: z.number().int(), after: z.number().int() }),
        lost: z.array(z.string()),
        quorum: z.number().int(),
        belowQuorumBefore: z.boolean(),
        belowQuorumAfter: z.boolean(),
        down: z.boolean(),
      }),
    ),
    summary: z.array(z.string()),
  })
  .meta({ id: 'WhatIf' });
export type WhatIfDto = z.output<typeof WhatIfSchema>;
