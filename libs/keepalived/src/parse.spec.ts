import { describe, expect, it, vi } from 'vitest';
import { clusterSpec, largeClusterSpec } from '../../../test/factories';
import { parseConfigTree } from './config-tree';
import { parse, parseDirector } from './parse';
import { render } from './render';

const messages = (text: string) => parse(text).warnings.map((w) => `${w.line}: ${w.message}`);

describe('parseConfigTree: keepalived lexical rules', () => {
  it('strips # and ! comments anywhere outside double quotes, keeps them inside, and honours \\# / \\!', () => {
    const { statements, warnings } = parseConfigTree(
      [
        '! header comment',
        '# another',
        'a 1 # trailing',
        'b "x # not a comment ! either" 2!tail',
        'c pa\\#ss\\!',
        '  ! indented comment',
        'd',
      ].join('\n'),
    );
    expect(warnings).toEqual([]);
    expect(statements.map((s) => [s.key, ...s.args])).toEqual([
      ['a', '1'],
      ['b', 'x # not a comment ! either', '2'],
      ['c', 'pa#ss!'],
      ['d'],
    ]);
    expect(statements[1].quoted).toEqual([true, false]);
    expect(statements.map((s) => s.line)).toEqual([3, 4, 5, 7]);
  });

  it('reads quoted strings as one word, joined to adjacent text like the shell', () => {
    const [st] = parseConfigTree('misc_path "/usr/bin/check  two  spaces" x"y z"w').statements;
    expect(st.args).toEqual(['/usr/bin/check  two  spaces', 'xy zw']);
  });

  it('splits braces from words, opens blocks on the next line, and reads one-line blocks', () => {
    const { statements, warnings } = parseConfigTree('outer{\ninner\n{\nk v }\n}\nvirtual_ipaddress { 10.0.0.1/32 10.0.0.2 }\nempty {}\n');
    expect(warnings).toEqual([]);
    expect(statements[0]).toMatchObject({ key: 'outer', block: [{ key: 'inner', block: [{ key: 'k', args: ['v'] }] }] });
    expect(statements[1]).toMatchObject({ key: 'virtual_ipaddress', block: [{ key: '10.0.0.1/32', args: ['10.0.0.2'] }] });
    expect(statements[2]).toMatchObject({ key: 'empty', block: [] });
  });

  it('reports unbalanced braces and unterminated quotes with their lines', () => {
    expect(parseConfigTree('a {\n b {\n }\n').warnings).toEqual([
      { code: 'import.syntax', line: 1, message: "'a' block is never closed (missing '}')" },
    ]);
    expect(parseConfigTree('a {\n}\n}\n').warnings).toEqual([
      { code: 'import.syntax', line: 3, message: "unexpected '}' with no block open; ignored" },
    ]);
    expect(parseConfigTree('x {\n}\n{\n}\n').warnings[0]).toEqual({
      code: 'import.syntax',
      line: 3,
      message: "unexpected '{' without a keyword; its block is read but not imported",
    });
    expect(parseConfigTree('n "abc\n').warnings).toEqual([
      { code: 'import.syntax', line: 1, message: "unterminated quoted string (a missing '\"'); read to the end of the line" },
    ]);
  });

  it('reports conditional configuration and parameter substitution lines instead of guessing the host', () => {
    const { statements, warnings } = parseConfigTree('@lb1 router_id one\n$IF=eth0\n~SEQ(i,1,3) x\nkept\n');
    expect(statements.map((s) => s.key)).toEqual(['kept']);
    expect(warnings.map((w) => w.line)).toEqual([1, 2, 3]);
    expect(warnings[0].message).toMatch(
      /conditional configuration \/ parameter substitution is not supported; line ignored: @lb1 router_id one/,
    );
  });

  it('follows includes through the resolver with the path (and glob) as written, with file-relative line numbers', () => {
    const resolveInclude = vi.fn((path: string) =>
      path === 'conf.d/*.conf'
        ? 'virtual_server_x {\n  bogus 1\n}\n'
        : path === 'vrrp.conf'
          ? 'include nested.conf\nvi {\n}\n'
          : path === 'nested.conf'
            ? 'deep 1\n'
            : undefined,
    );
    const { statements, warnings } = parseConfigTree('top 1\ninclude vrrp.conf\ninclude conf.d/*.conf\ninclude /missing.conf\nlast 2\n', {
      resolveInclude,
    });
    expect(resolveInclude.mock.calls.map((c) => c[0])).toEqual(['vrrp.conf', 'nested.conf', 'conf.d/*.conf', '/missing.conf']);
    expect(statements.map((s) => [s.key, s.line, s.file])).toEqual([
      ['top', 1, undefined],
      ['deep', 1, 'nested.conf'],
      ['vi', 2, 'vrrp.conf'],
      ['virtual_server_x', 1, 'conf.d/*.conf'],
      ['last', 5, undefined],
    ]);
    expect(statements[3].block![0]).toMatchObject({ key: 'bogus', line: 2, file: 'conf.d/*.conf' });
    expect(warnings).toEqual([
      { code: 'import.syntax', line: 4, message: 'include /missing.conf could not be resolved; its contents are not imported' },
    ]);
  });

  it('stops an include loop', () => {
    const { warnings } = parseConfigTree('include self.conf\n', { resolveInclude: () => 'include self.conf\n' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'self.conf', message: expect.stringMatching(/nested more than 16 deep/) });
  });

  it('reports includes when no resolver is given', () => {
    expect(parseConfigTree('includea /etc/keepalived/conf.d/*.conf\n').warnings[0].message).toBe(
      'include /etc/keepalived/conf.d/*.conf could not be resolved; its contents are not imported',
    );
  });
});

describe('parse', () => {
  it('reads everything render writes without a single warning', () => {
    const spec = clusterSpec();
    const p = parse(
      render(spec, 'lb1', { revision: 2, specSha256: 'f'.repeat(64), notifyFifos: { vrrp: '/run/v.fifo', lvs: '/run/l.fifo' } }),
    );
    expect(p.warnings).toEqual([]);
    expect(p.routerId).toBe('lb1');
    expect(p.notifyFifos).toEqual({ vrrp: '/run/v.fifo', lvs: '/run/l.fifo' });
    expect(p.instances).toHaveLength(1);
    expect(p.instances[0]).toMatchObject({
      priority: 150,
      state: 'MASTER',
      instance: { name: 'VI_WEB', interface: 'eth0', virtualRouterId: 51, vips: [{ address: '10.213.1.10/32' }] },
    });
    expect(p.virtualServices).toEqual(spec.virtualServices);
    expect(p.virtualServiceLocations[0].line).toBeGreaterThan(10);
  });

  it('reads the old and the new keyword names alike (lb_algo/lvs_sched, lb_kind/lvs_method, nb_get_retry/retry)', () => {
    const old = parse(`virtual_server 10.0.0.1 80 {
  lb_algo rr
  lb_kind NAT
  protocol TCP
  real_server 10.0.0.2 8080 {
    TCP_CHECK {
      nb_get_retry 4
    }
  }
}`);
    const now = parse(`virtual_server 10.0.0.1 80 {
  lvs_sched rr
  lvs_method NAT
  protocol TCP
  real_server 10.0.0.2 8080 {
    TCP_CHECK {
      retry 4
    }
  }
}`);
    expect(old.virtualServices).toEqual(now.virtualServices);
    expect(now.warnings).toEqual([]);
    expect(old.warnings.map((w) => w.message)).toEqual([
      "virtual_server 10.0.0.1 80 real_server 10.0.0.2 8080 TCP_CHECK: 'nb_get_retry' is the old name of 'retry' (keepalived 2.2.7 rejects it); imported as retry",
    ]);
    expect(now.virtualServices[0]).toMatchObject({
      scheduler: 'rr',
      forwarding: 'NAT',
      realServers: [{ address: '10.0.0.2', port: 8080, weight: 1, healthCheck: { type: 'TCP_CHECK', retry: 4 } }],
    });
  });

  it('keeps unknown and unmodelled options as warnings with line numbers, never silently', () => {
    expect(
      messages(`global_defs {
  router_id x
  lvs_timeouts tcp 7200
  ! two comment lines keep the line numbers below
  !
}
vrrp_script chk {
  script "/bin/true"
}
vrrp_instance VI_1 {
  interface eth0
  virtual_router_id 1
  dont_track_primary
  track_script {
    chk
  }
  virtual_ipaddress {
    10.0.0.1/24 brd 10.0.0.255 dev eth0 label eth0:1
  }
}
frobnicate {
}
virtual_server 10.0.0.1 80 {
  lvs_sched rr
  lvs_method DR
  protocol TCP
  ha_suspend
  real_server 10.0.0.2 80 {
    weigth 3
    HTTP_GET {
      url {
        path /
        status_code 200-299
        regex "ok"
      }
      http_protocol 1.1
    }
    TCP_CHECK {
    }
  }
}`),
    ).toEqual([
      "3: global_defs: 'lvs_timeouts tcp 7200' is not modelled by LVS Console; kept verbatim",
      "13: vrrp_instance VI_1: 'dont_track_primary' is not modelled by LVS Console; kept verbatim",
      "21: top level: 'frobnicate { ... }' is not modelled by LVS Console; kept verbatim",
      "27: virtual_server 10.0.0.1 80: 'ha_suspend' is not modelled by LVS Console; kept verbatim",
      "29: virtual_server 10.0.0.1 80 real_server 10.0.0.2 80: 'weigth 3' is not modelled by LVS Console; kept verbatim",
      '34: virtual_server 10.0.0.1 80 real_server 10.0.0.2 80 HTTP_GET url: \'regex "ok"\' is not modelled by LVS Console; kept verbatim',
      "36: virtual_server 10.0.0.1 80 real_server 10.0.0.2 80 HTTP_GET: 'http_protocol 1.1' is not modelled by LVS Console; kept verbatim",
    ]);
  });

  it("applies keepalived's defaults where an option is missing, and says so", () => {
    const p = parse(`vrrp_instance VI_1 {
  interface eth0
  virtual_router_id 9
  virtual_ipaddress {
    10.0.0.1
  }
}
virtual_server 10.0.0.1 80 {
  persistence_timeout
  real_server 10.0.0.2 80 {
  }
}`);
    expect(p.instances[0]).toMatchObject({ priority: 100, state: 'BACKUP', instance: { advertInt: 1, nopreempt: false, unicast: false } });
    expect(p.virtualServices[0]).toMatchObject({
      scheduler: 'wlc',
      forwarding: 'NAT',
      protocol: 'UDP',
      delayLoop: 6,
      persistence: { timeout: 360 },
      realServers: [{ weight: 1 }],
    });
    expect(p.warnings.map((w) => w.message)).toEqual([
      'virtual_server 10.0.0.1 80: no lvs_sched; keepalived uses wlc (and --config-test fails)',
      'virtual_server 10.0.0.1 80: no lvs_method; keepalived uses NAT (and --config-test fails); imported as NAT',
      'virtual_server 10.0.0.1 80: no protocol; keepalived 2.2.7 defaults to UDP (and --config-test fails); imported as UDP',
    ]);
  });

  it('takes checker timing and inhibit_on_failure from the virtual or real server as defaults (keepalived.conf(5))', () => {
    const p = parse(`virtual_server 10.0.0.1 80 {
  lvs_sched rr
  lvs_method DR
  protocol TCP
  connect_timeout 2
  retry 5
  delay_before_retry 7
  inhibit_on_failure
  real_server 10.0.0.2 80 {
    connect_timeout 4
    TCP_CHECK {
      retry 1
    }
  }
  real_server 10.0.0.3 80 {
    inhibit_on_failure no
    PING_CHECK {
    }
  }
  real_server 10.0.0.4 80 {
  }
}`);
    expect(p.warnings).toEqual([]);
    expect(p.virtualServices[0].realServers).toEqual([
      expect.objectContaining({
        inhibitOnFailure: true,
        healthCheck: { type: 'TCP_CHECK', connectTimeout: 4, retry: 1, delayBeforeRetry: 7 },
      }),
      expect.objectContaining({
        inhibitOnFailure: false,
        healthCheck: { type: 'PING_CHECK', connectTimeout: 2, retry: 5, delayBeforeRetry: 7 },
      }),
      expect.objectContaining({ inhibitOnFailure: true }),
    ]);
    expect(p.virtualServices[0].realServers[2].healthCheck).toBeUndefined();
  });

  it('reads scripts: quoted command lines, unquoted program plus user (reported), misc_path with or without quotes', () => {
    const p = parse(`vrrp_instance VI_1 {
  interface eth0
  virtual_router_id 1
  notify_master "/etc/keepalived/notify.sh master VI_1"
  notify_backup /etc/keepalived/notify.sh keepalived_script
  virtual_ipaddress {
    10.0.0.1
  }
}
virtual_server 10.0.0.1 80 {
  lvs_sched rr
  lvs_method DR
  protocol TCP
  quorum_up "/q.sh up"
  real_server 10.0.0.2 80 {
    MISC_CHECK {
      misc_path /usr/local/bin/check.sh 10.0.0.2 80
      misc_timeout 2.5
      misc_dynamic
    }
  }
}`);
    expect(p.instances[0].instance.notify).toEqual({
      master: '/etc/keepalived/notify.sh master VI_1',
      backup: '/etc/keepalived/notify.sh',
    });
    expect(p.virtualServices[0].quorumUp).toBe('/q.sh up');
    expect(p.virtualServices[0].realServers[0].healthCheck).toEqual({
      type: 'MISC_CHECK',
      script: '/usr/local/bin/check.sh 10.0.0.2 80',
      timeout: 3,
      dynamic: true,
    });
    expect(p.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      "5: vrrp_instance VI_1: 'notify_backup' runs as user keepalived_script; LVS Console runs scripts as script_user root, so the user is not imported (quote the script if those words were its arguments)",
      "18: virtual_server 10.0.0.1 80 real_server 10.0.0.2 80 MISC_CHECK: 'misc_timeout 2.5' has a fraction of a second; imported as 3",
    ]);
  });

  it('reads VRRP details: unicast peers, authentication, nopreempt/preempt, track_interface, VIP dev/label, priority 255', () => {
    const p = parseDirector(`global_defs {
  router_id lb9
}
vrrp_instance VI_1 {
  state BACKUP
  interface eth0
  virtual_router_id 7
  priority 255
  advert_int 0.5
  preempt_delay 10
  preempt
  garp_master_delay 3
  unicast_src_ip 10.0.0.9
  unicast_peer {
    10.0.0.8
    10.0.0.7 min_ttl 250
  }
  authentication {
    auth_type PASS
    auth_pass abc123
  }
  track_interface {
    eth1
    eth2 weight -10
  }
  virtual_ipaddress {
    10.0.0.100/24 dev eth0 label eth0:vip
  }
}`);
    expect(p.directorName).toBe('lb9');
    expect(p.address).toBe('10.0.0.9');
    expect(p.instances[0]).toEqual({
      instance: {
        name: 'VI_1',
        interface: 'eth0',
        virtualRouterId: 7,
        advertInt: 1,
        nopreempt: false,
        preemptDelay: 10,
        unicast: true,
        authPass: 'abc123',
        trackInterfaces: ['eth1', 'eth2'],
        trackInterfaceWeights: { eth2: { weight: -10 } },
        garpMasterDelay: 3,
        notify: {},
        vips: [{ address: '10.0.0.100/24', dev: 'eth0', label: 'eth0:vip' }],
      },
      priority: 255,
      state: 'BACKUP',
      unicastSrcIp: '10.0.0.9',
      unicastPeers: ['10.0.0.8', '10.0.0.7'],
      location: { line: 4 },
    });
    // min_ttl (16), then the VRRPv2 advert_int 0.5 rounded once the version is known (the instance, 4); priority 255 is kept.
    expect(p.warnings.map((w) => w.line)).toEqual([16, 4]);
  });

  it("keeps virtual_server_group as a group: ranges, fwmark members, and the real servers' ports", () => {
    const p = parse(`virtual_server group G {
  lvs_sched rr
  lvs_method NAT
  real_server 10.0.0.2 1358 {
    HTTP_GET {
      url {
        path /
      }
    }
  }
}
virtual_server_group G {
  192.0.2.1 80
  192.0.2.10-12 80
  fwmark 5
  192.0.2.0/30 80
}`);
    expect(p.virtualServerGroups).toEqual([
      {
        name: 'G',
        members: [{ address: '192.0.2.1', port: 80 }, { address: '192.0.2.10-12', port: 80 }, { fwmark: 5 }],
        extra: [{ keyword: '192.0.2.0/30', args: ['80'] }],
      },
    ]);
    expect(p.virtualServices).toHaveLength(1);
    expect(p.virtualServices[0]).toMatchObject({ group: 'G', forwarding: 'NAT', realServers: [{ address: '10.0.0.2', port: 1358 }] });
    expect(p.virtualServices[0].vip).toBeUndefined();
    expect(p.warnings.map((w) => w.message)).toEqual([
      "virtual_server_group G: '192.0.2.0/30 80' is not modelled by LVS Console; kept verbatim",
      'virtual_server group G: no protocol; keepalived 2.2.7 defaults to UDP (and --config-test fails); imported as UDP',
    ]);
  });

  it('drops only what the domain refuses, reporting it at its line', () => {
    const p = parse(`vrrp_instance VI bad {
  interface eth0
}
vrrp_instance VI_2 {
  interface eth0
  virtual_router_id 300
  virtual_ipaddress {
    10.0.0.1/24
    10.0.0.300/24
  }
}
virtual_server 10.0.0.1 80 {
  lvs_sched rr
  lvs_method DR
  protocol TCP
  real_server 10.0.0.2 80 {
  }
  real_server not-an-ip 80 {
  }
  real_server 10.0.0.4 80 {
    HTTP_GET {
      url {
        digest XYZ
      }
    }
  }
}
virtual_server 10.0.0.1 80 {
  lvs_sched rr
  lvs_method DR
  protocol TCP
}`);
    expect(p.instances).toEqual([]);
    expect(p.virtualServices).toHaveLength(1);
    expect(p.virtualServices[0].realServers.map((r) => [r.address, r.healthCheck])).toEqual([
      ['10.0.0.2', undefined],
      ['10.0.0.4', undefined],
    ]);
    expect(p.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      "1: vrrp_instance VI: extra words after 'vrrp_instance' ignored: bad",
      '1: vrrp_instance VI: virtualRouterId: must be a number; the whole vrrp_instance is not imported',
      "6: vrrp_instance VI_2: 'virtual_router_id 300' is outside 1-255; not imported",
      '4: vrrp_instance VI_2: virtualRouterId: must be a number; the whole vrrp_instance is not imported',
      '18: virtual_server 10.0.0.1 80: realServers.1.address: must be an IPv4 or IPv6 address; realServers.1 not imported',
      '20: virtual_server 10.0.0.1 80: realServers.1.healthCheck.urls.0.path: Invalid input: expected string, received undefined; realServers.1.healthCheck.urls.0 not imported',
      '20: virtual_server 10.0.0.1 80: realServers.1.healthCheck.urls: HTTP_GET needs at least one url; realServers.1.healthCheck not imported',
      '28: virtual_server 10.0.0.1 80: 10.0.0.1:80/TCP is defined twice (first at line 12); the second is not imported',
    ]);
  });

  it('parses a 20k-real-server config', () => {
    const spec = largeClusterSpec(1000, 20);
    const p = parse(render(spec, 'lb1'));
    expect(p.warnings).toEqual([]);
    expect(p.virtualServices).toEqual(spec.virtualServices);
  });
});

describe('tunnel options (lvs_method TUN ...)', () => {
  it('keeps the words after TUN on the virtual and the real server, and renders them back', async () => {
    const { render } = await import('./render');
    const text = `virtual_server 10.0.0.100 80 {
  lvs_sched rr
  lvs_method TUN type ipip
  protocol TCP
  real_server 10.0.0.11 80 {
    lvs_method TUN type gue port 6080 nocsum
  }
}`;
    const p = parse(text);
    expect(p.warnings).toEqual([]);
    expect(p.virtualServices[0]).toMatchObject({
      forwarding: 'TUN',
      tunnelOptions: ['type', 'ipip'],
      realServers: [{ forwarding: 'TUN', tunnelOptions: ['type', 'gue', 'port', '6080', 'nocsum'] }],
    });
    const spec = {
      name: 'c',
      description: '',
      mode: 'keepalived' as const,
      apiVersion: 'lvs-console/v1' as const,
      directors: [
        {
          name: 'lb',
          address: '10.0.0.2',
          sshPort: 22,
          sshUser: 'root',
          configPath: '/etc/keepalived/keepalived.conf',
          reloadMethod: 'sighup' as const,
          pidFile: '/run/keepalived.pid',
          sudo: false,
        },
      ],
      vrrpInstances: [],
      vrrpSyncGroups: [],
      virtualServices: p.virtualServices,
    };
    const out = render(spec, 'lb');
    expect(out).toContain('  lvs_method TUN type ipip\n');
    expect(out).toContain('    lvs_method TUN type gue port 6080 nocsum\n');
    expect(parse(out).virtualServices).toEqual(p.virtualServices);
  });
});

describe('what keepalived does once the VRRP version and scheduler are known (issue 14)', () => {
  const inst = (body: string, name = 'VI_1') =>
    `vrrp_instance ${name} {\n  interface eth0\n  virtual_router_id 9\n${body}\n  virtual_ipaddress {\n    10.0.0.100/24\n  }\n}\n`;
  it('VRRPv3 keeps centiseconds and priority 255; VRRPv2 rounds a fraction; v3 clamps to 40.95 s and ignores auth; 255 resets nopreempt', () => {
    expect(parse(inst('  version 3\n  advert_int 0.25\n  priority 255')).instances[0]).toMatchObject({
      instance: { advertInt: 0.25, vrrpVersion: 3 },
      priority: 255,
    });
    const v2 = parse(inst('  advert_int 2.6'));
    expect(v2.instances[0].instance.advertInt).toBe(3);
    expect(v2.warnings.map((w) => w.message)).toEqual([
      'vrrp_instance VI_1: VRRPv2 advert_int 2.6 must be whole seconds; keepalived rounds it, imported as 3',
    ]);
    const globalV3 = parse(
      `global_defs {\n  vrrp_version 3\n}\n${inst('  advert_int 45\n  authentication {\n    auth_type PASS\n    auth_pass secret\n  }')}`,
    );
    expect(globalV3.instances[0].instance).toMatchObject({ advertInt: 40.95 });
    expect(globalV3.instances[0].instance.authPass).toBeUndefined();
    expect(globalV3.warnings.map((w) => w.message)).toEqual([
      'vrrp_instance VI_1: VRRPv3 advert_int 45 is over 40.95 s; keepalived clamps it, imported as 40.95',
      'vrrp_instance VI_1: VRRPv3 has no authentication; keepalived ignores it; not imported',
    ]);
    const owner = parse(inst('  priority 255\n  nopreempt'));
    expect(owner.instances[0].instance.nopreempt).toBe(false);
    expect(owner.warnings[0].message).toMatch(/nopreempt is incompatible with priority 255/);
  });

  it('reads use_vmac NAME MAC, vmac_xmit_base, garp_* and smtp_alert of an instance', () => {
    const p = parse(
      inst(
        '  use_vmac vrrp.9 02:00:5e:10:01\n  vmac_xmit_base\n  garp_master_repeat 3\n  garp_lower_prio_delay 4\n  garp_master_refresh 60\n  smtp_alert off',
      ),
    );
    expect(p.warnings).toEqual([]);
    expect(p.instances[0].instance).toMatchObject({
      useVmac: { name: 'vrrp.9', mac: '02:00:5e:10:01' },
      vmacXmitBase: true,
      garp: { masterRepeat: 3, lowerPrioDelay: 4, masterRefresh: 60 },
      smtpAlert: false,
    });
  });

  it('scheduler flags of another scheduler and ops without UDP are what keepalived ignores: not imported, with the line', () => {
    const p = parse(
      `virtual_server 10.0.0.1 80 {\n  lvs_sched rr\n  sh-port\n  flag-1\n  ops\n  lvs_method DR\n  protocol TCP\n  persistence_engine sip\n  real_server 10.0.0.2 80 {\n  }\n}\n`,
    );
    expect(p.virtualServices[0]).toMatchObject({ schedulerFlags: ['flag-1'], persistenceEngine: 'sip' });
    expect(p.virtualServices[0].ops).toBeUndefined();
    expect(p.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, "virtual_server 10.0.0.1 80: 'sh-port' applies to the sh scheduler only (keepalived ignores it); not imported"],
      [1, "virtual_server 10.0.0.1 80: 'ops' (one-packet scheduling) needs protocol UDP; keepalived resets it; not imported"],
    ]);
  });

  it('global_defs: notification, smtp, lvs_sync_daemon with or without "inst", vrrp_garp_* with microsecond intervals', () => {
    const p = parse(
      `global_defs {\n  notification_email {\n    a@example.net\n    b@example.net\n  }\n  notification_email_from "Ops <ops@example.net>"\n  smtp_server 10.0.0.25\n  smtp_connect_timeout 30\n  smtp_alert_checker\n  lvs_sync_daemon eth1 VI_1 id 7 ttl 3\n  vrrp_garp_master_refresh 60\n  vrrp_gna_interval 0.000001\n}\n`,
    );
    expect(p.warnings).toEqual([]);
    expect(p.globalDefs).toEqual({
      notificationEmail: ['a@example.net', 'b@example.net'],
      notificationEmailFrom: 'Ops <ops@example.net>',
      smtpServer: { address: '10.0.0.25' },
      smtpConnectTimeout: 30,
      smtpAlertChecker: true,
      lvsSyncDaemon: { interface: 'eth1', instance: 'VI_1', syncId: 7, ttl: 3 },
      garp: { masterRefresh: 60, gnaInterval: 0.000001 },
    });
    expect(parse('global_defs {\n  lvs_sync_daemon eth1 inst VI_2 port 8849\n}\n').globalDefs?.lvsSyncDaemon).toEqual({
      interface: 'eth1',
      instance: 'VI_2',
      port: 8849,
    });
    const spec = clusterSpec({ globalDefs: p.globalDefs });
    const text = render(spec, 'lb1');
    expect(text).toContain('  notification_email_from "Ops <ops@example.net>"\n');
    expect(text).toContain('  lvs_sync_daemon eth1 VI_1 id 7 ttl 3\n');
    expect(text).toContain('  vrrp_gna_interval 0.000001\n');
    expect(parse(text).globalDefs).toEqual(p.globalDefs);
  });

  it('real server notify_up/notify_down and smtp_alert; SMTP_CHECK host blocks; UDP_CHECK payload, require_reply pattern and lengths', () => {
    const p = parse(
      `virtual_server 10.0.0.1 25 {\n  lvs_sched rr\n  lvs_method DR\n  protocol TCP\n  real_server 10.0.0.2 25 {\n    notify_up "/usr/local/bin/up 10.0.0.2"\n    notify_down /usr/local/bin/down\n    smtp_alert\n    SMTP_CHECK {\n      host {\n        connect_ip 10.0.0.3\n        connect_port 587\n        bindto 10.0.0.9\n        warmup 2\n      }\n    }\n    UDP_CHECK {\n      payload 0a0b 0c\n      require_reply 0aXX\n      min_reply_length 2\n      max_reply_length 64\n    }\n  }\n}\n`,
    );
    const rs = p.virtualServices[0].realServers[0];
    expect(rs).toMatchObject({ notifyUp: '/usr/local/bin/up 10.0.0.2', notifyDown: '/usr/local/bin/down', smtpAlert: true });
    expect(rs.healthCheck).toMatchObject({
      type: 'SMTP_CHECK',
      hosts: [{ connectIp: '10.0.0.3', connectPort: 587, bindTo: '10.0.0.9', extra: [{ keyword: 'warmup', args: ['2'] }] }],
    });
    expect(rs.additionalChecks?.[0]).toMatchObject({
      type: 'UDP_CHECK',
      requireReply: true,
      replyPattern: '0aXX',
      payload: '0a0b 0c',
      minReplyLength: 2,
      maxReplyLength: 64,
    });
    expect(p.warnings.map((w) => w.message)).toEqual([
      "virtual_server 10.0.0.1 25 real_server 10.0.0.2 25 SMTP_CHECK host: 'warmup 2' is not modelled by LVS Console; kept verbatim",
    ]);
  });
});
