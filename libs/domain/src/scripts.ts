import { extraScriptsOf } from './keepalived-objects';
import { realServerKey, virtualServiceKey, type ClusterSpec } from './spec';

/**
 * The scripts a spec makes keepalived run. keepalived runs every one of them as root
 * (`script_user root` in the rendered global_defs), so each is admin's to set (docs/trust-model.md),
 * a plan hazard when it changes, and kept whole in the audit log.
 */
export interface SpecScript {
  /**
   * Stable identity across writes: the owner's natural key and the field
   * (`vrrpInstance:VI_1 notify.master`, `realServer:10.0.0.1:80/TCP>10.0.0.11:80 healthCheck.script`).
   * Spec paths shift when objects are reordered; keys do not.
   */
  key: string;
  /** Dotted spec path, as libs/domain's rules report paths (`vrrpInstances.0.notify.master`). */
  path: string;
  /** The keepalived keyword it renders as (`notify_master`, `misc_path`, `quorum_up`). */
  keyword: string;
  /** What keepalived runs: the executable and its arguments. */
  script: string;
  /** The directors whose rendered config carries it (none: stored but not rendered, e.g. ipvsadm mode). */
  directors: string[];
}

const NOTIFY = [
  ['master', 'notify_master'],
  ['backup', 'notify_backup'],
  ['fault', 'notify_fault'],
  ['stop', 'notify_stop'],
  ['any', 'notify'],
] as const;

/**
 * Every script-bearing field of the spec, one entry per script, in spec order. Add a construct that
 * runs a command (vrrp_script, a verbatim line naming a script) here and the privilege guard, the
 * plan hazard and the audit pick it up. Disabled real servers and services without real servers
 * are listed too: they are stored, and one edit away from being rendered.
 */
export function scriptsOf(spec: ClusterSpec): SpecScript[] {
  const out: SpecScript[] = [];
  const add = (key: string, path: string, keyword: string, script: string | undefined, directors: string[]) => {
    if (script !== undefined) out.push({ key, path, keyword, script, directors });
  };

  spec.vrrpInstances.forEach((inst, i) => {
    const members = inst.members.map((m) => m.director);
    for (const [field, keyword] of NOTIFY)
      add(`vrrpInstance:${inst.name} notify.${field}`, `vrrpInstances.${i}.notify.${field}`, keyword, inst.notify?.[field], members);
  });

  spec.vrrpSyncGroups.forEach((g, i) => {
    // Rendered on a director that is a member of at least two of the group's instances (libs/keepalived render()).
    const directors = spec.directors
      .map((d) => d.name)
      .filter(
        (d) =>
          spec.vrrpInstances.filter((inst) => g.instances.includes(inst.name) && inst.members.some((m) => m.director === d)).length >= 2,
      );
    for (const [field, keyword] of NOTIFY)
      add(`vrrpSyncGroup:${g.name} notify.${field}`, `vrrpSyncGroups.${i}.notify.${field}`, keyword, g.notify?.[field], directors);
  });

  // virtual_server blocks go to every director in keepalived mode, to none in ipvsadm mode.
  const checkers = spec.mode === 'keepalived' ? spec.directors.map((d) => d.name) : [];
  spec.virtualServices.forEach((vs, s) => {
    const vsKey = virtualServiceKey(vs);
    add(`virtualService:${vsKey} quorumUp`, `virtualServices.${s}.quorumUp`, 'quorum_up', vs.quorumUp, checkers);
    add(`virtualService:${vsKey} quorumDown`, `virtualServices.${s}.quorumDown`, 'quorum_down', vs.quorumDown, checkers);
    vs.realServers.forEach((rs, r) => {
      const rsKey = `realServer:${vsKey}>${realServerKey({ address: rs.address, port: rs.port ?? vs.port })}`;
      add(`${rsKey} notifyUp`, `virtualServices.${s}.realServers.${r}.notifyUp`, 'notify_up', rs.notifyUp, checkers);
      add(`${rsKey} notifyDown`, `virtualServices.${s}.realServers.${r}.notifyDown`, 'notify_down', rs.notifyDown, checkers);
      const hc = rs.healthCheck;
      if (hc?.type === 'MISC_CHECK') {
        add(`${rsKey} healthCheck.script`, `virtualServices.${s}.realServers.${r}.healthCheck.script`, 'misc_path', hc.script, checkers);
      }
      (rs.additionalChecks ?? []).forEach((c, k) => {
        if (c.type === 'MISC_CHECK')
          add(
            `${rsKey} additionalChecks.${k}.script`,
            `virtualServices.${s}.realServers.${r}.additionalChecks.${k}.script`,
            'misc_path',
            c.script,
            checkers,
          );
      });
    });
  });
  // vrrp_script blocks are rendered on every director (libs/keepalived render()).
  const everyone = spec.directors.map((d) => d.name);
  // Its `user` is who runs it (root by default): changing it is as privileged as changing the script.
  (spec.vrrpScripts ?? []).forEach((v, i) => {
    add(`vrrpScript:${v.name} script`, `vrrpScripts.${i}.script`, 'script', v.script, everyone);
    add(`vrrpScript:${v.name} user`, `vrrpScripts.${i}.user`, 'user', v.user, everyone);
  });
  // Verbatim lines that name a script (notify_up, a sync group's notify_master, ...) are scripts too.
  for (const e of extraScriptsOf(spec, '').map((x) => ({ ...x, path: x.path.slice(1) })))
    add(`extra:${e.path}`, e.path, e.keyword, e.script, everyone);
  return out;
}

export interface ScriptChange {
  change: 'added' | 'changed' | 'removed';
  key: string;
  /** Path in the new spec (in the old one for a removed script). */
  path: string;
  keyword: string;
  /** The new text (the old one for a removed script). */
  script: string;
  /** The old text of a changed script. */
  previous?: string;
  /** Directors that run the new script, or ran the removed one. */
  directors: string[];
}

/** The scripts added, changed (text) or removed between two specs (`before` null: everything is added). */
export function scriptChanges(before: ClusterSpec | null, after: ClusterSpec): ScriptChange[] {
  const old = new Map((before ? scriptsOf(before) : []).map((s) => [s.key, s]));
  const out: ScriptChange[] = [];
  for (const s of scriptsOf(after)) {
    const was = old.get(s.key);
    old.delete(s.key);
    if (!was) out.push({ change: 'added', key: s.key, path: s.path, keyword: s.keyword, script: s.script, directors: s.directors });
    else if (was.script !== s.script)
      out.push({
        change: 'changed',
        key: s.key,
        path: s.path,
        keyword: s.keyword,
        script: s.script,
        previous: was.script,
        directors: s.directors,
      });
  }
  for (const s of old.values())
    out.push({ change: 'removed', key: s.key, path: s.path, keyword: s.keyword, script: s.script, directors: s.directors });
  return out;
}

/** The executable a script names: its first word (keepalived splits misc_path and notify_* on spaces). */
export function scriptExecutable(script: string): string {
  return script.trim().split(/\s+/)[0] ?? '';
}
