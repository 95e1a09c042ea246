import { Logger } from '@nestjs/common';
import { OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { clusterRoom, LIVE_NAMESPACE, type LiveClientEvents, type LiveServerEvents, summaryRoom } from '@lvs/domain';
import type { Namespace, Socket } from 'socket.io';
import type { Principal } from '../../common/auth/principal';
import { AuthService } from '../../modules/auth/auth.service';
import { SESSION_COOKIE } from '../../modules/auth/auth.guard';
import { TokensService } from '../../modules/tokens/tokens.service';
import { LiveJoins, type LiveRoomKind } from './live-joins';

type LiveSocket = Socket<LiveClientEvents, LiveServerEvents, Record<string, never>, { principal: Principal }>;
export type LiveNamespace = Namespace<LiveClientEvents, LiveServerEvents>;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/**
 * socket.io namespace `/live`: the same authentication as REST (Bearer token in `auth.token`, or
 * the session cookie), then a client joins the rooms of the clusters it may see.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, path: '/socket.io', serveClient: false, cors: false })
export class LiveGateway implements OnGatewayInit<LiveNamespace> {
  private readonly logger = new Logger(LiveGateway.name);
  @WebSocketServer() server!: LiveNamespace;

  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokensService,
    private readonly joins: LiveJoins,
  ) {}

  afterInit(ns: LiveNamespace): void {
    ns.use((socket, next) => {
      void this.authenticate(socket as LiveSocket).then(
        (p) => {
          if (!p) return next(new Error('unauthenticated: send auth.token (an API token) or sign in'));
          (socket as LiveSocket).data.principal = p;
          next();
        },
        (e: Error) => next(new Error(`authentication failed: ${e.message}`)),
      );
    });
    ns.on('connection', (socket: LiveSocket) => {
      /** Joins the cluster's state room (`join`) or summary room (`joinSummary`), if the principal may see the cluster. */
      const join = (room: LiveRoomKind) => (clusterId: string, ack: (r: { ok: true } | { ok: false; error: string }) => void) => {
        const p = socket.data.principal;
        if (typeof clusterId !== 'string' || !/^[0-9a-f-]{36}$/i.test(clusterId)) return ack?.({ ok: false, error: 'clusterId must be a UUID' });
        if (p.clusterId && p.clusterId !== clusterId) return ack?.({ ok: false, error: 'this token is scoped to another cluster' });
        void socket.join(room === 'state' ? clusterRoom(clusterId) : summaryRoom(clusterId));
        ack?.({ ok: true });
        this.joins.joined(clusterId, (event, ...payload) => socket.emit(event, ...payload), room);
      };
      socket.on('join', join('state'));
      socket.on('joinSummary', join('summary'));
      socket.on('leave', (clusterId) => void socket.leave(clusterRoom(String(clusterId))));
      socket.on('leaveSummary', (clusterId) => void socket.leave(summaryRoom(String(clusterId))));
    });
    this.logger.log(`live events on ${LIVE_NAMESPACE}`);
  }

  private async authenticate(socket: LiveSocket): Promise<Principal | undefined> {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    if (typeof token === 'string') {
      const check = await this.tokens.authenticate(token, socket.handshake.address);
      return check.ok ? check.principal : undefined;
    }
    const cookie = cookieValue(socket.handshake.headers.cookie, SESSION_COOKIE);
    if (cookie) return (await this.auth.authenticateSession(cookie))?.principal;
    return undefined;
  }
}
