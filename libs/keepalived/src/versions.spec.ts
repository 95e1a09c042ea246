import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../test/factories';
import { parseConfigTree, type Statement } from './config-tree';
import { importCluster } from './import';
import { resolveIncludeFrom } from './include-files';
import { consoleNotifyFifos } from './notify';
import { render } from './render';
import { forVersion, KEYWORD_VERSIONS, KeepalivedVersionError, parseKeepalivedVersion, renderForVersion } from './versions';

const FIX = join(__dirname, '..', 'fixtures', 'valid');

describe('keepalived versions', () => {
  it('reads `keepalived -v` output and bare versions', () => {
    expect(parseKeepalivedVersion('Keepalived v2.2.7 (01/16,2022)\n\nCopyright(C) 2001-2022 Alexandre Cassen')).toEqual({
      major: 2,
      minor: 2,
      patch: 7,
    });
    expect(parseKeepalivedVersion('Keepalived v1.3.5 (03/19,2017), git commit v1.3.5-6-g6fa32f2')).toEqual({
      major: 1,
      minor: 3,
      patch: 5,
    });
    expect(parseKeepalivedVersion('2.0.10')).toEqual({ major: 2, minor: 0, patch: 10 });
    expect(parseKeepalivedVersion('keepalived: command not found')).toBeUndefined();
  });

  it('the table has one entry per block and keyword, and every version parses', () => {
    const keys = KEYWORD_VERSIONS.map((k) => `${k.block}>${k.keyword}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of KEYWORD_VERSIONS) expect(parseKeepalivedVersion(k.since), k.keyword).toBeDefined();
  });

  it('every keyword of the table is one render() writes in a fixture render that keepalived 2.2.7 accepts (fixtures.int-spec judges them)', () => {
    const seen = new Set<string>();
    const walk = (sts: Statement[], block: string) => {
      for (const s of sts) {
        seen.add(`${block}>${s.key}`);
        seen.add(`*>${s.key}`);
        if (s.block) walk(s.block, s.key);
      }
    };
    for (const name of readdirSync(FIX)) {
      const dir = join(FIX, name);
      const meta = JSON.parse(readFileSync(join(dir, 'fixture.json'), 'utf8')) as { directors: Record<string, string | null> };
      const files: Record<string, string> = {};
      for (const f of readdirSync(dir, { recursive: true }) as string[])
        if (f.endsWith('.conf')) files[f] = readFileSync(join(dir, f), 'utf8');
      const fileOf = (d: string) =>
        Object.keys(meta.directors).length === 1 && !existsSync(join(dir, `${d}.conf`)) ? 'keepalived.conf' : `${d}.conf`;
      const { spec } = importCluster(
        name,
        Object.entries(meta.directors).map(([d, a]) => ({ director: d, ...(a ? { address: a } : {}), text: files[fileOf(d)] })),
        {
          resolveInclude: (p) => resolveIncludeFrom(files, p),
        },
      );
      for (const d of spec.directors)
        walk(parseConfigTree(render(spec, d.name, { notifyFifos: consoleNotifyFifos(d.configPath) })).statements, '');
    }
    expect(KEYWORD_VERSIONS.filter((k) => !seen.has(`${k.block}>${k.keyword}`)).map((k) => `${k.block}>${k.keyword}`)).toEqual([]);
  });

  const spec = () =>
    clusterSpec({
      trackFiles: [{ name: 'tf', file: '/run/tf' }],
      vrrpInstances: [{ ...clusterSpec().vrrpInstances[0], trackFiles: [{ name: 'tf', weight: 0 }] }],
    });

  it('2.2.7 (Debian 12) and later get render() unchanged', () => {
    const s = spec();
    const text = render(s, 'lb1');
    expect(renderForVersion(s, 'lb1', 'Keepalived v2.2.7 (01/16,2022)')).toEqual({ text, omitted: [] });
    expect(renderForVersion(s, 'lb1', '2.3.1').text).toBe(text);
    expect(renderForVersion(s, 'lb1', undefined).text).toBe(text);
  });

  it('an older release gets the older spellings, and the console-own safety keywords it lacks are left out (and said)', () => {
    const { text, omitted } = renderForVersion(spec(), 'lb1', '2.0.10');
    expect(text).toContain('\nvrrp_track_file tf {\n');
    expect(text).toContain('  track_file {\n    tf weight 0\n'); // the instance's reference kept its name
    expect(text).not.toContain('reload_check_config');
    expect(omitted).toEqual(['reload_check_config']);
    // (1.2 had no track_file at all: a spec without one.)
    const base = clusterSpec();
    base.virtualServices[0].realServers[1].healthCheck = { type: 'TCP_CHECK', connectTimeout: 3, retry: 2 };
    const old = renderForVersion(base, 'lb1', '1.2.24').text;
    expect(old).toContain('  lb_algo wrr\n  lb_kind DR\n');
    expect(old).toContain('      nb_get_retry 2\n');
    expect(old).not.toContain('enable_script_security');
  });

  it('a keyword the release does not know and has no older name for is refused, naming the director, its version, the keyword and the release', () => {
    const s = clusterSpec();
    s.virtualServices[0].scheduler = 'mh';
    s.virtualServices[0].schedulerFlags = ['mh-port'];
    try {
      renderForVersion(s, 'lb2', '2.0.10');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KeepalivedVersionError);
      const err = e as KeepalivedVersionError;
      expect(err.director).toBe('lb2');
      expect(err.version).toBe('2.0.10');
      expect(err.missing).toEqual([expect.objectContaining({ keyword: 'mh-port', since: '2.0.11' })]);
      expect(err.message).toMatch(/^director lb2 runs keepalived 2.0.10, which does not know 'mh-port' \(keepalived 2.0.11/);
    }
    expect(() => renderForVersion(s, 'lb2', 'banana')).toThrow(/"banana" is not a keepalived version/);
  });

  it('works on lines, not on values: a script argument that reads like a keyword is left alone', () => {
    const text = 'global_defs {\n  router_id lb1\n}\nvrrp_script retry {\n  script "/usr/bin/retry lvs_sched"\n}\n';
    expect(forVersion(text, 'lb1', { major: 1, minor: 2, patch: 0 }).text).toBe(text);
  });
});

describe("renderDirectorConfig with the director's keepalived -v", () => {
  it('pushes the keywords that release reads', async () => {
    const { renderDirectorConfig } = await import('./director-config');
    const s = clusterSpec({ trackFiles: [{ name: 'tf', file: '/run/tf' }] });
    expect(renderDirectorConfig(s, 'lb1', { keepalivedVersion: 'Keepalived v2.0.10 (11/12,2018)' })).toContain('\nvrrp_track_file tf {\n');
    expect(renderDirectorConfig(s, 'lb1', { keepalivedVersion: 'Keepalived v2.2.7 (01/16,2022)' })).toBe(renderDirectorConfig(s, 'lb1'));
  });
});
