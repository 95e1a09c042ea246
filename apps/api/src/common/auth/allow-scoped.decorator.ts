import { SetMetadata } from '@nestjs/common';

export const ALLOW_SCOPED = 'lvs:allowScoped';

/**
 * A route without a `clusterId` parameter that a cluster-scoped token may still call (who am I,
 * the cluster list filtered to its cluster). Every other such route refuses scoped tokens.
 */
export const AllowScoped = (): MethodDecorator & ClassDecorator => SetMetadata(ALLOW_SCOPED, true);
