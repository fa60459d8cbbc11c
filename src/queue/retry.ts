import { setTimeout as sleep } from "node:timers/promises";
import { isNewsfoldError } from "../errors.js";

/**
 * Errors that say "try again later", not "this is wrong": the server is restarting or unreachable, or
 * a concurrent writer made a batch fail whole (nothing of it was stored, so running it again is safe).
 */
const TRANSIENT_CODES = new Set(["store.unreachable", "store.conflict", "store.duplicate"]);

export const isTransient = (error: unknown): boolean => isNewsfoldError(error) && TRANSIENT_CODES.has(error.code);

/** First wait after a transient failure; doubled each time up to MAX_BACKOFF_MS. */
const FIRST_BACKOFF_MS = 200;
/** Longest wait between attempts: a restarted server is noticed within seconds, without hammering it. */
export const MAX_BACKOFF_MS = 5_000;

export interface RetryOptions {
  /** Called before each wait, with what failed (for a log line). */
  onRetry?: (error: unknown, attempt: number, waitMs: number) => void;
  /** Checked before each wait: true gives up and rethrows (the worker is stopping). */
  giveUp?: () => boolean;
}

/** Runs `fn` until it succeeds or fails with a non-transient error, waiting longer after each failure. */
export async function retrying<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isTransient(error) || options.giveUp?.()) throw error;
      const waitMs = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (attempt - 1));
      options.onRetry?.(error, attempt, waitMs);
      await sleep(waitMs);
    }
  }
}
