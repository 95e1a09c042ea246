import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { clusterSpec } from '../../../test/factories';
import type { CliIo } from './io';
import { deploymentExitCode } from './progress';
import { checkSpec, readSpecFile } from './spec-file';

// Texts come in as standard input (`-f -`): no file is written.
const ioWith = (text: string): CliIo => ({
  out: () => undefined,
  err: () => undefined,
  env: {},
  isTTY: false,
  cwd: '/nonexistent',
  readStdin: async () => text,
});
const read = (text: string) => readSpecFile(ioWith(text), '-');

describe('spec files: YAML or JSON, findings at file:line:col', () => {
  it("locates a path (dotted, bracketed, or the API's body.…) at its key, or at the nearest parent that exists", async () => {
    const f = await read(
      'name: a\nvirtualServices:\n  - vip: 10.0.0.1\n    port: 80\n    realServers:\n      - address: 10.0.0.11\n        weight: 99999\n',
    );
    expect(f.locate('virtualServices.0.realServers.0.weight')).toBe('<stdin>:7:9');
    expect(f.locate('virtualServices[0].port')).toBe('<stdin>:4:5');
    expect(f.locate('body.virtualServices.0.port')).toBe('<stdin>:4:5');
    expect(f.locate('virtualServices.0.scheduler')).toBe('<stdin>:3:5'); // absent key: its service
    const c = checkSpec(f);
    expect(c.errors).toEqual([{ path: 'virtualServices.0.realServers.0.weight', message: 'must be 0-65535', where: '<stdin>:7:9' }]);
  });

  it('reads JSON with line numbers too', async () => {
    const j = await read('{\n  "name": "b",\n  "mode": "nope"\n}\n');
    expect(checkSpec(j).errors[0]).toMatchObject({ path: 'mode', where: '<stdin>:3:3' });
  });

  it('a syntax error is exit 3 at its line; a missing file is exit 3', async () => {
    await expect(read('name: c\nname: d\n')).rejects.toMatchObject({ code: 3, details: [expect.stringMatching(/^<stdin>:2:1: /)] });
    await expect(readSpecFile(ioWith(''), 'missing.yaml')).rejects.toMatchObject({ code: 3, message: 'Cannot read missing.yaml: ENOENT' });
  });

  it('a valid spec renders for every director', async () => {
    const f = await read(stringify(clusterSpec({ name: 'd' })));
    expect(checkSpec(f)).toMatchObject({ errors: [], spec: { name: 'd' } });
  });
});

describe('deploymentExitCode', () => {
  it('0 succeeded; 4 failed with every failed director rolled back; 1 when a director failed without a restore', () => {
    expect(deploymentExitCode({ status: 'succeeded', targets: [{ status: 'succeeded' }] })).toBe(0);
    expect(
      deploymentExitCode({ status: 'failed', targets: [{ status: 'succeeded' }, { status: 'rolled_back' }, { status: 'skipped' }] }),
    ).toBe(4);
    expect(deploymentExitCode({ status: 'failed', targets: [{ status: 'rolled_back' }, { status: 'failed' }] })).toBe(1);
    expect(deploymentExitCode({ status: 'failed', targets: [{ status: 'failed' }, { status: 'skipped' }] })).toBe(1);
    expect(deploymentExitCode({ status: 'interrupted', targets: [] })).toBe(1);
  });
});
