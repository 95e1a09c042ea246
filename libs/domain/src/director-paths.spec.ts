import { describe, expect, it } from 'vitest';
import { DirectorSchema } from './spec';
import { directorPathIssues, isPathUnder, normalisedPathProblem } from './primitives';

describe('director paths', () => {
  it('accepts only normalised absolute paths', () => {
    expect(normalisedPathProblem('/etc/keepalived/keepalived.conf')).toBeUndefined();
    expect(normalisedPathProblem('/etc/keepalived/../shadow')).toMatch(/\.\./);
    expect(normalisedPathProblem('/etc/keepalived/./x')).toMatch(/"\."/);
    expect(normalisedPathProblem('/etc//keepalived/x')).toMatch(/\/\//);
    expect(normalisedPathProblem('/etc/keepalived/')).toMatch(/end with/);
    expect(normalisedPathProblem('/')).toMatch(/not \//);
    // "..." and "..x" are ordinary names
    expect(normalisedPathProblem('/etc/keepalived/...')).toBeUndefined();
    expect(normalisedPathProblem('/etc/keepalived/..x')).toBeUndefined();
  });

  it('is the schema rule of configPath and pidFile', () => {
    const bad = DirectorSchema.safeParse({
      name: 'lb1',
      address: '192.0.2.1',
      configPath: '/etc/keepalived/../../etc/shadow',
      pidFile: '/run/../proc/1/x',
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['configPath', 'must not contain ".." segments'],
      ['pidFile', 'must not contain ".." segments'],
    ]);
    expect(DirectorSchema.safeParse({ name: 'lb1', address: '192.0.2.1', configPath: '/etc/keepalived/x\0.conf' }).success).toBe(false);
  });

  it('is under a directory only strictly below it, by whole segments', () => {
    expect(isPathUnder('/etc/keepalived/keepalived.conf', '/etc/keepalived')).toBe(true);
    expect(isPathUnder('/etc/keepalived/keepalived.conf', '/etc/keepalived/')).toBe(true);
    expect(isPathUnder('/etc/keepalived', '/etc/keepalived')).toBe(false);
    expect(isPathUnder('/etc/keepalived-evil/x.conf', '/etc/keepalived')).toBe(false);
  });

  it('places the config under the allowed dirs and the pid file under /run, /var/run or those dirs', () => {
    expect(directorPathIssues({ configPath: '/etc/keepalived/keepalived.conf', pidFile: '/run/keepalived.pid' })).toEqual([]);
    expect(directorPathIssues({ configPath: '/etc/keepalived/keepalived.conf', pidFile: '/var/run/keepalived/keepalived.pid' })).toEqual(
      [],
    );
    // beside the config (the lab runs keepalived -p /etc/keepalived/keepalived.pid)
    expect(directorPathIssues({ configPath: '/etc/keepalived/keepalived.conf', pidFile: '/etc/keepalived/keepalived.pid' })).toEqual([]);
    expect(directorPathIssues({ configPath: '/etc/shadow', pidFile: '/proc/1/status' }).map((i) => i.field)).toEqual([
      'configPath',
      'pidFile',
    ]);
    expect(directorPathIssues({ configPath: '/srv/lb/keepalived.conf', pidFile: '/run/k.pid' }, ['/srv/lb'])).toEqual([]);
    expect(directorPathIssues({ configPath: '/etc/keepalived/keepalived.conf', pidFile: '/run/k.pid' }, ['/srv/lb'])[0]).toMatchObject({
      field: 'configPath',
      message: expect.stringMatching(/must be under \/srv\/lb\//),
    });
  });
});
