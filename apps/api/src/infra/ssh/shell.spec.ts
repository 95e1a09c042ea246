import { describe, expect, it } from 'vitest';
import { shellCommand, shellQuote } from './shell';

describe('shellQuote', () => {
  it('leaves plain words alone and quotes everything else', () => {
    expect(shellQuote('/etc/keepalived/keepalived.conf')).toBe('/etc/keepalived/keepalived.conf');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('$(reboot); rm -rf / `x` >f')).toBe("'$(reboot); rm -rf / `x` >f'");
    expect(shellQuote('')).toBe("''");
  });

  it('prefixes sudo -n when asked', () => {
    expect(shellCommand(['keepalived', '--config-test', '-f', '/tmp/x y'], { sudo: true })).toBe(
      "sudo -n -- keepalived --config-test -f '/tmp/x y'",
    );
  });
});
