export * from './capabilities';
export * from './lint';
export * from './net';
export * from './priority';
export * from './what-if';
