/** The kinds `get` lists: shared by the command (its help) and the action, which the command loads lazily. */
export const KINDS = ['clusters', 'directors', 'services', 'real-servers', 'revisions', 'deployments'] as const;
export type Kind = (typeof KINDS)[number];
