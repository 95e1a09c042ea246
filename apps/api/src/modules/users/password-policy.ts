/**
 * What a password must be beyond its length: not one of the passwords attackers try first, not a
 * run of one character or a keyboard walk, and not built around the user's own name.
 * The list is short on purpose (the most common choices and their patterns); length does the rest.
 */
const COMMON = [
  'password',
  'passw0rd',
  'p@ssword',
  'p@ssw0rd',
  'letmein',
  'welcome',
  'admin',
  'administrator',
  'root',
  'toor',
  'changeme',
  'default',
  'secret',
  'master',
  'login',
  'qwerty',
  'qwertz',
  'azerty',
  'asdfgh',
  'zxcvbn',
  'iloveyou',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'shadow',
  'superman',
  'trustno1',
  'abc123',
  '123456',
  '1234567890',
  '0987654321',
  '111111',
  '000000',
  '123123',
  '654321',
  'keepalived',
  'loadbalancer',
  'lvs-console',
];

/** The characters that stay once case, separators and the usual digit-for-letter swaps are ignored. */
function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[0@4]/g, (c) => ({ '0': 'o', '@': 'a', '4': 'a' })[c] ?? c)
    .replace(/[1!|]/g, 'i')
    .replace(/3/g, 'e')
    .replace(/\$|5/g, 's')
    .replace(/7/g, 't')
    .replace(/[^a-z0-9]/g, '');
}

const COMMON_NORMALISED = [...new Set(COMMON.map(normalise))];
const WALKS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890', 'abcdefghijklmnopqrstuvwxyz'];

/** Why the password is refused, or undefined when it passes. Length is the schema's job. */
export function passwordWeakness(password: string, username?: string): string | undefined {
  const lower = password.toLowerCase();
  const bare = normalise(password);
  if (username && username.length >= 3) {
    const name = username.toLowerCase();
    if (lower.includes(name) || bare.includes(normalise(name))) return 'must not contain the user name';
  }
  if (new Set(lower).size <= 2) return 'must not be one or two characters repeated';
  for (const walk of WALKS) {
    const forward = walk.includes(lower) || walk.repeat(2).includes(lower);
    const backward = [...walk].reverse().join('').repeat(2).includes(lower);
    if (forward || backward) return 'must not be a keyboard or alphabet sequence';
  }
  // A common password with a little padding ("Password2024!", "admin123456") is still a common password.
  const core = bare.replace(/\d+$/, '').replace(/^\d+/, '');
  for (const c of COMMON_NORMALISED) {
    if (bare === c || core === c || (c.length >= 6 && bare.includes(c) && bare.length - c.length <= 6))
      return 'is too common (on the list of passwords tried first)';
  }
  return undefined;
}
