import { type ClusterSpec, ClusterSpecSchema, HEALTH_CHECK_TYPES, type HealthCheck, realServerKey, virtualServiceKey } from '@lvs/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EditTarget } from '../api/resources';
import { EditForm, KeptKeywords } from '../components/form-kit';
import { GlobalDefsFields, TrackFileFields, TrackProcessFields, VirtualServerGroupFields } from '../components/fields/object-fields';
import { RealServerFields, VirtualServiceFields } from '../components/fields/service-fields';
import {
  ClusterFields,
  DirectorFields,
  type FieldsProps,
  VrrpInstanceFields,
  VrrpScriptFields,
  VrrpSyncGroupFields,
} from '../components/fields/topology-fields';
import { BODY, draftOf } from './drafts';
import type { Draft } from './form-values';
import { type Kind, SCHEMAS } from './validate';

/**
 * Every key of every resource's schema (libs/domain) has an input in its editor, or an explicit,
 * justified exclusion below: a model field added without an editor fails here. The forms are
 * rendered for real (React's server renderer) from a spec that sets every keyword, and each input's
 * `data-field` (the body path its value goes to, which is also where zod and the API put their
 * messages) is matched against the schema's keys.
 */

const keys = { vs: virtualServiceKey, rs: realServerKey };

/** One checker of each type with every field it has. */
const everyCheck: HealthCheck[] = [
  { type: 'TCP_CHECK', connectPort: 8081, connectTimeout: 3, retry: 2, delayBeforeRetry: 2, delayLoop: 10, extra: [] },
  {
    type: 'HTTP_GET',
    connectPort: 8080,
    connectTimeout: 3,
    retry: 1,
    delayBeforeRetry: 1,
    delayLoop: 5,
    urls: [
      { path: '/health', statusCode: 200 },
      {
        path: '/ready',
        statusCodes: ['200-299', '503'],
        virtualhost: 'www.example.com',
        digest: '0123456789abcdef0123456789abcdef',
        extra: [{ keyword: 'regex_no_match' }],
      },
    ],
    extra: [],
  },
  { type: 'SSL_GET', urls: [{ path: '/', statusCodes: ['301', '302'] }], extra: [] },
  { type: 'MISC_CHECK', script: '/usr/local/bin/check_app 10.0.0.11', timeout: 5, dynamic: true, delayLoop: 30, extra: [] },
  { type: 'DNS_CHECK', connectPort: 53, queryName: 'example.com', queryType: 'A', extra: [] },
  {
    type: 'SMTP_CHECK',
    connectPort: 25,
    heloName: 'lb.example.com',
    hosts: [{ connectIp: '10.0.0.12', connectPort: 2525, bindTo: '10.0.0.2', extra: [] }],
    extra: [],
  },
  {
    type: 'UDP_CHECK',
    connectPort: 53,
    requireReply: true,
    replyPattern: '0a0bXX',
    payload: '0a 0b',
    minReplyLength: 2,
    maxReplyLength: 512,
    extra: [],
  },
  { type: 'PING_CHECK', connectTimeout: 2, extra: [] },
];

/** A cluster whose every object sets every keyword the spec models (a factory: each call parses a fresh copy). */
export function everyKeywordSpec(healthCheck: HealthCheck = everyCheck[1]): ClusterSpec {
  const extra = [{ keyword: 'some_kept_keyword', args: ['1'] }];
  const notify = { master: '/bin/m', backup: '/bin/b', fault: '/bin/f', stop: '/bin/s', any: '/bin/n' };
  const instance = {
    name: 'VI_1',
    interface: 'eth0',
    virtualRouterId: 51,
    advertInt: 1,
    vrrpVersion: 2,
    nopreempt: true,
    preemptDelay: 10,
    unicast: true,
    authPass: 'secret1',
    authType: 'PASS',
    trackInterfaces: ['eth1', 'eth2'],
    trackInterfaceWeights: { eth1: { weight: -20, reverse: true } },
    trackScripts: [{ name: 'chk_haproxy', weight: -30, reverse: true }],
    trackFiles: [{ name: 'maint', weight: -50 }],
    trackProcesses: [{ name: 'haproxy', weight: -40, reverse: false }],
    garpMasterDelay: 5,
    garp: { masterRepeat: 3, lowerPrioDelay: 2, lowerPrioRepeat: 2, masterRefresh: 60, masterRefreshRepeat: 1 },
    useVmac: { name: 'vrrp.51', mac: '02:00:00:00:00:51' },
    vmacXmitBase: true,
    smtpAlert: false,
    notify,
    members: [
      { director: 'lb1', priority: 150, state: 'MASTER' },
      { director: 'lb2', priority: 100, state: 'BACKUP' },
    ],
    vips: [{ address: '10.0.0.10/24', dev: 'eth0', label: 'eth0:1', options: ['scope', 'global'] }],
    extra,
  };
  return ClusterSpecSchema.parse({
    name: 'every-keyword',
    description: 'every modelled keyword',
    mode: 'keepalived',
    directors: [
      {
        name: 'lb1',
        address: '10.0.0.2',
        sshPort: 2222,
        sshUser: 'deploy',
        credential: 'lab-key',
        configPath: '/etc/keepalived/keepalived.conf',
        reloadMethod: 'systemctl',
        pidFile: '/run/keepalived.pid',
        sudo: true,
      },
      { name: 'lb2', address: '10.0.0.3' },
    ],
    vrrpInstances: [instance, { ...instance, name: 'VI_2', virtualRouterId: 52, vips: [{ address: '10.0.0.11/24' }] }],
    vrrpSyncGroups: [{ name: 'SG', instances: ['VI_1', 'VI_2'], trackingWeight: true, notify, smtpAlert: true, extra }],
    globalDefs: {
      notificationEmail: ['ops@example.com', 'noc@example.com'],
      notificationEmailFrom: 'lb@example.com',
      smtpServer: { address: '10.0.0.25', port: 587 },
      smtpHeloName: 'lb.example.com',
      smtpConnectTimeout: 30,
      smtpAlert: true,
      smtpAlertVrrp: false,
      smtpAlertChecker: true,
      lvsSyncDaemon: { interface: 'eth1', instance: 'VI_1', syncId: 10, maxlen: 1500, port: 8848, ttl: 2, group: '224.0.0.81' },
      garp: {
        masterDelay: 5,
        masterRepeat: 3,
        lowerPrioDelay: 2,
        lowerPrioRepeat: 2,
        masterRefresh: 60,
        masterRefreshRepeat: 1,
        interval: 0.001,
        gnaInterval: 0.002,
      },
      vrrpVersion: 3,
      extra,
    },
    vrrpScripts: [
      {
        name: 'chk_haproxy',
        script: '/usr/bin/pgrep -x haproxy',
        interval: 2,
        timeout: 3,
        weight: -30,
        reverse: true,
        rise: 2,
        fall: 3,
        user: 'nobody nogroup',
        initFail: true,
        extra,
      },
    ],
    trackFiles: [{ name: 'maint', file: '/run/lvs/maint', weight: -50, reverse: true, initFile: { value: 0, overwrite: true }, extra }],
    trackProcesses: [
      {
        name: 'haproxy',
        process: ['haproxy', '-f', '/etc/haproxy/haproxy.cfg'],
        paramMatch: 'initial',
        weight: -40,
        reverse: false,
        quorum: 1,
        quorumMax: 4,
        forkDelay: 2,
        terminateDelay: 3,
        delay: 1,
        fullCommand: true,
        extra,
      },
    ],
    virtualServerGroups: [
      {
        name: 'web_vips',
        members: [{ address: '10.0.0.20-29', port: 443 }, { address: '2001:db8::20' }, { fwmark: 7, family: 'inet6' }],
        extra,
      },
    ],
    virtualServices: [
      {
        vip: '10.0.0.10',
        port: 80,
        protocol: 'UDP',
        scheduler: 'sh',
        schedulerFlags: ['sh-port', 'sh-fallback'],
        forwarding: 'TUN',
        tunnelOptions: ['type', 'gue', 'port', '6080'],
        persistence: { timeout: 600, netmask: '255.255.255.0' },
        quorum: 2,
        hysteresis: 1,
        quorumUp: '/bin/up',
        quorumDown: '/bin/down',
        ops: true,
        persistenceEngine: 'sip',
        smtpAlert: false,
        alpha: true,
        omega: true,
        delayLoop: 10,
        sorryServer: { address: '10.0.0.99', port: 8080 },
        virtualhost: 'www.example.com',
        extra,
        realServers: [
          {
            address: '10.0.0.21',
            port: 80,
            weight: 5,
            forwarding: 'TUN',
            tunnelOptions: ['type', 'ipip'],
            upperThreshold: 1000,
            lowerThreshold: 800,
            inhibitOnFailure: true,
            notifyUp: '/bin/rs-up',
            notifyDown: '/bin/rs-down',
            smtpAlert: true,
            adminState: 'drained',
            healthCheck,
            additionalChecks: everyCheck,
            extra,
          },
        ],
      },
      { fwmark: 7, family: 'inet6', scheduler: 'mh', schedulerFlags: ['mh-port'], realServers: [] },
      { group: 'web_vips', protocol: 'TCP', realServers: [] },
    ],
    extra,
  });
}

/** Each kind's form, with what it gets; the cluster's own form is ClusterFields. */
const FIELDS: Record<Kind, FunctionComponent<FieldsProps>> = {
  cluster: ClusterFields,
  director: DirectorFields,
  vrrpInstance: VrrpInstanceFields,
  vrrpSyncGroup: VrrpSyncGroupFields,
  vrrpScript: VrrpScriptFields,
  trackFile: TrackFileFields,
  trackProcess: TrackProcessFields,
  virtualServerGroup: VirtualServerGroupFields,
  globalDefs: GlobalDefsFields,
  virtualService: VirtualServiceFields,
  realServer: RealServerFields,
};

/** The `data-field` paths of a rendered form (list indices as `*`). */
function fieldsOf(kind: Kind, spec: ClusterSpec, target: Omit<EditTarget, 'kind'>): { paths: Set<string>; html: string; draft: Draft } {
  const { draft } = draftOf(kind, spec, target.key, target.service, keys);
  const html = renderToStaticMarkup(
    createElement(
      QueryClientProvider,
      { client: new QueryClient() },
      createElement(
        EditForm,
        { initial: draft, title: kind, submitLabel: 'Save', save: async () => undefined, onCancel: () => undefined },
        createElement(FIELDS[kind], { target: { kind, ...target }, spec }),
        createElement(KeptKeywords),
      ),
    ),
  );
  const paths = new Set([...html.matchAll(/data-field="([^"]+)"/g)].map((m) => m[1].replace(/\.\d+(?=\.|$)/g, '.*')));
  return { paths, html, draft };
}

type Def = { type: string; shape?: Record<string, Zodish>; element?: Zodish; innerType?: Zodish; in?: Zodish; options?: Zodish[] };
type Zodish = { _zod: { def: Def } };

/** The leaf keys of a zod schema as dotted paths (`urls.*.path`); a union contributes every branch's keys. */
function schemaKeys(schema: Zodish, prefix = ''): string[] {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return schemaKeys(def.innerType!, prefix);
    case 'pipe':
      return schemaKeys(def.in!, prefix);
    case 'object':
      return Object.entries(def.shape!).flatMap(([k, v]) => schemaKeys(v, prefix ? `${prefix}.${k}` : k));
    case 'array': {
      const inner = schemaKeys(def.element!, `${prefix}.*`);
      // A list of scalars is one input (its words, its checkboxes).
      return inner.length === 1 && inner[0] === `${prefix}.*` ? [prefix] : inner;
    }
    case 'union': {
      const all = def.options!.flatMap((o) => schemaKeys(o, prefix));
      return [...new Set(all)];
    }
    default:
      return [prefix];
  }
}

/**
 * Keys with no input of their own, and why. Anything else without an input fails the test.
 * `extra` (at any depth) is the verbatim keywords the console keeps but does not model: shown
 * read-only (KeptKeywords) and saved back unchanged.
 */
const EXCLUDED: Partial<Record<Kind, Record<string, string>>> = {
  virtualService: { realServers: 'each real server has its own editor (Add real server), and a service PUT keeps them' },
};
/** An excluded key takes the keys under it along (realServers.*.weight). */
const excluded = (kind: Kind, key: string) => Object.keys(EXCLUDED[kind] ?? {}).some((x) => key === x || key.startsWith(`${x}.`));
const isExtra = (path: string) => /(^|\.)extra(\.|$)/.test(path);

/**
 * Where a schema key's input sits when the form shows it under another path: a tracked interface's
 * weight beside its name (the spec keeps the weights in a record), a status code typed with the
 * list of codes and ranges, the identity toggles.
 */
const ALIAS: Partial<Record<Kind, Record<string, string>>> = {
  vrrpInstance: { trackInterfaces: 'trackInterfaces.*.name', trackInterfaceWeights: 'trackInterfaces.*.weight' },
};
const aliasOf = (kind: Kind, key: string) =>
  ALIAS[kind]?.[key] ?? (key.endsWith('.statusCode') ? key.replace(/\.statusCode$/, '.statusCodes') : key);

/** The variants each kind is rendered in, so inputs that show only for one choice (fwmark or group, each check type) are seen. */
function variants(kind: Kind): { spec: ClusterSpec; target: Omit<EditTarget, 'kind'> }[] {
  const spec = everyKeywordSpec();
  const edit = (key?: string, service?: string) => ({ spec, target: { mode: 'edit' as const, key, service } });
  switch (kind) {
    case 'cluster':
    case 'globalDefs':
      return [edit()];
    case 'director':
      return [edit('lb1')];
    case 'vrrpInstance':
      return [edit('VI_1')];
    case 'vrrpSyncGroup':
      return [edit('SG')];
    case 'vrrpScript':
      return [edit('chk_haproxy')];
    case 'trackFile':
      return [edit('maint')];
    case 'trackProcess':
      return [edit('haproxy')];
    case 'virtualServerGroup':
      return [edit('web_vips')];
    case 'virtualService':
      return spec.virtualServices.map((vs) => edit(virtualServiceKey(vs)));
    case 'realServer':
      // The first check in each type, so each type's own inputs show on `healthCheck` too.
      return HEALTH_CHECK_TYPES.map((type) => {
        const s = everyKeywordSpec(everyCheck.find((c) => c.type === type));
        return { spec: s, target: { mode: 'edit' as const, key: '10.0.0.21:80', service: virtualServiceKey(s.virtualServices[0]) } };
      });
  }
}

const KINDS = Object.keys(FIELDS) as Kind[];
const bodyKeys = (kind: Kind) => {
  const all = schemaKeys(SCHEMAS[kind] as unknown as Zodish);
  return kind === 'cluster' ? all.filter((k) => ['name', 'description', 'mode'].includes(k)) : all;
};

const shownIn = (kind: Kind) => new Set(variants(kind).flatMap((v) => [...fieldsOf(kind, v.spec, v.target).paths]));
const missingFrom = (kind: Kind, shown: Set<string>) =>
  bodyKeys(kind).filter((k) => !isExtra(k) && !excluded(kind, k) && !shown.has(aliasOf(kind, k)));

describe('editor coverage: every modelled keepalived keyword has an input', () => {
  it.each(KINDS)('%s: each schema key has a form input or a justified exclusion', (kind) => {
    expect(missingFrom(kind, shownIn(kind))).toEqual([]);
  });

  it('the walk is not vacuous: it sees nested keys, and a missing input is reported', () => {
    const rs = bodyKeys('realServer');
    expect(rs).toEqual(
      expect.arrayContaining([
        'additionalChecks.*.urls.*.statusCodes',
        'additionalChecks.*.hosts.*.connectIp',
        'healthCheck.delayLoop',
        'notifyUp',
      ]),
    );
    // A form without one input (as if notify_up had none): the test names exactly that key.
    const shown = shownIn('realServer');
    shown.delete('notifyUp');
    shown.delete('additionalChecks.*.hosts.*.bindTo');
    expect(missingFrom('realServer', shown)).toEqual(['notifyUp', 'additionalChecks.*.hosts.*.bindTo']);
  });

  it('every collection and setting of the spec document has an editor kind (a new top-level key fails)', () => {
    const top = Object.keys(ClusterSpecSchema.shape);
    const BY_KIND: Record<string, Kind | string> = {
      apiVersion: 'a constant (lvs-console/v1)',
      name: 'cluster',
      description: 'cluster',
      mode: 'cluster',
      directors: 'director',
      vrrpInstances: 'vrrpInstance',
      vrrpSyncGroups: 'vrrpSyncGroup',
      vrrpScripts: 'vrrpScript',
      trackFiles: 'trackFile',
      trackProcesses: 'trackProcess',
      virtualServerGroups: 'virtualServerGroup',
      globalDefs: 'globalDefs',
      virtualServices: 'virtualService (and realServer)',
      extra: 'top-level blocks kept verbatim (static_routes, ...): import only',
    };
    expect(top.filter((k) => !(k in BY_KIND))).toEqual([]);
  });

  it('kept keywords (extra) are shown read-only in the form that holds them', () => {
    const { html } = fieldsOf('trackFile', everyKeywordSpec(), { mode: 'edit', key: 'maint' });
    expect(html).toContain('keepalived keywords the console keeps but does not model');
    expect(html).toContain('some_kept_keyword 1');
  });
});

describe('editor round trip: the every-keyword spec survives form → body unchanged', () => {
  const spec = everyKeywordSpec();
  const back = (kind: Kind, key?: string, service?: string) =>
    SCHEMAS[kind].parse(
      kind === 'virtualService'
        ? { ...(BODY[kind](draftOf(kind, spec, key, service, keys).draft) as object), realServers: [] }
        : BODY[kind](draftOf(kind, spec, key, service, keys).draft),
    );
  it('instances, sync groups, scripts, track files and processes, groups, global_defs', () => {
    for (const i of spec.vrrpInstances) expect(back('vrrpInstance', i.name)).toEqual(i);
    expect(back('vrrpSyncGroup', 'SG')).toEqual(spec.vrrpSyncGroups[0]);
    expect(back('vrrpScript', 'chk_haproxy')).toEqual(spec.vrrpScripts![0]);
    expect(back('trackFile', 'maint')).toEqual(spec.trackFiles![0]);
    expect(back('trackProcess', 'haproxy')).toEqual(spec.trackProcesses![0]);
    expect(back('virtualServerGroup', 'web_vips')).toEqual(spec.virtualServerGroups![0]);
    expect(back('globalDefs')).toEqual(spec.globalDefs);
  });
  it('virtual services (address, fwmark, group) and a real server with a checker of each type', () => {
    for (const vs of spec.virtualServices) expect(back('virtualService', virtualServiceKey(vs))).toEqual({ ...vs, realServers: [] });
    for (const type of HEALTH_CHECK_TYPES) {
      const s = everyKeywordSpec(everyCheck.find((c) => c.type === type));
      const vs = s.virtualServices[0];
      const body = BODY.realServer(draftOf('realServer', s, '10.0.0.21:80', virtualServiceKey(vs), keys).draft);
      expect(SCHEMAS.realServer.parse(body)).toEqual(vs.realServers[0]);
    }
  });
});
