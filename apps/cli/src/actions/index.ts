/**
 * Every action module, each imported when its command runs. In the built bundle this file is the
 * entry of the actions script (build.mjs), which lvsctl compiles only when a command runs.
 */
export const actionModules = {
  apply: () => import('./apply'),
  deploy: () => import('./deploy'),
  fleet: () => import('./fleet'),
  login: () => import('./login'),
  offline: () => import('./offline'),
  ops: () => import('./ops'),
  read: () => import('./read'),
  runtime: () => import('./runtime'),
  status: () => import('./status'),
  timeline: () => import('./timeline'),
};

export type ActionModules = typeof actionModules;
