import { z } from 'zod';
import { isSafeReturnTo } from './oidc-flow';

export const OidcLoginQuery = z.object({
  returnTo: z
    .string()
    .refine(isSafeReturnTo, 'must be a path on this console (starting with one /, at most 512 characters)')
    .optional()
    .meta({ description: 'Where to land after signing in (a path on the console, e.g. /clusters); the overview when absent' }),
});
export type OidcLoginQueryDto = z.output<typeof OidcLoginQuery>;

export const ProvidersSchema = z
  .object({
    password: z.object({
      enabled: z
        .boolean()
        .meta({ description: 'Whether the sign-in page shows the password form (false with LOCAL_LOGIN=break-glass-only)' }),
      breakGlassOnly: z.boolean().meta({ description: 'Password sign-in is kept for the break-glass users only (BREAK_GLASS_USERS)' }),
    }),
    oidc: z
      .object({
        name: z.string().meta({ description: 'What the button says: "Sign in with <name>" (OIDC_PROVIDER_NAME, or the issuer host)' }),
        loginUrl: z.string().meta({ description: 'Navigate the browser here (add ?returnTo=/path) to start the sign-in' }),
      })
      .nullable()
      .meta({ description: 'Single sign-on over OpenID Connect; null when not configured' }),
  })
  .meta({ id: 'Providers' });
export type ProvidersDto = z.output<typeof ProvidersSchema>;

export const OidcLogoutSchema = z
  .object({
    endSessionUrl: z.string().nullable().meta({
      description:
        "Send the browser here to end the provider's session too (RP-initiated logout); null for a password session or a provider without end_session_endpoint",
    }),
  })
  .meta({ id: 'OidcLogout' });
export type OidcLogoutDto = z.output<typeof OidcLogoutSchema>;
