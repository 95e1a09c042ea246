import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { clusterSpec } from '../../../test/factories';
import type { CliIo } from './io';
import { deploymentExitCode } from './progress';
import { checkSpec, plainJson, readSpecFile } from './spec-file';

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

describe('plain JSON is read with JSON.parse, to the same value YAML gives', () => {
  const viaYaml = (text: string) => {
    const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
    expect(doc.errors).toEqual([]);
    return doc.toJS({ maxAliasCount: 100 });
  };
  const spec = clusterSpec({ name: 'json' });
  const texts = {
    'export -o json': JSON.stringify(spec, null, 2),
    compact: JSON.stringify(spec),
    'no indentation, CRLF, tabs': JSON.stringify(spec, null, '\t').replaceAll('\n\t', '\r\n'),
    'colon on its own line': '{"name"\n: "x", "a": [1, {"b": null}]}',
    escapes: '{"a": "\\u00e9\\n\\t\\/\\b\\"\\\\ \\ud83d\\ude00", "b\\"c:": "d:\\":e"}',
    // toStrictEqual tells -0 from 0, as Object.is does.
    numbers: '{"a": -0, "b": 1.0, "c": 1e400, "d": 12345678901234567890, "e": 1E-7}',
    'empty key, __proto__, a long key': `{"": 1, "__proto__": {"x": 1}, "${'k'.repeat(1500)}": 2}`,
  };

  it.each(Object.entries(texts))('%s', async (_what, text) => {
    const fast = plainJson(text);
    expect(fast).toBeDefined();
    expect(fast?.value).toStrictEqual(viaYaml(text));
    expect((await read(text)).raw).toStrictEqual(viaYaml(text));
  });

  it('a key twice in one object is not plain JSON: YAML refuses it at its line, as before (exit 3)', async () => {
    const dup = '{\n  "name": "a",\n  "directors": [],\n  "name": "b"\n}\n';
    expect(JSON.parse(dup).name).toBe('b');
    expect(plainJson(dup)).toBeUndefined();
    expect(plainJson('{"a": {"k": 1, "k": 2}}')).toBeUndefined();
    expect(plainJson('[{"k": 1}, {"k": 2}]')).toBeDefined(); // the same key in two objects is fine
    await expect(read(dup)).rejects.toMatchObject({ code: 3, details: [expect.stringMatching(/^<stdin>:4:3: Map keys must be unique/)] });
  });

  it('YAML, and JSON that JSON.parse refuses (a comment, a trailing comma, a BOM), go the YAML way', async () => {
    expect(plainJson('name: a\n')).toBeUndefined();
    expect(plainJson('{"a": 1,}')).toBeUndefined();
    expect(plainJson('\ufeff{"a": 1}')).toBeUndefined();
    expect((await read('{"a": 1, # why\n "b": 2}')).raw).toEqual({ a: 1, b: 2 });
    expect((await read('\ufeff{"a": 1}')).raw).toEqual({ a: 1 });
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
