export * from './vocabulary';
export * from './states';
export * from './value';
export * from './paths';
export type * from './types';
