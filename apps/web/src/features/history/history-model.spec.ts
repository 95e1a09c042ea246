import { describe, expect, it } from 'vitest';
import { defaultPair, diffStats, diffStatsLabel, pageRange } from './history-model';

describe('history panel model', () => {
  it('counts removed and added lines of a unified diff, not its file headers', () => {
    const diff = ['--- lb1 #1', '+++ lb1 #3', '@@ -1,3 +1,3 @@', ' global_defs {', '-  weight 5', '+  weight 0', '+  # new'].join('\n');
    expect(diffStats(diff)).toEqual({ removed: 1, added: 2 });
    expect(diffStatsLabel(diffStats(diff))).toBe('+2 −1');
    expect(diffStatsLabel(diffStats(''))).toBe('no changes');
  });
  it('counts the audit log before/after lines too', () => {
    expect(diffStats(['  a: 1', '- b: 2', '+ b: 3', '+ c: "-x"'])).toEqual({ removed: 1, added: 2 });
  });
  it('labels a page of revisions', () => {
    expect(pageRange(0, 20, 45)).toBe('Revisions 1–20 of 45');
    expect(pageRange(40, 5, 45)).toBe('Revisions 41–45 of 45');
    expect(pageRange(60, 0, 45)).toBe('No revisions on this page (of 45)');
  });
  it('compares the newest revision with the one before it by default', () => {
    expect(defaultPair([{ number: 7 }, { number: 6 }, { number: 5 }])).toEqual({ from: 6, to: 7 });
    expect(defaultPair([{ number: 1 }])).toBeNull();
    expect(defaultPair([])).toBeNull();
  });
});
