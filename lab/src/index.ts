/**
 * The netns lab as a library: `up`/`down`/`status`, fault switches, and the layout (bridge name,
 * address slots) that the VM tier uses to attach VM directors to a lab's bridge.
 */
export { clusterName, credentialName, labClusterSpec } from './cluster-spec';
export { FAULT_KINDS, type FaultKind, faults } from './faults';
export {
  clientHttp,
  describeLab,
  director,
  down,
  type DownResult,
  type LabStatus,
  NOT_ROOT,
  realServer,
  requireState,
  sshExec,
  status,
  up,
  type UpOptions,
  vipHolders,
} from './lab';
export { ensureLabUser, LAB_USER } from './lab-user';
export * from './layout';
export { register, type Registration, type RegisterOptions } from './register';
export { labDir, labRoot, type LabDirector, type LabRealServer, type LabState, listLabs, readState } from './state';
export { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from './testing';
