import { describe, expect, it } from 'vitest';
import { foldProgress } from './progress';

describe('foldProgress', () => {
  it('keeps directors in arrival order, their steps in order (stage-labelled), and their final status', () => {
    let p = foldProgress([], { director: 'lb2', targetStatus: 'running' });
    p = foldProgress(p, { director: 'lb2', step: 'connect', status: 'ok', ms: 2 });
    p = foldProgress(p, { director: 'lb1', step: 'connect', status: 'ok', ms: 3 });
    p = foldProgress(p, { director: 'lb2', step: 'swap', status: 'ok', ms: 4, stage: 'interim' });
    p = foldProgress(p, { director: 'lb2', step: 'verify', status: 'failed', ms: 2000, output: 'did not re-read' });
    p = foldProgress(p, { director: 'lb2', targetStatus: 'rolled_back', error: 'lb2: verify failed' });
    expect(p.map((d) => d.director)).toEqual(['lb2', 'lb1']);
    expect(p[0]).toEqual({
      director: 'lb2',
      status: 'rolled_back',
      error: 'lb2: verify failed',
      steps: [
        { label: 'connect', status: 'ok', ms: 2, output: undefined },
        { label: 'interim: swap', status: 'ok', ms: 4, output: undefined },
        { label: 'verify', status: 'failed', ms: 2000, output: 'did not re-read' },
      ],
    });
    expect(p[1]).toMatchObject({ director: 'lb1', status: 'running' });
  });
});
