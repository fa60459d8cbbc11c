/**
 * `newsfold bench` for copies: the implementation lives in src/eval/copies-bench.ts so it ships in
 * dist/ with the CLI; this module is the bench/ entry point named in the house layout.
 */
export { benchCopies, formatBenchCopies } from "../src/eval/copies-bench.js";
export type { BenchCopiesOptions, BenchCopiesResult, StageFigure } from "../src/eval/copies-bench.js";
