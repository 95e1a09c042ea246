import { rmSync, writeFileSync } from 'node:fs';
import {
  changeHostKey,
  configTestFlag,
  restoreHostKey,
  signalKeepalived,
  startHttp,
  startKeepalived,
  startSshd,
  stopHttp,
  stopKeepalived,
  stopSshd,
} from './daemons';
import { director, realServer } from './lab';
import { type LabDirector, type LabRealServer, readState, type LabState } from './state';
import { run, tryRun } from './system';
import { startVmKeepalived, stopVmKeepalived, vmExec } from './vm-director';

/**
 * Fault switches: each breaks one thing the way it breaks on real hosts, and has a reverse that
 * restores it. They act on the lab's state file (re-read first, so a switch thrown from the CLI and
 * one from a test agree on which processes are running).
 */

function fresh(state: LabState): LabState {
  return readState(state.name) ?? state;
}

const onDirector =
  (f: (s: LabState, d: LabDirector) => Promise<void>) =>
  (state: LabState, role: string): Promise<void> => {
    const s = fresh(state);
    return f(s, director(s, role));
  };
const onRealServer =
  (f: (s: LabState, r: LabRealServer) => Promise<void>) =>
  (state: LabState, role: string): Promise<void> => {
    const s = fresh(state);
    return f(s, realServer(s, role));
  };

/**
 * A slow link: a token bucket on both ends of the director's veth. The kernel here has no
 * sch_netem (no added latency), but has tbf: 64 kbit/s with a one-packet bucket, so VRRP adverts
 * and a short SSH exchange pass (slowly) and anything bulky crawls — a slow WAN link, not a cut one.
 */
const SLOW = ['tbf', 'rate', '64kbit', 'burst', '1600', 'latency', '10s'];

/** A fault a VM director does not have (its sshd is its only door; it has no lab shim). */
const netnsOnly =
  (what: string, f: (s: LabState, d: LabDirector) => Promise<void>) =>
  (s: LabState, d: LabDirector): Promise<void> => {
    if (d.vm) throw new Error(`${what} is a netns-director fault: ${d.role} is a VM (up --vm)`);
    return f(s, d);
  };

export const faults = {
  stopKeepalived: onDirector((s, d) => (d.vm ? stopVmKeepalived(s, d) : stopKeepalived(s, d))),
  startKeepalived: onDirector((s, d) => (d.vm ? startVmKeepalived(s, d) : startKeepalived(s, d))),
  hangKeepalived: onDirector(netnsOnly('keepalived-hang', (s, d) => signalKeepalived(s, d, 'SIGSTOP'))),
  resumeKeepalived: onDirector(netnsOnly('keepalived-resume', (s, d) => signalKeepalived(s, d, 'SIGCONT'))),
  changeHostKey: onDirector(netnsOnly('host-key-change', changeHostKey)),
  restoreHostKey: onDirector(netnsOnly('host-key-restore', restoreHostKey)),
  stopSshd: onDirector(netnsOnly('sshd-stop', stopSshd)),
  startSshd: onDirector(netnsOnly('sshd-start', startSshd)),
  killHttp: onRealServer(stopHttp),
  /** A DR real server answering ARP for the VIPs it holds on lo: arp_ignore back to the kernel's default 0. */
  arpIgnoreOff: onRealServer(
    async (_s, r) => void run(['ip', 'netns', 'exec', r.namespace, 'sysctl', '-q', '-w', 'net.ipv4.conf.all.arp_ignore=0']),
  ),
  arpIgnoreOn: onRealServer(
    async (_s, r) => void run(['ip', 'netns', 'exec', r.namespace, 'sysctl', '-q', '-w', 'net.ipv4.conf.all.arp_ignore=1']),
  ),
  restartHttp: onRealServer(startHttp),
  /** Carrier loss: the host end of the director's veth goes down, so its eth0 loses the link (keepalived goes FAULT). */
  async linkDown(state: LabState, role: string): Promise<void> {
    run(['ip', 'link', 'set', director(state, role).hostVeth, 'down']);
  },
  async linkUp(state: LabState, role: string): Promise<void> {
    run(['ip', 'link', 'set', director(state, role).hostVeth, 'up']);
  },
  /** `keepalived --config-test` run through the director's sshd fails (the shim in its PATH). */
  async failConfigTest(state: LabState, role: string): Promise<void> {
    if (director(state, role).vm) throw new Error(`config-test-fail is a netns-director fault: ${role} is a VM (up --vm)`);
    writeFileSync(configTestFlag(director(state, role)), 'the lab\'s "config-test-fail" fault\n');
  },
  async passConfigTest(state: LabState, role: string): Promise<void> {
    rmSync(configTestFlag(director(state, role)), { force: true });
  },
  async slowLink(state: LabState, role: string): Promise<void> {
    const d = director(state, role);
    run(['tc', 'qdisc', 'replace', 'dev', d.hostVeth, 'root', ...SLOW]);
    if (d.vm) vmExec(state, d, `tc qdisc replace dev eth0 root ${SLOW.join(' ')}`);
    else run(['ip', 'netns', 'exec', d.namespace, 'tc', 'qdisc', 'replace', 'dev', 'eth0', 'root', ...SLOW]);
  },
  async normalLink(state: LabState, role: string): Promise<void> {
    const d = director(state, role);
    tryRun(['tc', 'qdisc', 'del', 'dev', d.hostVeth, 'root']);
    if (d.vm) {
      try {
        vmExec(state, d, 'tc qdisc del dev eth0 root');
      } catch {
        /* none set */
      }
    } else tryRun(['ip', 'netns', 'exec', d.namespace, 'tc', 'qdisc', 'del', 'dev', 'eth0', 'root']);
  },
};

export type FaultName = keyof typeof faults;

/** CLI names (`npm run lab -- fault <kind> <target>`), each with its reverse. */
export const FAULT_KINDS = {
  'keepalived-stop': 'stopKeepalived',
  'keepalived-start': 'startKeepalived',
  'keepalived-hang': 'hangKeepalived',
  'keepalived-resume': 'resumeKeepalived',
  'host-key-change': 'changeHostKey',
  'host-key-restore': 'restoreHostKey',
  'sshd-stop': 'stopSshd',
  'sshd-start': 'startSshd',
  'http-kill': 'killHttp',
  'http-restart': 'restartHttp',
  'arp-ignore-off': 'arpIgnoreOff',
  'arp-ignore-on': 'arpIgnoreOn',
  'link-down': 'linkDown',
  'link-up': 'linkUp',
  'config-test-fail': 'failConfigTest',
  'config-test-pass': 'passConfigTest',
  'link-slow': 'slowLink',
  'link-normal': 'normalLink',
} as const satisfies Record<string, FaultName>;
export type FaultKind = keyof typeof FAULT_KINDS;
