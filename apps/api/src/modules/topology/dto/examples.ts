/** Examples for the OpenAPI document: one small DR web cluster. */
export const EXAMPLE = {
  director: { name: 'lb1', address: '10.213.0.11', sshPort: 22, sshUser: 'root', credential: 'lab-key', configPath: '/etc/keepalived/keepalived.conf', reloadMethod: 'sighup', pidFile: '/run/keepalived.pid', sudo: false },
  vrrpInstance: {
    name: 'VI_WEB',
    interface: 'eth0',
    virtualRouterId: 51,
    advertInt: 1,
    nopreempt: false,
    unicast: false,
    trackInterfaces: [],
    notify: {},
    members: [
      { director: 'lb1', priority: 150, state: 'MASTER' },
      { director: 'lb2', priority: 100, state: 'BACKUP' },
    ],
    vips: [{ address: '10.213.1.10/32', dev: 'eth0' }],
  },
  vrrpSyncGroup: { name: 'SG_WEB', instances: ['VI_WEB', 'VI_WEB6'] },
  virtualService: { vip: '10.213.1.10', port: 80, protocol: 'TCP', scheduler: 'wrr', forwarding: 'DR', persistence: { timeout: 300 }, alpha: false, omega: false, delayLoop: 6 },
  realServer: {
    address: '10.213.0.21',
    port: 80,
    weight: 10,
    inhibitOnFailure: false,
    adminState: 'enabled',
    healthCheck: { type: 'HTTP_GET', connectTimeout: 3, urls: [{ path: '/health', statusCode: 200 }] },
  },
  meta: { id: '0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10', version: 3, createdAt: '2026-11-25T03:00:00.000Z', updatedAt: '2026-11-25T03:10:00.000Z' },
} as const;
