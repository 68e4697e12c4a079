export type * from './types';
export { parseProblem, parseProblemJson, ScheduleInputError } from './input';
export { solve, solveGreedy, replan, toOutput, totalOf, type ReplanOptions } from './solve';
export { roundBound, upperBound, type Bound } from './bound';
export { compile } from './compiled';
export { generateProblem, type GenerateOptions } from './generate';
export { checkSchedule } from './check';
