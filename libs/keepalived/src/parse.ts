import { type VirtualServerGroup, type VirtualService, VirtualServiceSchema, virtualServiceKey } from '@lvs/domain';
import { type ConfigTreeOptions, forEachTopLevel, type Statement } from './config-tree';
import { type SourceLocation, type ParsedConfig, type ParsedDirector, Reader } from './parse-reader';
import { readGlobalDefs } from './parse-global';
import { readInstance, readSyncGroup, applyVersionClamps } from './parse-vrrp';
import { readServerGroup, readVirtualServer } from './parse-services';
import { readTracked } from './parse-tracked';
export type { ConfigWarning } from './config-tree';
export type { DirectorInstance, ParsedConfig, ParsedDirector, SourceLocation } from './parse-reader';
export type ParseOptions = ConfigTreeOptions;

/*
 * keepalived.conf → spec fragments. The blocks are read in their own files, as render.ts writes them:
 * parse-reader.ts (the Reader and the parsed shapes), parse-global.ts (global_defs), parse-vrrp.ts
 * (vrrp_instance, vrrp_sync_group), parse-tracked.ts (vrrp_script, track_file, vrrp_track_process),
 * parse-services.ts (virtual_server, real_server, virtual_server_group), parse-checkers.ts (checkers).
 */

/**
 * Reads a real-world keepalived.conf into spec fragments: VRRP instances (with this file's
 * priority and state), sync groups and virtual services, each checked by the domain schemas.
 * Understands what render() writes plus the common aliases (`lb_algo`/`lvs_sched`,
 * `lb_kind`/`lvs_method`, `nb_get_retry`), timing defaults on virtual/real servers, `include`
 * (through opts.resolveInclude), comments, quotes and `virtual_server_group`. Everything else —
 * unknown or unmodelled options, refused values — is reported in `warnings` with its line.
 */
export function parse(text: string, opts: ParseOptions = {}): ParsedConfig {
  const r = new Reader();
  const out: ParsedConfig = {
    instances: [],
    syncGroups: [],
    virtualServices: [],
    virtualServiceLocations: [],
    vrrpScripts: [],
    trackFiles: [],
    trackProcesses: [],
    virtualServerGroups: [],
    extra: [],
    warnings: [],
  };
  const groups = new Map<string, VirtualServerGroup>();
  // A `virtual_server group NAME` before its virtual_server_group is read at the end.
  const groupServices: Statement[] = [];
  const seenInstances = new Set<string>();
  const seenServices = new Map<string, SourceLocation>();
  const handle = (st: Statement): void => {
    switch (st.key) {
      case 'global_defs':
        readGlobalDefs(r, st, out);
        break;
      case 'vrrp_instance': {
        const di = readInstance(r, st);
        if (!di) break;
        if (seenInstances.has(di.instance.name)) {
          r.warn(st, `vrrp_instance ${di.instance.name} is defined twice; the second is not imported`);
          break;
        }
        seenInstances.add(di.instance.name);
        out.instances.push(di);
        break;
      }
      case 'vrrp_sync_group': {
        const g = readSyncGroup(r, st);
        if (g) out.syncGroups.push(g);
        break;
      }
      case 'virtual_server_group': {
        if (st.args[0] === undefined) {
          r.warn(st, "'virtual_server_group' needs a name; not imported");
          break;
        }
        if (groups.has(st.args[0])) {
          r.warn(st, `virtual_server_group ${st.args[0]} is defined twice; the second is not imported`);
          break;
        }
        const g = readServerGroup(r, st);
        if (g) {
          groups.set(g.name, g);
          out.virtualServerGroups.push(g);
        }
        break;
      }
      case 'vrrp_script':
      case 'track_file':
      case 'vrrp_track_file':
      case 'vrrp_track_process':
        readTracked(r, st, out);
        break;
      case 'virtual_server':
        if (st.args[0] === 'group' && !groups.has(st.args[1] ?? '') && !groupServices.includes(st)) {
          groupServices.push(st);
          break;
        }
        for (const { vs, location, rsLocations } of readVirtualServer(r, st, groups)) {
          const where = `virtual_server ${st.args.slice(0, 2).join(' ')}`;
          const parsed = r.validate<VirtualService>(VirtualServiceSchema, vs, where, location, { realServers: rsLocations });
          if (!parsed) break;
          const key = virtualServiceKey(parsed);
          const prev = seenServices.get(key);
          if (prev) {
            r.warn(location, `${where}: ${key} is defined twice (first at line ${prev.line}); the second is not imported`);
            continue;
          }
          seenServices.set(key, location);
          out.virtualServices.push(parsed);
          out.virtualServiceLocations.push(location);
        }
        break;
      default:
        // keepalived's other top-level blocks (static_routes, garp_group, ...) and anything else
        // keepalived accepted: kept verbatim where it stood.
        r.verbatim(st, 'top level', out.extra);
    }
  };
  const treeWarnings = forEachTopLevel(text, opts, handle);
  for (const st of groupServices) handle(st);
  for (const di of out.instances) applyVersionClamps(r, di, out.globalDefs?.vrrpVersion);
  // Reader's warnings come in the order statements complete; the tree's own go first, as before.
  out.warnings = [...treeWarnings, ...r.warnings];
  return out;
}

/**
 * parse() for the keepalived.conf of one director: also names the director (global_defs
 * router_id) and its address (the unicast_src_ip its instances use; a warning when they disagree).
 */
export function parseDirector(text: string, opts: ParseOptions = {}): ParsedDirector {
  const p = parse(text, opts);
  const out: ParsedDirector = { ...p };
  if (p.routerId !== undefined) out.directorName = p.routerId;
  const srcs = [...new Set(p.instances.map((i) => i.unicastSrcIp).filter((a): a is string => a !== undefined))];
  if (srcs.length > 0) out.address = srcs[0];
  if (srcs.length > 1)
    p.warnings.push({
      code: 'import.merged',
      line: 0,
      message: `instances use different unicast_src_ip addresses (${srcs.join(', ')}); the director's address is taken as ${srcs[0]}`,
    });
  return out;
}
