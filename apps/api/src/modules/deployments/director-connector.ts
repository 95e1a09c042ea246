/**
 * DirectorConnector moved to the SSH infrastructure module (infra/ssh/ssh.module.ts). This
 * re-export keeps the imports of features that still name the old path compiling (fleet.service.ts,
 * plan.service.ts); new code imports it from infra/ssh/director-connector.
 */
export { DirectorConnector } from '../../infra/ssh/director-connector';
