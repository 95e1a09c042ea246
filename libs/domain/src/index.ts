export * from './primitives';
export * from './spec';
export * from './keepalived-objects';
export * from './rules';
export * from './scripts';
export * from './live';
export * from './incidents';
export * from './fleet';
