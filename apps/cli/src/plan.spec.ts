import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { specSha256 } from '@lvs/keepalived';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { clusterSpec } from '../../../test/factories';
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
