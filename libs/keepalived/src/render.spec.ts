import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClusterSpec, ClusterSpecSchema } from '@lvs/domain';
import { clusterSpec, largeClusterSpec } from '../../../test/factories';
import { parseConfigTree } from './config-tree';
import { specSha256 } from './hash';
import { render, rendersVirtualService } from './render';
import { UnsafeValueError } from './tokens';

const GOLDEN = `! Managed by LVS Console: cluster web, director lb2, revision 4
! spec sha256 abababababababababababababababababababababababababababababababab
! Changes made here are overwritten by the next deployment (and reported as drift).

global_defs {
  router_id lb2
  enable_script_security
  script_user root
  reload_check_config
}

vrrp_instance VI_WEB {
  state BACKUP
  interface eth0
  virtual_router_id 51
  priority 100
  advert_int 1
  unicast_src_ip 10.213.0.12
  unicast_peer {
    10.213.0.11
  }
  authentication {
    auth_type PASS
    auth_pass secret1
  }
  virtual_ipaddress {
    10.213.1.10/32
  }
}

virtual_server 10.213.1.10 80 {
  delay_loop 6
  lvs_sched wrr
  lvs_method DR
  protocol TCP

  real_server 10.213.0.21 80 {
    weight 10
    HTTP_GET {
      url {
        path "/health"
        status_code 200
      }
      connect_timeout 3
    }
  }

  real_server 10.213.0.22 80 {
    weight 10
    TCP_CHECK {
      connect_timeout 3
    }
  }
}
`;

describe('render', () => {
  it("renders the whole file: header, global_defs, this director's VRRP view, virtual servers (golden)", () => {
    const spec = clusterSpec({ name: 'web' });
    spec.vrrpInstances[0].unicast = true;
    spec.vrrpInstances[0].authPass = 'secret1';
    expect(render(spec, 'lb2', { revision: 4, specSha256: 'ab'.repeat(32) })).toBe(GOLDEN);
  });

  it('is deterministic and names cluster, revision and spec hash in the header', () => {
    const spec = clusterSpec();
    const a = render(spec, 'lb1', { revision: 7, specSha256: specSha256(spec) });
    expect(render(structuredClone(spec), 'lb1', { revision: 7, specSha256: specSha256(spec) })).toBe(a);
    expect(a).toMatch(/^! Managed by LVS Console: cluster cluster-\d+, director lb1, revision 7\n! spec sha256 [0-9a-f]{64}\n/);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a).not.toMatch(/\t| +\n/);
  });

  it('spec hash ignores key order and undefined fields', () => {
    const spec = clusterSpec({ name: 'h' });
    const reordered = JSON.parse(JSON.stringify(spec, Object.keys(spec).sort())) as ClusterSpec;
    expect(specSha256({ ...spec, description: spec.description })).toBe(specSha256(spec));
    expect(specSha256(ClusterSpecSchema.parse(JSON.parse(JSON.stringify(spec))))).toBe(specSha256(spec));
    expect(specSha256(reordered)).toMatch(/^[0-9a-f]{64}$/);
    expect(specSha256({ ...spec, name: 'other' })).not.toBe(specSha256(spec));
  });

  it("renders each director's own priority and state, and only the instances it is a member of", () => {
    const spec = clusterSpec({
      vrrpInstances: [
        {
          name: 'VI_A',
          interface: 'eth0',
          virtualRouterId: 1,
          members: [
            { director: 'lb1', priority: 150, state: 'MASTER' },
            { director: 'lb2', priority: 100 },
          ],
          vips: [{ address: '10.213.1.10/32' }],
        },
        {
          name: 'VI_B',
          interface: 'eth0',
          virtualRouterId: 2,
          members: [{ director: 'lb2', priority: 120 }],
          vips: [{ address: '10.213.1.11/32' }],
        },
      ],
    });
    expect(render(spec, 'lb1')).toMatch(/vrrp_instance VI_A \{\n  state MASTER\n[\s\S]*priority 150/);
    expect(render(spec, 'lb1')).not.toContain('VI_B');
    expect(render(spec, 'lb2')).toMatch(/vrrp_instance VI_A \{\n  state BACKUP\n[\s\S]*priority 100[\s\S]*vrrp_instance VI_B/);
  });

  it('renders MASTER as BACKUP under nopreempt or preempt_delay, and leaves preempt_delay out under nopreempt', () => {
    const spec = clusterSpec();
    spec.vrrpInstances[0].preemptDelay = 30;
    expect(render(spec, 'lb1')).toMatch(/state BACKUP\n[\s\S]*preempt_delay 30\n/);
    spec.vrrpInstances[0].nopreempt = true;
    const text = render(spec, 'lb1');
    expect(text).toMatch(/state BACKUP\n[\s\S]*  nopreempt\n/);
    expect(text).not.toContain('preempt_delay');
  });

  it('renders unicast with peers in director order, and no unicast for a single member', () => {
    const spec = clusterSpec({
      directors: [
        { name: 'lb1', address: '10.213.0.11' },
        { name: 'lb2', address: '10.213.0.12' },
        { name: 'lb3', address: '10.213.0.13' },
      ],
    });
    spec.vrrpInstances[0].unicast = true;
    spec.vrrpInstances[0].members = [
      { director: 'lb3', priority: 50, state: 'BACKUP' },
      { director: 'lb1', priority: 150, state: 'MASTER' },
      { director: 'lb2', priority: 100, state: 'BACKUP' },
    ];
    expect(render(spec, 'lb2')).toContain('  unicast_src_ip 10.213.0.12\n  unicast_peer {\n    10.213.0.11\n    10.213.0.13\n  }\n');
    spec.vrrpInstances[0].members = [{ director: 'lb2', priority: 100, state: 'BACKUP' }];
    expect(render(spec, 'lb2')).not.toContain('unicast');
  });

  it('renders VIPs with dev and label, track_interface without the own interface, and quoted notify scripts', () => {
    const spec = clusterSpec();
    const inst = spec.vrrpInstances[0];
    inst.vips = [{ address: '10.213.1.10/24', dev: 'eth0', label: 'eth0:web' }, { address: '10.213.1.11' }];
    inst.trackInterfaces = ['eth0', 'eth1'];
    inst.garpMasterDelay = 5;
    inst.notify = {
      master: '/etc/keepalived/notify.sh MASTER VI_WEB',
      backup: '/etc/keepalived/notify.sh BACKUP',
      fault: '/x',
      stop: '/y',
      any: '/z',
    };
    const text = render(spec, 'lb1');
    expect(text).toContain('  virtual_ipaddress {\n    10.213.1.10/24 dev eth0 label eth0:web\n    10.213.1.11\n  }\n');
    expect(text).toContain('  track_interface {\n    eth1\n  }\n');
    expect(text).toContain('  garp_master_delay 5\n');
    expect(text).toContain(
      '  notify_master "/etc/keepalived/notify.sh MASTER VI_WEB"\n  notify_backup "/etc/keepalived/notify.sh BACKUP"\n  notify_fault "/x"\n  notify_stop "/y"\n  notify "/z"\n',
    );
  });

  it('renders sync groups with the instances this director holds, and none of fewer than two', () => {
    const spec = clusterSpec({
      vrrpInstances: [
        {
          name: 'VI_A',
          interface: 'eth0',
          virtualRouterId: 1,
          members: [
            { director: 'lb1', priority: 150 },
            { director: 'lb2', priority: 100 },
          ],
          vips: [{ address: '10.213.1.10/32' }],
        },
        {
          name: 'VI_B',
          interface: 'eth1',
          virtualRouterId: 2,
          members: [{ director: 'lb1', priority: 150 }],
          vips: [{ address: '10.213.1.11/32' }],
        },
      ],
      vrrpSyncGroups: [{ name: 'VG', instances: ['VI_A', 'VI_B'] }],
    });
    expect(render(spec, 'lb1')).toContain('vrrp_sync_group VG {\n  group {\n    VI_A\n    VI_B\n  }\n}\n');
    expect(render(spec, 'lb2')).not.toContain('vrrp_sync_group');
  });

  it('renders drained real servers with weight 0, leaves disabled ones out, and a service with none left out entirely', () => {
    const spec = clusterSpec();
    spec.virtualServices[0].realServers[0].adminState = 'drained';
    spec.virtualServices[0].realServers[1].adminState = 'disabled';
    const text = render(spec, 'lb1');
    expect(text).toMatch(/real_server 10\.213\.0\.21 80 \{\n\s+weight 0\n/);
    expect(text).not.toContain('10.213.0.22');
    spec.virtualServices[0].realServers[0].adminState = 'disabled';
    expect(rendersVirtualService(spec.virtualServices[0])).toBe(false);
    expect(render(spec, 'lb1')).not.toContain('virtual_server');
  });

  it('renders every virtual-service and real-server option with the 2.2 keyword names', () => {
    const spec = clusterSpec({
      virtualServices: [
        {
          vip: '10.213.1.10',
          port: 443,
          protocol: 'TCP',
          scheduler: 'sh',
          forwarding: 'NAT',
          family: 'inet',
          persistence: { timeout: 600, netmask: '255.255.255.0' },
          quorum: 2,
          hysteresis: 1,
          quorumUp: '/q up',
          quorumDown: '/q down',
          alpha: true,
          omega: true,
          delayLoop: 12,
          virtualhost: 'www.example.com',
          sorryServer: { address: '10.213.0.99', port: 8443 },
          realServers: [
            {
              address: '10.213.0.21',
              port: 8443,
              weight: 3,
              forwarding: 'NAT',
              upperThreshold: 200,
              lowerThreshold: 150,
              inhibitOnFailure: true,
              healthCheck: {
                type: 'SSL_GET',
                connectPort: 8443,
                connectTimeout: 4,
                retry: 2,
                delayBeforeRetry: 3,
                urls: [{ path: '/status', digest: '9b3a0c85a887a256d6939da88aabd8cd', statusCode: 200 }],
              },
            },
            {
              address: '10.213.0.22',
              weight: 3,
              healthCheck: { type: 'MISC_CHECK', script: '/usr/local/bin/check.sh 10.213.0.22', connectTimeout: 7, dynamic: true },
            },
          ],
        },
      ],
    });
    expect(render(spec, 'lb1')).toContain(`virtual_server 10.213.1.10 443 {
  ip_family inet
  delay_loop 12
  lvs_sched sh
  lvs_method NAT
  protocol TCP
  persistence_timeout 600
  persistence_granularity 255.255.255.0
  quorum 2
  hysteresis 1
  quorum_up "/q up"
  quorum_down "/q down"
  alpha
  omega
  virtualhost www.example.com
  sorry_server 10.213.0.99 8443

  real_server 10.213.0.21 8443 {
    weight 3
    lvs_method NAT
    uthreshold 200
    lthreshold 150
    inhibit_on_failure
    SSL_GET {
      url {
        path "/status"
        digest 9b3a0c85a887a256d6939da88aabd8cd
        status_code 200
      }
      connect_port 8443
      connect_timeout 4
      retry 2
      delay_before_retry 3
    }
  }

  real_server 10.213.0.22 {
    weight 3
    MISC_CHECK {
      misc_path "/usr/local/bin/check.sh 10.213.0.22"
      misc_timeout 7
      misc_dynamic
    }
  }
}
`);
  });

  it('renders fwmark services without protocol and without real-server ports, IPv6 services as they are', () => {
    const spec = clusterSpec({
      virtualServices: [
        {
          fwmark: 7,
          family: 'inet6',
          protocol: 'UDP',
          scheduler: 'rr',
          sorryServer: { address: '2001:db8::99', port: 80 },
          realServers: [{ address: '2001:db8::21', port: 80, healthCheck: { type: 'PING_CHECK' } }],
        },
        {
          vip: '2001:db8::10',
          port: 53,
          protocol: 'UDP',
          realServers: [
            { address: '2001:db8::31', port: 53, healthCheck: { type: 'DNS_CHECK', queryName: 'example.com.', queryType: 'AAAA' } },
          ],
        },
      ],
    });
    const text = render(spec, 'lb1');
    expect(text).toContain(
      'virtual_server fwmark 7 {\n  ip_family inet6\n  delay_loop 6\n  lvs_sched rr\n  lvs_method DR\n  sorry_server 2001:db8::99\n\n  real_server 2001:db8::21 {\n',
    );
    expect(text).toContain('virtual_server 2001:db8::10 53 {\n  delay_loop 6\n  lvs_sched wlc\n  lvs_method DR\n  protocol UDP\n');
    expect(text).toContain('    DNS_CHECK {\n      type AAAA\n      name example.com.\n    }\n');
  });

  it('renders notify FIFOs in global_defs (no lvs_notify_fifo, no virtual_server in ipvsadm mode)', () => {
    const spec = clusterSpec();
    const fifos = { vrrp: '/run/keepalived/vrrp.fifo', lvs: '/run/keepalived/lvs.fifo' };
    expect(render(spec, 'lb1', { notifyFifos: fifos })).toContain(
      '  reload_check_config\n  vrrp_notify_fifo /run/keepalived/vrrp.fifo\n  lvs_notify_fifo /run/keepalived/lvs.fifo\n}\n',
    );
    const ipvsadm = render({ ...spec, mode: 'ipvsadm' }, 'lb1', { notifyFifos: fifos });
    expect(ipvsadm).not.toContain('lvs_notify_fifo');
    expect(ipvsadm).not.toContain('virtual_server');
    expect(ipvsadm).toContain('vrrp_instance VI_WEB');
  });

  it('refuses an unknown director', () => {
    expect(() => render(clusterSpec(), 'nope')).toThrow(/no director named nope/);
  });

  it('renders a 20k-real-server cluster', () => {
    const text = render(largeClusterSpec(1000, 20), 'lb1');
    expect(text.match(/real_server /g)).toHaveLength(20000);
    expect(render(largeClusterSpec(1000, 20), 'lb1')).toBe(text);
  });
});

describe('render is injection-proof (values fed past the schema)', () => {
  const HOSTILE_WORDS = ['lb1 }\nvirtual_server 1.2.3.4 80 {', 'a b', 'x"y', "x'y", 'x#y', 'x!y', 'x{', 'x}', 'x\ny', 'x\ry', 'x\ty', ''];
  const HOSTILE_STRINGS = [
    '/bin/check" }\nvrrp_script x {',
    '/bin/x\n',
    "/bin/x'y",
    '/bin/x\\"',
    '/bin/x # y',
    '/bin/x ! y',
    '/bin/x { }',
    '/bin/x\ty',
    '',
  ];
  type Setter = (s: ClusterSpec, v: never) => void;
  const everything = () =>
    clusterSpec({
      vrrpInstances: [
        {
          name: 'VI_WEB',
          interface: 'eth0',
          virtualRouterId: 51,
          unicast: true,
          authPass: 'pw',
          trackInterfaces: ['eth1'],
          members: [
            { director: 'lb1', priority: 150 },
            { director: 'lb2', priority: 100 },
          ],
          vips: [{ address: '10.213.1.10/32', dev: 'eth0', label: 'eth0:1' }],
          notify: { master: '/m', backup: '/b', fault: '/f', stop: '/s', any: '/a' },
          useVmac: { name: 'vrrp.51' },
          vmacXmitBase: true,
          garp: { masterRepeat: 2 },
        },
        {
          name: 'VI_2',
          interface: 'eth1',
          virtualRouterId: 52,
          members: [
            { director: 'lb1', priority: 150 },
            { director: 'lb2', priority: 100 },
          ],
          vips: [{ address: '10.213.1.11/32' }],
        },
      ],
      vrrpSyncGroups: [{ name: 'VG', instances: ['VI_WEB', 'VI_2'], notify: { master: '/gm' } }],
      globalDefs: {
        notificationEmail: ['ops@example.net'],
        notificationEmailFrom: 'LVS lvs@example.net',
        smtpServer: { address: '10.213.0.25', port: 25 },
        lvsSyncDaemon: { interface: 'eth0', instance: 'VI_WEB', group: '224.0.0.81' },
      },
      virtualServices: [
        {
          vip: '10.213.1.10',
          port: 80,
          family: 'inet',
          schedulerFlags: ['flag-1'],
          persistenceEngine: 'sip',
          persistence: { timeout: 60, netmask: '255.255.255.0' },
          virtualhost: 'h.example',
          quorumUp: '/u',
          quorumDown: '/d',
          sorryServer: { address: '10.213.0.99', port: 80 },
          realServers: [
            {
              address: '10.213.0.21',
              port: 80,
              forwarding: 'DR',
              healthCheck: { type: 'HTTP_GET', urls: [{ path: '/h', digest: '9b3a0c85a887a256d6939da88aabd8cd' }] },
            },
            { address: '10.213.0.22', port: 80, healthCheck: { type: 'MISC_CHECK', script: '/bin/c', dynamic: false } },
            { address: '10.213.0.23', port: 80, healthCheck: { type: 'DNS_CHECK', queryName: 'a.example', queryType: 'A' } },
            {
              address: '10.213.0.24',
              port: 80,
              notifyUp: '/up',
              notifyDown: '/down',
              healthCheck: { type: 'SMTP_CHECK', heloName: 'h.example', hosts: [{ connectIp: '10.213.0.26', bindTo: '10.213.0.2' }] },
            },
            {
              address: '10.213.0.25',
              port: 80,
              healthCheck: { type: 'UDP_CHECK', requireReply: true, replyPattern: '0aXX 0b', payload: '0a0b' },
            },
          ],
        },
      ],
    });
  const words: Record<string, Setter> = {
    'cluster name': (s, v) => (s.name = v),
    'director name (router_id)': (s, v) => {
      s.directors[0].name = v;
      s.vrrpInstances.forEach((i) => (i.members[0].director = v));
    },
    'director address (unicast)': (s, v) => (s.directors[1].address = v),
    'instance name': (s, v) => {
      s.vrrpInstances[0].name = v;
      s.vrrpSyncGroups[0].instances[0] = v;
    },
    interface: (s, v) => (s.vrrpInstances[0].interface = v),
    'VIP address': (s, v) => (s.vrrpInstances[0].vips[0].address = v),
    'VIP dev': (s, v) => (s.vrrpInstances[0].vips[0].dev = v),
    'VIP label': (s, v) => (s.vrrpInstances[0].vips[0].label = v),
    track_interface: (s, v) => (s.vrrpInstances[0].trackInterfaces[0] = v),
    auth_pass: (s, v) => (s.vrrpInstances[0].authPass = v),
    'member state': (s, v) => (s.vrrpInstances[0].members[0].state = v),
    'sync group name': (s, v) => (s.vrrpSyncGroups[0].name = v),
    'virtual server vip': (s, v) => (s.virtualServices[0].vip = v),
    scheduler: (s, v) => (s.virtualServices[0].scheduler = v),
    forwarding: (s, v) => (s.virtualServices[0].forwarding = v),
    protocol: (s, v) => (s.virtualServices[0].protocol = v),
    family: (s, v) => (s.virtualServices[0].family = v),
    'persistence netmask': (s, v) => (s.virtualServices[0].persistence!.netmask = v),
    virtualhost: (s, v) => (s.virtualServices[0].virtualhost = v),
    'sorry server address': (s, v) => (s.virtualServices[0].sorryServer!.address = v),
    'real server address': (s, v) => (s.virtualServices[0].realServers[0].address = v),
    'real server lvs_method': (s, v) => (s.virtualServices[0].realServers[0].forwarding = v),
    'checker type': (s, v) => ((s.virtualServices[0].realServers[1].healthCheck as { type: string }).type = v),
    digest: (s, v) => ((s.virtualServices[0].realServers[0].healthCheck as { urls: { digest?: string }[] }).urls[0].digest = v),
    'DNS name': (s, v) => ((s.virtualServices[0].realServers[2].healthCheck as { queryName: string }).queryName = v),
    'DNS type': (s, v) => ((s.virtualServices[0].realServers[2].healthCheck as { queryType: string }).queryType = v),
    helo_name: (s, v) => ((s.virtualServices[0].realServers[3].healthCheck as { heloName: string }).heloName = v),
    'notification_email entry': (s, v) => (s.globalDefs!.notificationEmail![0] = v),
    'smtp_server address': (s, v) => (s.globalDefs!.smtpServer!.address = v),
    'lvs_sync_daemon interface': (s, v) => (s.globalDefs!.lvsSyncDaemon!.interface = v),
    'lvs_sync_daemon instance': (s, v) => (s.globalDefs!.lvsSyncDaemon!.instance = v),
    'lvs_sync_daemon group': (s, v) => (s.globalDefs!.lvsSyncDaemon!.group = v),
    'SMTP host connect_ip': (s, v) =>
      ((s.virtualServices[0].realServers[3].healthCheck as { hosts: { connectIp?: string }[] }).hosts[0].connectIp = v),
    'SMTP host bindto': (s, v) =>
      ((s.virtualServices[0].realServers[3].healthCheck as { hosts: { bindTo?: string }[] }).hosts[0].bindTo = v),
    'scheduler flag': (s, v) => (s.virtualServices[0].schedulerFlags![0] = v),
    persistence_engine: (s, v) => (s.virtualServices[0].persistenceEngine = v),
    'use_vmac name': (s, v) => (s.vrrpInstances[0].useVmac!.name = v),
  };
  const strings: Record<string, Setter> = {
    notify_master: (s, v) => (s.vrrpInstances[0].notify.master = v),
    notify: (s, v) => (s.vrrpInstances[0].notify.any = v),
    quorum_up: (s, v) => (s.virtualServices[0].quorumUp = v),
    quorum_down: (s, v) => (s.virtualServices[0].quorumDown = v),
    misc_path: (s, v) => ((s.virtualServices[0].realServers[1].healthCheck as { script: string }).script = v),
    'url path': (s, v) => ((s.virtualServices[0].realServers[0].healthCheck as { urls: { path: string }[] }).urls[0].path = v),
    'sync group notify_master': (s, v) => (s.vrrpSyncGroups[0].notify!.master = v),
    notify_up: (s, v) => (s.virtualServices[0].realServers[3].notifyUp = v),
    notify_down: (s, v) => (s.virtualServices[0].realServers[3].notifyDown = v),
    notification_email_from: (s, v) => (s.globalDefs!.notificationEmailFrom = v),
  };
  /** HEX_STR fields: groups of hex digits separated by single spaces (each group a bare word). */
  const hex: Record<string, Setter> = {
    'UDP_CHECK payload': (s, v) => ((s.virtualServices[0].realServers[4].healthCheck as { payload?: string }).payload = v),
    'UDP_CHECK require_reply pattern': (s, v) =>
      ((s.virtualServices[0].realServers[4].healthCheck as { replyPattern?: string }).replyPattern = v),
  };
  const numbers: Record<string, Setter> = {
    'virtual port': (s, v) => (s.virtualServices[0].port = v),
    'real server port': (s, v) => (s.virtualServices[0].realServers[0].port = v),
    weight: (s, v) => (s.virtualServices[0].realServers[0].weight = v),
    priority: (s, v) => (s.vrrpInstances[0].members[0].priority = v),
    virtual_router_id: (s, v) => (s.vrrpInstances[0].virtualRouterId = v),
    delay_loop: (s, v) => (s.virtualServices[0].delayLoop = v),
    'persistence timeout': (s, v) => (s.virtualServices[0].persistence!.timeout = v),
    'smtp_server port': (s, v) => (s.globalDefs!.smtpServer!.port = v),
    'lvs_sync_daemon id': (s, v) => (s.globalDefs!.lvsSyncDaemon!.syncId = v),
    garp_master_repeat: (s, v) => (s.vrrpInstances[0].garp!.masterRepeat = v),
    'SMTP host connect_port': (s, v) =>
      ((s.virtualServices[0].realServers[3].healthCheck as { hosts: { connectPort?: number }[] }).hosts[0].connectPort = v),
  };

  it('the baseline with every field renders', () => {
    expect(() => render(everything(), 'lb1')).not.toThrow();
  });

  it.each(Object.entries(words))('bare word: %s', (_, set) => {
    for (const hostile of HOSTILE_WORDS) {
      const spec = everything();
      set(spec, hostile as never);
      expect(() => render(spec, spec.directors[0].name), JSON.stringify(hostile)).toThrow(UnsafeValueError);
    }
  });

  it.each(Object.entries(hex))('hex string: %s', (_, set) => {
    for (const hostile of [...HOSTILE_WORDS.filter((w) => w !== 'a b'), 'zz', '0a  0b', ' 0a', '0a\n}']) {
      const spec = everything();
      set(spec, hostile as never);
      expect(() => render(spec, 'lb1'), JSON.stringify(hostile)).toThrow(UnsafeValueError);
    }
  });

  it.each(Object.entries(strings))('quoted string: %s', (_, set) => {
    for (const hostile of HOSTILE_STRINGS) {
      const spec = everything();
      set(spec, hostile as never);
      expect(() => render(spec, 'lb1'), JSON.stringify(hostile)).toThrow(UnsafeValueError);
    }
    const ok = everything();
    set(ok, '/usr/local/bin/script.sh  with  spaces' as never);
    expect(render(ok, 'lb1')).toContain('"/usr/local/bin/script.sh  with  spaces"');
  });

  it.each(Object.entries(numbers))('number: %s', (_, set) => {
    for (const hostile of ['80 {\n}', -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e12, '80']) {
      const spec = everything();
      set(spec, hostile as never);
      expect(() => render(spec, 'lb1'), String(hostile)).toThrow(UnsafeValueError);
    }
  });

  it('render options are checked too', () => {
    expect(() => render(clusterSpec(), 'lb1', { specSha256: 'x\n}' })).toThrow(UnsafeValueError);
    expect(() => render(clusterSpec(), 'lb1', { revision: 1.5 })).toThrow(UnsafeValueError);
    expect(() => render(clusterSpec(), 'lb1', { notifyFifos: { vrrp: '/x y' } })).toThrow(UnsafeValueError);
  });

  it('any string in any field either throws or leaves the block structure untouched (fast-check)', { timeout: 120_000 }, () => {
    const baseline = shape(render(everything(), 'lb1'));
    // (The checker type names a block: a harmless value there changes the shape on purpose.)
    const { 'checker type': _type, ...plain } = words;
    const fields: Record<string, Setter> = { ...plain, ...strings, ...hex };
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(fields)), fc.string({ unit: 'binary', maxLength: 24 }), (field, value) => {
        const spec = everything();
        fields[field](spec, value as never);
        let text: string;
        try {
          text = render(spec, spec.directors[0].name);
        } catch (e) {
          expect(e).toBeInstanceOf(UnsafeValueError);
          return;
        }
        expect(shape(text)).toEqual(baseline);
      }),
      { numRuns: 400 },
    );
  });
});

/** The block structure of a config: every statement's keyword and depth, arguments left out. */
function shape(text: string): string[] {
  const out: string[] = [];
  const walk = (sts: ReturnType<typeof parseConfigTree>['statements'], depth: number) => {
    for (const st of sts) {
      out.push(`${depth}:${depth === 0 || st.block ? st.key : '*'}:${st.block ? st.block.length : '-'}`);
      if (st.block) walk(st.block, depth + 1);
    }
  };
  const { statements, warnings } = parseConfigTree(text);
  expect(warnings).toEqual([]);
  walk(statements, 0);
  return out;
}
