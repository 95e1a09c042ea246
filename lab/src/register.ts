import { readFileSync } from 'node:fs';
import type { LabState } from './state';
import { run } from './system';

/**
 * `--register URL`: makes the console know the lab through its own REST API — the lab key as an SSH
 * credential, the cluster spec the directors' configs were rendered from, and each director's host
 * key accepted after checking that what the console is offered is the key the lab generated.
 */

export interface RegisterOptions {
  /** Base URL of the console (`http://localhost:3001`); a trailing `/api/v1` is accepted. */
  url: string;
  /** An admin API token (`lvs_…`): creating a credential needs admin. */
  token: string;
}

export interface Registration {
  clusterId: string;
  clusterName: string;
  credentialId: string;
  /** Director name → the fingerprint pinned. */
  hostKeys: Record<string, string>;
  /** The cluster existed: its spec was replaced with the lab's. */
  replaced: boolean;
}

interface Reply {
  status: number;
  etag: string | null;
  body: unknown;
}

class Api {
  private readonly base: string;
  constructor(
    url: string,
    private readonly token: string,
  ) {
    this.base = url.replace(/\/+$/, '').replace(/\/api\/v1$/, '') + '/api/v1';
  }

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const res = await fetch(this.base + path, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, etag: res.headers.get('etag'), body: parsed };
  }

  async expect(ok: number[], method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply> {
    const r = await this.call(method, path, body, headers);
    if (!ok.includes(r.status)) {
      const problem = r.body as { title?: string; detail?: string; errors?: { path: string; message: string }[] } | undefined;
      const why = problem?.detail ?? problem?.title ?? JSON.stringify(r.body);
      const fields = problem?.errors?.map((e) => `${e.path}: ${e.message}`).join('; ');
      throw new Error(`${method} ${path} → ${r.status}: ${why}${fields ? ` (${fields})` : ''}`);
    }
    return r;
  }
}

function keyFingerprint(publicKeyPath: string): string {
  return run(['ssh-keygen', '-l', '-E', 'sha256', '-f', publicKeyPath]).split(' ')[1];
}

export async function register(state: LabState, opts: RegisterOptions): Promise<Registration> {
  const api = new Api(opts.url, opts.token);

  // The credential: made, or found with this very key (an `up` after `down` makes a new key). It is
  // bound to the lab directors' addresses: the console sends a credential nowhere else.
  let credentialId: string;
  const allowedAddresses = state.directors.map((d) => d.address);
  const made = await api.call('POST', '/credentials', {
    name: state.credentialName,
    kind: 'private_key',
    privateKey: readFileSync(state.privateKeyPath, 'utf8'),
    allowedAddresses,
  });
  if (made.status === 201) credentialId = (made.body as { id: string }).id;
  else if (made.status === 409) {
    const list = (await api.expect([200], 'GET', '/credentials')).body as {
      items: { id: string; name: string; publicKeyFingerprint: string | null; allowedAddresses?: string[] }[];
    };
    const found = list.items.find((c) => c.name === state.credentialName);
    const mine = keyFingerprint(state.publicKeyPath);
    if (!found || found.publicKeyFingerprint !== mine)
      throw new Error(
        `credential "${state.credentialName}" exists with another key (${found?.publicKeyFingerprint ?? '?'}; the lab's is ${mine}): delete it in the console (DELETE /api/v1/credentials/${found?.id ?? ':id'}) and register again`,
      );
    credentialId = found.id;
    // made before bindings existed (bound nowhere), or for fewer directors: add the lab's addresses
    const bound = found.allowedAddresses ?? [];
    if (allowedAddresses.some((a) => !bound.includes(a))) {
      await api.expect([200], 'PATCH', `/credentials/${credentialId}`, {
        allowedAddresses: [...bound, ...allowedAddresses.filter((a) => !bound.includes(a))],
      });
    }
  } else throw new Error(`POST /credentials → ${made.status}: ${JSON.stringify(made.body)}`);

  // The cluster: created, or its spec replaced (If-Match on the version just read).
  const name = state.clusterSpec.name;
  let clusterId: string;
  let replaced = false;
  const created = await api.call('POST', '/clusters', state.clusterSpec);
  if (created.status === 201) clusterId = (created.body as { id: string }).id;
  else if (created.status === 409) {
    const page = (await api.expect([200], 'GET', `/clusters?q=${encodeURIComponent(name)}&limit=200`)).body as {
      items: { id: string; name: string }[];
    };
    const found = page.items.find((c) => c.name === name);
    if (!found) throw new Error(`POST /clusters → 409 but no cluster named "${name}" is listed`);
    clusterId = found.id;
    const current = await api.expect([200], 'GET', `/clusters/${clusterId}/spec`);
    await api.expect([200], 'PUT', `/clusters/${clusterId}/spec`, state.clusterSpec, current.etag ? { 'if-match': current.etag } : {});
    replaced = true;
  } else {
    const problem = created.body as { detail?: string; errors?: { path: string; message: string }[] };
    throw new Error(
      `POST /clusters → ${created.status}: ${problem?.detail ?? JSON.stringify(created.body)}${problem?.errors ? ` (${problem.errors.map((e) => `${e.path}: ${e.message}`).join('; ')})` : ''}`,
    );
  }

  // Host keys: accept only the key the lab generated for that director.
  const hostKeys: Record<string, string> = {};
  for (const d of state.directors) {
    const offered = (await api.expect([200], 'GET', `/clusters/${clusterId}/host-keys/${encodeURIComponent(d.name)}`)).body as {
      offered: string | null;
      error: string | null;
    };
    if (offered.offered !== d.hostKeyFingerprint)
      throw new Error(
        `director ${d.name} offers ${offered.offered ?? `nothing (${offered.error ?? 'unreachable'})`} to the console, not the lab's host key ${d.hostKeyFingerprint}: not accepting it`,
      );
    await api.expect([200], 'PUT', `/clusters/${clusterId}/host-keys/${encodeURIComponent(d.name)}`, { fingerprint: d.hostKeyFingerprint });
    hostKeys[d.name] = d.hostKeyFingerprint;
  }
  return { clusterId, clusterName: name, credentialId, hostKeys, replaced };
}
