import { type ClusterSpec, type Director, DirectorSchema, scriptChanges, type SpecIssue } from '@lvs/domain';
import type { RequestContext } from '../../../common/request-context';

/**
 * What in a topology write is admin's to decide (docs/trust-model.md): anything that runs as root on a
 * director or decides which host the console trusts with a credential.
 *
 * - a script added or changed (scriptsOf: notify*, MISC_CHECK misc_path, quorum_up/down, …):
 *   keepalived runs it as root. Removing one runs nothing and stays an operator's edit (the plan
 *   still shows it);
 * - of a director that uses a stored credential: its address, SSH port, SSH user and the credential
 *   itself, whether the director is new or changed — the console would log in there with the
 *   admin's secret. These carry `connect`: the write path lets an operator make them when the
 *   credential's address binding (set by an admin) allows the director's address, since the
 *   credential can only ever be sent there (and pinning its host key stays the admin's). A director
 *   without a credential logs in with no secret and stays the operator's;
 * - a config or pid path set to anything but the default (what the console overwrites and signals);
 * - sudo switched on or off (what runs privileged).
 *
 * Paths are spec paths (`vrrpInstances.0.notify.master`), placed like rule findings by the caller.
 */
export interface PrivilegedChange extends SpecIssue {
  /** Where a credential would be sent: allowed to an operator when the credential's binding allows the address. */
  connect?: { director: string; credential: string; address: string };
}

export function privilegedChanges(before: ClusterSpec, after: ClusterSpec): PrivilegedChange[] {
  const out: PrivilegedChange[] = [];
  for (const c of scriptChanges(before, after)) {
    if (c.change === 'removed') continue;
    out.push({
      code: 'spec.admin_only',
      path: c.path,
      message: `${c.keyword} runs as root on ${c.directors.join(', ') || 'the directors'}: only an admin may ${c.change === 'added' ? 'set' : 'change'} it`,
    });
  }

  const old = new Map(before.directors.map((d) => [d.name, d]));
  after.directors.forEach((d, i) => {
    const was = old.get(d.name);
    const differs = (k: keyof Director) => !was || was[k] !== d[k];
    const at = (k: string, message: string, connect?: PrivilegedChange['connect']) =>
      out.push({ code: 'spec.admin_only', path: `directors.${i}.${k}`, message, ...(connect && { connect }) });
    // A director without a credential (now) sends no secret: where it connects is the operator's.
    if (d.credential !== undefined) {
      const connect = { director: d.name, credential: d.credential, address: d.address };
      const why = `director ${d.name} logs in with the stored credential ${d.credential}: only an admin may`;
      const unless = ` (an operator may, to an address the credential's binding allows; ${d.address} is not in it)`;
      if (differs('credential')) at('credential', `${why} choose the credential a director uses${unless}`, connect);
      if (differs('address')) at('address', `${why} ${was ? 'change' : 'set'} its address${unless}`, connect);
      if (differs('sshPort')) at('sshPort', `${why} ${was ? 'change' : 'set'} its SSH port${unless}`, connect);
      if (differs('sshUser')) at('sshUser', `${why} ${was ? 'change' : 'set'} its SSH user${unless}`, connect);
    }
    if (differs('configPath') && d.configPath !== DEFAULTS.configPath)
      at('configPath', `the console overwrites this file as root: only an admin may set a config path other than ${DEFAULTS.configPath}`);
    if (differs('pidFile') && d.pidFile !== DEFAULTS.pidFile)
      at('pidFile', `the console signals the pid this file names: only an admin may set a pid file other than ${DEFAULTS.pidFile}`);
    if (was ? was.sudo !== d.sudo : d.sudo) at('sudo', 'sudo decides what runs privileged on the director: only an admin may change it');
  });
  return out;
}

const DEFAULTS = DirectorSchema.parse({ name: 'x', address: '127.0.0.1' });

/**
 * Who may make privileged changes: an admin signed in, or an admin's token that is not scoped to a
 * cluster (a cluster-scoped CI token never changes scripts or credentials, whatever its role).
 * Outside any request it is the console itself (start-up, tests driving services); a request
 * without a principal may not.
 */
export function mayMakePrivilegedChanges(ctx: RequestContext | undefined): boolean {
  if (!ctx) return true;
  const p = ctx.principal;
  return p?.role === 'admin' && !p.clusterId;
}
