import { z } from 'zod';
import { ROLES } from '../../common/auth/roles';
import { password } from '../users/user.dto';

export const LoginSchema = z
  .strictObject({
    username: z.string().min(1, 'must not be empty').max(64),
    password: z.string().min(1, 'must not be empty').max(256),
  })
  .meta({ id: 'Login' });
export type LoginDto = z.output<typeof LoginSchema>;

export const MeSchema = z
  .object({
    user: z.object({ id: z.string(), username: z.string(), role: z.enum(ROLES) }),
    via: z.enum(['session', 'token']),
    token: z.object({ id: z.string(), name: z.string(), clusterId: z.string().nullable() }).nullable(),
    csrfToken: z.string().nullable().meta({ description: 'Echo in X-CSRF-Token on cookie-authenticated writes' }),
  })
  .meta({ id: 'Me' });
export type MeDto = z.output<typeof MeSchema>;

export const PasswordChangeSchema = z
  .strictObject({
    currentPassword: z.string().min(1, 'must not be empty').max(256),
    newPassword: password,
  })
  .meta({ id: 'PasswordChange' });
export type PasswordChangeDto = z.output<typeof PasswordChangeSchema>;
