import type { ClusterSpecInput, ExtraEntry } from '@lvs/domain';
import { canonical } from './canonical';
import { mergeOrders } from './merge-order';
import type { ParsedDirector } from './parse';

type Warn = (director: string | undefined, line: number, message: string) => void;
type TopLevel = Pick<ClusterSpecInput, 'globalDefs' | 'vrrpScripts' | 'trackFiles' | 'trackProcesses' | 'virtualServerGroups' | 'extra'>;

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Named objects of every file merged by name, in the order the files imply; the first file's version wins, a difference is reported. */
function byName<T extends { name: string }>(files: { director: string; items: T[] }[], what: string, warn: Warn): T[] {
  const order = mergeOrders(files.map((f) => f.items.map((i) => i.name)));
  return order.map((name) => {
    const entries = files.flatMap((f) => f.items.filter((i) => i.name === name).map((item) => ({ director: f.director, item })));
    for (const e of entries.slice(1))
      if (!same(entries[0].item, e.item))
        warn(
          e.director,
          0,
          `${what} ${name} differs between ${entries[0].director} and ${e.director}; ${entries[0].director}'s is imported`,
        );
    return entries[0].item;
  });
}

/** Verbatim entries of one block across files: the first file that has any; a different list elsewhere is reported. */
function firstExtra(files: { director: string; extra: ExtraEntry[] | undefined }[], where: string, warn: Warn): ExtraEntry[] | undefined {
  const withAny = files.filter((f) => f.extra?.length);
  if (!withAny.length) return undefined;
  for (const f of files)
    if (f !== withAny[0] && !same(f.extra ?? [], withAny[0].extra))
      warn(
        f.director,
        0,
        `${where}: the lines kept verbatim differ between ${withAny[0].director} and ${f.director}; ${withAny[0].director}'s are imported`,
      );
  return withAny[0].extra;
}

/** The cluster-wide parts of the directors' files: global_defs beyond router_id, tracked objects, virtual_server_groups, top-level verbatim blocks. */
export function mergeTopLevel(parsed: { director: string; p: ParsedDirector }[], warn: Warn): TopLevel {
  const out: TopLevel = {};
  const gd = firstExtra(
    parsed.map(({ director, p }) => ({ director, extra: p.globalDefs?.extra })),
    'global_defs',
    warn,
  );
  // The modelled global_defs settings (notification, sync daemon, garp, version): the first file's; a difference is reported.
  const settings = parsed.map(({ director, p }) => {
    const { extra: _extra, ...rest } = p.globalDefs ?? {};
    return { director, rest };
  });
  const base = settings.find((x) => Object.keys(x.rest).length);
  for (const x of settings)
    if (base && x !== base && !same(x.rest, base.rest))
      warn(x.director, 0, `global_defs settings differ between ${base.director} and ${x.director}; ${base.director}'s are imported`);
  if (base || gd) out.globalDefs = { ...base?.rest, ...(gd && { extra: gd }) };
  const scripts = byName(
    parsed.map(({ director, p }) => ({ director, items: p.vrrpScripts })),
    'vrrp_script',
    warn,
  );
  if (scripts.length) out.vrrpScripts = scripts;
  const files = byName(
    parsed.map(({ director, p }) => ({ director, items: p.trackFiles })),
    'track_file',
    warn,
  );
  if (files.length) out.trackFiles = files;
  const processes = byName(
    parsed.map(({ director, p }) => ({ director, items: p.trackProcesses })),
    'vrrp_track_process',
    warn,
  );
  if (processes.length) out.trackProcesses = processes;
  const groups = byName(
    parsed.map(({ director, p }) => ({ director, items: p.virtualServerGroups })),
    'virtual_server_group',
    warn,
  );
  if (groups.length) out.virtualServerGroups = groups;
  const extra = firstExtra(
    parsed.map(({ director, p }) => ({ director, extra: p.extra })),
    'top level',
    warn,
  );
  if (extra) out.extra = extra;
  return out;
}
