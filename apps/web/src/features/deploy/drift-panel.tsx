'use client';
import { useQuery } from '@tanstack/react-query';
import { errorText } from '../../lib/api';
import { driftQuery } from './api/queries';

/**
 * "Check drift": each director's file and live IPVS table against the last deployed revision
 * (GET …/drift), with the table lines nothing deployed explains (a manual ipvsadm change).
 * Read over SSH, so only when asked.
 */
export function DriftPanel({ clusterId }: { clusterId: string }) {
  const q = useQuery({ ...driftQuery(clusterId), enabled: false });
  const drift = q.data;
  const busy = q.isFetching;
  const error = q.error ? errorText(q.error) : null;
  const check = () => q.refetch();
  return (
    <div data-testid="drift">
      <button type="button" disabled={busy} onClick={() => void check()}>
        {busy ? 'Reading directors…' : 'Check drift'}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {drift &&
        (drift.lastDeployedRevision === null ? (
          <p className="muted">Nothing deployed yet: drift is measured against the last deployed revision.</p>
        ) : (
          <table>
            <caption className="muted" style={{ textAlign: 'left' }}>
              Against revision #{drift.lastDeployedRevision}, checked {new Date(drift.checkedAt).toLocaleTimeString()}
            </caption>
            <thead>
              <tr>
                <th scope="col">Director</th>
                <th scope="col">File</th>
                <th scope="col">IPVS table</th>
              </tr>
            </thead>
            <tbody>
              {drift.directors.map((d) => (
                <tr key={d.name}>
                  <td>{d.name}</td>
                  {d.error ? (
                    <td colSpan={2} className="bad">
                      {d.error}
                    </td>
                  ) : (
                    <>
                      <td>
                        {d.fileDrifted ? (
                          <span className="badge bad">edited on the director</span>
                        ) : (
                          <span className="badge ok">as deployed</span>
                        )}
                      </td>
                      <td>
                        {d.tableDrifted === null ? (
                          <span className="muted">{d.tableNote ?? 'not compared'}</span>
                        ) : d.tableDrifted ? (
                          <>
                            <span className="badge bad">changed by hand</span>
                            <pre className="diff">{d.tableDifferences.join('\n')}</pre>
                          </>
                        ) : (
                          <span className="badge ok">as deployed</span>
                        )}
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </div>
  );
}
