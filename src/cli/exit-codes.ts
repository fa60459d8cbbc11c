import { isNewsfoldError, NewsfoldError } from "../errors.js";

/** Exit codes, documented in the README ("Exit codes"). */
export const EXIT = {
  ok: 0,
  /** An unexpected failure (a bug): the message says what happened. */
  failure: 1,
  /** The command line was wrong: unknown command or option, bad value, an input path that names nothing. */
  usage: 2,
  /** The store could not be used: locked, read-only, full disk, not a newsfold store, missing. */
  store: 3,
  /** The run finished but some documents had errors (listed in the summary; the rest was stored). */
  documentErrors: 4,
  /** What was asked for is not stored: `show 999999`, `story 5`, `compare 1 999`. */
  notFound: 5,
  /** `newsfold check` found problems in the store; each is printed with its repair. */
  storeFindings: 6,
  /** Interrupted (Ctrl-C or SIGTERM): what was committed is kept; run again to resume. */
  interrupted: 130,
} as const;

/** Maps an error's stable code to an exit code, in one place. */
export function exitCodeFor(error: unknown): number {
  if (!isNewsfoldError(error)) return EXIT.failure;
  if (error.code.startsWith("store.")) return EXIT.store;
  if (error.code === "cli.not-found") return EXIT.notFound;
  if (error.code === "cli.interrupted") return EXIT.interrupted;
  if (error.code.startsWith("config.") || error.code.startsWith("cli.")) return EXIT.usage;
  return EXIT.failure;
}

/**
 * Faults of the machine rather than of newsfold, which can surface from any layer (a driver, a temp
 * file), become one-line store errors: a full disk is not a bug.
 */
export function explainFault(error: unknown): unknown {
  if (isNewsfoldError(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOSPC" || code === "SQLITE_FULL") {
    return new NewsfoldError("store.full", "the disk is full: what was committed is kept; free some space and run the same command again", { cause: error });
  }
  if (code === "EROFS") return new NewsfoldError("store.readonly", "the store is on a read-only file system: reading commands work; to write, pass another --db", { cause: error });
  return error;
}
