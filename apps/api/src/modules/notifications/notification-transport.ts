import { Injectable } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { emailBody, signatureHeader, slackBody, type WebhookPayload } from './notification-message';
import type { ChannelKind } from './notification.entities';
import type { ChannelSecretsBox as ChannelSecrets } from './notification-secrets';

export interface EmailSettings {
  host: string;
  port: number;
  security: 'starttls' | 'tls' | 'none';
  username: string | null;
  from: string;
  to: string[];
  caCertificate: string | null;
}

export interface DeliveryTarget {
  kind: ChannelKind;
  settings: Record<string, unknown>;
  secrets: ChannelSecrets;
}

/** What one attempt got: `retryable` false = a permanent refusal (a 4xx other than 408/425/429, an SMTP 5xx). */
export interface AttemptResult {
  ok: boolean;
  status: number | null;
  body: string | null;
  error: string | null;
  retryable: boolean;
  /** A Retry-After the receiver asked for. */
  retryAfterMs?: number;
}

const BODY_LIMIT = 2048;
const RETRYABLE_4XX = new Set([408, 425, 429]);

function retryAfter(h: string | null): number | undefined {
  if (!h) return undefined;
  const s = Number(h);
  if (Number.isFinite(s) && s >= 0) return s * 1000;
  const t = Date.parse(h);
  return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}

/**
 * Sends one message over HTTP (webhook, Slack) or SMTP. The outside world behind one seam (STYLE 7):
 * the worker's retry and lease logic does not know how a message travels.
 */
@Injectable()
export class NotificationTransport {
  async deliver(target: DeliveryTarget, payload: WebhookPayload, timeoutMs: number): Promise<AttemptResult> {
    try {
      if (target.kind === 'email') return await this.email(target.settings as unknown as EmailSettings, target.secrets, payload, timeoutMs);
      const json = target.kind === 'slack' ? JSON.stringify(slackBody(payload)) : JSON.stringify(payload);
      const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'lvs-console-notify/1' };
      if (target.kind === 'webhook') {
        headers['x-lvs-delivery'] = payload.deliveryId;
        headers['x-lvs-event'] = payload.event.kind;
        headers['x-lvs-signature'] = signatureHeader(target.secrets.secret ?? '', json, Math.floor(Date.parse(payload.sentAt) / 1000));
      }
      return await this.post(target.secrets.url ?? '', json, headers, timeoutMs);
    } catch (e) {
      return { ok: false, status: null, body: null, error: (e as Error).message.slice(0, 1000), retryable: true };
    }
  }

  private async post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<AttemptResult> {
    let res: Response;
    try {
      // A redirect is not followed: the signed body must not be replayed to wherever a receiver points.
      res = await fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const why = err.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (err.cause?.code ?? err.cause?.message ?? err.message);
      return { ok: false, status: null, body: null, error: `POST failed: ${why}`, retryable: true };
    }
    const text = (await res.text().catch(() => '')).slice(0, BODY_LIMIT);
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status, body: text, error: null, retryable: false };
    const retryable = res.status >= 500 || RETRYABLE_4XX.has(res.status);
    const why =
      res.status >= 300 && res.status < 400 ? `redirect to ${res.headers.get('location') ?? '?'} (not followed)` : `HTTP ${res.status}`;
    return { ok: false, status: res.status, body: text, error: why, retryable, retryAfterMs: retryAfter(res.headers.get('retry-after')) };
  }

  private async email(s: EmailSettings, secrets: ChannelSecrets, payload: WebhookPayload, timeoutMs: number): Promise<AttemptResult> {
    const transport = createTransport({
      host: s.host,
      port: s.port,
      secure: s.security === 'tls',
      requireTLS: s.security === 'starttls',
      ignoreTLS: s.security === 'none',
      auth: s.username ? { user: s.username, pass: secrets.password ?? '' } : undefined,
      tls: s.caCertificate ? { ca: s.caCertificate } : undefined,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
    const mail = emailBody(payload);
    try {
      const info = await transport.sendMail({
        from: s.from,
        to: s.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'X-LVS-Delivery': payload.deliveryId, 'X-LVS-Event': payload.event.kind },
      });
      const code = Number(/^(\d{3})/.exec(String(info.response ?? ''))?.[1] ?? 250);
      return { ok: true, status: code, body: String(info.response ?? '').slice(0, BODY_LIMIT), error: null, retryable: false };
    } catch (e) {
      const err = e as Error & { responseCode?: number; response?: string; code?: string };
      const code = typeof err.responseCode === 'number' ? err.responseCode : null;
      // 5xx is the server's permanent "no" (bad recipient, auth refused); 4xx and broken connections are worth a retry.
      return {
        ok: false,
        status: code,
        body: err.response?.slice(0, BODY_LIMIT) ?? null,
        error: `SMTP: ${err.message}`.slice(0, 1000),
        retryable: code === null || code < 500,
      };
    } finally {
      transport.close();
    }
  }
}
