import type { VirtualService } from '@lvs/domain';
import { vsKey } from '../../live/keys';

/**
 * A virtual service's natural key as the API's `?key=` and libs/domain's virtualServiceKey spell
 * it, a virtual_server group service included (`group:NAME`), without pulling libs/domain's
 * schemas (and zod) into the cluster page's bundle.
 */
export const serviceKey = (vs: Pick<VirtualService, 'vip' | 'port' | 'protocol' | 'fwmark' | 'group'>): string =>
  vs.group !== undefined ? `group:${vs.group}` : vsKey(vs);
