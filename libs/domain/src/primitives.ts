import { z } from 'zod';

/**
 * Field-level rules shared by the API, the web forms and the CLI. No Nest, no React here.
 */

/** A name keepalived can take as one bare word: no whitespace, braces, quotes, `#`, `!` or newlines. */
export const KEEPALIVED_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.:@-]{0,63}$/;
export const keepalivedName = (what: string) =>
  z
    .string()
    .regex(KEEPALIVED_NAME, `${what} must be 1-64 characters of letters, digits, "_", ".", ":", "@" or "-" (keepalived cannot quote whitespace, braces, quotes, "#" or "!")`);

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
    .regex(QUOTABLE, `${what} must not contain quotes, backslashes, braces, "#", "!", tabs, line breaks or other control characters (keepalived cannot quote them)`);

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
    ctx.addIssue({ code: 'custom', message: `must be an IPv4 or IPv6 address with an optional prefix length (e.g. 192.0.2.10/24, 2001:db8::10/64)` });
  }
});

export const port = z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535');
export const seconds = (max: number) => z.number({ error: 'must be a number' }).int('must be whole seconds').min(1, `must be 1-${max}`).max(max, `must be 1-${max}`);
export const absolutePath = z
  .string()
  .max(255, 'must be at most 255 characters')
  .regex(/^\/[A-Za-z0-9_./@+-]*$/, 'must be an absolute path of letters, digits and _ . / @ + -');

export const SCHEDULERS = ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'dh', 'sh', 'sed', 'nq', 'mh', 'fo', 'ovf', 'twos'] as const;
export const FORWARDING_METHODS = ['DR', 'NAT', 'TUN'] as const;
export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;
export const VRRP_STATES = ['MASTER', 'BACKUP'] as const;
export const ADMIN_STATES = ['enabled', 'drained', 'disabled'] as const;
export const RELOAD_METHODS = ['systemctl', 'sighup'] as const;
export const CLUSTER_MODES = ['keepalived', 'ipvsadm'] as const;
export const HEALTH_CHECK_TYPES = ['TCP_CHECK', 'HTTP_GET', 'SSL_GET', 'MISC_CHECK', 'DNS_CHECK', 'SMTP_CHECK', 'UDP_CHECK', 'PING_CHECK'] as const;

export type Scheduler = (typeof SCHEDULERS)[number];
export type ForwardingMethod = (typeof FORWARDING_METHODS)[number];
export type Protocol = (typeof PROTOCOLS)[number];
export type VrrpState = (typeof VRRP_STATES)[number];
export type AdminState = (typeof ADMIN_STATES)[number];
export type HealthCheckType = (typeof HEALTH_CHECK_TYPES)[number];
