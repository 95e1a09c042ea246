import { describe, expect, it } from 'vitest';
import { ImportLimitError, importCluster } from './import';
import { DEFAULT_INCLUDE_LIMITS, globMatch, IncludeBudget, resolveIncludeFrom } from './include-files';

describe('resolveIncludeFrom', () => {
  const files = { 'a.conf': 'A', 'conf.d/2.conf': 'TWO', 'conf.d/1.conf': 'ONE', 'conf.d/x.txt': 'X' };
  it('answers exact paths, globs in sorted order, and undefined for the rest', () => {
    expect(resolveIncludeFrom(files, 'a.conf')).toBe('A');
    expect(resolveIncludeFrom(files, 'conf.d/*.conf')).toBe('ONE\nTWO');
    expect(resolveIncludeFrom(files, 'conf.d/[12].conf')).toBe('ONE\nTWO');
    expect(resolveIncludeFrom(files, 'missing.conf')).toBeUndefined();
    expect(resolveIncludeFrom(files, 'conf.d/[.conf')).toBeUndefined();
    expect(resolveIncludeFrom(undefined, 'a.conf')).toBeUndefined();
  });

  it('matches a 2,000-star pattern against a long name that does not match (a backtracking RegExp never returns here)', () => {
    const name = `${'a'.repeat(4000)}.conf`;
    expect(resolveIncludeFrom({ [name]: 'X' }, `${'*a'.repeat(2000)}*b`)).toBeUndefined();
    expect(resolveIncludeFrom({ [name]: 'X' }, `${'*'.repeat(2000)}b`)).toBeUndefined();
    expect(resolveIncludeFrom({ [name]: 'X' }, `${'*a'.repeat(2000)}*.conf`)).toBe('X');
  });
});

describe('globMatch (glob(3) rules)', () => {
  it.each([
    ['*.conf', 'a.conf', true],
    ['*.conf', 'a.conf.bak', false],
    ['conf.d/*', 'conf.d/x/y', false], // '*' never crosses '/'
    ['*/*.conf', 'conf.d/a.conf', true],
    ['?.conf', 'ab.conf', false],
    ['??.conf', 'ab.conf', true],
    ['[a-c].conf', 'b.conf', true],
    ['[!a-c].conf', 'b.conf', false],
    ['[^a-c].conf', 'd.conf', true],
    ['[]x].conf', '].conf', true],
    ['\\*.conf', '*.conf', true],
    ['\\*.conf', 'a.conf', false],
    ['*.conf', '.hidden.conf', false], // a leading '.' only matches a literal '.'
    ['.*.conf', '.hidden.conf', true],
    ['a[.conf', 'a[.conf', true], // an unclosed '[' is literal
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'aXbYcZ', false],
    ['', '', true],
  ])('%s against %s → %s', (pattern, name, want) => {
    expect(globMatch(pattern, name)).toBe(want);
  });
});

describe('include limits', () => {
  const MAIN = 'global_defs {\n  router_id lb1\n}\ninclude conf.d/*.conf\n';
  const run =
    (includes: Record<string, string>, limits = {}, text = MAIN) =>
    () =>
      importCluster('c', [{ director: 'lb1', address: '10.0.0.11', text, includes }], { limits });
  const refused = (f: () => unknown): ImportLimitError => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportLimitError);
      return e as ImportLimitError;
    }
    throw new Error('the import was not refused');
  };

  it('refuses the fan-out bomb (40 files that each include conf.d/*.conf) as a cycle, naming the file, without expanding it', () => {
    const includes = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`conf.d/${String(i).padStart(2, '0')}.conf`, 'include conf.d/*.conf\n']),
    );
    const e = refused(run(includes));
    expect(e.limit).toBe('cycle');
    expect(e.file).toBe('conf.d/00.conf');
    expect(e.message).toBe('director lb1: conf.d/00.conf includes itself (conf.d/00.conf → conf.d/00.conf); keepalived would loop');
  });

  it('refuses a loop through two files with its path', () => {
    const e = refused(run({ 'conf.d/a.conf': 'include b.conf\n', 'b.conf': 'include conf.d/a.conf\n' }));
    expect(e).toMatchObject({
      limit: 'cycle',
      file: 'conf.d/a.conf',
      message: expect.stringContaining('conf.d/a.conf → b.conf → conf.d/a.conf'),
    });
  });

  it('refuses an acyclic fan-out whose expansion is exponential (10 levels of 10 files: 10^10 includes) by counting, not expanding', () => {
    const includes: Record<string, string> = {};
    for (let level = 0; level < 10; level++)
      for (let i = 0; i < 10; i++) includes[`l${level}/${i}.conf`] = level < 9 ? `include l${level + 1}/*.conf\n` : `# leaf\n`;
    const e = refused(run(includes, {}, 'include l0/*.conf\n'));
    expect(e.limit).toBe('maxIncludes');
    expect(e.message).toMatch(/^director lb1: l6\/0\.conf splices in 1,110 included files; at most 1,000 \(maxIncludes\)$/);
  });

  it('caps expanded characters, statements, depth and the number of files', () => {
    const big = 'x 1\n'.repeat(1000); // 4,000 characters, 1,000 statements
    const twice = { 'conf.d/a.conf': big, 'conf.d/b.conf': big };
    expect(refused(run(twice, { maxExpandedChars: 7000 }))).toMatchObject({
      limit: 'maxExpandedChars',
      message: expect.stringContaining('the config expands to 8,0'),
    });
    expect(refused(run(twice, { maxStatements: 1500 }))).toMatchObject({ limit: 'maxStatements' });
    const chain = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`conf.d/${i}.conf`, i < 4 ? `include conf.d/${i + 1}.conf\n` : '']),
    );
    expect(refused(run(chain, { maxDepth: 3 }, 'include conf.d/0.conf\n'))).toMatchObject({
      limit: 'maxDepth',
      file: 'conf.d/0.conf',
      message: expect.stringContaining('conf.d/0.conf nests includes 4 deep; at most 3'),
    });
    expect(refused(run(twice, { maxFiles: 1 }))).toMatchObject({ limit: 'maxFiles' });
    // Within the limits the same files import.
    expect(run(twice)().warnings.filter((w) => w.message.includes('could not be resolved'))).toEqual([]);
  });

  it('counts all directors of one import together', () => {
    const budget = new IncludeBudget({ ...DEFAULT_INCLUDE_LIMITS, maxExpandedChars: 100 });
    expect(budget.check('a'.repeat(60), undefined)).toBeUndefined();
    expect(budget.check('a'.repeat(60), undefined)).toMatchObject({
      limit: 'maxExpandedChars',
      message: expect.stringContaining('the import (all directors together) expands to 120'),
    });
  });
});
