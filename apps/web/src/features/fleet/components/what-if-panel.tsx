'use client';
import type { ClusterSpec } from '@lvs/domain';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from 'radix-ui';
import { useMemo, type FormEvent } from 'react';
import { errorText } from '../../../lib/api';
import { ago } from '../../../lib/format';
import { whatIfQuery, type WhatIf } from '../api/queries';
import { useWhatIfAddress } from '../what-if-address';
import { failOptions } from '../what-if-options';
import css from './what-if.module.css';

/**
 * "What if … fails?" (issue 19 item 5), opened from the cluster header on any tab (or the command
 * palette): pick a director, an interface, a tracked script or a real server (or type several,
 * comma-separated, in the API's syntax) and read what keepalived would do — the new MASTER of each
 * instance, which VIPs move, what each service keeps and which fall below quorum. Nothing is
 * changed. The question is the address's `whatIf` (what-if-address.ts), so a link opens the same
 * answer. This module is loaded when the dialog first opens: it is not in a tab's first-load JS.
 */
export function WhatIfDialog({
  clusterId,
  spec,
  returnFocus,
}: {
  clusterId: string;
  spec: ClusterSpec;
  /** Where focus goes when the dialog closes (the header's button: Radix returns it to a Dialog.Trigger only). */
  returnFocus(): void;
}) {
  const { open, close } = useWhatIfAddress();
  return (
    <Dialog.Root open={open} onOpenChange={(o) => !o && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className={`dialog wide ${css.dialog}`}
          data-testid="what-if"
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            returnFocus();
          }}
        >
          <Dialog.Title>What if… fails?</Dialog.Title>
          <Dialog.Description className="muted small">
            Computed with keepalived&apos;s rules from the spec and the live state; nothing is changed.
          </Dialog.Description>
          <WhatIfPanel clusterId={clusterId} spec={spec} />
          <div className="row dialog-actions">
            <Dialog.Close asChild>
              <button type="button">Close</button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The question and its answer (the dialog's body). */
export function WhatIfPanel({ clusterId, spec }: { clusterId: string; spec: ClusterSpec }) {
  const { fail, ask } = useWhatIfAddress();
  const options = useMemo(() => failOptions(spec), [spec]);
  const answer = useQuery({ ...whatIfQuery(clusterId, fail), enabled: fail !== '' });
  const groups = [...new Set(options.map((o) => o.group))];

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    ask(String(new FormData(e.currentTarget).get('fail') ?? '').trim());
  }

  return (
    <div>
      {options.length === 0 ? (
        <p className="muted">Add directors, VRRP instances and real servers first: then ask what happens when one of them fails.</p>
      ) : (
        <form key={fail} className="row what-if-form" onSubmit={submit} aria-label="What if">
          <div>
            <label htmlFor="what-if-fail">What fails</label>
            <input
              id="what-if-fail"
              name="fail"
              list="what-if-options"
              defaultValue={fail}
              placeholder="director:lb1"
              aria-describedby="what-if-hint"
              className={css.input}
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
            several at once separated by commas.
          </p>
        </form>
      )}
      {options.length > 0 && (
        <p className="row small" aria-label="Ask about a director">
          <span className="muted">Quick:</span>
          {spec.directors.map((d) => (
            <button key={d.name} type="button" className="linkish" onClick={() => ask(`director:${d.name}`)}>
              {d.name} down
            </button>
          ))}
        </p>
      )}
      {answer.error && (
        <p className="field-error" role="alert">
          {errorText(answer.error)}
        </p>
      )}
      {answer.data && <WhatIfAnswer a={answer.data} />}
    </div>
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
