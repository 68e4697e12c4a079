export * from './vocabulary';
export * from './states';
export * from './value';
export * from './paths';
export * from './messages';
export type * from './types';
