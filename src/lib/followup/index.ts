export * from './vocabulary';
export type * from './types';
export * from './filters';
