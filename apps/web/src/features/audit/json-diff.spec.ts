import { describe, expect, it } from 'vitest';
import { flatten, jsonDiffLines } from './json-diff';

describe('audit before/after as diff lines', () => {
  it('flattens to one path: value line per leaf, arrays by index, empty containers as leaves', () => {
    expect(flatten({ a: { b: 1, 'odd key': 'x' }, list: [true, null], none: {}, empty: [] })).toEqual([
      'a.b: 1',
      'a."odd key": "x"',
      'list[0]: true',
      'list[1]: null',
      'none: {}',
      'empty: []',
    ]);
    expect(flatten('plain')).toEqual(['"plain"']);
  });
  it('marks changed leaves - before / + after and keeps unchanged ones as context', () => {
    expect(jsonDiffLines({ version: 3, name: 'lab', tags: ['a', 'b'] }, { version: 4, name: 'lab', tags: ['a'], added: { x: 1 } })).toEqual(
      ['- version: 3', '+ version: 4', '  name: "lab"', '  tags[0]: "a"', '- tags[1]: "b"', '+ added.x: 1'],
    );
  });
  it('treats a null side as not recorded: a creation is all additions, a deletion all removals', () => {
    expect(jsonDiffLines(null, { deploymentId: 'd1', order: ['lb2', 'lb1'] })).toEqual([
      '+ deploymentId: "d1"',
      '+ order[0]: "lb2"',
      '+ order[1]: "lb1"',
    ]);
    expect(jsonDiffLines({ name: 'old' }, null)).toEqual(['- name: "old"']);
    expect(jsonDiffLines(null, null)).toEqual([]);
  });
  it('shows a value that changed type as removed and added', () => {
    expect(jsonDiffLines({ a: { b: 1 } }, { a: 'now text' })).toEqual(['- a.b: 1', '+ a: "now text"']);
    expect(jsonDiffLines({ a: null }, { a: null })).toEqual(['  a: null']);
  });
});
