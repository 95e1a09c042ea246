import { z } from 'zod';

export const RealServerAccessBodySchema = z.strictObject({
  sshUser: z.string().regex(/^[a-z_][a-z0-9_.-]{0,31}$/, 'must be a user name (lower case letters, digits, _ . -; at most 32)').meta({ description: 'User to log in as' }),
  sshPort: z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535').default(22),
  credential: z.string().min(1).max(64).meta({ description: 'A stored SSH credential (by name); the real server\'s address must be inside its binding' }),
  sudo: z.boolean().default(false).meta({ description: 'Run the (read-only) check through sudo -n' }),
});
export type RealServerAccessBody = z.output<typeof RealServerAccessBodySchema>;

export const RealServerAccessSchema = z.object({
  address: z.string(),
  sshUser: z.string(),
  sshPort: z.number().int(),
  credential: z.string(),
  sudo: z.boolean(),
  hostKeyFingerprint: z.string().nullable().meta({ description: 'The pinned host key; null until an admin accepts the one the host offers' }),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type RealServerAccessDto = z.output<typeof RealServerAccessSchema>;

export const HostKeyBodySchema = z.strictObject({
  fingerprint: z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/, 'must be an OpenSSH SHA256 fingerprint (SHA256:…43 characters)'),
});

export const RealServerHostKeySchema = z.object({
  offered: z.string().nullable().meta({ description: 'What the host offers now (null: unreachable, see error)' }),
  pinned: z.string().nullable(),
  matches: z.boolean().nullable(),
  error: z.string().nullable(),
});
export type RealServerHostKeyDto = z.output<typeof RealServerHostKeySchema>;

const CheckSchema = z.object({
  id: z.string().meta({ examples: ['arp-ignore', 'vip-on-loopback:10.0.0.10'] }),
  status: z.enum(['pass', 'fail', 'warn']),
  title: z.string(),
  detail: z.string(),
  fix: z.string().optional().meta({ description: 'The command that fixes it (the prep script has them all)' }),
});

export const RealServerChecksSchema = z.object({
  realServer: z.string().meta({ description: 'address:port' }),
  service: z.string().meta({ description: 'The virtual service key' }),
  forwarding: z.enum(['DR', 'NAT', 'TUN']),
  vips: z.array(z.string()),
  status: z.enum(['pass', 'fail', 'unchecked']).meta({ description: 'pass: every check passed; fail: one failed; unchecked: no SSH access (or it could not connect: see error) — run the prep script' }),
  checkedAt: z.iso.datetime().nullable(),
  access: RealServerAccessSchema.nullable(),
  error: z.string().nullable().meta({ description: 'Why the checks did not run (no access, host key not accepted, unreachable)' }),
  checks: z.array(CheckSchema),
  prepScriptUrl: z.string().meta({ description: 'GET it for the commands to run on the real server (text/x-shellscript)' }),
});
export type RealServerChecksDto = z.output<typeof RealServerChecksSchema>;
