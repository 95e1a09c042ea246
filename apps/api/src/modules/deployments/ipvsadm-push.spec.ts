import { parseIpvsSave, sameIpvsTable } from '@lvs/ipvs';
import { describe, expect, it } from 'vitest';
import type { ExecResult, SshConnection } from '../../infra/ssh/ssh-connection';
import { sha256 } from './director-push';
import { deployedPathFor, IpvsadmPush, rulesPathFor } from './ipvsadm-push';

/**
 * A director faked just enough for the pipeline: files, and an IPVS table held as ipvsadm-save
 * lines that `ipvsadm -S -n` prints and `sh -c 'ipvsadm … && ipvsadm …'` changes (a scheduler in
 * `refuse` fails like a missing kernel module, after the commands before it were applied).
 */
class FakeDirector {
  files = new Map<string, string>();
  table = new Map<string, { head: string; rs: Map<string, string> }>();
  scripts: string[] = [];
  refuse = new Set<string>();
  /** Makes `ipvsadm -S -n` lie (a table that never matches), for the verify failure. */
  extraLine?: string;

  constructor(table: string) {
    for (const l of table.split('\n').filter(Boolean)) {
      const w = l.split(' ');
      if (w[0] === '-A') this.table.set(w[2], { head: l, rs: new Map() });
      else this.table.get(w[2])!.rs.set(w[4], l);
    }
  }

  save(): string {
    const lines = [...this.table.values()].flatMap((s) => [s.head, ...s.rs.values()]);
    if (this.extraLine) lines.push(this.extraLine);
    return lines.join('\n') + '\n';
  }

  private ipvsadm(args: string[]): string | null {
    const [op, , svc, , rs] = args;
    const line = args.join(' ');
    const sched = args[args.indexOf('-s') + 1];
    if ((op === '-A' || op === '-E') && this.refuse.has(sched)) return `Scheduler not found: ip_vs_${sched}.ko`;
    if (op === '-A') {
      if (this.table.has(svc)) return 'Service already exists';
      this.table.set(svc, { head: line, rs: new Map() });
    } else if (op === '-E') this.table.get(svc)!.head = line.replace(/^-E/, '-A');
    else if (op === '-D') this.table.delete(svc);
    else if (op === '-a' || op === '-e') this.table.get(svc)!.rs.set(rs, line.replace(/^-e/, '-a'));
    else if (op === '-d') this.table.get(svc)!.rs.delete(rs);
    else return `unexpected ${op}`;
    return null;
  }

  conn(): SshConnection {
    const ok = (stdout = ''): ExecResult => ({ code: 0, signal: null, stdout, stderr: '', ms: 1 });
    const fail = (stderr: string): ExecResult => ({ code: 2, signal: null, stdout: '', stderr, ms: 1 });
    const fake = {
      readFile: async (p: string) => (this.files.has(p) ? Buffer.from(this.files.get(p)!) : null),
      writeFile: async (p: string, d: string) => void this.files.set(p, d),
      exec: async (argv: readonly string[]): Promise<ExecResult> => {
        const [cmd, ...rest] = argv;
        if (cmd === 'ipvsadm' && rest.join(' ') === '-S -n') return ok(this.save());
        if (cmd === 'cp') return (this.files.set(rest[3], this.files.get(rest[2])!), ok());
        if (cmd === 'mv') return (this.files.set(rest[3], this.files.get(rest[2])!), this.files.delete(rest[2]), ok());
        if (cmd === 'rm') return (this.files.delete(rest[2]), ok());
        if (cmd === 'sh' && rest[0] === '-c') {
          this.scripts.push(rest[1]);
          for (const part of rest[1].split(' && ')) {
            const words = part.split(' ').map((w) => w.replace(/^'(.*)'$/, '$1'));
            expect(words[0]).toBe('ipvsadm');
            const err = this.ipvsadm(words.slice(1));
            if (err) return fail(err);
          }
          return ok();
        }
        return fail(`unexpected ${argv.join(' ')}`);
      },
    };
    return fake as unknown as SshConnection;
  }
}

const PATH = '/etc/keepalived/ipvsadm.rules';
const V1 = `# revision 1
-A -t 10.0.0.1:80 -s wrr
-a -t 10.0.0.1:80 -r 10.0.1.11:80 -g -w 1
-a -t 10.0.0.1:80 -r 10.0.1.12:80 -g -w 1
`;
const V2 = `# revision 2
-A -t 10.0.0.1:80 -s wrr
-a -t 10.0.0.1:80 -r 10.0.1.11:80 -g -w 3
-a -t 10.0.0.1:80 -r 10.0.1.13:80 -g -w 1
`;

describe('rulesPathFor / deployedPathFor', () => {
  it('puts the rules beside keepalived.conf, and only in ipvsadm mode', () => {
    expect(rulesPathFor('/etc/keepalived/keepalived.conf')).toBe(PATH);
    expect(deployedPathFor('ipvsadm', '/etc/keepalived/keepalived.conf')).toBe(PATH);
    expect(deployedPathFor('keepalived', '/etc/keepalived/keepalived.conf')).toBe('/etc/keepalived/keepalived.conf');
  });
});

describe('IpvsadmPush', () => {
  it('first push on an empty table: uploads, swaps, adds everything, verifies; every step recorded', async () => {
    const d = new FakeDirector('');
    const seen: string[] = [];
    const out = await new IpvsadmPush(d.conn(), PATH, (s) => seen.push(`${s.name}:${s.status}`)).push(V1);
    expect(out).toMatchObject({ ok: true, beforeSha256: '', finalSha256: sha256(V1), rolledBack: false });
    expect(seen).toEqual(['read:ok', 'upload:ok', 'config-test:ok', 'backup:ok', 'swap:ok', 'reconcile:ok', 'verify:ok']);
    expect(d.files.get(PATH)).toBe(V1);
    expect(d.files.has(`${PATH}.lvs-new`)).toBe(false);
    expect(sameIpvsTable(parseIpvsSave(d.save()), parseIpvsSave(V1))).toBe(true);
  });

  it('second push changes the table with -a/-e/-d only and keeps a backup', async () => {
    const d = new FakeDirector(V1.split('\n').slice(1).join('\n'));
    d.files.set(PATH, V1);
    const out = await new IpvsadmPush(d.conn(), PATH).push(V2);
    expect(out.ok).toBe(true);
    expect(d.files.get(`${PATH}.lvs-backup`)).toBe(V1);
    expect(d.scripts).toHaveLength(1);
    expect(d.scripts[0]).toBe(
      'ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.13:80 -g -w 1 && ipvsadm -e -t 10.0.0.1:80 -r 10.0.1.11:80 -g -w 3 && ipvsadm -d -t 10.0.0.1:80 -r 10.0.1.12:80',
    );
    expect(d.scripts[0]).not.toMatch(/-C/);
    expect(out.steps.find((s) => s.name === 'reconcile')?.output).toContain('3 command(s)');
  });

  it('nothing to do when the table already matches (no exec of ipvsadm changes)', async () => {
    const d = new FakeDirector(V1.split('\n').slice(1).join('\n'));
    const out = await new IpvsadmPush(d.conn(), PATH).push(V1);
    expect(out.ok).toBe(true);
    expect(d.scripts).toEqual([]);
    expect(out.steps.find((s) => s.name === 'reconcile')?.output).toMatch(/already matches/);
  });

  it('a command the kernel refuses: the previous file restored and the table reconciled back to before', async () => {
    const d = new FakeDirector(V1.split('\n').slice(1).join('\n'));
    d.files.set(PATH, V1);
    const before = d.save();
    d.refuse.add('twos');
    const bad = `${V2}-A -t 10.0.0.1:8080 -s rr\n-a -t 10.0.0.1:8080 -r 10.0.1.11:8080 -g -w 1\n`.replace(
      '-A -t 10.0.0.1:80 -s wrr',
      '-A -t 10.0.0.1:80 -s twos',
    );
    const out = await new IpvsadmPush(d.conn(), PATH).push(bad);
    expect(out).toMatchObject({ ok: false, rolledBack: true, failedStep: 'reconcile', beforeSha256: sha256(V1), finalSha256: sha256(V1) });
    expect(out.steps.map((s) => `${s.name}:${s.status}`)).toEqual([
      'read:ok',
      'upload:ok',
      'config-test:ok',
      'backup:ok',
      'swap:ok',
      'reconcile:failed',
      'restore:ok',
      'restore-reconcile:ok',
      'restore-verify:ok',
    ]);
    expect(out.steps.find((s) => s.name === 'reconcile')?.output).toMatch(/Scheduler not found: ip_vs_twos/);
    // the new service was added before the refusal, and deleted again
    expect(out.steps.find((s) => s.name === 'restore-reconcile')?.output).toContain('-D -t 10.0.0.1:8080');
    expect(d.save()).toBe(before);
    expect(d.files.get(PATH)).toBe(V1);
  });

  it('rules that do not parse stop before the swap; nothing changes', async () => {
    const d = new FakeDirector(V1.split('\n').slice(1).join('\n'));
    d.files.set(PATH, V1);
    const out = await new IpvsadmPush(d.conn(), PATH).push('-X nonsense\n');
    expect(out).toMatchObject({ ok: false, rolledBack: false, failedStep: 'config-test' });
    expect(d.files.get(PATH)).toBe(V1);
    expect(d.files.has(`${PATH}.lvs-new`)).toBe(false);
    expect(d.scripts).toEqual([]);
  });

  it('a table that still differs after the apply fails verify and is rolled back; a first push leaves no file', async () => {
    const d = new FakeDirector('');
    d.extraLine = '-a -t 10.0.0.1:80 -r 10.0.1.99:80 -g -w 1';
    d.table.set('10.0.0.1:80', { head: '-A -t 10.0.0.1:80 -s wrr', rs: new Map() });
    const out = await new IpvsadmPush(d.conn(), PATH).push(V1);
    expect(out).toMatchObject({ ok: false, rolledBack: true, failedStep: 'verify' });
    expect(out.steps.find((s) => s.name === 'verify')?.output).toContain('- 10.0.0.1:80/TCP>10.0.1.99:80 -g -w 1');
    expect(d.files.has(PATH)).toBe(false);
    // back to the table as it was read before the push (the stray line included): the added real servers gone
    expect(out.steps.find((s) => s.name === 'restore-reconcile')?.output).toContain(
      'ipvsadm -d -t 10.0.0.1:80 -r 10.0.1.11:80\nipvsadm -d -t 10.0.0.1:80 -r 10.0.1.12:80',
    );
    expect(out.steps.find((s) => s.name === 'restore-verify')?.status).toBe('ok');
    expect(out.finalSha256).toBe('');
  });

  it('a table that cannot be put back is reported (final sha256 unknown), not hidden', async () => {
    const d = new FakeDirector(V1.split('\n').slice(1).join('\n'));
    d.files.set(PATH, V1);
    d.refuse.add('twos');
    const conn = d.conn();
    const exec = conn.exec.bind(conn);
    let saves = 0;
    // the third look at the table (after the refusal, for restore-reconcile) shows a real server that will not go
    conn.exec = async (argv, opts) => {
      if (argv.join(' ') === 'ipvsadm -S -n' && ++saves >= 3) d.extraLine = '-a -t 10.0.0.1:80 -r 10.0.1.99:80 -g -w 1';
      return exec(argv, opts);
    };
    const out = await new IpvsadmPush(conn, PATH).push(V1.replace('-s wrr', '-s twos'));
    expect(out).toMatchObject({ ok: false, rolledBack: true, failedStep: 'reconcile', finalSha256: 'unknown' });
    expect(out.steps.find((s) => s.name === 'restore-verify')?.status).toBe('failed');
    expect(d.files.get(PATH)).toBe(V1);
  });
});
