/** A cluster's tabs, as nested routes under /clusters/:id (the digit is the keyboard shortcut). */
export const CLUSTER_TABS = [
  { segment: 'live', label: 'Live', key: '1' },
  { segment: 'configuration', label: 'Configuration', key: '2' },
  { segment: 'deploy', label: 'Deploy', key: '3' },
  { segment: 'history', label: 'History', key: '4' },
  { segment: 'audit', label: 'Audit', key: '5' },
  { segment: 'timeline', label: 'Timeline', key: '6' },
] as const;
export type ClusterTab = (typeof CLUSTER_TABS)[number]['segment'];
