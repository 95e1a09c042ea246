'use client';
import { useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, type FormEvent } from 'react';
import { errorText } from '../../../lib/api';
import { ago } from '../../../lib/format';
import { useCluster } from '../../clusters/components/cluster-frame';
import { whatIfQuery, type WhatIf } from '../api/queries';
import { failOptions } from '../what-if-options';

/**
 * "What if … fails?" (issue 19 item 5), where an operator plans a change: pick a director, an
 * interface, a tracked script or a real server (or type several, comma-separated, in the API's
 * syntax) and read what keepalived would do — the new MASTER of each instance, which VIPs move,
 * what each service keeps and which fall below quorum. Nothing is changed. The question is the
 * address's `whatIf`, so a link opens the same answer.
 */
export function WhatIfPanel() {
  const { clusterId, spec } = useCluster();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const fail = params.get('whatIf') ?? '';
  const options = useMemo(() => failOptions(spec), [spec]);
  const answer = useQuery({ ...whatIfQuery(clusterId, fail), enabled: fail !== '' });
  const groups = [...new Set(options.map((o) => o.group))];

  function ask(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('fail') ?? '').trim();
    const p = new URLSearchParams(params.toString());
    if (value) p.set('whatIf', value);
    else p.delete('whatIf');
    const q = p.toString();
    router.replace(q ? `${pathname}?${q}` : pathname, { scroll: false });
  }

  return (
    <section className="panel" aria-labelledby="what-if-head" data-testid="what-if">
      <h2 id="what-if-head" style={{ marginTop: 0 }}>
        What if… fails?
      </h2>
      {options.length === 0 ? (
        <p className="muted">Add directors, VRRP instances and real servers first: then ask what happens when one of them fails.</p>
      ) : (
        <form key={fail} className="row what-if-form" onSubmit={ask} aria-label="What if">
          <div>
            <label htmlFor="what-if-fail">What fails</label>
            <input
              id="what-if-fail"
              name="fail"
              list="what-if-options"
              defaultValue={fail}
              placeholder="director:lb1"
              aria-describedby="what-if-hint"
              style={{ minWidth: '22rem' }}
              maxLength={2000}
            />
            <datalist id="what-if-options">
              {groups.map((g) => options.filter((o) => o.group === g).map((o) => <option key={o.value} value={o.value} label={o.label} />))}
            </datalist>
          </div>
          <button type="submit" className="primary" disabled={answer.isFetching}>
            {answer.isFetching ? 'Working it out…' : 'Ask'}
          </button>
          <p id="what-if-hint" className="muted small" style={{ flexBasis: '100%', margin: 0 }}>
            <code>director:NAME</code>, <code>interface:IF@DIRECTOR</code>, <code>script:NAME</code> or <code>real-server:IP:PORT</code>;
            several at once separated by commas. Computed with keepalived&apos;s rules; nothing is changed.
          </p>
        </form>
      )}
      {answer.error && (
        <p className="field-error" role="alert">
          {errorText(answer.error)}
        </p>
      )}
      {answer.data && <WhatIfAnswer a={answer.data} />}
    </section>
  );
}

function Head({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function WhatIfAnswer({ a }: { a: WhatIf }) {
  const moved = a.vips.filter((v) => v.from !== v.to);
  return (
    <div className="what-if-answer" data-testid="what-if-answer" aria-live="polite">
      <p className="muted small">
        {a.live ? `From the spec and the live state of ${a.liveAt ? ago(a.liveAt) : 'now'}.` : 'From the spec alone (no live state yet).'}
      </p>
      <ul>
        {a.summary.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {a.downDirectors.length > 0 && (
        <p>
          Down:{' '}
          {a.downDirectors.map((d) => (
            <span key={d.director} className="badge bad" title={d.why}>
              {d.director}
            </span>
          ))}
        </p>
      )}
      <h3>VRRP instances</h3>
      <table>
        <Head columns={['Instance', 'MASTER now', 'MASTER after', 'Members after (effective priority)', 'Notes']} />
        <tbody>
          {a.instances.map((i) => (
            <tr key={i.name}>
              <td>{i.name}</td>
              <td>{i.before ?? <span className="muted">none</span>}</td>
              <td>
                {i.after ? <strong className={i.changed ? 'warn' : undefined}>{i.after}</strong> : <span className="bad">none</span>}
                {i.changed && i.takeoverSeconds !== undefined && <div className="muted small">in about {i.takeoverSeconds} s</div>}
              </td>
              <td>
                {i.members.map((m) => (
                  <div key={m.director} title={m.why.join('; ')}>
                    {m.director}: {m.state}
                    {m.priority !== null ? ` (${m.priority}${m.priority !== m.base ? `, base ${m.base}` : ''})` : ''}
                  </div>
                ))}
              </td>
              <td className="small">{i.notes.join(' ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>VIPs</h3>
      {moved.length === 0 ? (
        <p className="muted">No VIP moves.</p>
      ) : (
        <ul>
          {moved.map((v) => (
            <li key={v.address}>
              <code>{v.address}</code> ({v.instance}): {v.from ?? 'nobody'} → {v.to ?? <span className="bad">nobody</span>}
            </li>
          ))}
        </ul>
      )}
      {a.services.length > 0 && (
        <>
          <h3>Virtual services</h3>
          <table>
            <Head columns={['Service', 'Served by', 'Real servers left', 'Weight left', 'Quorum']} />
            <tbody>
              {a.services.map((s) => (
                <tr key={s.service}>
                  <td>
                    <code>{s.service}</code>
                  </td>
                  <td>
                    {s.down ? (
                      <span className="badge bad">down</span>
                    ) : (
                      <>
                        {s.directorBefore ?? '—'}
                        {s.directorAfter !== s.directorBefore && <> → {s.directorAfter ?? 'nobody'}</>}
                      </>
                    )}
                  </td>
                  <td>
                    {s.realServers.after} of {s.realServers.total}
                    {s.lost.length > 0 && <div className="muted small">loses {s.lost.join(', ')}</div>}
                  </td>
                  <td>
                    {s.weight.before} → {s.weight.after}
                  </td>
                  <td>
                    {s.belowQuorumAfter ? (
                      <span className="badge bad">below quorum {s.quorum}</span>
                    ) : (
                      <span className="badge ok">kept ({s.quorum})</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
