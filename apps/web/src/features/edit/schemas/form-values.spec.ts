import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from '../../../lib/api';
import { getIn, num, opt, problemErrors, setIn } from './form-values';

const problem = (over: Partial<Problem>): ApiError =>
  new ApiError({ type: 'about:blank', title: 'x', status: 409, detail: 'The detail.', code: 'c', errors: [], ...over });

describe('form values', () => {
  it('reads and writes by dotted path without touching the input', () => {
    const d = { members: [{ priority: '1' }], vips: [] };
    const next = setIn(d, 'members.0.priority', '150');
    expect(getIn(next, 'members.0.priority')).toBe('150');
    expect(d.members[0].priority).toBe('1');
    expect(Array.isArray(next.members)).toBe(true);
    expect(getIn(next, 'vips.3.address')).toBeUndefined();
  });

  it('blank inputs are absent; other number text stays a (maybe NaN) number for the schema to judge', () => {
    expect([num(''), num(' '), num('80'), Number.isNaN(num('8o'))]).toEqual([undefined, undefined, 80, true]);
    expect([opt(''), opt(' eth0 ')]).toEqual([undefined, 'eth0']);
  });
});

describe('problemErrors: the API problem+json onto the form', () => {
  it('body paths go to their fields', () => {
    expect(problemErrors(problem({ errors: [{ path: 'body.name', message: 'is already taken' }] }))).toEqual({ name: 'is already taken' });
    expect(
      problemErrors(
        problem({
          errors: [
            { path: 'body.members.1.director', message: 'a' },
            { path: 'body.members.1.director', message: 'b' },
          ],
        }),
      ),
    ).toEqual({ 'members.1.director': 'a; b' });
  });

  it("a problem without a field of the form (stale If-Match, another object, no errors) is the form's, with its detail", () => {
    expect(problemErrors(problem({ status: 412, errors: [{ path: 'headers.if-match', message: 'is stale' }] }))).toEqual({
      '': 'The detail.',
    });
    expect(problemErrors(problem({ errors: [{ path: 'spec.vrrpInstances.0.members.0.director', message: 'in use' }] }))).toEqual({
      '': 'The detail.',
      'spec:vrrpInstances.0.members.0.director': 'in use',
    });
    expect(problemErrors(problem({}))).toEqual({ '': 'The detail.' });
    expect(problemErrors(new Error('offline'))).toEqual({ '': 'Error: offline' });
  });
});
