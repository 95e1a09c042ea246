// Pieces the lab-based benches share (bench/telemetry/telemetry.mjs, bench/web/frame-time.mjs): the
// built lab library, free ports, percentiles, waiting for a URL, an admin token, a big cluster over
// the lab's VIP, and the `ipvsadm` shim that stands in for a kernel with IPVS.
import { chmodSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The lab as built by `nx run @lvs/lab:build` (CommonJS). */
export async function loadLab() {
  const m = await import(join(root, 'lab/dist/index.js'));
  return m.default ?? m;
}

export const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

export const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

/** Polls `url` until it answers 2xx (at most a minute). */
export async function waitOk(url, what) {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    if (i > 600) throw new Error(`${what} did not become ready`);
    await sleep(100);
  }
}

/** Signs in as admin and makes an admin API token. */
export async function adminToken(base, password) {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = (await login.json()).csrfToken;
  const r = await fetch(`${base}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
    body: JSON.stringify({ name: 'bench', role: 'admin' }),
  });
  return (await r.json()).secret;
}

/** The lab's own cluster with services × reals real servers behind its VIP (ports 1000…); the shim below prints the same table. */
export function bigLabSpec(state, services, reals) {
  const vip = state.vips[0];
  return {
    ...state.clusterSpec,
    virtualServices: Array.from({ length: services }, (_, s) => ({
      vip,
      port: 1000 + s,
      protocol: 'TCP',
      scheduler: 'wlc',
      forwarding: 'DR',
      realServers: Array.from({ length: reals }, (_, r) => ({
        address: `10.250.${s % 250}.${r + 1 + 20 * Math.floor(s / 250)}`,
        port: 1000 + s,
        weight: 1,
      })),
    })),
  };
}

/**
 * This kernel has no IPVS: each director's `ipvsadm` becomes a shim, first in its sshd's PATH, that
 * prints the table of bigLabSpec with counters growing every second for a `busy` fraction of the
 * real servers. Everything from SSH on is the console's real path; only the kernel's numbers are made up.
 * The counters are printed with %.0f: Debian's awk (mawk) prints %d above 2^31 as 2147483647, which
 * froze every counter of a busy row (epoch seconds × 3) and with it the per-minute rollups.
 */
export function installIpvsadmShim(state, { services, reals, busy }) {
  const busyEvery = busy > 0 ? Math.max(1, Math.round(1 / busy)) : 0;
  const shim = `#!/bin/sh
# lab bench shim: ${services} services x ${reals} real servers; every ${busyEvery || 'no'}th real server's counters grow each second
mode=list
for a in "$@"; do case "$a" in --stats) mode=stats;; --rate) mode=rate;; esac; done
exec awk -v mode=$mode -v S=${services} -v R=${reals} -v VIP=${state.vips[0]} -v B=${busyEvery} -v t=$(date +%s) 'BEGIN {
  print "IP Virtual Server version 1.2.1 (size=4096)"
  if (mode == "list") { print "Prot LocalAddress:Port Scheduler Flags"; print "  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn" }
  else if (mode == "stats") { print "Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes"; print "  -> RemoteAddress:Port" }
  else { print "Prot LocalAddress:Port                 CPS    InPPS   OutPPS    InBPS   OutBPS"; print "  -> RemoteAddress:Port" }
  for (s = 0; s < S; s++) {
    port = 1000 + s
    if (mode == "list") printf "TCP  %s:%d wlc\\n", VIP, port; else printf "TCP  %s:%d %d %d 0 %d 0\\n", VIP, port, 0, 0, 0
    for (r = 0; r < R; r++) {
      i = s * R + r
      k = (B > 0 && i % B == 0) ? t : 1000
      a = sprintf("10.250.%d.%d:%d", s % 250, r + 1 + 20 * int(s / 250), port)
      if (mode == "list") printf "  -> %-28s Route   1      %d          %d\\n", a, (k + i) % 50, (k + 2 * i) % 90
      else if (mode == "stats") printf "  -> %-28s %.0f %.0f 0 %.0f 0\\n", a, k * 3 + i, k * 30 + i, k * 3000 + i
      else printf "  -> %-28s %d %d 0 %d 0\\n", a, (k + i) % 13, (k + i) % 130, (k + i) % 13000
    }
  }
}'
`;
  for (const d of state.directors) {
    const file = join(d.dir, 'bin', 'ipvsadm');
    writeFileSync(file, shim);
    chmodSync(file, 0o755);
  }
}
