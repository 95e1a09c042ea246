import {
  type ClusterSpec,
  type ClusterSpecInput,
  ClusterSpecSchema,
  ipAddress,
  KEEPALIVED_NAME,
  validateClusterSpec,
  type VirtualService,
  virtualServiceKey,
  type VrrpInstance,
} from '@lvs/domain';
import type { ConfigWarning } from './config-tree';
import { canonical } from './canonical';
import { mergeTopLevel } from './import-merge';
import { mergeOrders } from './merge-order';
import { DEFAULT_INCLUDE_LIMITS, IncludeBudget, type IncludeLimits, type IncludeViolation, resolveIncludeFrom } from './include-files';
import { type DirectorInstance, type ParsedDirector, parseDirector } from './parse';
import { stripRuntimeControls } from './runtime-controls';
import { dotted, parseDroppingInvalid } from './repair';

/** One director's keepalived.conf. */
export interface ImportFile {
  /** The director's name in the cluster (its router_id is compared against it). */
  director: string;
  /** The address the console reaches it on; defaults to the unicast_src_ip its file uses. */
  address?: string;
  text: string;
  /** The files its `include` lines name, by path as written (globs match these keys); used unless opts.resolveInclude is given. */
  includes?: Record<string, string>;
}

export interface ImportOptions {
  /** Resolves `include` lines of a director's file (see ConfigTreeOptions.resolveInclude). */
  resolveInclude?: (path: string, director: string) => string | undefined;
  /**
   * Caps on what the files may expand to (checked before anything is parsed, all directors together);
   * applied when given, or when a file carries `includes`. Missing fields take DEFAULT_INCLUDE_LIMITS.
   */
  limits?: Partial<IncludeLimits>;
}

export interface ImportWarning extends ConfigWarning {
  /** Whose file the warning is about; absent for cluster-wide findings. */
  director?: string;
  /** Dotted path into the imported spec, for cluster-rule findings. */
  path?: string;
}

export interface ImportResult {
  spec: ClusterSpec;
  warnings: ImportWarning[];
}

/** The files cannot make a cluster (bad cluster or director name, a director without an address, ...). */
export class ImportError extends Error {
  override readonly name: string = 'ImportError';
  constructor(
    message: string,
    readonly warnings: ImportWarning[] = [],
  ) {
    super(message);
  }
}

/** The files would expand past a limit (or include themselves): refused before they are expanded. */
export class ImportLimitError extends ImportError {
  override readonly name: string = 'ImportLimitError';
  readonly limit: IncludeViolation['limit'];
  /** The include file where the limit is broken; undefined for the director's own config or the import as a whole. */
  readonly file?: string;
  constructor(
    /** Whose files; undefined when the directors together break it. */
    readonly director: string | undefined,
    v: IncludeViolation,
  ) {
    super(director === undefined ? v.message : `director ${director}: ${v.message}`);
    this.limit = v.limit;
    if (v.file !== undefined) this.file = v.file;
  }
}

/** The first place two JSON values differ, for conflict messages. */
function firstDifference(a: unknown, b: unknown, path: string[] = []): { path: string; a: unknown; b: unknown } | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length)
      return { path: path.join('.') || '(length)', a: `${a.length} entries`, b: `${b.length} entries` };
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k]);
      if (d) return d;
    }
  }
  return { path: path.join('.'), a, b };
}

function show(v: unknown): string {
  return v === undefined ? 'unset' : typeof v === 'string' ? v : JSON.stringify(v);
}

const SHARED_INSTANCE_FIELDS = [
  'interface',
  'virtualRouterId',
  'advertInt',
  'nopreempt',
  'preemptDelay',
  'unicast',
  'authPass',
  'trackInterfaces',
  'garpMasterDelay',
  'notify',
  'vips',
  'authType',
  'trackInterfaceWeights',
  'trackScripts',
  'trackFiles',
  'trackProcesses',
  'extra',
] as const;

/**
 * Builds one cluster from the keepalived.conf of each of its directors: VRRP instances are merged
 * by name (each file adds its director as a member with its own priority and state), sync groups
 * and virtual services by name and key. Where files disagree the first file's version is kept
 * and the difference is reported. The spec passes ClusterSpecSchema (values it refuses are
 * dropped and reported); cluster-rule errors (validateClusterSpec) are reported too, so the
 * caller can refuse or fix them. Throws ImportError when the files cannot make a cluster.
 */
export function importCluster(name: string, files: readonly ImportFile[], opts: ImportOptions = {}): ImportResult {
  const warnings: ImportWarning[] = [];
  if (!KEEPALIVED_NAME.test(name))
    throw new ImportError(`cluster name ${JSON.stringify(name)} must be 1-64 characters of letters, digits, "_", ".", ":", "@" or "-"`);
  const seen = new Set<string>();
  for (const f of files) {
    if (!KEEPALIVED_NAME.test(f.director))
      throw new ImportError(
        `director name ${JSON.stringify(f.director)} must be 1-64 characters of letters, digits, "_", ".", ":", "@" or "-"`,
      );
    if (seen.has(f.director)) throw new ImportError(`director ${f.director} is given twice`);
    seen.add(f.director);
  }

  if (opts.limits || files.some((f) => f.includes)) {
    const budget = new IncludeBudget({ ...DEFAULT_INCLUDE_LIMITS, ...opts.limits });
    for (const f of files) {
      const v = budget.check(f.text, opts.resolveInclude ? undefined : f.includes);
      // A limit the directors break together is still named after the director that crossed it.
      if (v) throw new ImportLimitError(f.director, v);
    }
  }

  const parsed: { file: ImportFile; p: ParsedDirector }[] = files.map((file) => {
    const p = parseDirector(file.text, {
      resolveInclude: opts.resolveInclude
        ? (path) => opts.resolveInclude!(path, file.director)
        : file.includes
          ? (path) => resolveIncludeFrom(file.includes, path)
          : undefined,
    });
    for (const w of p.warnings) warnings.push({ director: file.director, ...w });
    if (p.directorName !== undefined && p.directorName !== file.director) {
      warnings.push({
        code: 'import.merged',
        director: file.director,
        line: 0,
        message: `router_id ${p.directorName} differs from the director name ${file.director}; the director name is used (render writes it as router_id)`,
      });
    }
    return { file, p };
  });
  const warn = (director: string | undefined, line: number, message: string) =>
    warnings.push(director === undefined ? { code: 'import.merged', line, message } : { code: 'import.merged', director, line, message });

  // Addresses: given, else the file's unicast_src_ip, else inferred from the peers other files list.
  const address = new Map<string, string>();
  for (const { file, p } of parsed) {
    const a = file.address ?? p.address;
    if (file.address !== undefined && p.address !== undefined && file.address.toLowerCase() !== p.address.toLowerCase()) {
      warn(file.director, 0, `unicast_src_ip ${p.address} differs from the given address ${file.address}; ${file.address} is used`);
    }
    if (a !== undefined) address.set(file.director, a);
  }
  for (const [director, a] of address) {
    if (!ipAddress.safeParse(a).success)
      throw new ImportError(`director ${director}: ${JSON.stringify(a)} is not an IPv4 or IPv6 address`, warnings);
  }
  for (const { file, p } of parsed) {
    if (address.has(file.director)) continue;
    const known = new Set([...address.values()].map((a) => a.toLowerCase()));
    let candidates: Set<string> | undefined;
    for (const di of p.instances) {
      for (const other of parsed) {
        if (other.file === file) continue;
        const theirs = other.p.instances.find((i) => i.instance.name === di.instance.name);
        if (!theirs || theirs.unicastPeers.length === 0) continue;
        const unknown = new Set(theirs.unicastPeers.filter((a) => !known.has(a.toLowerCase())));
        candidates = candidates ? new Set([...candidates].filter((c) => unknown.has(c))) : unknown;
      }
    }
    if (candidates?.size === 1) {
      const a = [...candidates][0];
      address.set(file.director, a);
      warn(file.director, 0, `no address given and no unicast_src_ip: ${a} inferred from the other directors' unicast_peer lists`);
    } else {
      throw new ImportError(
        `director ${file.director} has no address: give one with its file (its keepalived.conf has no unicast_src_ip)`,
        warnings,
      );
    }
  }

  // VRRP instances, merged by name.
  const instanceOrder = mergeOrders(parsed.map(({ p }) => p.instances.map((i) => i.instance.name)));
  const addressOwner = new Map([...address].map(([d, a]) => [a.toLowerCase(), d]));
  const vrrpInstances: VrrpInstance[] = [];
  for (const instName of instanceOrder) {
    const entries = parsed.flatMap(({ file, p }) => {
      const di = p.instances.find((i) => i.instance.name === instName);
      return di ? [{ director: file.director, di }] : [];
    });
    const base = entries[0];
    const inst: Omit<VrrpInstance, 'members'> = { ...base.di.instance };
    for (const e of entries.slice(1)) {
      for (const field of SHARED_INSTANCE_FIELDS) {
        const a = base.di.instance[field];
        const b = e.di.instance[field];
        if (JSON.stringify(canonical(a)) !== JSON.stringify(canonical(b))) {
          warn(
            e.director,
            e.di.location.line,
            `vrrp_instance ${instName}: ${field} differs between ${base.director} (${show(a)}) and ${e.director} (${show(b)}); ${base.director}'s is imported`,
          );
        }
      }
    }
    const members = entries.map((e) => ({ director: e.director, priority: e.di.priority, state: e.di.state }));
    if (inst.unicast) checkPeers(instName, entries, address, addressOwner, warn);
    vrrpInstances.push({ ...inst, members });
  }

  // Sync groups, merged by name; a director lists only the instances it is a member of.
  const groupOrder = mergeOrders(parsed.map(({ p }) => p.syncGroups.map((g) => g.name)));
  const vrrpSyncGroups = groupOrder.map((gName) => {
    const lists = parsed.flatMap(({ file, p }) => {
      const g = p.syncGroups.find((x) => x.name === gName);
      return g ? [{ director: file.director, instances: g.instances }] : [];
    });
    for (const l of lists.slice(1)) {
      const both = (n: string) =>
        [lists[0].director, l.director].every((d) => vrrpInstances.find((i) => i.name === n)?.members.some((m) => m.director === d));
      const a = lists[0].instances.filter(both);
      const b = l.instances.filter(both);
      if (a.join(' ') !== b.join(' '))
        warn(l.director, 0, `vrrp_sync_group ${gName}: groups ${b.join(', ')} where ${lists[0].director} groups ${a.join(', ')}; merged`);
    }
    // Group settings beyond the members (sync_group_tracking_weight, verbatim lines): the first file's that has the group.
    const {
      name: _n,
      instances: _i,
      ...settings
    } = parsed.map(({ p }) => p.syncGroups.find((x) => x.name === gName)).find((x) => x !== undefined)!;
    return { name: gName, instances: mergeOrders(lists.map((l) => l.instances)), ...settings };
  });

  // Virtual services, merged by key.
  const keyed = parsed.map(({ file, p }) => ({ director: file.director, p, keys: p.virtualServices.map(virtualServiceKey) }));
  const serviceOrder = mergeOrders(keyed.map((k) => k.keys));
  const virtualServices: VirtualService[] = serviceOrder.map((key) => {
    const entries = keyed.flatMap((k) => {
      const i = k.keys.indexOf(key);
      return i >= 0 ? [{ director: k.director, vs: k.p.virtualServices[i], line: k.p.virtualServiceLocations[i].line }] : [];
    });
    const base = entries[0];
    for (const e of entries.slice(1)) {
      const d = firstDifference(canonical(base.vs), canonical(e.vs));
      if (d)
        warn(
          e.director,
          e.line,
          `virtual_server ${key} differs between ${base.director} and ${e.director} at ${d.path} (${show(d.a)} vs ${show(d.b)}); ${base.director}'s is imported`,
        );
    }
    return base.vs;
  });

  const input: ClusterSpecInput = {
    name,
    mode: 'keepalived',
    directors: files.map((f) => ({ name: f.director, address: address.get(f.director)! })),
    vrrpInstances,
    vrrpSyncGroups,
    virtualServices,
    ...mergeTopLevel(
      parsed.map(({ file, p }) => ({ director: file.director, p })),
      warn,
    ),
  };
  const merged = parseDroppingInvalid(ClusterSpecSchema, input, (dropped, issuePath, message) => {
    warnings.push({
      code: 'import.not_imported',
      line: 0,
      path: dotted(issuePath),
      message: `${dotted(issuePath)}: ${message}; ${dropped.length ? `${dotted(dropped)} not imported` : 'nothing can be imported'}`,
    });
  });
  if (!merged) throw new ImportError('the files do not make a valid cluster', warnings);
  // A console render's own track files and FILE_CHECKs are not the user's checks.
  const spec = stripRuntimeControls(merged);
  for (const e of validateClusterSpec(spec).errors)
    warnings.push({ code: e.code, line: 0, path: e.path, message: `cluster rule: ${e.path}: ${e.message}` });
  return { spec, warnings };
}

function checkPeers(
  instName: string,
  entries: { director: string; di: DirectorInstance }[],
  address: Map<string, string>,
  addressOwner: Map<string, string>,
  warn: (director: string | undefined, line: number, message: string) => void,
): void {
  for (const e of entries) {
    const own = address.get(e.director)!;
    if (e.di.unicastSrcIp !== undefined && e.di.unicastSrcIp.toLowerCase() !== own.toLowerCase()) {
      warn(
        e.director,
        e.di.location.line,
        `vrrp_instance ${instName}: unicast_src_ip ${e.di.unicastSrcIp} is not the director's address ${own}; the director's address is rendered`,
      );
    }
    const listed = new Set(e.di.unicastPeers.map((a) => a.toLowerCase()));
    for (const peer of e.di.unicastPeers) {
      const owner = addressOwner.get(peer.toLowerCase());
      if (owner === undefined)
        warn(
          e.director,
          e.di.location.line,
          `vrrp_instance ${instName}: unicast_peer ${peer} is not one of the imported directors; import its keepalived.conf to keep it as a member`,
        );
      else if (!entries.some((x) => x.director === owner))
        warn(
          e.director,
          e.di.location.line,
          `vrrp_instance ${instName}: unicast_peer ${peer} is director ${owner}, whose file has no such instance`,
        );
    }
    for (const other of entries) {
      if (other.director === e.director) continue;
      if (!listed.has(address.get(other.director)!.toLowerCase())) {
        warn(
          e.director,
          e.di.location.line,
          `vrrp_instance ${instName}: ${e.director} does not list ${other.director} (${address.get(other.director)}) as a unicast_peer; render will`,
        );
      }
    }
  }
}
