import { z } from 'zod';
import { ROLES } from '../../common/auth/roles';

export const TokenCreateSchema = z
  .strictObject({
    name: z
      .string()
      .min(1, 'must not be empty')
      .max(100, 'must be at most 100 characters')
      .meta({ examples: ['gitlab-ci deploy'] }),
    role: z.enum(ROLES).meta({ description: "Not above the creator's own role" }),
    clusterId: z.uuid({ error: 'must be a cluster UUID' }).optional().meta({ description: 'Scope the token to this one cluster' }),
    expiresInDays: z
      .number()
      .int()
      .min(1, 'must be 1-3650')
      .max(3650, 'must be 1-3650')
      .optional()
      .meta({ description: 'Omit for a token that does not expire' }),
  })
  .meta({ id: 'ApiTokenCreate' });
export type TokenCreateDto = z.output<typeof TokenCreateSchema>;

export const TokenIdParams = z.strictObject({ tokenId: z.uuid({ error: 'must be a UUID' }) });

export const TokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().meta({ description: 'The public start of the token, to recognise it' }),
    role: z.enum(ROLES),
    clusterId: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    lastUsedIp: z.string().nullable(),
    revokedAt: z.string().nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
  })
  .meta({ id: 'ApiToken' });
export type TokenDto = z.output<typeof TokenSchema>;
export const TokenCreatedSchema = z
  .object({
    token: TokenSchema,
    secret: z.string().meta({ description: 'The token. Shown once: store it in your CI secret store now.' }),
  })
  .meta({ id: 'ApiTokenCreated' });
export type TokenCreatedDto = z.output<typeof TokenCreatedSchema>;
export const TokenListSchema = z.object({ items: z.array(TokenSchema), total: z.number().int() }).meta({ id: 'ApiTokenList' });
export type TokenListDto = z.output<typeof TokenListSchema>;
