import { NewsfoldError } from "../errors.js";
import { EXIT } from "./exit-codes.js";

/**
 * How a running command hears Ctrl-C and SIGTERM. Commands that can stop cleanly (ingest, dedup, the
 * worker, serve) call `graceful()` and watch `signal`; for every other command the first signal ends
 * the process at once, which is safe: readers hold nothing, and the writer lock dies with the process.
 */
export interface Interrupts {
  /** Aborted on the first SIGINT or SIGTERM; its reason is a `cli.interrupted` NewsfoldError. */
  readonly signal: AbortSignal;
  /** Says the running command stops by itself on `signal`, keeping what it committed. */
  graceful(): void;
}

/** The error a stopped stage throws (and the abort reason): exit 130, "run again to resume". */
export const interruptedError = (): NewsfoldError =>
  new NewsfoldError("cli.interrupted", "interrupted: what was committed is kept; run the same command again to resume");

/** Interrupts that never fire: in-process runs and tests that do not send any. */
export function noInterrupts(): Interrupts {
  return { signal: new AbortController().signal, graceful() {} };
}

/**
 * Installs the process-wide handlers of the `newsfold` binary: SIGINT and SIGTERM abort the running
 * command (a second one exits at once), and a closed stdout (`newsfold articles | head -1`) ends the
 * run quietly with exit 0, as `cat` and `grep` do: the reader has all it wanted.
 */
export function watchProcess(): Interrupts {
  const controller = new AbortController();
  let graceful = false;
  const onSignal = (name: NodeJS.Signals) => {
    if (!graceful || controller.signal.aborted) {
      process.stderr.write(`\nnewsfold: ${name}, exiting now${graceful ? "" : " (nothing was left half-written)"}\n`);
      process.exit(EXIT.interrupted);
    }
    process.stderr.write(`\nnewsfold: ${name}, stopping — what is committed is kept (${name === "SIGINT" ? "Ctrl-C" : "SIGTERM"} again to exit at once)\n`);
    controller.abort(interruptedError());
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.ok);
    throw error;
  });
  return {
    signal: controller.signal,
    graceful() {
      graceful = true;
    },
  };
}
