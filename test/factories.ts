import { ClusterSpecSchema, type ClusterSpec, type ClusterSpecInput } from '@lvs/domain';
import { largeSpecDocument } from '../bench/lib/large-spec.mjs';

let seq = 0;

/** A valid two-director DR web cluster; override any part. Factories, not copied literals. */
export function clusterSpec(overrides: Partial<ClusterSpecInput> = {}): ClusterSpec {
  seq += 1;
  return ClusterSpecSchema.parse({
    name: `cluster-${seq}`,
    directors: [
      { name: 'lb1', address: '10.213.0.11' },
      { name: 'lb2', address: '10.213.0.12' },
    ],
    vrrpInstances: [
      {
        name: 'VI_WEB',
        interface: 'eth0',
        virtualRouterId: 51,
        members: [
          { director: 'lb1', priority: 150, state: 'MASTER' },
          { director: 'lb2', priority: 100 },
        ],
        vips: [{ address: '10.213.1.10/32' }],
      },
    ],
    virtualServices: [
      {
        vip: '10.213.1.10',
        port: 80,
        protocol: 'TCP',
        scheduler: 'wrr',
        forwarding: 'DR',
        realServers: [
          {
            address: '10.213.0.21',
            port: 80,
            weight: 10,
            healthCheck: { type: 'HTTP_GET', urls: [{ path: '/health', statusCode: 200 }], connectTimeout: 3 },
          },
          { address: '10.213.0.22', port: 80, weight: 10, healthCheck: { type: 'TCP_CHECK', connectTimeout: 3 } },
        ],
      },
    ],
    ...overrides,
  });
}

/** A large cluster for benchmarks: `services` virtual services × `reals` real servers each (bench/lib/large-spec.mjs). */
export function largeClusterSpec(services: number, reals: number): ClusterSpec {
  return ClusterSpecSchema.parse(largeSpecDocument(services, reals));
}

/** Resource bodies for the per-resource routes; override any part. */
export const topologyBodies = {
  director: (over: Record<string, unknown> = {}) => ({ name: 'lb3', address: '10.213.0.13', ...over }),
  vrrpInstance: (over: Record<string, unknown> = {}) => ({
    name: 'VI_DB',
    interface: 'eth1',
    virtualRouterId: 61,
    members: [
      { director: 'lb1', priority: 150, state: 'MASTER' },
      { director: 'lb2', priority: 100 },
    ],
    vips: [{ address: '10.213.2.10/32' }],
    ...over,
  }),
  virtualService: (over: Record<string, unknown> = {}) => ({
    vip: '10.213.1.10',
    port: 443,
    protocol: 'TCP',
    scheduler: 'wlc',
    forwarding: 'DR',
    ...over,
  }),
  realServer: (over: Record<string, unknown> = {}) => ({
    address: '10.213.0.31',
    port: 80,
    weight: 5,
    healthCheck: { type: 'TCP_CHECK', connectTimeout: 2 },
    ...over,
  }),
};

/**
 * A cluster that uses every part of the spec: IPv4 and IPv6 instances in a sync group, unicast,
 * notify scripts, a fwmark service, persistence, sorry server, quorum, and each health check type.
 */
export function richClusterSpec(overrides: Partial<ClusterSpecInput> = {}): ClusterSpec {
  seq += 1;
  return ClusterSpecSchema.parse({
    name: `rich-${seq}`,
    description: 'every option',
    directors: [
      { name: 'lb1', address: '10.213.0.11', sshPort: 2222, sshUser: 'lvs', credential: 'lab-key', sudo: true, reloadMethod: 'systemctl' },
      { name: 'lb2', address: '10.213.0.12', pidFile: '/var/run/keepalived/keepalived.pid' },
    ],
    vrrpInstances: [
      {
        name: 'VI_4',
        interface: 'eth0',
        virtualRouterId: 51,
        advertInt: 2,
        nopreempt: false,
        preemptDelay: 30,
        unicast: true,
        authPass: 's3cret',
        trackInterfaces: ['eth1', 'bond0'],
        garpMasterDelay: 5,
        notify: { master: '/usr/local/bin/notify master', any: '/usr/local/bin/notify' },
        members: [
          { director: 'lb1', priority: 150, state: 'MASTER' },
          { director: 'lb2', priority: 100 },
        ],
        vips: [{ address: '10.213.1.10/24', dev: 'eth0', label: 'eth0:1' }, { address: '10.213.1.11' }],
      },
      {
        name: 'VI_6',
        interface: 'eth0',
        virtualRouterId: 51,
        members: [
          { director: 'lb1', priority: 120 },
          { director: 'lb2', priority: 110 },
        ],
        vips: [{ address: '2001:db8::10/64' }],
      },
    ],
    vrrpSyncGroups: [{ name: 'SG_WEB', instances: ['VI_4', 'VI_6'] }],
    virtualServices: [
      {
        vip: '10.213.1.10',
        port: 443,
        protocol: 'TCP',
        scheduler: 'sh',
        forwarding: 'DR',
        persistence: { timeout: 300, netmask: '255.255.255.0' },
        quorum: 2,
        hysteresis: 1,
        quorumUp: '/usr/local/bin/up',
        quorumDown: '/usr/local/bin/down',
        alpha: true,
        omega: true,
        delayLoop: 10,
        sorryServer: { address: '10.213.0.99', port: 443 },
        virtualhost: 'www.example.org',
        realServers: [
          {
            address: '10.213.0.21',
            port: 443,
            weight: 100,
            upperThreshold: 1000,
            lowerThreshold: 800,
            inhibitOnFailure: true,
            healthCheck: {
              type: 'SSL_GET',
              urls: [{ path: '/health', statusCode: 200, digest: 'a'.repeat(32) }],
              connectTimeout: 3,
              retry: 2,
              delayBeforeRetry: 1,
            },
          },
          {
            address: '10.213.0.22',
            port: 443,
            adminState: 'drained',
            healthCheck: { type: 'HTTP_GET', connectPort: 8080, urls: [{ path: '/' }] },
          },
          {
            address: '10.213.0.23',
            weight: 0,
            adminState: 'disabled',
            healthCheck: { type: 'MISC_CHECK', script: '/usr/local/bin/check 10.213.0.23', timeout: 5, dynamic: true },
          },
          { address: '10.213.0.24', port: 443, healthCheck: { type: 'PING_CHECK' } },
        ],
      },
      {
        vip: '10.213.1.11',
        port: 53,
        protocol: 'UDP',
        scheduler: 'rr',
        forwarding: 'NAT',
        realServers: [
          {
            address: '10.213.0.31',
            port: 5353,
            forwarding: 'NAT',
            healthCheck: { type: 'DNS_CHECK', queryName: 'example.org', queryType: 'A' },
          },
          { address: '10.213.0.32', port: 5353, healthCheck: { type: 'UDP_CHECK', requireReply: true } },
        ],
      },
      {
        vip: '2001:db8::10',
        port: 25,
        protocol: 'TCP',
        scheduler: 'wrr',
        forwarding: 'DR',
        realServers: [{ address: '2001:db8::21', port: 25, healthCheck: { type: 'SMTP_CHECK', heloName: 'lb.example.org' } }],
      },
      {
        fwmark: 7,
        family: 'inet',
        protocol: 'TCP',
        scheduler: 'mh',
        forwarding: 'TUN',
        realServers: [{ address: '10.213.0.41', healthCheck: { type: 'TCP_CHECK', connectPort: 80 } }],
      },
    ],
    ...overrides,
  });
}

const TOPOLOGY_TABLES = [
  'clusters',
  'directors',
  'vrrp_instances',
  'vrrp_members',
  'vrrp_vips',
  'vrrp_sync_groups',
  'vrrp_sync_group_members',
  'virtual_services',
  'real_servers',
];

/**
 * Every row of every cluster and topology table, hashed per table: what "a refused write changed
 * nothing" is compared on (the row count, then an md5 over the rows in a fixed order).
 */
export async function topologySnapshot(db: { query(sql: string): Promise<{ h: string }[]> }): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TOPOLOGY_TABLES) {
    out[table] = (
      await db.query(`SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') AS h FROM ${table} x`)
    )[0].h;
  }
  return out;
}
