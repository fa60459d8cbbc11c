import { isNewsfoldError } from "../errors.js";

/** Exit codes, documented in the README ("Exit codes"). */
export const EXIT = {
  ok: 0,
  /** An unexpected failure (a bug): the message says what happened. */
  failure: 1,
  /** The command line was wrong: unknown command or option, bad value. */
  usage: 2,
  /** The store could not be used: locked, read-only, not a newsfold store, missing. */
  store: 3,
  /** The run finished but some documents had errors (listed in the summary; the rest was stored). */
  documentErrors: 4,
  /** `newsfold check` found problems in the store; each is printed with its repair. */
  storeFindings: 6,
  /** Interrupted (Ctrl-C): what was committed is kept; run again to resume. */
  interrupted: 130,
} as const;

/** Maps an error's stable code to an exit code, in one place. */
export function exitCodeFor(error: unknown): number {
  if (!isNewsfoldError(error)) return EXIT.failure;
  if (error.code.startsWith("store.")) return EXIT.store;
  if (error.code === "cli.not-found") return EXIT.failure;
  if (error.code.startsWith("config.") || error.code.startsWith("cli.")) return EXIT.usage;
  return EXIT.failure;
}
