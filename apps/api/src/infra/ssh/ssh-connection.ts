import { createHash, randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Client, type ClientChannel, type ConnectConfig, type SFTPWrapper } from 'ssh2';
import { shellCommand } from './shell';

export interface SshTarget {
  host: string;
  port: number;
  username: string;
  privateKey?: string;
  passphrase?: string;
  password?: string;
  /** `SHA256:…` as OpenSSH prints it. Unset only for a scan that just reads the offered key. */
  pinnedFingerprint?: string;
  sudo?: boolean;
}

export interface ExecResult {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export class HostKeyMismatchError extends Error {
  constructor(
    readonly host: string,
    readonly expected: string,
    readonly offered: string,
  ) {
    super(
      `host key of ${host} is ${offered}, but ${expected} is pinned: refusing to connect (was the director reinstalled, or is something in the middle?)`,
    );
    this.name = 'HostKeyMismatchError';
  }
}

export class HostKeyNotPinnedError extends Error {
  constructor(
    readonly host: string,
    readonly offered: string,
  ) {
    super(`host key of ${host} (${offered}) is not accepted yet: an operator must accept it first`);
    this.name = 'HostKeyNotPinnedError';
  }
}

export class SshError extends Error {
  constructor(
    message: string,
    readonly step: 'connect' | 'exec' | 'sftp',
    /** What went wrong underneath, for the log only (see CONNECT_FAILED). */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'SshError';
  }
}

/**
 * What users see when no SSH session could be opened — whatever the reason underneath. "Connection
 * refused", "timed out" and "handshake failed" would tell a viewer which ports of a host are open
 * (a port scanner through the console); the reason goes to the log instead.
 */
export const CONNECT_FAILED = 'could not open an SSH session to the director';

/** The most a file read from a director may hold: a config past it fails the read step rather than filling memory. */
export const MAX_READ_BYTES = 4 * 1024 * 1024;
/** The most one command's stdout (or stderr) may print before the channel is closed: a runaway command must not fill memory. */
const MAX_EXEC_OUTPUT_BYTES = 32 * 1024 * 1024;

export class FileTooLargeError extends SshError {
  constructor(
    readonly path: string,
    readonly size: number,
    readonly limit: number,
  ) {
    super(`${path} is ${size} bytes, more than the ${limit / 1024 / 1024} MiB the console reads from a director: not read`, 'sftp');
    this.name = 'FileTooLargeError';
  }
}

/**
 * Brackets the command's output between two markers unique to this exec, so whatever the login
 * shell prints around it (a banner from ~/.bashrc or /etc/profile on every command, a MOTD-like
 * wrapper) is not taken for the command's output: sha256 lines, pids, stage marks and ipvsadm
 * tables are read from between the markers only. The exit status is the command's.
 */
export function framed(command: string): { command: string; unframe: (raw: string) => string } {
  const nonce = randomBytes(9).toString('hex');
  const begin = `@lvs-begin-${nonce}@`;
  const end = `@lvs-end-${nonce}@`;
  // printf '%s' END without a newline before it: the command's output keeps its last byte as it was
  const wrapped = `printf '%s\\n' ${begin}; printf '%s\\n' ${begin} >&2; ${command}\nlvs_rc=$?; printf '%s' ${end}; printf '%s' ${end} >&2; exit $lvs_rc`;
  const cut = (raw: string) => {
    const i = raw.indexOf(`${begin}\n`);
    if (i < 0) return raw; // the shell never got to the command: show what it said
    const from = i + begin.length + 1;
    const j = raw.lastIndexOf(end);
    return j >= from ? raw.slice(from, j) : raw.slice(from);
  };
  return { command: wrapped, unframe: cut };
}

/** The most a held channel's answer to one request may hold before the channel is dropped. */
const MAX_HELD_ANSWER_BYTES = 8 * 1024 * 1024;

/**
 * A long-lived exec channel running one fixed command that answers request lines on its stdin with
 * lines on its stdout (the runtime agent). Requests go one at a time: each waits for the lines of
 * its answer, up to the line `isLast` accepts. The command prints `ready <pid>` first (after a
 * marker that skips whatever the login shell prints). A timeout, a channel error or an answer past
 * 8 MiB closes the channel: the next `held()` opens a new one.
 */
export class HeldChannel {
  closed = false;
  /** The pid the command reported on the director (its `ready` line). */
  pid?: number;
  private buf = '';
  private bytes = 0;
  private begun = false;
  private queue: Promise<unknown> = Promise.resolve();
  private pending?: { lines: string[]; isLast: (line: string) => boolean; resolve: (l: string[]) => void; reject: (e: Error) => void };
  private ready?: { resolve: () => void; reject: (e: Error) => void };

  constructor(
    private readonly stream: ClientChannel,
    private readonly begin: string,
    readonly host: string,
  ) {
    stream.on('data', (d: Buffer) => this.onData(d.toString()));
    // stderr is read and dropped: a full stderr window would stall the command
    stream.stderr.on('data', () => undefined);
    stream.stderr.on('error', () => undefined);
    stream.on('error', (e: Error) => this.fail(new SshError(`held channel on ${host}: ${e.message}`, 'exec')));
    stream.on('close', () => this.fail(new SshError(`held channel on ${host} closed`, 'exec')));
  }

  /** Resolves once the command printed `ready <pid>`. */
  whenReady(timeoutMs: number): Promise<void> {
    if (this.pid !== undefined) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.close();
        reject(new SshError(`held channel on ${this.host}: not ready within ${timeoutMs} ms`, 'exec'));
      }, timeoutMs);
      this.ready = {
        resolve: () => (clearTimeout(timer), resolve()),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      if (this.closed) this.ready.reject(new SshError(`held channel on ${this.host} closed`, 'exec'));
    });
  }

  /** Sends one request line and resolves with the lines of its answer (the last one included). */
  request(line: string, isLast: (line: string) => boolean, timeoutMs: number): Promise<string[]> {
    if (line.includes('\n')) return Promise.reject(new Error('a held-channel request is one line'));
    const run = () =>
      new Promise<string[]>((resolve, reject) => {
        if (this.closed) return reject(new SshError(`held channel on ${this.host} closed`, 'exec'));
        const timer = setTimeout(() => {
          this.close();
          reject(new SshError(`held channel on ${this.host}: no answer within ${timeoutMs} ms (channel dropped)`, 'exec'));
        }, timeoutMs);
        this.bytes = 0;
        this.pending = {
          lines: [],
          isLast,
          resolve: (l) => (clearTimeout(timer), resolve(l)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        };
        this.stream.write(`${line}\n`);
      });
    const p = this.queue.then(run, run);
    this.queue = p.catch(() => undefined);
    return p;
  }

  close(): void {
    if (!this.closed) this.stream.close();
    this.fail(new SshError(`held channel on ${this.host} closed`, 'exec'));
  }

  private onData(s: string): void {
    this.buf += s;
    this.bytes += s.length;
    if (this.bytes > MAX_HELD_ANSWER_BYTES) return this.close();
    let i: number;
    while ((i = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, i);
      this.buf = this.buf.slice(i + 1);
      if (!this.begun) {
        if (line.endsWith(this.begin)) this.begun = true;
        continue;
      }
      if (this.pid === undefined) {
        const m = /^ready (\d+)$/.exec(line);
        if (m) {
          this.pid = Number(m[1]);
          this.ready?.resolve();
          this.ready = undefined;
        }
        continue;
      }
      const p = this.pending;
      if (!p) continue; // nothing asked: not an answer
      p.lines.push(line);
      if (p.isLast(line)) {
        this.pending = undefined;
        p.resolve(p.lines);
      }
    }
  }

  private fail(e: Error): void {
    this.closed = true;
    this.ready?.reject(e);
    this.ready = undefined;
    const p = this.pending;
    this.pending = undefined;
    p?.reject(e);
  }
}

/** OpenSSH's fingerprint format: `SHA256:` + unpadded base64 of sha256(key blob). */
export function fingerprint(keyBlob: Buffer): string {
  return `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}

/** One authenticated SSH connection (long-lived: the pool keeps it), with exec and SFTP. */
/** How long an SFTP read (or the base of a write) may take before the director is taken for gone. */
const SFTP_TIMEOUT_MS = 15_000;

export class SshConnection {
  private static readonly logger = new Logger('SshConnection');
  private sftpPromise?: Promise<SFTPWrapper>;
  /** Set once the director refused an SFTP channel: files then travel over exec (cat/base64). */
  private sftpUnavailable = false;
  closed = false;
  offeredFingerprint?: string;
  /** Held channels by name (see held()); they end with the connection. */
  private readonly heldChannels = new Map<string, Promise<HeldChannel>>();
  /** Called each time a held channel is opened (the pool counts them). */
  onHeldOpened?: (name: string) => void;

  private constructor(
    private readonly client: Client,
    readonly target: SshTarget,
  ) {
    // 'end' (the director's side of the socket ended) comes before 'close', sometimes long before:
    // from then on ssh2 refuses every channel ("Not connected"), so the pool must not hand it out.
    client.on('end', () => {
      this.closed = true;
    });
    client.on('close', () => {
      this.closed = true;
    });
  }

  static connect(target: SshTarget, timeoutMs = 10_000): Promise<SshConnection> {
    return new Promise((resolve, reject) => {
      const client = new Client();
      const conn = new SshConnection(client, target);
      let hostKeyError: Error | undefined;
      let settled = false;
      const config: ConnectConfig = {
        host: target.host,
        port: target.port,
        username: target.username,
        privateKey: target.privateKey,
        passphrase: target.passphrase,
        password: target.password,
        readyTimeout: timeoutMs,
        keepaliveInterval: 10_000,
        keepaliveCountMax: 3,
        tryKeyboard: false,
        hostVerifier: (key: Buffer) => {
          const offered = fingerprint(key);
          conn.offeredFingerprint = offered;
          if (!target.pinnedFingerprint) {
            hostKeyError = new HostKeyNotPinnedError(target.host, offered);
            return false;
          }
          if (offered !== target.pinnedFingerprint) {
            hostKeyError = new HostKeyMismatchError(target.host, target.pinnedFingerprint, offered);
            return false;
          }
          return true;
        },
      };
      client.once('ready', () => {
        if (settled) return void client.destroy();
        settled = true;
        // Every step is a small request waiting for a small answer: Nagle's algorithm would hold a
        // write back until the peer's (delayed, ~40 ms) ACK of the previous one.
        client.setNoDelay(true);
        resolve(conn);
      });
      // `on`, not `once`: a peer that closes or resets before the handshake makes ssh2 emit
      // `error` more than once (the socket's error, then the handshake's), and an `error` event
      // with no listener left throws — it used to take the whole API down. The first error
      // settles the promise; later ones (and any after `ready`) only close the connection.
      client.on('error', (e: Error & { level?: string }) => {
        conn.closed = true;
        client.destroy();
        if (settled) {
          SshConnection.logger.debug(`${target.username}@${target.host}:${target.port}: ${e.message}`);
          return;
        }
        settled = true;
        if (hostKeyError) return reject(hostKeyError);
        if (e.level === 'client-authentication') {
          // The handshake got as far as the pinned host key: this is the director, and it says no.
          return reject(
            new SshError(`${CONNECT_FAILED}: authentication refused (check the credential and the user)`, 'connect', e.message),
          );
        }
        SshConnection.logger.warn(`cannot connect to ${target.username}@${target.host}:${target.port}: ${e.message}`);
        reject(new SshError(CONNECT_FAILED, 'connect', e.message));
      });
      // A peer that closes after a partial handshake without an error still has to settle the call.
      client.on('close', () => {
        if (settled) return;
        settled = true;
        if (hostKeyError) return reject(hostKeyError);
        SshConnection.logger.warn(
          `cannot connect to ${target.username}@${target.host}:${target.port}: the connection closed during the handshake`,
        );
        reject(new SshError(CONNECT_FAILED, 'connect', 'closed during the handshake'));
      });
      try {
        client.connect(config);
      } catch (e) {
        // ssh2 throws synchronously on some bad input (e.g. an unparsable private key)
        settled = true;
        client.destroy();
        SshConnection.logger.warn(`cannot connect to ${target.username}@${target.host}:${target.port}: ${(e as Error).message}`);
        reject(new SshError(`${CONNECT_FAILED}: the credential could not be used`, 'connect', (e as Error).message));
      }
    });
  }

  /** Reads the host key the server offers, without authenticating (for the operator to accept). */
  static async scanHostKey(host: string, port: number, timeoutMs = 10_000): Promise<string> {
    try {
      await SshConnection.connect({ host, port, username: 'lvs-console-scan' }, timeoutMs);
    } catch (e) {
      if (e instanceof HostKeyNotPinnedError) return e.offered;
      throw e;
    }
    throw new SshError('the server accepted a connection without checking its host key', 'connect');
  }

  /** Runs argv (each argument shell-quoted), optionally feeding stdin; resolves with the exit status. */
  exec(argv: readonly string[], opts: { stdin?: string | Buffer; timeoutMs?: number; sudo?: boolean } = {}): Promise<ExecResult> {
    const started = Date.now();
    const { command, unframe } = framed(shellCommand(argv, { sudo: opts.sudo ?? this.target.sudo }));
    const limitMs = opts.timeoutMs ?? 30_000;
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
      };
      // The clock starts before the channel is asked for: a peer that went silent never answers the
      // channel request either, and the call must still end.
      let closeStream: (() => void) | undefined;
      const timer = setTimeout(() => {
        // Not even a channel: the peer is gone (a cut link). Drop the connection so the pool reconnects.
        if (!closeStream) this.close();
        closeStream?.();
        settle(() => reject(new SshError(`${argv[0]} on ${this.target.host} did not finish within ${limitMs} ms`, 'exec')));
      }, limitMs);
      const onChannel = (err: Error | undefined, stream: ClientChannel) => {
        if (err) return settle(() => reject(new SshError(`exec failed on ${this.target.host}: ${err.message}`, 'exec')));
        closeStream = () => stream.close();
        if (settled) return closeStream(); // the channel came too late: the caller has given up
        const out: Buffer[] = [];
        const errs: Buffer[] = [];
        let outBytes = 0;
        let errBytes = 0;
        const tooMuch = () =>
          settle(() => {
            stream.close();
            reject(
              new SshError(
                `${argv[0]} on ${this.target.host} printed more than ${MAX_EXEC_OUTPUT_BYTES / 1024 / 1024} MiB: stopped`,
                'exec',
              ),
            );
          });
        stream.on('data', (d: Buffer) => {
          outBytes += d.length;
          if (outBytes > MAX_EXEC_OUTPUT_BYTES) return tooMuch();
          out.push(d);
        });
        stream.stderr.on('data', (d: Buffer) => {
          errBytes += d.length;
          if (errBytes > MAX_EXEC_OUTPUT_BYTES) return tooMuch();
          errs.push(d);
        });
        // A channel error (the connection reset under it) must end this call, not the process.
        stream.on('error', (e: Error) => settle(() => reject(new SshError(`${argv[0]} on ${this.target.host}: ${e.message}`, 'exec'))));
        stream.stderr.on('error', () => undefined);
        stream.on('close', (code: number | null, signal: string | null) => {
          // Decoded once at the end: a multi-byte character split across two chunks stays whole.
          const stdout = unframe(Buffer.concat(out).toString());
          const stderr = unframe(Buffer.concat(errs).toString());
          settle(() => resolve({ code: code ?? null, signal: signal ?? null, stdout, stderr, ms: Date.now() - started }));
        });
        if (opts.stdin !== undefined) stream.end(opts.stdin);
        else stream.end();
      };
      try {
        this.client.exec(command, onChannel);
      } catch (e) {
        // ssh2 throws when the connection is already gone ("Not connected")
        this.closed = true;
        settle(() => reject(new SshError(`exec failed on ${this.target.host}: ${(e as Error).message}`, 'exec')));
      }
    });
  }

  /** Opens a long-lived exec channel and hands each stdout line to `onLine` (for notify FIFOs). */
  stream(argv: readonly string[], onLine: (line: string) => void, onEnd: (err?: Error) => void): Promise<() => void> {
    const nonce = randomBytes(9).toString('hex');
    const begin = `@lvs-begin-${nonce}@`;
    // The marker line separates whatever the login shell prints first from the command's lines.
    const command = `printf '%s\\n' ${begin}; ${shellCommand(argv, { sudo: this.target.sudo })}`;
    return new Promise((resolve, reject) => {
      this.client.exec(command, (err, stream: ClientChannel) => {
        if (err) return reject(new SshError(`exec failed on ${this.target.host}: ${err.message}`, 'exec'));
        let buf = '';
        let begun = false;
        let ended = false;
        const end = (e?: Error) => {
          if (ended) return;
          ended = true;
          onEnd(e);
        };
        stream.on('data', (d: Buffer) => {
          buf += d.toString();
          let i: number;
          while ((i = buf.indexOf('\n')) >= 0) {
            const line = buf.slice(0, i);
            buf = buf.slice(i + 1);
            if (begun) onLine(line);
            else if (line.endsWith(begin)) begun = true;
          }
        });
        stream.stderr.on('error', () => undefined);
        stream.on('close', () => end());
        stream.on('error', (e: Error) => end(e));
        resolve(() => stream.close());
      });
    });
  }

  /**
   * The held channel called `name`, running argv (shell-quoted, with the connection's sudo): the one
   * already open on this connection, or a new one when there is none or it closed. Opening costs one
   * exec (a session and the command's start on the director); every request after that is one round
   * trip on the open channel.
   */
  held(name: string, argv: readonly string[], timeoutMs = 15_000): Promise<HeldChannel> {
    const have = this.heldChannels.get(name);
    if (have) {
      return have.then(
        (c) => (c.closed ? this.openHeld(name, argv, timeoutMs) : c),
        () => this.openHeld(name, argv, timeoutMs),
      );
    }
    return this.openHeld(name, argv, timeoutMs);
  }

  private openHeld(name: string, argv: readonly string[], timeoutMs: number): Promise<HeldChannel> {
    const begin = `@lvs-begin-${randomBytes(9).toString('hex')}@`;
    const command = `printf '%s\\n' ${begin}; exec ${shellCommand(argv, { sudo: this.target.sudo })}`;
    const opening = new Promise<HeldChannel>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (!channel) this.close(); // not even a channel: the peer is gone
        channel?.close();
        reject(new SshError(`opening ${name} on ${this.target.host}: no channel within ${timeoutMs} ms`, 'exec'));
      }, timeoutMs);
      let channel: HeldChannel | undefined;
      try {
        this.client.exec(command, (err, stream: ClientChannel) => {
          if (err) {
            clearTimeout(timer);
            return reject(new SshError(`exec failed on ${this.target.host}: ${err.message}`, 'exec'));
          }
          channel = new HeldChannel(stream, begin, this.target.host);
          this.onHeldOpened?.(name);
          channel.whenReady(timeoutMs).then(
            () => (clearTimeout(timer), resolve(channel!)),
            (e: Error) => (clearTimeout(timer), reject(e)),
          );
        });
      } catch (e) {
        clearTimeout(timer);
        this.closed = true;
        reject(new SshError(`exec failed on ${this.target.host}: ${(e as Error).message}`, 'exec'));
      }
    });
    this.heldChannels.set(name, opening);
    opening.catch(() => {
      if (this.heldChannels.get(name) === opening) this.heldChannels.delete(name);
    });
    return opening;
  }

  private sftp(): Promise<SFTPWrapper> {
    this.sftpPromise ??= new Promise((resolve, reject) => {
      this.client.sftp((err, sftp) => {
        if (err) {
          this.sftpPromise = undefined;
          return reject(new SshError(`SFTP unavailable on ${this.target.host}: ${err.message}`, 'sftp'));
        }
        // An SFTP channel that errors (the connection reset under it) is dropped, never left to throw.
        sftp.on('error', (e: Error) => {
          SshConnection.logger.debug(`SFTP channel on ${this.target.host}: ${e.message}`);
          this.sftpPromise = undefined;
        });
        sftp.on('close', () => (this.sftpPromise = undefined));
        resolve(sftp);
      });
    });
    return this.sftpPromise;
  }

  /**
   * SFTP when the director offers it; null when it does not (no `Subsystem sftp` in its
   * sshd_config), remembered for this connection so files go over exec from then on. Only the
   * subsystem's refusal counts: a timeout is a director that is gone, and stays an error.
   */
  private async sftpOrExec(): Promise<SFTPWrapper | null> {
    if (this.sftpUnavailable) return null;
    try {
      return await this.sftp();
    } catch (e) {
      if (this.closed) throw e;
      this.sftpUnavailable = true;
      SshConnection.logger.log(`${(e as Error).message}: files travel over exec (cat/base64) on this connection`);
      return null;
    }
  }

  /**
   * Bounds an SFTP operation: a director that went silent (cut link) never answers, and ssh2's
   * keep-alives take ~30 s to notice. Past the bound the connection is dropped, so the pool opens
   * a fresh one (or fails fast) next time.
   */
  private bounded<T>(op: Promise<T>, ms: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.close();
        reject(new SshError(`${what} on ${this.target.host}: no answer within ${ms} ms (connection dropped)`, 'sftp'));
      }, ms);
      op.then(
        (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        (e: unknown) => {
          clearTimeout(timer);
          reject(e);
        },
      );
    });
  }

  /**
   * The file's contents, or null when it does not exist; a file larger than `maxBytes` (4 MiB) is
   * refused with FileTooLargeError. Over SFTP as the SSH user; with `sudo`, or on a director
   * without SFTP, over exec (SFTP would read as the unprivileged user, who cannot see root's files).
   */
  readFile(path: string, timeoutMs = SFTP_TIMEOUT_MS, maxBytes = MAX_READ_BYTES): Promise<Buffer | null> {
    return this.bounded(this.readFileUnbounded(path, timeoutMs, maxBytes), timeoutMs + 1_000, `reading ${path}`);
  }

  private async readFileUnbounded(path: string, timeoutMs: number, maxBytes: number): Promise<Buffer | null> {
    const sftp = this.target.sudo ? null : await this.sftpOrExec();
    if (!sftp) return this.readFileExec(path, timeoutMs, maxBytes);
    return new Promise((resolve, reject) => {
      sftp.stat(path, (err: (Error & { code?: number }) | null | undefined, st) => {
        // SFTP status 2 = no such file
        if (err)
          return err.code === 2
            ? resolve(null)
            : reject(new SshError(`cannot read ${path} on ${this.target.host}: ${err.message}`, 'sftp'));
        if (st.size > maxBytes) return reject(new FileTooLargeError(path, st.size, maxBytes));
        sftp.readFile(path, (err2: (Error & { code?: number }) | null | undefined, data: Buffer) => {
          if (err2) {
            if (err2.code === 2) return resolve(null);
            return reject(new SshError(`cannot read ${path} on ${this.target.host}: ${err2.message}`, 'sftp'));
          }
          // it may have grown between the stat and the read
          if (data.length > maxBytes) return reject(new FileTooLargeError(path, data.length, maxBytes));
          resolve(data);
        });
      });
    });
  }

  private async readFileExec(path: string, timeoutMs: number, maxBytes: number): Promise<Buffer | null> {
    // base64: exec output is collected as text. 44: no such file; 45: larger than the cap (its size on stdout).
    const script = '[ -e "$1" ] || exit 44; s=$(wc -c < "$1") || exit 1; if [ "$s" -gt "$2" ]; then echo "$s"; exit 45; fi; base64 -- "$1"';
    const r = await this.exec(['sh', '-c', script, 'sh', path, String(maxBytes)], { timeoutMs });
    if (r.code === 44) return null;
    if (r.code === 45) throw new FileTooLargeError(path, Number(r.stdout.trim()) || maxBytes + 1, maxBytes);
    if (r.code !== 0)
      throw new SshError(
        `cannot read ${path} on ${this.target.host}${this.target.sudo ? ' with sudo' : ''}: ${(r.stderr || r.stdout).trim() || `exit ${r.code}`}`,
        'sftp',
      );
    const data = Buffer.from(r.stdout.replace(/\s+/g, ''), 'base64');
    if (data.length > maxBytes) throw new FileTooLargeError(path, data.length, maxBytes);
    return data;
  }

  /** Writes a file; the bound grows with its size (10 s per MB on top of the base). */
  writeFile(path: string, data: string | Buffer, mode = 0o644): Promise<void> {
    const ms = SFTP_TIMEOUT_MS + Math.ceil(Buffer.byteLength(data) / 100);
    return this.bounded(this.writeFileUnbounded(path, data, mode, ms), ms + 1_000, `writing ${path}`);
  }

  private async writeFileUnbounded(path: string, data: string | Buffer, mode: number, timeoutMs: number): Promise<void> {
    const sftp = this.target.sudo ? null : await this.sftpOrExec();
    if (!sftp) return this.writeFileExec(path, data, mode, timeoutMs);
    return new Promise((resolve, reject) => {
      sftp.writeFile(path, data, { mode }, (err: Error | null | undefined) => {
        if (err) return reject(new SshError(`cannot write ${path} on ${this.target.host}: ${err.message}`, 'sftp'));
        resolve();
      });
    });
  }

  /**
   * The file over the exec channel's stdin (`cat >`), then its sha256 computed on the director and
   * compared with ours: a channel cut mid-way, or a shell that ate part of stdin, fails the write
   * instead of leaving a truncated file to be swapped in.
   */
  private async writeFileExec(path: string, data: string | Buffer, mode: number, timeoutMs: number): Promise<void> {
    const r = await this.exec(['sh', '-c', 'cat > "$1" && chmod "$2" "$1" && sha256sum -- "$1"', 'sh', path, mode.toString(8)], {
      stdin: data,
      timeoutMs,
    });
    if (r.code !== 0)
      throw new SshError(
        `cannot write ${path} on ${this.target.host}${this.target.sudo ? ' with sudo' : ''}: ${(r.stderr || r.stdout).trim() || `exit ${r.code}`}`,
        'sftp',
      );
    const want = createHash('sha256').update(data).digest('hex');
    const got = /^([0-9a-f]{64}) /m.exec(r.stdout)?.[1];
    if (got !== want)
      throw new SshError(
        `writing ${path} on ${this.target.host}: the director holds sha256 ${got?.slice(0, 12) ?? '(none)'}…, not the ${want.slice(0, 12)}… sent`,
        'sftp',
      );
  }

  close(): void {
    this.closed = true;
    this.client.end();
  }
}
