import type { ArgumentsHost } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { ProblemFilter } from './problem.filter';

/** An Express-shaped response that records what the filter sent. */
function httpHost() {
  const sent: { status?: number; body?: Record<string, unknown>; headers: Record<string, string> } = { headers: {} };
  const res = {
    headersSent: false,
    setHeader: (k: string, v: string) => (sent.headers[k.toLowerCase()] = v),
    status(code: number) {
      sent.status = code;
      return this;
    },
    type() {
      return this;
    },
    send(text: string) {
      sent.body = JSON.parse(text);
      return this;
    },
  };
  const req = { originalUrl: '/api/v1/clusters/x/spec?y=1', id: 'req-1' };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
  } as unknown as ArgumentsHost;
  return { host, sent };
}

const database = (answers: boolean) =>
  ({
    query: () => (answers ? Promise.resolve([{ '?column?': 1 }]) : Promise.reject(new Error('connect ECONNREFUSED'))),
  }) as unknown as DataSource;

describe('ProblemFilter and errors it cannot classify', () => {
  it('answers 503 database_unavailable when the database does not answer at that moment', async () => {
    const { host, sent } = httpHost();
    await new ProblemFilter(database(false)).catch(new TypeError("Cannot read properties of undefined (reading 'id')"), host);
    expect(sent.status).toBe(503);
    expect(sent.body).toMatchObject({ code: 'common.database_unavailable', instance: '/api/v1/clusters/x/spec', requestId: 'req-1' });
    expect(sent.headers['retry-after']).toBe('5');
  });

  it('keeps the 500 (a bug to fix) while the database answers', async () => {
    const { host, sent } = httpHost();
    await new ProblemFilter(database(true)).catch(new TypeError('boom'), host);
    expect(sent.status).toBe(500);
    expect(sent.body).toMatchObject({ code: 'common.internal', requestId: 'req-1' });
  });

  it('answers a classified error at once, without asking the database', async () => {
    const { host, sent } = httpHost();
    let asked = false;
    const ds = { query: () => ((asked = true), Promise.resolve([])) } as unknown as DataSource;
    const r = new ProblemFilter(ds).catch(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), host);
    expect(r).toBeUndefined();
    expect(sent.status).toBe(503);
    expect(asked).toBe(false);
  });
});
