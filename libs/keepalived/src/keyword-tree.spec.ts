import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigTree, type Statement } from './config-tree';
import { importCluster } from './import';
import { resolveIncludeFrom } from './include-files';
import { render } from './render';

/**
 * "Nothing is ever dropped" (issue 14), checked rather than eyed: for every valid fixture, the
 * keyword tree of each director's original file (includes expanded) and of its render after
 * import are equal, up to this documented list:
 * - aliases are written in their 2.2 spelling (lb_algo → lvs_sched, lb_kind → lvs_method,
 *   nb_get_retry → retry, vrrp_track_file → track_file);
 * - the console adds `reload_check_config` to global_defs and writes advert_int (default 1);
 * - a virtual or real server's checker defaults (connect_timeout, retry, delay_before_retry,
 *   inhibit_on_failure) are written on each real server / checker they apply to;
 * - `real_server ADDR 0` is written `real_server ADDR` (port 0 is "no port").
 * Comments and the console's header are not statements. Values are compared by the round-trip tests.
 */
const FIX = join(__dirname, '..', 'fixtures', 'valid');
const ALIAS: Record<string, string> = { lb_algo: 'lvs_sched', lb_kind: 'lvs_method', nb_get_retry: 'retry', vrrp_track_file: 'track_file' };
const NAMED =
  /^(vrrp_instance|virtual_server|real_server|vrrp_script|track_file|vrrp_track_file|vrrp_track_process|vrrp_sync_group|virtual_server_group|url)$/;
const DEFAULTS = '(connect_timeout|retry|delay_before_retry|inhibit_on_failure)';
const MAY_MOVE = new RegExp(`^virtual_server [^>]+( > real_server [^>]+)? > ${DEFAULTS}$`);
const MAY_ADD = [
  /^global_defs > reload_check_config$/,
  /^vrrp_instance [^>]+ > advert_int$/,
  new RegExp(`^virtual_server [^>]+ > real_server [^>]+( > [A-Z_]+)? > ${DEFAULTS}$`),
];

function filesUnder(d: string): string[] {
  return readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? filesUnder(join(d, n)) : [join(d, n)]));
}

function keywordTree(sts: Statement[], at = '', out = new Set<string>()): Set<string> {
  for (const s of sts) {
    const k = ALIAS[s.key] ?? s.key;
    let head = NAMED.test(s.key) ? `${k} ${s.args.join(' ')}` : k;
    if (s.key === 'real_server' && s.args[1] === '0') head = `real_server ${s.args[0]}`;
    const p = at ? `${at} > ${head}` : head;
    out.add(p);
    if (s.block) keywordTree(s.block, p, out);
  }
  return out;
}

describe('the keyword tree of every valid fixture survives import and render', () => {
  it.each(readdirSync(FIX).sort())('%s', (name) => {
    const dir = join(FIX, name);
    const meta = JSON.parse(readFileSync(join(dir, 'fixture.json'), 'utf8')) as { directors: Record<string, string | null> };
    const files = Object.fromEntries(
      filesUnder(dir)
        .filter((f) => f.endsWith('.conf'))
        .map((f) => [relative(dir, f), readFileSync(f, 'utf8')]),
    );
    const fileOf = (d: string) =>
      Object.keys(meta.directors).length === 1 && !existsSync(join(dir, `${d}.conf`)) ? 'keepalived.conf' : `${d}.conf`;
    const resolveInclude = (p: string) => resolveIncludeFrom(files, p);
    const { spec } = importCluster(
      name,
      Object.entries(meta.directors).map(([d, a]) => ({ director: d, ...(a ? { address: a } : {}), text: files[fileOf(d)] })),
      { resolveInclude },
    );
    for (const d of Object.keys(meta.directors)) {
      const original = keywordTree(parseConfigTree(files[fileOf(d)], { resolveInclude }).statements);
      const rendered = keywordTree(parseConfigTree(render(spec, d)).statements);
      expect(
        [...original].filter((k) => !rendered.has(k) && !MAY_MOVE.test(k)),
        `${d}: lost`,
      ).toEqual([]);
      expect(
        [...rendered].filter((k) => !original.has(k) && !MAY_ADD.some((re) => re.test(k))),
        `${d}: added`,
      ).toEqual([]);
    }
  });
});
