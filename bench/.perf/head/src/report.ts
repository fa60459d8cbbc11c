import type { Problem, Reporter } from "./types.js";

/** A Reporter that keeps every problem and counts them by code, for run summaries and tests. */
export interface CollectingReporter extends Reporter {
  readonly problems: Problem[];
  countsByCode(): Map<string, number>;
}

/** Keeps the first `keep` problems in full (bounded memory on huge batches) and counts all of them. */
export function createCollectingReporter(options: { keep?: number; onProblem?: (p: Problem) => void } = {}): CollectingReporter {
  const keep = options.keep ?? 10_000;
  const problems: Problem[] = [];
  const counts = new Map<string, number>();
  return {
    problems,
    report(problem) {
      counts.set(problem.code, (counts.get(problem.code) ?? 0) + 1);
      if (problems.length < keep) problems.push(problem);
      options.onProblem?.(problem);
    },
    countsByCode: () => new Map(counts),
  };
}

/** A Reporter that drops everything, for callers that do not care. */
export const silentReporter: Reporter = { report() {} };
