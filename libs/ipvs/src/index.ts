export * from './model';
export * from './parse-list';
export * from './parse-save';
export * from './parse-proc';
export * from './parse-keepalived';
export * from './reconcile';
