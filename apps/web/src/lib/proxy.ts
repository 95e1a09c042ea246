/**
 * Forwards a request to the API, streaming the body both ways. The target is read at run time
 * (API_URL, or 127.0.0.1:API_PORT), so one build serves any deployment.
 */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'content-length', 'accept-encoding']);

export function apiOrigin(): string {
  return process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? '3001'}`;
}

export async function proxy(req: Request): Promise<Response> {
  const incoming = new URL(req.url);
  // Next strips the trailing slash of /socket.io/; the engine.io server needs it back.
  const path = incoming.pathname === '/socket.io' ? '/socket.io/' : incoming.pathname;
  const target = new URL(path + incoming.search, apiOrigin());
  const headers = new Headers();
  req.headers.forEach((v, k) => {
    if (!HOP_BY_HOP.has(k)) headers.set(k, v);
  });
  // The API believes X-Forwarded-For from this proxy (one hop). Under server.mjs the header holds the
  // client's socket address (set there, whatever the client sent); under a bare `next start` it
  // could be the client's own text, so it is dropped and the API sees this proxy's address instead.
  if (process.env.LVS_WEB_EDGE !== '1') {
    headers.delete('x-forwarded-for');
    headers.delete('x-forwarded-host');
  }
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : req.body,
      redirect: 'manual',
      // @ts-expect-error: Node's fetch needs this to stream a request body
      duplex: 'half',
    });
  } catch {
    return Response.json(
      {
        type: 'about:blank',
        title: 'Bad Gateway',
        status: 502,
        detail: `The API at ${apiOrigin()} is not reachable.`,
        code: 'web.api_unreachable',
        errors: [],
      },
      { status: 502, headers: { 'content-type': 'application/problem+json' } },
    );
  }
  const out = new Headers();
  upstream.headers.forEach((v, k) => {
    if (!HOP_BY_HOP.has(k) && k !== 'set-cookie' && k !== 'content-encoding') out.set(k, v);
  });
  for (const c of upstream.headers.getSetCookie()) out.append('set-cookie', c);
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers: out });
}
