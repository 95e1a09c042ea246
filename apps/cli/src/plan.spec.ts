import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { specSha256 } from '@lvs/keepalived';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { clusterSpec } from '../../../test/factories';
import { CliError, ExitCode } from './exit-codes';
import type { CliIo } from './io';
import { formatPlan, planFrom, planHasChanges } from './plan';
import { mustCheck, readSpecFile, renderDirector, sha256 } from './spec-file';

const ioWith = (text: string): CliIo => ({
  out: () => undefined,
  err: () => undefined,
  env: {},
  isTTY: false,
  cwd: '/nonexistent',
  readStdin: async () => text,
});

describe('diff output against a deployed revision (golden)', () => {
  const deployedSpec = clusterSpec({ name: 'golden' });
  const deployed = {
    number: 4,
    specSha256: specSha256(deployedSpec),
    spec: deployedSpec,
    rendered: Object.fromEntries(
      deployedSpec.directors.map((d) => [d.name, { text: renderDirector(deployedSpec, d.name, 4), sha256: '' }]),
    ),
  };
  const ref = { id: '00000000-0000-4000-8000-000000000000', name: 'golden', version: 9 };

  it('prints + ~ -, the per-director keepalived.conf diff and the reload hazards, exactly as the golden file', async () => {
    const next = structuredClone(deployedSpec);
    next.vrrpInstances[0].virtualRouterId = 52;
    next.virtualServices[0].realServers.pop();
    next.virtualServices[0].realServers[0].weight = 5;
    const file = await readSpecFile(ioWith(stringify(next)), '-');
    const { spec, warnings } = mustCheck(file);
    const plan = planFrom({ file, spec, warnings, cluster: ref, current: deployedSpec, etag: 'W/"9"', deployed, nextRevision: 5 });
    expect(planHasChanges(plan)).toBe(true);
    expect(plan.hazards.map((h) => h.kind).sort()).toEqual(['real-server-removed', 'vrid-changed']);
    const golden = join(__dirname, '..', 'test', 'golden', 'diff-deployed.txt');
    const got = formatPlan(plan, false);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, got);
    expect(got).toBe(readFileSync(golden, 'utf8'));
    expect(formatPlan(plan, true)).toContain('\u001b[');
  });

  it("a file equal to the deployed spec shows no change at all (the header's revision number is not a change)", async () => {
    const file = await readSpecFile(ioWith(stringify(deployedSpec)), '-');
    const { spec, warnings } = mustCheck(file);
    const plan = planFrom({ file, spec, warnings, cluster: ref, current: deployedSpec, etag: 'W/"9"', deployed, nextRevision: 7 });
    expect(planHasChanges(plan)).toBe(false);
    expect(formatPlan(plan, false)).toContain('  lb1: no change\n  lb2: no change\n');
    // What the plan would push for a changed spec is what renderDirector renders (the API's options).
    expect(sha256(renderDirector(spec, 'lb1', 4))).toBe(sha256(deployed.rendered.lb1.text));
  });
});

describe("diff renders each director for the keepalived it runs (the API's version-aware freeze)", () => {
  const spec = clusterSpec({ name: 'releases' });
  const ref = { id: '00000000-0000-4000-8000-000000000001', name: 'releases', version: 3 };
  const planWith = async (versions: Record<string, string>) => {
    const file = await readSpecFile(ioWith(stringify(spec)), '-');
    const checked = mustCheck(file);
    return planFrom({ file, ...checked, cluster: ref, current: spec, etag: 'W/"3"', deployed: null, nextRevision: 1, versions });
  };

  it('leaves out what an older release does not know, says so, and keeps the rest as the API renders it', async () => {
    const plan = await planWith({ lb1: '2.1.5' });
    const [lb1, lb2] = plan.directors;
    expect(lb1).toMatchObject({ keepalivedVersion: '2.1.5', omitted: ['reload_check_config'] });
    expect(lb1.diff).not.toContain('reload_check_config');
    // lb2 has no recorded release: rendered with every keyword, as the API does for an unread director.
    expect(lb2.keepalivedVersion).toBeNull();
    expect(lb2.diff).toContain('reload_check_config');
    const out = formatPlan(plan, false);
    expect(out).toContain('  lb1 (keepalived 2.1.5):\n');
    expect(out).toContain("note: lb1's keepalived does not know reload_check_config: rendered without them");
  });

  it('refuses, with exit 3 and the keyword, a spec a director cannot run (the API would 422 at the freeze)', async () => {
    const err = await planWith({ lb2: '1.3.5' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).code).toBe(ExitCode.Invalid);
    expect((err as CliError).details.join('\n')).toMatch(/lb2 runs keepalived 1\.3\.5, which does not know .*'lvs_notify_fifo'/);
  });
});
