import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const compose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;

/** No Docker engine here, but the Compose file is still checked by docker-compose's own parser. */
describe.skipIf(!compose)('docker-compose.yml (validated by docker-compose config; no engine needed)', () => {
  it('is a valid Compose file with postgres, api and web services and health checks', () => {
    const r = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], {
      encoding: 'utf8',
      env: { ...process.env, LVS_MASTER_KEY: 'test-key' },
    });
    expect(r.status, r.stderr).toBe(0);
    for (const s of ['postgres:', 'api:', 'web:', 'healthcheck:', 'condition: service_healthy']) expect(r.stdout).toContain(s);
  });

  it('refuses to start without LVS_MASTER_KEY', () => {
    const env = { ...process.env };
    delete env.LVS_MASTER_KEY;
    const r = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], { encoding: 'utf8', env });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/LVS_MASTER_KEY/);
  });
});
