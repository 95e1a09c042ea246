import { z } from 'zod';

/**
 * The field rules of notification channels and rules, with their messages: the API's DTOs
 * (apps/api/src/modules/notifications/notification.dto.ts) are built from these, and the dashboard's
 * dialogs check the same before the round trip, so a field says the same thing on both sides.
 */
export const notificationName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[^\p{Cc}]+$/u, 'must not contain control characters');

/** An http(s) URL without user:password@ (`what` says whose, in the message). */
export const notificationHttpUrl = (what: string) =>
  z
    .string()
    .max(2048, 'must be at most 2048 characters')
    .refine((v) => {
      try {
        const u = new URL(v);
        return /^https?:$/.test(u.protocol) && !u.username && !u.password && !!u.hostname;
      } catch {
        return false;
      }
    }, `must be an http:// or https:// URL without user:password@ (${what})`);

export const webhookSecret = z
  .string()
  .min(16, 'must be at least 16 characters (use e.g. `openssl rand -hex 32`)')
  .max(256, 'must be at most 256 characters');

export const notificationEmail = z.email({ error: 'must be an e-mail address' }).max(254, 'must be at most 254 characters');

export const smtpHost = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(253, 'must be at most 253 characters')
  .regex(/^[A-Za-z0-9.:[\]_-]+$/, 'must be a host name or an IP address');

export const smtpPort = z
  .number({ error: 'must be a port number' })
  .int('must be a whole number')
  .min(1, 'must be 1-65535')
  .max(65535, 'must be 1-65535');

export const notificationRecipients = z
  .array(notificationEmail)
  .min(1, 'must list at least one recipient')
  .max(50, 'must list at most 50 recipients');

export const ruleChannelIds = z
  .array(z.uuid({ error: 'must be a channel id (UUID)' }))
  .min(1, 'must name at least one channel')
  .max(50, 'must name at most 50 channels');

export const throttleSeconds = z
  .number({ error: 'must be a number of seconds' })
  .int('must be a whole number of seconds')
  .min(0, 'must be 0-86400 (0 = every event is a message)')
  .max(86_400, 'must be 0-86400 (0 = every event is a message)');
