/**
 * Whether `e` says the database cannot be reached or has just gone away — not that a query was
 * wrong. A request that meets one is answered 503 (try again), never 500: a Postgres restart or
 * crash is an outage, not a bug in the request or the API.
 *
 * What node-postgres and TypeORM raise then: socket errors while connecting (the server is down),
 * the pool's connect timeout, "Connection terminated unexpectedly" when a SIGKILLed server drops
 * the socket mid-query, and server-side SQLSTATEs of class 08 (connection exception), 57P01-57P03
 * (shutdown, crash shutdown, "the database system is starting up") and 53300 (too many connections).
 * See https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|the database system is (starting up|shutting down|in recovery mode)/i;

export function isDatabaseUnavailable(e: unknown): boolean {
  // TypeORM's QueryFailedError keeps the driver's error as driverError; some wrap it as cause.
  for (let cur: unknown = e, depth = 0; cur && typeof cur === 'object' && depth < 4; depth++) {
    const err = cur as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; level?: unknown };
    // ssh2 tags its errors with a level ('client-socket', 'client-timeout'): a director's
    // ECONNREFUSED is not the database's.
    if (err.level !== undefined) return false;
    const code = typeof err.code === 'string' ? err.code : '';
    if (SOCKET_CODES.has(code) || SQLSTATES.has(code) || /^08...$/.test(code)) return true;
    if (typeof err.message === 'string' && MESSAGES.test(err.message)) return true;
    cur = err.driverError ?? err.cause;
  }
  return false;
}
