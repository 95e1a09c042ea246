'use client';
import type { DirectorProgress } from './progress';

const badge = (s: string) =>
  s === 'ok' || s === 'succeeded' ? 'ok' : s === 'running' || s === 'pending' ? 'warn' : s === 'skipped' ? 'muted' : 'bad';

/** One row per director, in rolling order: each step as it ends (with its time and, on hover, its output), then the outcome. */
export function DeployProgress({ progress }: { progress: DirectorProgress[] }) {
  if (progress.length === 0) return null;
  return (
    <table data-testid="deploy-progress" aria-live="polite">
      <caption className="muted" style={{ textAlign: 'left' }}>
        This deployment, live
      </caption>
      <thead>
        <tr>
          <th scope="col">Director</th>
          <th scope="col">Steps</th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        {progress.map((d) => (
          <tr key={d.director}>
            <td>{d.director}</td>
            <td>
              {d.steps.map((s, i) => (
                <span key={i} className={`badge ${badge(s.status)}`} title={s.output} style={{ marginRight: 4 }}>
                  {s.label} {s.ms} ms
                </span>
              ))}
            </td>
            <td>
              <span className={`badge ${badge(d.status)}`}>{d.status}</span>
              {d.error && <div className="bad small">{d.error}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
