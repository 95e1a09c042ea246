import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLISION_CODES, SPEC_ISSUE_CODES } from '@lvs/domain';
import { IMPORT_WARNING_CODES } from '@lvs/keepalived';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from './app-error';

const SRC = join(__dirname, '../..');

/** Codes the problem filter writes itself (not through defineErrors). */
const FILTER_CODES = [
  'common.internal',
  'common.database_unavailable',
  'common.route_not_found',
  'common.bad_request',
  'common.malformed_json',
  'common.body_too_large',
  'common.unsupported_encoding',
  'common.unsupported_charset',
];

const DOC = readFileSync(join(__dirname, '../../../../../docs/problems.md'), 'utf8');
/** The codes docs/problems.md has a row for: the first cell of a table row, in backticks. */
const documented = new Set([...DOC.matchAll(/^\| `([a-z_.0-9]+)` \|/gm)].map((m) => m[1]));

describe('docs/problems.md', () => {
  // Every feature's error table registers its codes when its module loads.
  beforeAll(async () => {
    for (const f of readdirSync(SRC, { recursive: true }) as string[]) if (f.endsWith('.errors.ts')) await import(join(SRC, f));
  });

  it('has a row for every problem code the API can answer, and no row for a code that does not exist', () => {
    expect(PROBLEM_CODES.size).toBeGreaterThan(80);
    const all = [...PROBLEM_CODES.keys(), ...FILTER_CODES];
    expect(
      all.filter((c) => !documented.has(c)),
      'codes without a row',
    ).toEqual([]);
    const known = new Set<string>([...all, ...SPEC_ISSUE_CODES, ...IMPORT_WARNING_CODES]);
    expect(
      [...documented].filter((c) => !known.has(c)),
      'rows for no code',
    ).toEqual([]);
  });

  it('has a row for every spec issue code, and says which ones are collisions (409)', () => {
    expect(SPEC_ISSUE_CODES.filter((c) => !documented.has(c))).toEqual([]);
    for (const c of COLLISION_CODES) expect(DOC, c).toMatch(new RegExp(`^\\| \`${c.replace('.', '\\.')}\` \\| 409`, 'm'));
  });

  it('has a row for every import warning code', () => {
    expect(IMPORT_WARNING_CODES.filter((c) => !documented.has(c))).toEqual([]);
  });

  it('gives each status the code table declares', () => {
    for (const [code, status] of PROBLEM_CODES)
      expect(DOC, code).toMatch(new RegExp(`^\\| \`${code.replaceAll('.', '\\.')}\` \\| ${status} `, 'm'));
  });
});
