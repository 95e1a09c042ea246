/** keepalived.conf parsing: vrrp_script, track_file and vrrp_track_process (split from parse.ts along its blocks, mirroring render.ts). */
import {
  type ExtraEntry,
  type TrackFile,
  TrackFileSchema,
  type TrackProcess,
  TrackProcessSchema,
  type VrrpScript,
  VrrpScriptSchema,
} from '@lvs/domain';
import { type Statement } from './config-tree';
import { type ParsedConfig, type Obj, Reader, loc, withExtra, trackWeight } from './parse-reader';

/** vrrp_script, track_file (vrrp_track_file), vrrp_track_process: one object each, by name. */
export function readTracked(r: Reader, st: Statement, out: ParsedConfig): void {
  const name = st.args[0];
  if (name === undefined || !st.block) {
    r.warn(st, `'${Reader.text(st)}' needs a name and a block; not imported`);
    return;
  }
  const kind = st.key === 'vrrp_track_file' ? 'track_file' : st.key;
  const where = `${kind} ${name}`;
  if (st.key === 'vrrp_track_file')
    r.warn(st, `${where}: 'vrrp_track_file' is the deprecated name of 'track_file'; imported as track_file`, 'import.deprecated');
  const o: Obj = { name };
  const extra: ExtraEntry[] = [];
  const weight = (c: Statement) => {
    const w = trackWeight(r, { ...c, args: ['weight', ...c.args] }, where, 0);
    if (w) Object.assign(o, w);
  };
  for (const c of st.block) {
    switch (`${kind}:${c.key}`) {
      case 'vrrp_script:script':
        if (c.args.length === 0) r.warn(c, `${where}: 'script' needs a command; not imported`);
        else o.script = c.args.join(' ');
        break;
      case 'vrrp_script:interval':
        o.interval = r.seconds(c, where, 1, 86400);
        break;
      case 'vrrp_script:timeout':
        o.timeout = r.seconds(c, where, 1, 86400);
        break;
      case 'vrrp_script:rise':
        o.rise = r.int(c, where, 1, 1000);
        break;
      case 'vrrp_script:fall':
        o.fall = r.int(c, where, 1, 1000);
        break;
      case 'vrrp_script:user':
        o.user = c.args.join(' ');
        break;
      case 'vrrp_script:init_fail':
        o.initFail = r.bool(c, where);
        break;
      case 'vrrp_script:weight':
      case 'track_file:weight':
      case 'vrrp_track_process:weight':
        weight(c);
        break;
      case 'track_file:file':
        o.file = r.arg(c, where);
        break;
      case 'track_file:init_file': {
        const init: Obj = {};
        for (const a of c.args) {
          if (a === 'overwrite') init.overwrite = true;
          else if (/^-?\d+$/.test(a)) init.value = Number(a);
          else r.warn(c, `${where}: init_file '${a}' not understood; ignored`);
        }
        o.initFile = init;
        break;
      }
      case 'vrrp_track_process:process':
        o.process = [...c.args];
        break;
      case 'vrrp_track_process:param_match':
        o.paramMatch = r.oneOf(c, where, ['initial', 'partial'] as const);
        break;
      case 'vrrp_track_process:quorum':
        o.quorum = r.int(c, where, 0, 65535);
        break;
      case 'vrrp_track_process:quorum_max':
        o.quorumMax = r.int(c, where, 0, 65535);
        break;
      case 'vrrp_track_process:fork_delay':
        o.forkDelay = r.seconds(c, where, 1, 3600);
        break;
      case 'vrrp_track_process:terminate_delay':
        o.terminateDelay = r.seconds(c, where, 1, 3600);
        break;
      case 'vrrp_track_process:delay':
        o.delay = r.seconds(c, where, 1, 3600);
        break;
      case 'vrrp_track_process:full_command':
        o.fullCommand = r.bool(c, where);
        break;
      default:
        r.verbatim(c, where, extra);
    }
  }
  withExtra(o, extra);
  const list = kind === 'vrrp_script' ? out.vrrpScripts : kind === 'track_file' ? out.trackFiles : out.trackProcesses;
  if ((list as { name: string }[]).some((x) => x.name === name)) {
    r.warn(st, `${where} is defined twice; the second is not imported`);
    return;
  }
  const schema = kind === 'vrrp_script' ? VrrpScriptSchema : kind === 'track_file' ? TrackFileSchema : TrackProcessSchema;
  const parsed = r.validate<VrrpScript & TrackFile & TrackProcess>(schema, o, where, loc(st));
  if (parsed) (list as unknown[]).push(parsed);
}
