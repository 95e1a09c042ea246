/** A deployment's live progress, folded from `/live` events (pure: unit-tested). */
export interface StepEvent {
  director: string;
  step: string;
  status: string;
  ms: number;
  output?: string;
  stage?: string;
}
export interface TargetEvent {
  director: string;
  targetStatus: string;
  error?: string;
}
export interface DirectorProgress {
  director: string;
  /** running until the target's own status arrives. */
  status: string;
  steps: { label: string; status: string; ms: number; output?: string }[];
  error?: string;
}

/** Adds one event; directors keep the order they first appeared in (the rolling order). */
export function foldProgress(list: DirectorProgress[], e: StepEvent | TargetEvent): DirectorProgress[] {
  const i = list.findIndex((d) => d.director === e.director);
  const cur: DirectorProgress = i >= 0 ? list[i] : { director: e.director, status: 'running', steps: [] };
  const next: DirectorProgress =
    'step' in e
      ? {
          ...cur,
          steps: [...cur.steps, { label: e.stage ? `${e.stage}: ${e.step}` : e.step, status: e.status, ms: e.ms, output: e.output }],
        }
      : { ...cur, status: e.targetStatus, error: e.error };
  return i >= 0 ? list.map((d, j) => (j === i ? next : d)) : [...list, next];
}
