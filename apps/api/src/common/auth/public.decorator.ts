import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'lvs:isPublic';

/** Marks a route as reachable without authentication. Every other route is default-deny. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
