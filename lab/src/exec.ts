import type { LabState } from './state';
import { director } from './plan';
import { run } from './system';
import { sshArgs } from './vm-director';

/** Runs `command` on a director over SSH with the lab key, pinned to its host key. */
export function sshExec(state: LabState, role: string, command: string, timeoutMs = 15_000): string {
  const d = director(state, role);
  return run([...sshArgs(state, d, 5), command], { timeoutMs });
}

/** An HTTP GET from the client namespace (curl); `status` 0 when nothing answered. */
export function clientHttp(state: LabState, url: string, timeoutSeconds = 3): { status: number; body: string } {
  try {
    const out = run(
      ['ip', 'netns', 'exec', state.client.namespace, 'curl', '-sS', '-m', String(timeoutSeconds), '-w', '\n%{http_code}', url],
      { timeoutMs: (timeoutSeconds + 2) * 1000 },
    );
    const cut = out.lastIndexOf('\n');
    return { status: Number(out.slice(cut + 1)), body: out.slice(0, cut) };
  } catch {
    return { status: 0, body: '' };
  }
}
