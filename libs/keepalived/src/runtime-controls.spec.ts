import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../test/factories';
import { importCluster } from './import';
import { normaliseForRender } from './normalise';
import { render } from './render';
import {
  ADMIN_STATE_VALUES,
  maintenanceWeight,
  realServerFile,
  realServerRuntimeKey,
  runtimeControlsFor,
  runtimeFiles,
  stripRuntimeControls,
} from './runtime-controls';

const rc = runtimeControlsFor('/etc/keepalived/keepalived.conf');

describe('runtime controls (console-owned track files)', () => {
  it('live in one directory beside the config, named by a hash of natural keys only', () => {
    expect(rc.dir).toBe('/etc/keepalived/lvs-console-runtime');
    expect(runtimeControlsFor('/etc/keepalived/lb/a.conf').dir).toBe('/etc/keepalived/lb/lvs-console-runtime');
    const spec = clusterSpec();
    const vs = spec.virtualServices[0];
    const f = realServerFile(rc, vs, vs.realServers[0]);
    expect(f.path).toMatch(/^\/etc\/keepalived\/lvs-console-runtime\/rs-[0-9a-f]{16}$/);
    expect(f.name).toMatch(/^lvs_console_rs_[0-9a-f]{16}$/);
    // the same natural key in another cluster, after a rename of the cluster or of a director: the same file
    const reweighted = { ...vs.realServers[0], weight: 99 };
    expect(realServerRuntimeKey({ ...vs }, reweighted)).toBe(f.path.slice(-16));
    expect(realServerRuntimeKey(vs, vs.realServers[1])).not.toBe(f.path.slice(-16));
    expect(realServerRuntimeKey({ ...vs, port: 8080 }, vs.realServers[0])).not.toBe(f.path.slice(-16));
  });

  it('values: 0 enabled, -65535 drained (weight clamped to 0), -2147483648 disabled (checker fault)', () => {
    const spec = clusterSpec();
    spec.virtualServices[0].realServers[0].adminState = 'drained';
    spec.virtualServices[0].realServers[1].adminState = 'disabled';
    const files = runtimeFiles(spec, 'lb1', rc, true);
    expect(files.map((f) => [f.what.kind, f.value])).toEqual([
      ['maintenance', '1'],
      ['realServer', ADMIN_STATE_VALUES.drained],
      ['realServer', ADMIN_STATE_VALUES.disabled],
    ]);
    expect(files[0].path).toBe('/etc/keepalived/lvs-console-runtime/maintenance');
    expect(runtimeFiles({ ...spec, mode: 'ipvsadm' }, 'lb1', rc, false).map((f) => f.what.kind)).toEqual(['maintenance']);
  });

  it('renders a FILE_CHECK per real server, disabled and drained ones with their configured weight, and the maintenance track_file per instance', () => {
    const spec = clusterSpec();
    spec.virtualServices[0].realServers[0].adminState = 'drained';
    spec.virtualServices[0].realServers[1].adminState = 'disabled';
    const text = render(spec, 'lb1', { runtimeControls: rc });
    const [a, b] = spec.virtualServices[0].realServers.map((r) => realServerFile(rc, spec.virtualServices[0], r));
    expect(text).toContain(`track_file ${a.name} {\n  file "${a.path}"\n  init_file 0\n}`);
    expect(text).toContain(
      `track_file lvs_console_maintenance {\n  file "/etc/keepalived/lvs-console-runtime/maintenance"\n  init_file 0\n}`,
    );
    expect(text).toContain(`real_server 10.213.0.21 80 {\n    weight 10\n`);
    expect(text).toContain(`real_server 10.213.0.22 80 {\n    weight 10\n`);
    expect(text).toContain(`    FILE_CHECK {\n      track_file ${b.name}\n      weight 1\n    }`);
    expect(text).toContain('  track_file {\n    lvs_console_maintenance weight -253\n  }');
    // the admin state is in the files, not the config: draining changes no byte of the render
    const enabled = clusterSpec({ name: spec.name });
    expect(render(enabled, 'lb1', { runtimeControls: rc })).toBe(text);
    // without runtime controls nothing changes
    expect(render(spec, 'lb1')).not.toContain('lvs_console');
    expect(render(spec, 'lb1')).not.toContain('10.213.0.22');
  });

  it('tracks with weight 0 where keepalived requires it (an address owner, a sync group without tracking weight) and under nopreempt', () => {
    const spec = clusterSpec();
    const inst = spec.vrrpInstances[0];
    expect(maintenanceWeight(spec, inst, 'lb1')).toBe(-253);
    inst.members[0].priority = 255;
    expect(maintenanceWeight(spec, inst, 'lb1')).toBe(0);
    expect(maintenanceWeight(spec, inst, 'lb2')).toBe(-253);
    spec.vrrpSyncGroups.push({ name: 'G', instances: [inst.name] } as (typeof spec.vrrpSyncGroups)[number]);
    expect(maintenanceWeight(spec, inst, 'lb2')).toBe(0);
    spec.vrrpSyncGroups[0].trackingWeight = true;
    expect(maintenanceWeight(spec, inst, 'lb2')).toBe(-253);
    // nopreempt: lowering the MASTER's priority moves nothing; FAULT does
    inst.nopreempt = true;
    expect(maintenanceWeight(spec, inst, 'lb2')).toBe(0);
  });

  it('import of a console render with runtime controls gives back the spec, not the console plumbing', () => {
    const spec = clusterSpec();
    const files = spec.directors.map((d) => ({
      director: d.name,
      address: d.address,
      text: render(spec, d.name, { runtimeControls: rc }),
    }));
    const r = importCluster(spec.name, files);
    expect(JSON.stringify(r.spec)).not.toContain('lvs_console');
    expect(r.spec).toEqual(normaliseForRender(spec));
    // user track files and FILE_CHECKs on them stay
    const own = { ...spec, trackFiles: [{ name: 'mine', file: '/etc/keepalived/mine' }] };
    expect(stripRuntimeControls(own).trackFiles).toEqual([{ name: 'mine', file: '/etc/keepalived/mine' }]);
  });
});
