import { ApiHeader } from '@nestjs/swagger';
import type { Response } from 'express';
import { etagOf } from './etag';

/** Documents the optional `If-Match` request header of a write. */
export const IfMatchHeader = (what: string) =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: `ETag of the ${what} from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional.`,
    schema: { type: 'string', examples: ['W/"3"'] },
  });

export function setEtag(res: Response, version: number): void {
  res.setHeader('ETag', etagOf(version));
}
