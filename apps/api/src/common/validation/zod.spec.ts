import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { ZodValidationPipe } from './zod';

describe('ZodValidationPipe', () => {
  const pipe = new ZodValidationPipe(z.strictObject({ name: z.string().min(1), weight: z.number().int().max(65535) }), 'body');

  it('returns parsed data', () => {
    expect(pipe.transform({ name: 'a', weight: 3 })).toEqual({ name: 'a', weight: 3 });
  });

  it('names every bad field with its rule, unknown properties included', () => {
    try {
      pipe.transform({ name: '', weight: 70000, extra: 1 });
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      const err = e as AppError;
      expect(err.status).toBe(400);
      const paths = err.errors.map((x) => x.path).sort();
      expect(paths).toEqual(['body', 'body.name', 'body.weight']);
      expect(err.errors.find((x) => x.path === 'body')?.message).toMatch(/extra/);
    }
  });

  it('rejects a missing body', () => {
    expect(() => pipe.transform(undefined)).toThrow(AppError);
  });
});

describe('ZodValidationPipe at the edge: values PostgreSQL would refuse', () => {
  const err = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      return (e as AppError).errors;
    }
    throw new Error('not refused');
  };

  it('refuses a NUL in any string or key, naming where it is (before the schema, so even a record key is named)', () => {
    const body = new ZodValidationPipe(
      z.strictObject({ items: z.array(z.object({ name: z.string() })), files: z.record(z.string(), z.string()).optional() }),
      'body',
    );
    expect(err(() => body.transform({ items: [{ name: 'a' }, { name: 'b\0' }] }))).toEqual([
      { path: 'body.items.1.name', message: 'must not contain NUL characters (U+0000)' },
    ]);
    expect(err(() => body.transform({ items: [], files: { 'x\0y': '' } }))).toEqual([
      { path: 'body.files.x\\u0000y', message: 'must not contain NUL characters (U+0000)' },
    ]);
    expect(err(() => new ZodValidationPipe(z.strictObject({ q: z.string() }), 'query').transform({ q: '\0' }))).toEqual([
      { path: 'query.q', message: 'must not contain NUL characters (U+0000)' },
    ]);
    // a deeply nested body is walked without recursion
    let deep: unknown = 'x\0';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(err(() => new ZodValidationPipe(z.unknown(), 'body').transform(deep))[0].path).toMatch(/^body(\.0)+$/);
  });

  it('refuses path and query integers past PostgreSQL integer, but leaves body bounds to their schemas (fwmark is 32-bit unsigned)', () => {
    const params = new ZodValidationPipe(z.strictObject({ number: z.coerce.number().int().min(1) }), 'params');
    expect(params.transform({ number: '2147483647' })).toEqual({ number: 2147483647 });
    expect(err(() => params.transform({ number: '2147483648' }))).toEqual([
      { path: 'params.number', message: 'must be at most 2147483647' },
    ]);
    expect(
      err(() => new ZodValidationPipe(z.strictObject({ n: z.coerce.number().int() }), 'query').transform({ n: '-2147483649' })),
    ).toEqual([{ path: 'query.n', message: 'must be at least -2147483648' }]);
    expect(
      new ZodValidationPipe(z.strictObject({ fwmark: z.number().int().max(4294967295) }), 'body').transform({ fwmark: 4294967295 }),
    ).toEqual({ fwmark: 4294967295 });
  });
});
