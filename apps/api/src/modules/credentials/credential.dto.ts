import { z } from 'zod';
import { KEEPALIVED_NAME } from '@lvs/domain';

const name = z.string().regex(KEEPALIVED_NAME, 'must be 1-64 characters of letters, digits, _ . : @ -').meta({ description: 'Referenced by directors (`credential`)' });

export const CredentialCreateSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    name,
    kind: z.literal('private_key'),
    privateKey: z.string().min(1).max(16_384).meta({ description: 'OpenSSH or PEM private key (secret: stored sealed, never returned)' }),
    passphrase: z.string().max(1024).optional().meta({ description: 'Passphrase of an encrypted key (secret)' }),
  }),
  z.strictObject({
    name,
    kind: z.literal('password'),
    password: z.string().min(1).max(1024).meta({ description: 'SSH password (secret: stored sealed, never returned)' }),
  }),
]);
export type CredentialCreateDto = z.output<typeof CredentialCreateSchema>;

export const CredentialIdParams = z.strictObject({ credentialId: z.uuid({ error: 'must be a UUID' }) });

export const CredentialSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['private_key', 'password']),
  publicKeyFingerprint: z.string().nullable().meta({ description: 'SHA256 fingerprint of the public half (keys only)' }),
  createdAt: z.string(),
});
export type CredentialDto = z.output<typeof CredentialSchema>;
export const CredentialListSchema = z.object({ items: z.array(CredentialSchema), total: z.number().int() });
export type CredentialListDto = z.output<typeof CredentialListSchema>;

/** What the SSH transport needs; only ever built inside the API process. */
export interface CredentialSecret {
  privateKey?: string;
  passphrase?: string;
  password?: string;
}
