import { createHash } from 'node:crypto';
import { Client, type ConnectConfig, type SFTPWrapper } from 'ssh2';
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
    super(`host key of ${host} is ${offered}, but ${expected} is pinned: refusing to connect (was the director reinstalled, or is something in the middle?)`);
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
  constructor(message: string, readonly step: 'connect' | 'exec' | 'sftp') {
    super(message);
    this.name = 'SshError';
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
  private sftpPromise?: Promise<SFTPWrapper>;
  closed = false;
  offeredFingerprint?: string;

  private constructor(
    private readonly client: Client,
    readonly target: SshTarget,
  ) {
    client.on('close', () => {
      this.closed = true;
    });
  }

  static connect(target: SshTarget, timeoutMs = 10_000): Promise<SshConnection> {
    return new Promise((resolve, reject) => {
      const client = new Client();
      const conn = new SshConnection(client, target);
      let hostKeyError: Error | undefined;
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
        // Every step is a small request waiting for a small answer: Nagle's algorithm would hold a
        // write back until the peer's (delayed, ~40 ms) ACK of the previous one.
        client.setNoDelay(true);
        resolve(conn);
      });
      client.once('error', (e: Error & { level?: string }) => {
        client.end();
        if (hostKeyError) return reject(hostKeyError);
        const why = e.level === 'client-authentication' ? 'authentication refused (check the credential and the user)' : e.message;
        reject(new SshError(`cannot connect to ${target.username}@${target.host}:${target.port}: ${why}`, 'connect'));
      });
      client.connect(config);
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
    const command = shellCommand(argv, { sudo: opts.sudo ?? this.target.sudo });
    return new Promise((resolve, reject) => {
      // The clock starts before the channel is asked for: a peer that went silent never answers the
      // channel request either, and the call must still end.
      let closeStream: (() => void) | undefined;
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        // Not even a channel: the peer is gone (a cut link). Drop the connection so the pool reconnects.
        if (!closeStream) this.close();
        closeStream?.();
        reject(new SshError(`${argv[0]} on ${this.target.host} did not finish within ${opts.timeoutMs ?? 30_000} ms`, 'exec'));
      }, opts.timeoutMs ?? 30_000);
      this.client.exec(command, (err, stream) => {
        if (err) {
          clearTimeout(timer);
          return reject(new SshError(`exec failed on ${this.target.host}: ${err.message}`, 'exec'));
        }
        closeStream = () => stream.close();
        if (timedOut) return closeStream(); // the channel came too late: the caller has given up
        let stdout = '';
        let stderr = '';
        stream.on('data', (d: Buffer) => (stdout += d.toString()));
        stream.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        stream.on('close', (code: number | null, signal: string | null) => {
          clearTimeout(timer);
          resolve({ code: code ?? null, signal: signal ?? null, stdout, stderr, ms: Date.now() - started });
        });
        if (opts.stdin !== undefined) stream.end(opts.stdin);
        else stream.end();
      });
    });
  }

  /** Opens a long-lived exec channel and hands each stdout line to `onLine` (for notify FIFOs). */
  stream(argv: readonly string[], onLine: (line: string) => void, onEnd: (err?: Error) => void): Promise<() => void> {
    const command = shellCommand(argv, { sudo: this.target.sudo });
    return new Promise((resolve, reject) => {
      this.client.exec(command, (err, stream) => {
        if (err) return reject(new SshError(`exec failed on ${this.target.host}: ${err.message}`, 'exec'));
        let buf = '';
        stream.on('data', (d: Buffer) => {
          buf += d.toString();
          let i: number;
          while ((i = buf.indexOf('\n')) >= 0) {
            onLine(buf.slice(0, i));
            buf = buf.slice(i + 1);
          }
        });
        stream.on('close', () => onEnd());
        stream.on('error', (e: Error) => onEnd(e));
        resolve(() => stream.close());
      });
    });
  }

  private sftp(): Promise<SFTPWrapper> {
    this.sftpPromise ??= new Promise((resolve, reject) => {
      this.client.sftp((err, sftp) => {
        if (err) {
          this.sftpPromise = undefined;
          return reject(new SshError(`SFTP unavailable on ${this.target.host}: ${err.message}`, 'sftp'));
        }
        sftp.on('close', () => (this.sftpPromise = undefined));
        resolve(sftp);
      });
    });
    return this.sftpPromise;
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
   * The file's contents, or null when it does not exist. Over SFTP as the SSH user; with `sudo`,
   * through `sudo -n` (SFTP would read as the unprivileged user, who cannot see root's files).
   */
  readFile(path: string, timeoutMs = SFTP_TIMEOUT_MS): Promise<Buffer | null> {
    if (this.target.sudo) return this.readFileSudo(path, timeoutMs);
    return this.bounded(this.readFileUnbounded(path), timeoutMs, `reading ${path}`);
  }

  private async readFileSudo(path: string, timeoutMs: number): Promise<Buffer | null> {
    // base64: exec output is collected as text; 44: no such file
    const r = await this.exec(['sh', '-c', '[ -e "$1" ] || exit 44; base64 -- "$1"', 'sh', path], { timeoutMs });
    if (r.code === 44) return null;
    if (r.code !== 0) throw new SshError(`cannot read ${path} on ${this.target.host} with sudo: ${(r.stderr || r.stdout).trim() || `exit ${r.code}`}`, 'sftp');
    return Buffer.from(r.stdout.replace(/\s+/g, ''), 'base64');
  }

  private async writeFileSudo(path: string, data: string | Buffer, mode: number, timeoutMs: number): Promise<void> {
    const r = await this.exec(['sh', '-c', 'cat > "$1" && chmod "$2" "$1"', 'sh', path, mode.toString(8)], { stdin: data, timeoutMs });
    if (r.code !== 0) throw new SshError(`cannot write ${path} on ${this.target.host} with sudo: ${(r.stderr || r.stdout).trim() || `exit ${r.code}`}`, 'sftp');
  }

  private async readFileUnbounded(path: string): Promise<Buffer | null> {
    const sftp = await this.sftp();
    return new Promise((resolve, reject) => {
      sftp.readFile(path, (err: (Error & { code?: number }) | null | undefined, data: Buffer) => {
        if (err) {
          // SFTP status 2 = no such file
          if (err.code === 2) return resolve(null);
          return reject(new SshError(`cannot read ${path} on ${this.target.host}: ${err.message}`, 'sftp'));
        }
        resolve(data);
      });
    });
  }

  /** Writes a file; the bound grows with its size (10 s per MB on top of the base). */
  writeFile(path: string, data: string | Buffer, mode = 0o644): Promise<void> {
    if (this.target.sudo) return this.writeFileSudo(path, data, mode, SFTP_TIMEOUT_MS + Math.ceil(Buffer.byteLength(data) / 100));
    return this.bounded(this.writeFileUnbounded(path, data, mode), SFTP_TIMEOUT_MS + Math.ceil(Buffer.byteLength(data) / 100), `writing ${path}`);
  }

  private async writeFileUnbounded(path: string, data: string | Buffer, mode: number): Promise<void> {
    const sftp = await this.sftp();
    return new Promise((resolve, reject) => {
      sftp.writeFile(path, data, { mode }, (err: Error | null | undefined) => {
        if (err) return reject(new SshError(`cannot write ${path} on ${this.target.host}: ${err.message}`, 'sftp'));
        resolve();
      });
    });
  }

  close(): void {
    this.closed = true;
    this.client.end();
  }
}
