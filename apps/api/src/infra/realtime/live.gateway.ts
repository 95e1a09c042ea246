import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import { OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import {
  clusterRoom,
  LIVE_NAMESPACE,
  LIVE_PROTOCOL,
  type LiveClientEvents,
  type LiveJoinRequest,
  type LiveServerEvents,
  summaryRoom,
} from '@lvs/domain';
import { randomUUID } from 'node:crypto';
import type { Namespace, Socket } from 'socket.io';
import { CredentialEvents, type CredentialChange } from '../../common/auth/credential-events';
import type { Principal } from '../../common/auth/principal';
import { RateLimiter } from '../../common/auth/rate-limiter';
import { clientAddress, trustFunction } from '../../common/http/client-address';
import { requestContext } from '../../common/request-context';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuditService } from '../../modules/audit/audit.service';
import { AuthService } from '../../modules/auth/auth.service';
import { SESSION_COOKIE, TOKEN_FAILURE_LIMIT } from '../../modules/auth/auth.guard';
import { TokensService } from '../../modules/tokens/tokens.service';
import { LiveJoins, type LiveRoomKind } from './live-joins';

/** What a socket authenticated with, kept to check it again on every join and every LIVE_RECHECK_SECONDS. */
type LiveCredential = { kind: 'token'; token: string } | { kind: 'session'; cookie: string };
interface LiveData {
  principal: Principal;
  credential: LiveCredential;
  ip: string;
}
type LiveSocket = Socket<LiveClientEvents, LiveServerEvents, Record<string, never>, LiveData>;
export type LiveNamespace = Namespace<LiveClientEvents, LiveServerEvents>;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function lastValue(h: string | string[] | undefined): string | undefined {
  const v = Array.isArray(h) ? h.join(',') : h;
  return v
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
}

/**
 * Why a state-room join is refused for its protocol, or undefined. A bare cluster id is a protocol 1
 * client: it would apply deltas whose numbers it cannot see (they are columns now) and show
 * traffic that silently stopped changing, so it is told to upgrade instead.
 */
function protocolRefusal(request: unknown): string | undefined {
  const speaks = typeof request === 'string' ? 1 : (request as Partial<LiveJoinRequest> | null)?.protocol;
  if (speaks === LIVE_PROTOCOL) return undefined;
  return `this API speaks /live protocol ${LIVE_PROTOCOL} (state.delta carries the real servers' numbers as columns); this client asked for ${typeof speaks === 'number' ? `protocol ${speaks}` : 'no protocol'}: upgrade it, or join with { clusterId, protocol: ${LIVE_PROTOCOL} }`;
}

/** The principal still stands as it was: same user, same role, same token or session. */
function same(a: Principal, b: Principal): boolean {
  return (
    a.userId === b.userId &&
    a.role === b.role &&
    a.tokenId === b.tokenId &&
    a.sessionId === b.sessionId &&
    (a.clusterId ?? null) === (b.clusterId ?? null)
  );
}

/**
 * socket.io namespace `/live`: the same authentication as REST (Bearer token in `auth.token`, or
 * the session cookie), then a client joins the rooms of the clusters it may see. A socket lives
 * only as long as its credential: it is checked again on every join and periodically, and dropped
 * at once when this process revokes the token, ends the session, or changes or disables the user.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, path: '/socket.io', serveClient: false, cors: false })
export class LiveGateway implements OnGatewayInit<LiveNamespace>, OnModuleDestroy {
  private readonly logger = new Logger(LiveGateway.name);
  @WebSocketServer() server!: LiveNamespace;
  private readonly trusted: (addr: string, hop: number) => boolean;
  private recheckTimer?: NodeJS.Timeout;

  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokensService,
    private readonly joins: LiveJoins,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    private readonly credentials: CredentialEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.trusted = trustFunction(config.http.trustProxy);
  }

  afterInit(ns: LiveNamespace): void {
    ns.use((socket, next) => {
      void this.handshake(socket as LiveSocket).then(
        (refusal) => next(refusal ? new Error(refusal) : undefined),
        (e: Error) => next(new Error(`authentication failed: ${e.message}`)),
      );
    });
    ns.on('connection', (socket: LiveSocket) => {
      /** Joins the cluster's state room (`join`) or summary room (`joinSummary`), if the principal (checked again now) may see the cluster. */
      const join = (room: LiveRoomKind) => (request: unknown, ack: (r: { ok: true } | { ok: false; error: string }) => void) => {
        if (typeof ack !== 'function') return;
        const refused = room === 'state' ? protocolRefusal(request) : undefined;
        if (refused) return ack({ ok: false, error: refused });
        const clusterId = room === 'state' ? (request as LiveJoinRequest).clusterId : request;
        if (typeof clusterId !== 'string' || !/^[0-9a-f-]{36}$/i.test(clusterId))
          return ack({ ok: false, error: 'clusterId must be a UUID' });
        void this.stillValid(socket).then(
          (p) => {
            if (!p) {
              ack?.({ ok: false, error: 'unauthenticated: the token or session is no longer valid' });
              socket.disconnect(true);
              return;
            }
            if (p.clusterId && p.clusterId !== clusterId) return ack?.({ ok: false, error: 'this token is scoped to another cluster' });
            void socket.join(room === 'state' ? clusterRoom(clusterId) : summaryRoom(clusterId));
            ack?.({ ok: true });
            this.joins.joined(clusterId as string, (event, ...payload) => socket.emit(event, ...payload), room);
          },
          () => ack?.({ ok: false, error: 'could not check the credential; try again' }),
        );
      };
      socket.on('join', join('state'));
      socket.on('joinSummary', join('summary'));
      socket.on('leave', (clusterId) => void socket.leave(clusterRoom(String(clusterId))));
      socket.on('leaveSummary', (clusterId) => void socket.leave(summaryRoom(String(clusterId))));
    });
    this.credentials.on((change) => this.dropSockets(change));
    // Revocations and changes made on another replica (SCALE_OUT) are not events here: a periodic check catches them.
    this.recheckTimer = setInterval(() => void this.recheckAll(), this.config.live.recheckSeconds * 1000);
    this.recheckTimer.unref();
    this.logger.log(`live events on ${LIVE_NAMESPACE}`);
  }

  onModuleDestroy(): void {
    clearInterval(this.recheckTimer);
  }

  /** Checks the Origin, the source's failure budget and the credential; returns why it is refused, or undefined. */
  private async handshake(socket: LiveSocket): Promise<string | undefined> {
    const h = socket.handshake;
    const peer = socket.conn.remoteAddress ?? h.address;
    const ip = clientAddress(peer, h.headers['x-forwarded-for'], this.trusted);
    const ctx = {
      requestId: randomUUID(),
      ip,
      userAgent: String(h.headers['user-agent'] ?? ''),
      method: 'WS',
      path: LIVE_NAMESPACE,
      audited: false,
    };
    return requestContext.run(ctx, async () => {
      if (!this.originAllowed(h.headers.origin, h.headers.host, peer, h.headers['x-forwarded-host'])) {
        await this.audit.record({
          action: 'auth.live_origin_rejected',
          outcome: 'denied',
          detail: `/live handshake from origin ${String(h.headers.origin).slice(0, 200)}`,
        });
        return 'origin not allowed: open /live from the dashboard or the API origin (or add the origin to ALLOWED_ORIGINS)';
      }
      const token = (h.auth as { token?: unknown } | undefined)?.token;
      if (typeof token === 'string') {
        const key = `token-fail:${ip}`;
        const wait = this.limiter.blocked(key, TOKEN_FAILURE_LIMIT.limit, TOKEN_FAILURE_LIMIT.windowMs);
        if (wait > 0) return `rate limited: too many invalid tokens from this address; retry in ${wait} s`;
        const check = await this.tokens.authenticate(token, ip);
        if (!check.ok) {
          // The same budget as REST: guessing tokens over /live buys nothing over guessing them over HTTP.
          this.limiter.hit(key, TOKEN_FAILURE_LIMIT.limit, TOKEN_FAILURE_LIMIT.windowMs);
          await this.audit.record({
            action: 'auth.token_rejected',
            targetType: 'token',
            targetId: check.tokenId,
            outcome: 'denied',
            detail: `${check.reason} token (/live handshake)`,
          });
          return `unauthenticated: the token is not valid (${check.reason})`;
        }
        socket.data = { principal: check.principal, credential: { kind: 'token', token }, ip };
        return undefined;
      }
      const cookie = cookieValue(h.headers.cookie, SESSION_COOKIE);
      const s = cookie ? await this.auth.authenticateSession(cookie) : undefined;
      if (!cookie || !s) return 'unauthenticated: send auth.token (an API token) or sign in';
      socket.data = { principal: s.principal, credential: { kind: 'session', cookie }, ip };
      return undefined;
    });
  }

  /**
   * A browser always sends Origin: it must be the API's own origin, the dashboard's (the host the
   * trusted proxy was asked for), or one in ALLOWED_ORIGINS. No Origin (CI, scripts) is allowed:
   * such a client carries its own credential, not a victim's cookie.
   */
  private originAllowed(
    origin: string | undefined,
    host: string | undefined,
    peer: string,
    forwardedHost: string | string[] | undefined,
  ): boolean {
    if (origin === undefined) return true;
    if (this.config.http.allowedOrigins.includes(origin)) return true;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return false; // "null" (sandboxed frames, file:) and garbage
    }
    if (host !== undefined && originHost === host.toLowerCase()) return true;
    const viaProxy = this.trusted(peer, 0) ? lastValue(forwardedHost) : undefined;
    return viaProxy !== undefined && originHost === viaProxy.toLowerCase();
  }

  /** The socket's credential checked again now; undefined (and the socket should go) when it no longer holds or grants something else. */
  private async stillValid(socket: LiveSocket): Promise<Principal | undefined> {
    const d = socket.data;
    if (!d?.credential) return undefined;
    let now: Principal | undefined;
    if (d.credential.kind === 'token') {
      const c = await this.tokens.authenticate(d.credential.token, d.ip);
      now = c.ok ? c.principal : undefined;
    } else {
      now = (await this.auth.authenticateSession(d.credential.cookie))?.principal;
    }
    return now && same(now, d.principal) ? now : undefined;
  }

  private async recheckAll(): Promise<void> {
    const sockets = [...(this.server?.sockets.values() ?? [])] as LiveSocket[];
    for (const s of sockets) {
      try {
        if (!(await this.stillValid(s))) s.disconnect(true);
      } catch (e) {
        this.logger.warn(`re-checking a /live credential failed: ${(e as Error).message}`);
      }
    }
  }

  private dropSockets(change: CredentialChange): void {
    const sockets = [...(this.server?.sockets.values() ?? [])] as LiveSocket[];
    for (const s of sockets) {
      const p = s.data?.principal;
      if (!p) continue;
      const hit =
        change.kind === 'token'
          ? p.tokenId === change.tokenId
          : change.kind === 'sessions'
            ? p.sessionId !== undefined && change.sessionIds.includes(p.sessionId)
            : p.userId === change.userId &&
              // A new password ends the sessions (but the changer's own); the user's tokens still stand.
              (change.reason === 'password' ? p.kind === 'user' && p.sessionId !== change.keepSessionId : true);
      if (hit) s.disconnect(true);
    }
  }
}
