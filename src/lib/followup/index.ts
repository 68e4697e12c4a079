export * from './vocabulary';
export * from './messages';
export type * from './types';
export * from './filters';
