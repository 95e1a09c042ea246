import { z } from 'zod';
import { ROLES } from '../../common/auth/roles';

export const username = z.string().regex(/^[A-Za-z0-9_.@-]{1,64}$/, 'must be 1-64 characters of letters, digits, _ . @ -');
export const password = z.string().min(12, 'must be at least 12 characters').max(256, 'must be at most 256 characters');

export const UserCreateSchema = z.strictObject({
  username,
  password,
  role: z.enum(ROLES).meta({ description: 'viewer: read; operator: topology + deploy; admin: users, tokens, credentials' }),
});
export type UserCreateDto = z.output<typeof UserCreateSchema>;

export const UserUpdateSchema = z
  .strictObject({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional(), password: password.optional() })
  .refine((v) => Object.keys(v).length > 0, 'give at least one of role, disabled, password');
export type UserUpdateDto = z.output<typeof UserUpdateSchema>;

export const UserIdParams = z.strictObject({ userId: z.uuid({ error: 'must be a UUID' }) });

export const UserSchema = z.object({
  id: z.string(),
  username: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserDto = z.output<typeof UserSchema>;
export const UserListSchema = z.object({ items: z.array(UserSchema), total: z.number().int() });
export type UserListDto = z.output<typeof UserListSchema>;
