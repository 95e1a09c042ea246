import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const SESSION_ONLY = 'lvs:sessionOnly';

/**
 * A route a signed-in person must call with their session, never with an API token: minting
 * tokens (a token could otherwise mint a child that outlives it) and changing one's own password.
 * Published as `x-session-only` in the OpenAPI spec for the route matrix test.
 */
export const SessionOnly = () => applyDecorators(SetMetadata(SESSION_ONLY, true), ApiExtension('x-session-only', true));
