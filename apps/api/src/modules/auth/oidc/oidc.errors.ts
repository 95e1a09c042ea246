import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../../common/errors/app-error';

/** Why a single sign-on did not sign the user in; the browser flow shows the code on the sign-in page (`/login?error=oidc.<code>`). */
export enum OidcErrorCode {
  NotConfigured = 'not_configured',
  ProviderUnavailable = 'provider_unavailable',
  FlowExpired = 'flow_expired',
  StateMismatch = 'state_mismatch',
  ProviderError = 'provider_error',
  CodeRejected = 'code_rejected',
  IdTokenInvalid = 'id_token_invalid',
  NoRole = 'no_role',
  UsernameTaken = 'username_taken',
  AccountDisabled = 'account_disabled',
}

export const OidcError = defineErrors('oidc', {
  [OidcErrorCode.NotConfigured]: HttpStatus.NOT_FOUND,
  [OidcErrorCode.ProviderUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [OidcErrorCode.FlowExpired]: HttpStatus.BAD_REQUEST,
  [OidcErrorCode.StateMismatch]: HttpStatus.BAD_REQUEST,
  [OidcErrorCode.ProviderError]: HttpStatus.UNAUTHORIZED,
  [OidcErrorCode.CodeRejected]: HttpStatus.UNAUTHORIZED,
  [OidcErrorCode.IdTokenInvalid]: HttpStatus.UNAUTHORIZED,
  [OidcErrorCode.NoRole]: HttpStatus.FORBIDDEN,
  [OidcErrorCode.UsernameTaken]: HttpStatus.CONFLICT,
  [OidcErrorCode.AccountDisabled]: HttpStatus.FORBIDDEN,
} satisfies Record<OidcErrorCode, HttpStatus>);
export type OidcError = InstanceType<typeof OidcError>;
