import { z } from 'zod';
import { ROLES } from '../../common/auth/roles';
import { passwordWeakness } from './password-policy';

export const username = z.string().regex(/^[A-Za-z0-9_.@-]{1,64}$/, 'must be 1-64 characters of letters, digits, _ . @ -');
export const password = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(256, 'must be at most 256 characters')
  .superRefine((v, ctx) => {
    const why = passwordWeakness(v);
    if (why) ctx.addIssue({ code: 'custom', message: why });
  })
  .meta({ description: 'At least 12 characters; not a common password or pattern, not containing the user name' });

/** The part of the policy that needs the user name (the list and patterns are checked by `password`). */
export function passwordIssue(pw: string, name: string): string | undefined {
  return passwordWeakness(pw, name);
}

export const UserCreateSchema = z
  .strictObject({
    username,
    password,
    role: z.enum(ROLES).meta({ description: 'viewer: read; operator: topology + deploy; admin: users, tokens, credentials' }),
  })
  .superRefine((v, ctx) => {
    const why = passwordIssue(v.password, v.username);
    if (why === 'must not contain the user name') ctx.addIssue({ code: 'custom', path: ['password'], message: why });
  })
  .meta({ id: 'UserCreate' });
export type UserCreateDto = z.output<typeof UserCreateSchema>;

export const UserUpdateSchema = z
  .strictObject({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional(), password: password.optional() })
  .refine((v) => Object.keys(v).length > 0, 'give at least one of role, disabled, password')
  .meta({ id: 'UserUpdate' });
export type UserUpdateDto = z.output<typeof UserUpdateSchema>;

export const UserIdParams = z.strictObject({ userId: z.uuid({ error: 'must be a UUID' }) });

export const UserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    role: z.enum(ROLES),
    disabled: z.boolean(),
    authSource: z.enum(['local', 'oidc']).meta({
      description: 'local: signs in with a password; oidc: through the OpenID provider only (role re-read from its claim at every sign-in)',
    }),
    lockedUntil: z.string().nullable().meta({
      description:
        'Until when failed sign-ins from some address still delay the next try (per address; other addresses are not slowed). POST …/unlock ends it.',
    }),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type UserDto = z.output<typeof UserSchema>;
export const UserListSchema = z.object({ items: z.array(UserSchema), total: z.number().int() }).meta({ id: 'UserList' });
export type UserListDto = z.output<typeof UserListSchema>;
