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
