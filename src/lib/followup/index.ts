export * from './vocabulary';
export * from './messages';
export type * from './types';
