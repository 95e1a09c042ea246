import { z } from 'zod';
import { KEEPALIVED_NAME } from '@lvs/domain';
import { parseBindingEntry } from './address-binding';

/**
 * The addresses a credential may be sent to. Required when a credential is stored: an admin decides
 * where each secret may go, and an empty list means nowhere (a credential migrated from before
 * bindings existed starts so, and is refused until an admin binds it).
 */
export const allowedAddresses = z
  .array(z.string().max(64, 'must be at most 64 characters'), {
    error: 'must be a list of IPv4/IPv6 addresses or networks (e.g. ["192.0.2.0/24"])',
  })
  .max(64, 'must list at most 64 addresses or networks')
  .superRefine((entries, ctx) => {
    entries.forEach((entry, i) => {
      const r = parseBindingEntry(entry);
      if (!r.ok) ctx.addIssue({ code: 'custom', path: [i], message: r.message });
    });
  })
  .meta({
    description:
      'IPv4/IPv6 addresses and networks (CIDR) this credential may be sent to. The console refuses, before connecting, any director whose address is outside it; [] = nowhere. Stored canonical (2001:DB8::1 → 2001:db8::1; 192.0.2.0/32 → 192.0.2.0); host bits in a network and /0 are refused.',
    examples: [['10.213.0.0/24', '192.0.2.10']],
  });

const name = z
  .string()
  .regex(KEEPALIVED_NAME, 'must be 1-64 characters of letters, digits, _ . : @ -')
  .meta({ description: 'Referenced by directors (`credential`)' });

export const CredentialCreateSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      name,
      kind: z.literal('private_key'),
      privateKey: z.string().min(1).max(16_384).meta({ description: 'OpenSSH or PEM private key (secret: stored sealed, never returned)' }),
      passphrase: z.string().max(1024).optional().meta({ description: 'Passphrase of an encrypted key (secret)' }),
      allowedAddresses,
    }),
    z.strictObject({
      name,
      kind: z.literal('password'),
      password: z.string().min(1).max(1024).meta({ description: 'SSH password (secret: stored sealed, never returned)' }),
      allowedAddresses,
    }),
  ])
  .meta({ id: 'CredentialCreate' });
export type CredentialCreateDto = z.output<typeof CredentialCreateSchema>;

/** Admin-only change of where a credential may be sent (the secret itself is never changed in place). */
export const CredentialUpdateSchema = z.strictObject({ allowedAddresses }).meta({ id: 'CredentialUpdate' });
export type CredentialUpdateDto = z.output<typeof CredentialUpdateSchema>;

export const CredentialIdParams = z.strictObject({ credentialId: z.uuid({ error: 'must be a UUID' }) });

export const CredentialSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['private_key', 'password']),
    publicKeyFingerprint: z.string().nullable().meta({ description: 'SHA256 fingerprint of the public half (keys only)' }),
    allowedAddresses: z
      .array(z.string())
      .meta({ description: 'Addresses and networks the credential may be sent to, canonical; [] = nowhere' }),
    createdAt: z.string(),
  })
  .meta({ id: 'Credential' });
export type CredentialDto = z.output<typeof CredentialSchema>;
export const CredentialListSchema = z.object({ items: z.array(CredentialSchema), total: z.number().int() }).meta({ id: 'CredentialList' });
export type CredentialListDto = z.output<typeof CredentialListSchema>;

/** What the SSH transport needs; only ever built inside the API process. */
export interface CredentialSecret {
  privateKey?: string;
  passphrase?: string;
  password?: string;
}
