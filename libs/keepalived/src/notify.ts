/**
 * Where the console asks keepalived to announce VRRP transitions and real-server/virtual-server
 * changes (global_defs vrrp_notify_fifo / lvs_notify_fifo): next to the director's config file, so
 * directors sharing a host filesystem (the lab's namespaces) never share a FIFO. keepalived makes
 * the FIFOs itself; the console reads them over a long-lived SSH channel.
 */
export function consoleNotifyFifos(configPath: string): { vrrp: string; lvs: string } {
  const dir = configPath.slice(0, Math.max(configPath.lastIndexOf('/'), 0)) || '/';
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  return { vrrp: `${base}lvs-console-vrrp.fifo`, lvs: `${base}lvs-console-lvs.fifo` };
}
