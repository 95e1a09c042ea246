import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { down, up } from './lab';
import { labDir, readState } from './state';
import { isAlive, linkExists, namespaces, run, tcpOpen, waitFor } from './system';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from './testing';

/** A bounded wait that fails with what it last saw. */
async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  if (!(await waitFor(check, timeoutMs, 200))) throw new Error(`${what}: not within ${timeoutMs} ms`);
}

function addresses(ns: string, dev: string): string[] {
  const links = JSON.parse(run(['ip', '-n', ns, '-j', 'addr', 'show', 'dev', dev])) as { addr_info: { local: string }[] }[];
  return links.flatMap((l) => l.addr_info.map((a) => a.local));
}

function sshFails(lab: StartedLab, role: string): boolean {
  try {
    lab.ssh(role, 'true', 8000);
    return false;
  } catch {
    return true;
  }
}

describe.skipIf(!CAN_RUN_LAB)(
  `netns lab: directors with sshd + keepalived (VRRP), real servers, a client${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`,
  () => {
    let lab: StartedLab;
    let downDone = false;

    beforeAll(async () => {
      lab = await startLab({ directors: 2, realServers: 2 });
    });
    afterAll(() => {
      if (lab && !downDone) lab.down();
    });

    it('comes up: namespaces on one bridge, and lab.json says what the console needs', () => {
      const s = lab.state;
      const ns = namespaces();
      for (const n of s.namespaces) expect(ns).toContain(n);
      expect(linkExists(s.bridge)).toBe(true);
      expect(addresses(s.directors[0].namespace, 'eth0')).toContain(s.directors[0].address);
      const file = JSON.parse(readFileSync(`${labDir(lab.name)}/lab.json`, 'utf8'));
      expect(file.status).toBe('up');
      expect(file.subnet).toMatch(/^10\.213\.1\d\d\.0\/24$/);
      for (const d of file.directors) {
        expect(d).toMatchObject({
          sshPort: 22,
          sshUser: 'lvs-lab',
          configPath: '/etc/keepalived/keepalived.conf',
          reloadMethod: 'sighup',
          pidFile: '/etc/keepalived/keepalived.pid',
        });
        expect(d.hostKeyFingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
        expect(existsSync(d.privateKeyPath)).toBe(true);
      }
      expect(file.realServers.map((r: { address: string; port: number }) => `${r.address}:${r.port}`)).toHaveLength(2);
      expect(file.clusterSpec.directors.map((d: { address: string }) => d.address)).toEqual(s.directors.map((d) => d.address));
    });

    it('elects director 1 VRRP MASTER: the VIP is on its eth0 only', async () => {
      await eventually('VIP on d1 only', () => lab.vipHolders().join() === 'd1');
      expect(addresses(lab.state.directors[0].namespace, 'eth0')).toContain(lab.state.vips[0]);
      expect(addresses(lab.state.directors[1].namespace, 'eth0')).not.toContain(lab.state.vips[0]);
    });

    it('logs in over SSH with the lab key (pinned host key), and the director sees its own /etc/keepalived and processes', () => {
      const d = lab.state.directors[1];
      expect(lab.ssh('d2', 'cat /etc/keepalived/keepalived.conf')).toBe(readFileSync(d.configHostPath, 'utf8'));
      expect(lab.ssh('d2', 'cat /etc/keepalived/keepalived.conf')).toContain('router_id lab-d2');
      // The same file for anything started with `ip netns exec` (how the namespace binds /etc/netns/<ns>/).
      expect(run(['ip', 'netns', 'exec', d.namespace, 'cat', '/etc/keepalived/keepalived.conf'])).toBe(
        readFileSync(d.configHostPath, 'utf8'),
      );
      // Own PID namespace: pid 1 is the namespace init, and the pid file names a keepalived there.
      expect(lab.ssh('d2', 'cat /proc/1/cmdline | tr "\\0" " "')).toContain('init.sh');
      expect(lab.ssh('d2', 'ps -o comm= -p "$(cat /etc/keepalived/keepalived.pid)"').trim()).toBe('keepalived');
      // The console's reload: SIGHUP by pid file, and keepalived is still there after it.
      lab.ssh('d2', d.reload);
      expect(lab.ssh('d2', 'sleep 0.5; kill -0 "$(cat /etc/keepalived/keepalived.pid)" && echo alive').trim()).toBe('alive');
    });

    it('serves HTTP from every real server to the client namespace; real servers hold the VIP on lo without answering ARP for it', () => {
      for (const r of lab.state.realServers) {
        expect(lab.http(`http://${r.address}:${r.port}/`)).toEqual({ status: 200, body: `${r.name}\n` });
        expect(lab.http(`http://${r.address}:${r.port}/health`).status).toBe(200);
        expect(addresses(r.namespace, 'lo')).toContain(lab.state.vips[0]);
        expect(
          run(['ip', 'netns', 'exec', r.namespace, 'sysctl', '-n', 'net.ipv4.conf.all.arp_ignore', 'net.ipv4.conf.all.arp_announce'])
            .split('\n')
            .slice(0, 2),
        ).toEqual(['1', '2']);
      }
      // Traffic to the VIP reaches the MASTER: its MAC answers ARP for the VIP.
      const vip = lab.state.vips[0];
      run(['ip', 'netns', 'exec', lab.state.client.namespace, 'ping', '-c', '1', '-W', '2', vip]);
      const neigh = JSON.parse(run(['ip', '-n', lab.state.client.namespace, '-j', 'neigh', 'show', vip])) as { lladdr: string }[];
      const masterMac = (
        JSON.parse(run(['ip', '-n', lab.state.directors[0].namespace, '-j', 'link', 'show', 'eth0'])) as { address: string }[]
      )[0].address;
      expect(neigh[0].lladdr).toBe(masterMac);
    });

    it('fault keepalived-stop on the MASTER moves the VIP to director 2 (its keepalived takes MASTER by VRRP); keepalived-start takes it back', async () => {
      // Evidence is keepalived's own log, not a wall-clock ceiling a busy machine breaks: director 2
      // entered MASTER once more after director 1 stopped.
      const masterEntries = () =>
        (readFileSync(join(lab.state.directors[1].dir, 'keepalived.log'), 'utf8').match(/Entering MASTER STATE/g) ?? []).length;
      const before = masterEntries();
      await lab.faults.stopKeepalived('d1');
      expect(isAlive(lab.current().pids['d1.keepalived'])).toBe(false);
      expect(lab.ssh('d1', 'ps -e -o comm= | grep -c keepalived || true').trim()).toBe('0');
      await eventually('VIP on d2', () => lab.vipHolders().join() === 'd2', 10_000);
      await expect.poll(masterEntries, { timeout: 5000 }).toBeGreaterThan(before);
      await lab.faults.startKeepalived('d1');
      await eventually('VIP back on d1', () => lab.vipHolders().join() === 'd1', 10_000);
    });

    it('fault sshd-stop refuses SSH but leaves keepalived running; sshd-start restores', async () => {
      const d = lab.state.directors[0];
      await lab.faults.stopSshd('d1');
      expect(await tcpOpen(d.address, 22, 1000)).toBe(false);
      expect(sshFails(lab, 'd1')).toBe(true);
      expect(isAlive(lab.current().pids['d1.keepalived'])).toBe(true);
      expect(lab.vipHolders()).toEqual(['d1']);
      await lab.faults.startSshd('d1');
      expect(lab.ssh('d1', 'echo ok').trim()).toBe('ok');
    });

    it('fault http-kill stops a real server answering; http-restart brings it back', async () => {
      const r = lab.state.realServers[0];
      await lab.faults.killHttp('r1');
      expect(lab.http(`http://${r.address}/health`, 2).status).toBe(0);
      expect(lab.http(`http://${lab.state.realServers[1].address}/health`).status).toBe(200);
      await lab.faults.restartHttp('r1');
      expect(lab.http(`http://${r.address}/health`).status).toBe(200);
    });

    it('fault link-down cuts a director off the bridge (the VIP moves); link-up reconnects it', async () => {
      const d = lab.state.directors[0];
      await lab.faults.linkDown('d1');
      expect(await tcpOpen(d.address, 22, 1000)).toBe(false);
      await eventually('VIP on d2 while d1 is cut off', () => lab.vipHolders().join() === 'd2', 10_000);
      await lab.faults.linkUp('d1');
      await eventually('d1 reachable again', () => tcpOpen(d.address, 22, 1000), 10_000);
      await eventually('VIP back on d1', () => lab.vipHolders().join() === 'd1', 15_000);
    });

    it('fault config-test-fail makes `keepalived --config-test` over SSH fail on that director only; config-test-pass restores', async () => {
      const test = (role: string) =>
        lab.ssh(role, 'keepalived --config-test -f /etc/keepalived/keepalived.conf >/dev/null 2>&1; echo $?').trim();
      expect(test('d1')).toBe('0');
      await lab.faults.failConfigTest('d1');
      expect(test('d1')).not.toBe('0');
      expect(test('d2')).toBe('0');
      // Only the check is refused: keepalived itself (and its other flags) still work through the shim.
      expect(lab.ssh('d1', 'keepalived --version 2>&1 | head -1')).toMatch(/^Keepalived v/);
      await lab.faults.passConfigTest('d1');
      expect(test('d1')).toBe('0');
    });

    it('fault link-slow throttles a director (tbf: this kernel has no sch_netem for added latency); link-normal restores', async () => {
      const d = lab.state.directors[1];
      const transfer = () => expect(lab.ssh('d2', 'head -c 32000 /dev/zero | tr "\\0" x', 30_000)).toHaveLength(32000);
      // The director's end of the link (its eth0 egress carries the command's output to us).
      const qdisc = () => run(['ip', 'netns', 'exec', d.namespace, 'tc', '-s', 'qdisc', 'show', 'dev', 'eth0']);
      /** tbf's own counters: bytes it sent, and how often a packet had to wait for tokens. */
      const tbf = () => {
        const m = /Sent (\d+) bytes .*overlimits (\d+)/.exec(qdisc());
        return { sent: Number(m![1]), overlimits: Number(m![2]) };
      };
      await lab.faults.slowLink('d2');
      expect(run(['tc', 'qdisc', 'show', 'dev', d.hostVeth])).toContain('tbf');
      expect(qdisc()).toContain('tbf');
      // Evidence the bucket shaped this transfer (not a wall-clock floor): the 32 kB went through tbf
      // and packets were held back for want of tokens (64 kbit/s with a one-packet bucket).
      const before = tbf();
      transfer();
      const after = tbf();
      expect(after.sent - before.sent).toBeGreaterThanOrEqual(32000);
      expect(after.overlimits).toBeGreaterThan(before.overlimits);
      await lab.faults.normalLink('d2');
      expect(run(['tc', 'qdisc', 'show', 'dev', d.hostVeth])).not.toContain('tbf');
      expect(qdisc()).not.toContain('tbf');
      transfer();
    });

    it('up again is the same lab (no error, same keys and processes); a second lab with another name runs beside it', async () => {
      const again = await up({ name: lab.name, directors: 2, realServers: 2 });
      expect(again.index).toBe(lab.state.index);
      expect(again.directors.map((d) => d.hostKeyFingerprint)).toEqual(lab.state.directors.map((d) => d.hostKeyFingerprint));
      expect(again.pids['d1.init']).toEqual(lab.state.pids['d1.init']);

      const other = await startLab({ directors: 1, realServers: 1 });
      try {
        expect(other.state.subnet).not.toBe(lab.state.subnet);
        expect(other.state.bridge).not.toBe(lab.state.bridge);
        expect(other.vipHolders()).toEqual(['d1']);
        expect(other.http(`http://${other.state.realServers[0].address}/`).body).toBe(`${other.state.realServers[0].name}\n`);
        expect(lab.vipHolders()).toEqual(['d1']);
      } finally {
        other.down();
      }
    });

    it('down leaves nothing behind: no namespaces, links, recorded processes, /etc/netns or .lab dirs; down again is a no-op', () => {
      const s = lab.current();
      const recorded = Object.values(s.pids);
      expect(recorded.length).toBeGreaterThanOrEqual(2 * 4 + 2);
      const r = lab.down();
      downDone = true;
      expect(r.found).toBe(true);
      const ns = namespaces();
      for (const n of s.namespaces) expect(ns).not.toContain(n);
      for (const l of s.links) expect(linkExists(l)).toBe(false);
      for (const p of recorded) expect(isAlive(p)).toBe(false);
      for (const n of s.namespaces) expect(existsSync(`/etc/netns/${n}`)).toBe(false);
      expect(existsSync(labDir(lab.name))).toBe(false);
      expect(readState(lab.name)).toBeUndefined();
      expect(down(lab.name)).toMatchObject({ found: false });
    });
  },
);
