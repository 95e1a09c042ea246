import { z } from 'zod';

/**
 * Field-level rules shared by the API, the web forms and the CLI. No Nest, no React here.
 */

/** A name keepalived can take as one bare word: no whitespace, braces, quotes, `#`, `!` or newlines. */
export const KEEPALIVED_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.:@-]{0,63}$/;
export const keepalivedName = (what: string) =>
  z
    .string()
    .regex(
      KEEPALIVED_NAME,
      `${what} must be 1-64 characters of letters, digits, "_", ".", ":", "@" or "-" (keepalived cannot quote whitespace, braces, quotes, "#" or "!")`,
    );

/**
 * A value rendered inside double quotes (script paths, URLs): keepalived has no escape for `"`, so
 * those and line breaks are refused — and every other control character: a NUL ends the string in
 * keepalived's C parser and PostgreSQL refuses it in text, so it could only make the cluster unrenderable.
 */
export const QUOTABLE = /^[^"'\\{}#!\x00-\x1f\x7f]*$/;
export const quotable = (what: string, max = 255) =>
  z
    .string()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`)
    .regex(
      QUOTABLE,
      `${what} must not contain quotes, backslashes, braces, "#", "!", tabs, line breaks or other control characters (keepalived cannot quote them)`,
    );

export const interfaceName = z
  .string()
  .regex(/^[A-Za-z0-9_.:@-]{1,15}$/, 'must be a Linux interface name (1-15 characters, no spaces or slashes)');

export const ipv4 = z.ipv4({ error: 'must be an IPv4 address' });
export const ipv6 = z.ipv6({ error: 'must be an IPv6 address' });
export const ipAddress = z.union([ipv4, ipv6], { error: 'must be an IPv4 or IPv6 address' });

export function isIpv6(address: string): boolean {
  return address.includes(':');
}

/** An address with an optional prefix length; /32 (v4) or /128 (v6) when omitted. */
export const cidr = z.string().superRefine((v, ctx) => {
  const [addr, prefix, ...rest] = v.split('/');
  const v6 = isIpv6(addr);
  const okAddr = (v6 ? ipv6 : ipv4).safeParse(addr).success;
  const max = v6 ? 128 : 32;
  const okPrefix = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= max);
  if (!okAddr || !okPrefix || rest.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be an IPv4 or IPv6 address with an optional prefix length (e.g. 192.0.2.10/24, 2001:db8::10/64)`,
    });
  }
});

export const port = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be 1-65535')
  .max(65535, 'must be 1-65535');
export const seconds = (max: number) =>
  z.number({ error: 'must be a number' }).int('must be whole seconds').min(1, `must be 1-${max}`).max(max, `must be 1-${max}`);
/**
 * A normalised absolute path: what it names is what it says. No `..` or `.` segments, no `//`, no
 * trailing `/` (and no NUL: only letters, digits and _ . / @ + - at all). Where a path sits is
 * checked on top of this (directorPathIssues): a lexical check is only sound on normalised paths.
 */
export const absolutePath = z
  .string()
  .max(255, 'must be at most 255 characters')
  .regex(/^\/[A-Za-z0-9_./@+-]*$/, 'must be an absolute path of letters, digits and _ . / @ + -')
  .refine((p) => normalisedPathProblem(p) === undefined, {
    error: (i) => normalisedPathProblem(String(i.input)) ?? 'must be a normalised absolute path',
  });

export function normalisedPathProblem(p: string): string | undefined {
  if (p === '/') return 'must name a file, not /';
  if (p.endsWith('/')) return 'must not end with "/"';
  if (p.includes('//')) return 'must not contain "//"';
  const segments = p.split('/').slice(1);
  if (segments.includes('..')) return 'must not contain ".." segments';
  if (segments.includes('.')) return 'must not contain "." segments';
  return undefined;
}

/**
 * Where a director's keepalived.conf may live when the admin has configured nothing else
 * (DIRECTOR_CONFIG_DIRS): the console writes there as root and reloads keepalived from it, so a
 * path elsewhere would let whoever edits the topology overwrite (and, via the plan diff, read) any
 * file on the director.
 */
export const DEFAULT_DIRECTOR_CONFIG_DIRS: readonly string[] = ['/etc/keepalived'];
/** Where keepalived's pid file may be: the runtime directories (keepalived's default is /run/keepalived.pid). */
export const DIRECTOR_PID_DIRS: readonly string[] = ['/run', '/var/run'];

/** True when `path` lies strictly below `dir` (both normalised: a lexical check). */
export function isPathUnder(path: string, dir: string): boolean {
  const d = dir.endsWith('/') ? dir.slice(0, -1) : dir;
  return path.startsWith(`${d}/`) && path.length > d.length + 1;
}

/**
 * The placement rules of a director's paths: the config under one of the allowed config
 * directories; the pid file under /run or /var/run — or in an allowed config directory too, since
 * keepalived is often run with `-p` beside its config (the lab keeps it in /etc/keepalived), and
 * that directory is the admin's choice already. A pid file only names the process that receives
 * SIGHUP, and the reload script checks that process is keepalived before signalling it.
 */
export function directorPathIssues(
  d: { configPath: string; pidFile: string },
  configDirs: readonly string[] = DEFAULT_DIRECTOR_CONFIG_DIRS,
): { field: 'configPath' | 'pidFile'; message: string }[] {
  const out: { field: 'configPath' | 'pidFile'; message: string }[] = [];
  const syntax = normalisedPathProblem(d.configPath);
  if (syntax) out.push({ field: 'configPath', message: syntax });
  else if (!configDirs.some((dir) => isPathUnder(d.configPath, dir)))
    out.push({
      field: 'configPath',
      message: `must be under ${configDirs.map((x) => `${x}/`).join(' or ')} (the directories the admin allows: DIRECTOR_CONFIG_DIRS)`,
    });
  const pidSyntax = normalisedPathProblem(d.pidFile);
  if (pidSyntax) out.push({ field: 'pidFile', message: pidSyntax });
  else if (![...DIRECTOR_PID_DIRS, ...configDirs].some((dir) => isPathUnder(d.pidFile, dir)))
    out.push({ field: 'pidFile', message: `must be under /run/ or /var/run/ (or an allowed config directory: ${configDirs.join(', ')})` });
  return out;
}

export const SCHEDULERS = ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'dh', 'sh', 'sed', 'nq', 'mh', 'fo', 'ovf', 'twos'] as const;
export const FORWARDING_METHODS = ['DR', 'NAT', 'TUN'] as const;
export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;
export const VRRP_STATES = ['MASTER', 'BACKUP'] as const;
export const ADMIN_STATES = ['enabled', 'drained', 'disabled'] as const;
export const RELOAD_METHODS = ['systemctl', 'sighup'] as const;
export const CLUSTER_MODES = ['keepalived', 'ipvsadm'] as const;
export const HEALTH_CHECK_TYPES = [
  'TCP_CHECK',
  'HTTP_GET',
  'SSL_GET',
  'MISC_CHECK',
  'DNS_CHECK',
  'SMTP_CHECK',
  'UDP_CHECK',
  'PING_CHECK',
] as const;

export type Scheduler = (typeof SCHEDULERS)[number];
export type ForwardingMethod = (typeof FORWARDING_METHODS)[number];
export type Protocol = (typeof PROTOCOLS)[number];
export type VrrpState = (typeof VRRP_STATES)[number];
export type AdminState = (typeof ADMIN_STATES)[number];
export type HealthCheckType = (typeof HEALTH_CHECK_TYPES)[number];
