import { Agent, get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../../test/app';
import { KEEP_ALIVE_TIMEOUT_MS } from '../../app.factory';

/** One GET on the agent's pooled socket: its status, the Keep-Alive hint, and whether the socket was reused. */
function getOn(agent: Agent, url: string): Promise<{ status: number; keepAlive: string | undefined; reused: boolean; socket: unknown }> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          keepAlive: res.headers['keep-alive']?.toString(),
          reused: req.reusedSocket,
          socket: req.socket,
        }),
      );
    });
    req.on('error', reject);
  });
}

describe('HTTP keep-alive: an idle client connection is not closed under the client (ECONNRESET race)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('advertises a keep-alive timeout above the common 60 s proxy idle timer', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await getOn(agent, `${t.baseUrl}/api/v1/health`);
    agent.destroy();
    expect(first.status).toBe(200);
    expect(first.keepAlive).toBe(`timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
  });

  it("reuses the same socket after an idle gap longer than Node's 5 s default, which used to close it", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await getOn(agent, `${t.baseUrl}/api/v1/health`);
    await new Promise((r) => setTimeout(r, 6_000));
    const second = await getOn(agent, `${t.baseUrl}/api/v1/health`);
    agent.destroy();
    expect(second.status).toBe(200);
    expect(second.reused).toBe(true);
    expect(second.socket).toBe(first.socket);
  }, 30_000);
});
