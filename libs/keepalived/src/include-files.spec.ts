import { describe, expect, it } from 'vitest';
import { resolveIncludeFrom } from './include-files';

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
});
