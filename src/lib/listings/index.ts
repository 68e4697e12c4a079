// The listing domain's client-safe home: vocabulary, state machine, messages, dates, paths and
// the shapes pages render. Imported by the server ($lib/server/listings), the zod schemas and
// the components alike; it must never import server code.
export * from './vocabulary';
export * from './states';
export * from './dates';
export * from './messages';
export * from './types';
export * from './cards';
export * from './paths';
export * from './search-form';
export * from './history';
