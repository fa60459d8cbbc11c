import type { ErrorCode } from "./codes.js";

/**
 * One error class with stable dotted codes. The CLI maps codes to exit codes (cli/exit-codes.ts);
 * per-document problems are reported as `Problem`s instead of thrown.
 */
export class NewsfoldError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "NewsfoldError";
    this.code = code;
    this.details = options.details ?? {};
  }
}

export function isNewsfoldError(error: unknown): error is NewsfoldError {
  return error instanceof NewsfoldError;
}
