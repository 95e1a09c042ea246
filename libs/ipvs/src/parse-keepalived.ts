/** VRRP state of one instance as keepalived reports it. */
export interface VrrpInstanceState {
  name: string;
  state: 'INIT' | 'BACKUP' | 'MASTER' | 'FAULT' | 'UNKNOWN';
  interface?: string;
  virtualRouterId?: number;
  priority?: number;
  vips: string[];
  lastTransition?: number;
}

const STATES = ['INIT', 'BACKUP', 'MASTER', 'FAULT'] as const;

/**
 * keepalived's JSON dump (`kill -s $(keepalived --signum=JSON)` → /tmp/keepalived.json, VRRP only).
 * `auth_data` (the VRRP password) is never copied out.
 */
export function parseKeepalivedJson(text: string): VrrpInstanceState[] {
  const doc = JSON.parse(text) as { data?: Record<string, unknown> }[];
  if (!Array.isArray(doc)) throw new Error('keepalived JSON dump is not an array');
  return doc.map(({ data = {} }) => ({
    name: String(data.iname ?? ''),
    state: STATES[Number(data.state)] ?? 'UNKNOWN',
    interface: typeof data.ifp_ifname === 'string' ? data.ifp_ifname : undefined,
    virtualRouterId: typeof data.vrid === 'number' ? data.vrid : undefined,
    priority:
      typeof data.effective_priority === 'number'
        ? data.effective_priority
        : typeof data.base_priority === 'number'
          ? data.base_priority
          : undefined,
    vips: Array.isArray(data.vips) ? data.vips.map((v) => String(v).split(' ')[0]) : [],
    lastTransition: typeof data.last_transition === 'number' ? data.last_transition : undefined,
  }));
}

/** keepalived's SIGUSR1 data dump (/tmp/keepalived.data): the VRRP instances and their states. */
export function parseKeepalivedData(text: string): VrrpInstanceState[] {
  const out: VrrpInstanceState[] = [];
  let cur: VrrpInstanceState | undefined;
  let inVips = false;
  for (const raw of text.split('\n')) {
    const t = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^VRRP Instance = (\S+)/.exec(t))) {
      cur = { name: m[1], state: 'UNKNOWN', vips: [] };
      out.push(cur);
      inVips = false;
    } else if (!cur) continue;
    else if ((m = /^State = (\w+)/.exec(t)))
      cur.state = (STATES as readonly string[]).includes(m[1]) ? (m[1] as VrrpInstanceState['state']) : 'UNKNOWN';
    else if ((m = /^Interface = (\S+)/.exec(t))) cur.interface = m[1];
    else if ((m = /^Virtual Router ID = (\d+)/.exec(t))) cur.virtualRouterId = Number(m[1]);
    else if ((m = /^Effective priority = (\d+)/.exec(t))) cur.priority = Number(m[1]);
    else if (/^Virtual IP(\s*\(\d+\))?\s*=?/.test(t)) inVips = true;
    else if (inVips && (m = /^([0-9a-fA-F.:]+(?:\/\d+)?)\s/.exec(t + ' '))) cur.vips.push(m[1].split('/')[0]);
    else if (inVips && t.length > 0 && !/^[0-9a-fA-F.:]/.test(t)) inVips = false;
  }
  return out;
}

/** One line of keepalived's notify FIFOs (vrrp_notify_fifo / lvs_notify_fifo). */
export type NotifyEvent =
  | { kind: 'vrrp'; type: 'INSTANCE' | 'GROUP'; name: string; state: string; priority: number }
  | { kind: 'rs'; realServer: string; service: string; protocol: string; up: boolean }
  | { kind: 'vs'; service: string; protocol: string; up: boolean };

/** `INSTANCE "VI_1" MASTER 100`, `RS [10.0.0.11]:tcp:80 [10.0.0.1]:tcp:80 UP`, `VS [10.0.0.1]:tcp:80 DOWN`. */
export function parseNotifyLine(line: string): NotifyEvent | undefined {
  let m = /^(INSTANCE|GROUP) "([^"]+)" (\w+) (\d+)$/.exec(line.trim());
  if (m) return { kind: 'vrrp', type: m[1] as 'INSTANCE' | 'GROUP', name: m[2], state: m[3], priority: Number(m[4]) };
  m = /^RS \[([^\]]+)\]:(\w+):(\d+) \[([^\]]+)\]:\w+:(\d+) (UP|DOWN)$/.exec(line.trim());
  if (m) {
    const host = (a: string, p: string) => `${a.includes(':') ? `[${a}]` : a}:${p}`;
    return { kind: 'rs', realServer: host(m[1], m[3]), service: host(m[4], m[5]), protocol: m[2].toUpperCase(), up: m[6] === 'UP' };
  }
  m = /^VS \[([^\]]+)\]:(\w+):(\d+) (UP|DOWN)$/.exec(line.trim());
  if (m)
    return { kind: 'vs', service: `${m[1].includes(':') ? `[${m[1]}]` : m[1]}:${m[3]}`, protocol: m[2].toUpperCase(), up: m[4] === 'UP' };
  return undefined;
}
