import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

describe('DIRECTOR_CONFIG_DIRS', () => {
  it('defaults to /etc/keepalived and takes a comma-separated list', () => {
    expect(loadConfig({}).director.configDirs).toEqual(['/etc/keepalived']);
    expect(loadConfig({ DIRECTOR_CONFIG_DIRS: '/etc/keepalived, /srv/lb' }).director.configDirs).toEqual(['/etc/keepalived', '/srv/lb']);
  });

  it('refuses relative, root and non-normalised directories, naming the variable', () => {
    for (const [v, why] of [
      ['etc/keepalived', /not absolute/],
      ['/', /root directory/],
      ['/etc/keepalived/../..', /\.\./],
      ['/etc//keepalived', /\/\//],
      [' , ', /at least one/],
    ] as const) {
      let err: unknown;
      try {
        loadConfig({ DIRECTOR_CONFIG_DIRS: v });
      } catch (e) {
        err = e;
      }
      expect(err, v).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems.join('\n')).toMatch(new RegExp(`DIRECTOR_CONFIG_DIRS: .*${why.source}`));
    }
  });
});
