import { describe, expect, it } from 'vitest';
import { parseCommitOutput } from './reload-script';

describe('parseCommitOutput', () => {
  it('turns the marks into per-stage ms and reads the watched pids and the sha256', () => {
    const sha = 'a'.repeat(64);
    const out = [
      '@step start 1000',
      '@step backup 1004',
      '@step swap 1005',
      '@step reload 1012',
      '@pids 41:5000 42:900',
      '@step verify 1090',
      `${sha}  /etc/keepalived/keepalived.conf`,
      '',
    ].join('\n');
    expect(parseCommitOutput(out)).toEqual({
      stageMs: { backup: 4, swap: 1, reload: 7, verify: 78 },
      pids: '41 42',
      unobserved: false,
      sha256: sha,
    });
  });

  it('reports only the stages that finished, and a settle that stood in for the evidence', () => {
    expect(parseCommitOutput('@step start 5\n@step backup 9\n@step swap 9\n@step reload 20\n@pids 7:\n@unobserved\n')).toEqual({
      stageMs: { backup: 4, swap: 0, reload: 11 },
      pids: '7',
      unobserved: true,
      sha256: undefined,
    });
  });
});
