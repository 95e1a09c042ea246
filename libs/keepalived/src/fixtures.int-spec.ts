import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ClusterSpecSchema, validateClusterSpec } from '@lvs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeUnavailable, KeepalivedJudge } from '../test/judge';
import { importCluster, type ImportFile } from './import';
import { resolveIncludeFrom } from './include-files';
import { render } from './render';

const FIXTURES = join(__dirname, '..', 'fixtures');
const unavailable = judgeUnavailable();

interface FixtureMeta {
  description: string;
  /** director → address (null: from its unicast_src_ip) */
  directors: Record<string, string | null>;
  /** Substrings of the warnings the import must report (and the only ones it may). */
  warnings?: string[];
  /** keepalived --config-test's exit code for the original files when it reports what it clamps and still runs (the render must exit 0). */
  configTestCode?: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

/** include resolution for a fixture: paths relative to its directory, `*` globs, several matches concatenated. */
function resolver(files: Record<string, string>) {
  return (path: string): string | undefined => resolveIncludeFrom(files, path);
}

describe.skipIf(unavailable)(
  `fixtures judged by the real keepalived --config-test${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let judge: KeepalivedJudge;
    let scripts: string;
    const withScripts = (text: string) => text.replaceAll('@SCRIPTS@', scripts);

    beforeAll(() => {
      judge = new KeepalivedJudge(['eth0', 'eth1']);
      // Real, root-owned 0755 scripts in a 0755 directory: keepalived only judges scripts that exist.
      scripts = mkdtempSync(join(tmpdir(), 'lvs-kscripts-'));
      chmodSync(scripts, 0o755);
      const names = new Set<string>();
      for (const f of filesUnder(FIXTURES))
        for (const m of readFileSync(f, 'utf8').matchAll(/@SCRIPTS@\/([A-Za-z0-9_.-]+)/g)) names.add(m[1]);
      for (const n of names) writeFileSync(join(scripts, n), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    });
    afterAll(() => {
      judge?.close();
      if (scripts) rmSync(scripts, { recursive: true, force: true });
    });

    const validDir = join(FIXTURES, 'valid');
    const valid = readdirSync(validDir).sort();

    it('holds at least 15 valid fixtures and a dozen negative ones', () => {
      expect(valid.length).toBeGreaterThanOrEqual(15);
      expect(readdirSync(join(FIXTURES, 'invalid')).filter((f) => f.endsWith('.conf')).length).toBeGreaterThanOrEqual(12);
    });

    describe.each(valid)('valid/%s', (name) => {
      const dir = join(validDir, name);
      const meta = JSON.parse(readFileSync(join(dir, 'fixture.json'), 'utf8')) as FixtureMeta;
      const load = () =>
        Object.fromEntries(
          filesUnder(dir)
            .filter((f) => f.endsWith('.conf'))
            .map((f) => [relative(dir, f), withScripts(readFileSync(f, 'utf8'))]),
        );
      const directorFile = (d: string) =>
        Object.keys(meta.directors).length === 1 && !existsSync(join(dir, `${d}.conf`)) ? 'keepalived.conf' : `${d}.conf`;

      it(`every director's file passes --config-test (${meta.description})`, () => {
        const files = load();
        for (const d of Object.keys(meta.directors)) {
          const v = judge.test(files, directorFile(d));
          expect(v.code, `${d}: ${v.output}`).toBe(meta.configTestCode ?? 0);
        }
      });

      it('imports with exactly the expected warnings, and the render of every director passes --config-test and re-imports to the same spec', () => {
        const files = load();
        const importFiles: ImportFile[] = Object.entries(meta.directors).map(([d, address]) => ({
          director: d,
          ...(address ? { address } : {}),
          text: files[directorFile(d)],
        }));
        const { spec, warnings } = importCluster(name, importFiles, { resolveInclude: resolver(files) });
        expect(() => ClusterSpecSchema.parse(spec)).not.toThrow();
        expect(validateClusterSpec(spec).errors).toEqual([]);
        const expected = meta.warnings ?? [];
        for (const w of warnings)
          expect(
            expected.some((e) => w.message.includes(e)),
            `unexpected warning: ${JSON.stringify(w)}`,
          ).toBe(true);
        for (const e of expected)
          expect(
            warnings.some((w) => w.message.includes(e)),
            `missing warning: ${e}`,
          ).toBe(true);
        expect(spec.directors.map((d) => d.name)).toEqual(Object.keys(meta.directors));

        for (const d of spec.directors) {
          const text = render(spec, d.name);
          const v = judge.test(text);
          expect(v.code, `${d.name}:\n${text}\n${v.output}`).toBe(0);
        }
        const again = importCluster(
          name,
          spec.directors.map((d) => ({ director: d.name, address: d.address, text: render(spec, d.name) })),
        );
        // Lines kept verbatim are reported again (informational), as is a deprecated auth_type AH; nothing else.
        expect(again.warnings.filter((w) => !w.verbatim && !/auth_type AH/.test(w.message))).toEqual([]);
        expect(again.spec).toEqual(spec);
      });
    });

    /** Each negative fixture: keepalived's exit code (any non-zero when absent) and whether import reports it too. */
    const invalid: Record<string, { code?: number; importWarns: RegExp | null }> = {
      'bad-real-server-address': { importWarns: /real_server .*not imported|must be an IPv4 or IPv6 address/ },
      'bad-vip': { importWarns: /must be an IPv4 or IPv6 address with an optional prefix/ },
      'dr-port-mismatch': { importWarns: /DR cannot change ports/ },
      'fwmark-with-protocol': { importWarns: /'protocol' is ignored for fwmark/ },
      'missing-brace': { importWarns: /never closed/ },
      'missing-interface': { importWarns: null }, // only the director knows its interfaces
      'misspelt-keyword': { importWarns: /'weigth 1' is not modelled/ },
      'nb-get-retry': { importWarns: /nb_get_retry' is the old name/ },
      'no-protocol': { importWarns: /no protocol; keepalived 2.2.7 defaults to UDP/ },
      'no-script-security': { code: 6, importWarns: null }, // render always enables script security
      'nopreempt-master': { importWarns: null }, // render writes BACKUP under nopreempt
      'priority-out-of-range': { importWarns: /outside 1-255/ },
      'stray-brace': { importWarns: /unexpected '}'/ },
      'sync-group-of-one': { importWarns: /a sync group needs at least two instances/ },
      'unicast-without-peers': { importWarns: null }, // unicast_src_ip alone is read as the director's address
      'unknown-lb-kind': { importWarns: /lvs_method XYZ' is not one of DR\|NAT\|TUN/ },
      'unknown-scheduler': { importWarns: /lb_algo fastest' is not one of/ },
      'unterminated-quote': { importWarns: /unterminated quoted string/ },
      'vrid-out-of-range': { importWarns: /virtual_router_id 256' is outside 1-255/ },
    };

    it('every negative fixture has an expectation', () => {
      const names = readdirSync(join(FIXTURES, 'invalid'))
        .filter((f) => f.endsWith('.conf'))
        .map((f) => f.replace(/\.conf$/, ''))
        .sort();
      expect(names).toEqual(Object.keys(invalid).sort());
    });

    it.each(Object.entries(invalid))('invalid/%s makes keepalived exit non-zero', (name, { code, importWarns }) => {
      const text = withScripts(readFileSync(join(FIXTURES, 'invalid', `${name}.conf`), 'utf8'));
      const v = judge.test(text);
      if (code !== undefined) expect(v.code, v.output).toBe(code);
      else expect(v.code, v.output).not.toBe(0);
      if (importWarns) {
        const { warnings } = importCluster('negative', [{ director: 'bad-lb', address: '10.0.0.2', text }]);
        expect(warnings.map((w) => w.message).join('\n')).toMatch(importWarns);
      }
    });
  },
);
