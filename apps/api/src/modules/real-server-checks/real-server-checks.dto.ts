import { z } from 'zod';

export const RealServerAccessBodySchema = z
  .strictObject({
    sshUser: z
      .string()
      .regex(/^[a-z_][a-z0-9_.-]{0,31}$/, 'must be a user name (lower case letters, digits, _ . -; at most 32)')
      .meta({ description: 'User to log in as' }),
    sshPort: z
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be 1-65535')
      .max(65535, 'must be 1-65535')
      .default(22),
    credential: z
      .string()
      .min(1)
      .max(64)
      .meta({ description: "A stored SSH credential (by name); the real server's address must be inside its binding" }),
    sudo: z.boolean().default(false).meta({ description: 'Run the (read-only) check through sudo -n' }),
  })
  .meta({ id: 'RealServerAccessBody', examples: [{ sshUser: 'lvs-check', sshPort: 22, credential: 'real-servers-key', sudo: true }] });
export type RealServerAccessBody = z.output<typeof RealServerAccessBodySchema>;

export const RealServerAccessSchema = z
  .object({
    address: z.string(),
    sshUser: z.string(),
    sshPort: z.number().int(),
    credential: z.string(),
    sudo: z.boolean(),
    hostKeyFingerprint: z
      .string()
      .nullable()
      .meta({ description: 'The pinned host key; null until an admin accepts the one the host offers' }),
    version: z.number().int().meta({ description: 'Its ETag is W/"<version>"' }),
    updatedAt: z.iso.datetime(),
  })
  .meta({
    id: 'RealServerAccess',
    examples: [
      {
        address: '10.0.0.21',
        sshUser: 'lvs-check',
        sshPort: 22,
        credential: 'real-servers-key',
        sudo: true,
        hostKeyFingerprint: 'SHA256:2fZ0q6mP3v1QkPzJ9wJjzC8b8r4tE5Qx1Yy7dTn0a9I',
        version: 2,
        updatedAt: '2026-12-02T07:00:00.000Z',
      },
    ],
  });
export type RealServerAccessDto = z.output<typeof RealServerAccessSchema>;

export const HostKeyBodySchema = z
  .strictObject({
    fingerprint: z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/, 'must be an OpenSSH SHA256 fingerprint (SHA256:…43 characters)'),
  })
  .meta({ id: 'HostKeyBody', examples: [{ fingerprint: 'SHA256:2fZ0q6mP3v1QkPzJ9wJjzC8b8r4tE5Qx1Yy7dTn0a9I' }] });

export const RealServerHostKeySchema = z
  .object({
    offered: z.string().nullable().meta({ description: 'What the host offers now (null: unreachable, see error)' }),
    pinned: z.string().nullable(),
    matches: z.boolean().nullable(),
    error: z.string().nullable(),
  })
  .meta({
    id: 'RealServerHostKey',
    examples: [{ offered: 'SHA256:2fZ0q6mP3v1QkPzJ9wJjzC8b8r4tE5Qx1Yy7dTn0a9I', pinned: null, matches: null, error: null }],
  });
export type RealServerHostKeyDto = z.output<typeof RealServerHostKeySchema>;

const CheckSchema = z
  .object({
    id: z.string().meta({ examples: ['arp-ignore', 'vip-on-loopback:10.0.0.10'] }),
    status: z.enum(['pass', 'fail', 'warn']),
    title: z.string(),
    detail: z.string(),
    fix: z.string().optional().meta({ description: 'The command that fixes it (the prep script has them all)' }),
  })
  .meta({ id: 'RealServerCheck' });

export const RealServerChecksSchema = z
  .object({
    realServer: z.string().meta({ description: 'address:port' }),
    service: z.string().meta({ description: 'The virtual service key' }),
    forwarding: z.enum(['DR', 'NAT', 'TUN']),
    vips: z.array(z.string()),
    status: z.enum(['pass', 'fail', 'unchecked']).meta({
      description:
        'pass: every check passed; fail: one failed; unchecked: no SSH access (or it could not connect: see error) — run the prep script',
    }),
    checkedAt: z.iso.datetime().nullable(),
    access: RealServerAccessSchema.nullable(),
    error: z.string().nullable().meta({ description: 'Why the checks did not run (no access, host key not accepted, unreachable)' }),
    checks: z.array(CheckSchema),
    prepScriptUrl: z.string().meta({ description: 'GET it for the commands to run on the real server (text/x-shellscript)' }),
  })
  .meta({
    id: 'RealServerChecks',
    examples: [
      {
        realServer: '10.0.0.21:80',
        service: '10.0.0.10:80/TCP',
        forwarding: 'DR',
        vips: ['10.0.0.10'],
        status: 'fail',
        checkedAt: '2026-12-02T07:00:00.000Z',
        access: null,
        error: null,
        checks: [
          {
            id: 'vip-on-loopback:10.0.0.10',
            status: 'pass',
            title: '10.0.0.10 on lo as /32',
            detail: 'the host accepts packets for 10.0.0.10 without owning it on the wire',
          },
          {
            id: 'arp-ignore',
            status: 'fail',
            title: 'arp_ignore=1 (answer ARP only for addresses of the receiving interface)',
            detail: 'effective 0 (all=0, eth0=0): the host answers ARP for the VIP and steals it from the director',
            fix: 'sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.eth0.arp_ignore=1',
          },
        ],
        prepScriptUrl: '/api/v1/clusters/…/virtual-services/…/real-servers/…/prep-script',
      },
    ],
  });

export const PrepScriptSchema = z
  .object({
    filename: z.string(),
    forwarding: z.enum(['DR', 'NAT', 'TUN']),
    script: z.string().meta({ description: 'POSIX sh, run as root on the real server; idempotent' }),
  })
  .meta({
    id: 'PrepScript',
    examples: [{ filename: 'lvs-prep-10.0.0.21.sh', forwarding: 'DR', script: '#!/bin/sh\n# LVS Console: prepare 10.0.0.21:80 …\n' }],
  });
export type PrepScriptDto = z.output<typeof PrepScriptSchema>;
export type RealServerChecksDto = z.output<typeof RealServerChecksSchema>;
