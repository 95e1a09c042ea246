import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiExtension } from '@nestjs/swagger';

export const ROLES = ['viewer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export function roleAtLeast(have: Role, need: Role): boolean {
  return RANK[have] >= RANK[need];
}

export const REQUIRED_ROLE = 'lvs:requiredRole';

/**
 * The least role a route needs (viewer < operator < admin). Every non-@Public() route must say it:
 * the global guard refuses a route that declares neither (default-deny). The role is published in
 * the OpenAPI spec as `x-required-role`, which the role × endpoint matrix test walks.
 */
export const RequireRole = (role: Role) =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLE, role),
    ApiExtension('x-required-role', role),
    ApiBearerAuth('bearer'),
    ApiCookieAuth('session'),
  );
