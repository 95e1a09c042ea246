export * from './render';
export * from './diff';
export * from './hash';
