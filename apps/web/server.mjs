// The dashboard's HTTP server (instead of `next start`): Next's own request handler behind a small
// edge that decides the client's address. Next copies a client's X-Forwarded-For through untouched
// (it only fills the header in when absent), so a client could claim any address to the API's rate
// limits and audit log; here the header is replaced with the socket's peer (or, when the peer is a
// proxy listed in WEB_TRUST_PROXY, the one address that proxy vouches for).
import { createServer } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import next from 'next';

const host = process.env.WEB_HOST || '127.0.0.1';
const port = Number(process.env.WEB_PORT || 3000);

/** WEB_TRUST_PROXY: `none` (default), `loopback`, or addresses/CIDRs separated by commas. */
function trustList(value) {
  const list = new BlockList();
  let any = false;
  for (const e of (value || 'none')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (e === 'none') continue;
    any = true;
    if (e === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [addr, bits] = e.split('/');
    const family = isIP(addr);
    if (!family) throw new Error(`WEB_TRUST_PROXY: "${e}" is not an address or CIDR`);
    if (bits === undefined) list.addAddress(addr, family === 4 ? 'ipv4' : 'ipv6');
    else list.addSubnet(addr, Number(bits), family === 4 ? 'ipv4' : 'ipv6');
  }
  return (addr) => {
    const a = addr.startsWith('::ffff:') ? addr.slice(7) : addr;
    const family = isIP(a);
    return any && family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6');
  };
}

function last(h) {
  const v = Array.isArray(h) ? h.join(',') : h;
  return v
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
}

const trusted = trustList(process.env.WEB_TRUST_PROXY);
// Tells the API proxy route (src/lib/proxy.ts, same process) that X-Forwarded-For was set here.
process.env.LVS_WEB_EDGE = '1';

const app = next({ dev: false, dir: fileURLToPath(new URL('.', import.meta.url)), hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const raw = req.socket.remoteAddress ?? '';
  const peer = raw.startsWith('::ffff:') ? raw.slice(7) : raw;
  const viaProxy = trusted(peer);
  const vouched = viaProxy ? last(req.headers['x-forwarded-for']) : undefined;
  const proto = viaProxy ? last(req.headers['x-forwarded-proto']) : undefined;
  for (const k of ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded']) delete req.headers[k];
  req.headers['x-forwarded-for'] = vouched && isIP(vouched) ? vouched : peer;
  if (req.headers.host) req.headers['x-forwarded-host'] = req.headers.host;
  req.headers['x-forwarded-proto'] = proto === 'https' || req.socket.encrypted ? 'https' : 'http';
  void handle(req, res);
});
server.listen(port, host, () => {
  console.log(`lvs-console web listening on http://${host.includes(':') ? `[${host}]` : host}:${port}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
