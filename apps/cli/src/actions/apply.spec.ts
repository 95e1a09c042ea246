import { describe, expect, it } from 'vitest';
import { inOrder } from './apply';

const after = <T>(ms: number, v: T, fail = false) =>
  new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(new Error(String(v))) : resolve(v)), ms));

describe('inOrder: requests made together, errors reported as a sequential run would', () => {
  it('resolves to the values in the order given, whichever came back first', async () => {
    await expect(inOrder(after(30, 'spec'), after(1, 'deployed'))).resolves.toEqual(['spec', 'deployed']);
  });

  it('throws the error of the first failing request in the list, not of the first to fail', async () => {
    // The second fails at once, the first later: a sequential run would have met the first.
    await expect(inOrder(after(30, 'read the spec', true), after(1, 'list deployments', true))).rejects.toThrow('read the spec');
    await expect(inOrder(after(1, 'spec'), after(20, 'list deployments', true))).rejects.toThrow('list deployments');
  });
});
