/**
 * The lab's operations, split along their seams: `plan` (every name, address and path of a lab),
 * `lifecycle` (up/down), `status` (what is up, who holds the VIPs), `exec` (SSH and HTTP from the
 * lab's namespaces). This file re-exports them so callers import from one place.
 */
export { clientHttp, sshExec } from './exec';
export { down, type DownResult, up, type UpOptions } from './lifecycle';
export { director, realServer } from './plan';
export { describeLab, type LabStatus, requireState, status, vipHolders } from './status';
export { NOT_ROOT } from './system';
