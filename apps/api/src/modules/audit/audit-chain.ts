import { createHash } from 'node:crypto';
import { canonicalJson } from '../../common/redact';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields a link of the chain covers, in a fixed order. */
export interface ChainedFields {
  at: Date;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  tokenId: string | null;
  ip: string | null;
  userAgent: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  outcome: string;
  detail: string | null;
  prevHash: string;
}

/** sha256 over the previous hash and the canonical form of this event: editing any field or removing a row breaks the chain. */
export function chainHash(e: ChainedFields): string {
  const body = canonicalJson([
    e.prevHash,
    e.at.toISOString(),
    e.actorType,
    e.actorId,
    e.actorName,
    e.tokenId,
    e.ip,
    e.userAgent,
    e.action,
    e.targetType,
    e.targetId,
    e.before ?? null,
    e.after ?? null,
    e.requestId,
    e.outcome,
    e.detail,
  ]);
  return createHash('sha256').update(body).digest('hex');
}
