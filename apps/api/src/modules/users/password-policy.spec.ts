import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-policy';

describe('password policy beyond length', () => {
  it.each([
    'password1234',
    'Password2024!',
    'P@ssw0rd1234',
    'qwertyuiop12',
    'letmein12345',
    '123456789012',
    'changeme2025',
    'administrator',
    'Keepalived!!',
  ])('refuses the common password %s', (p) => {
    expect(passwordWeakness(p)).toBeDefined();
  });

  it.each(['aaaaaaaaaaaa', 'abababababab', 'qwertyuiopas', '0987654321098', 'abcdefghijklm'])('refuses the pattern %s', (p) => {
    expect(passwordWeakness(p)).toBeDefined();
  });

  it('refuses a password built on the user name, whatever the case or digit swaps', () => {
    expect(passwordWeakness('alice-is-strong-2025', 'alice')).toBe('must not contain the user name');
    expect(passwordWeakness('xx-4L1CE-zz-99', 'alice')).toBe('must not contain the user name');
    expect(passwordWeakness('horse battery staple', 'alice')).toBeUndefined();
  });

  it('accepts ordinary long passwords', () => {
    for (const p of [
      'correct horse battery staple',
      'viewer-password-1',
      'operator-password',
      'admin-password-for-tests',
      'Tr4ffic-Dir3ctor-Blue',
    ]) {
      expect(passwordWeakness(p), p).toBeUndefined();
    }
  });
});
