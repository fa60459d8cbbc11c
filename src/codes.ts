import { READ_PROBLEM_CODES, type ReadProblemCode } from "./read/problem-codes.js";

/**
 * Every stable code newsfold throws or reports, as string-literal unions: the compiler rejects a code that
 * is not listed here, and test/api/problem-codes.test.ts fails when docs/PROBLEMS.md and these lists differ.
 * Codes are stable: scripts match on them, so renaming one is a breaking change.
 */

/** Codes of a `NewsfoldError`: something that stops a command or an API request (mapped to exit codes and HTTP statuses). */
export const ERROR_CODES = [
  // The command line and settings (exit 2, or 5 / 130).
  "cli.invalid",
  "cli.input.not-found",
  "cli.not-found",
  "cli.interrupted",
  "cli.queue.unsupported",
  "cli.source-checkout",
  "config.invalid",
  "config.not-found",
  // The store (exit 3).
  "store.locked",
  "store.readonly",
  "store.not-newsfold",
  "store.not-found",
  "store.too-new",
  "store.migration.needed",
  "store.migration.failed",
  "store.folder-missing",
  "store.full",
  "store.unsupported",
  "store.config",
  "store.unreachable",
  "store.auth",
  "store.permission",
  "store.conflict",
  "store.duplicate",
  // The work queue shared by workers.
  "queue.lease-lost",
  "queue.input-missing",
  // Misuse of the library: options a caller passed that a stage cannot take.
  "read.options.invalid",
  "clean.options.invalid",
  "text.shingle.size",
  "fingerprint.params.invalid",
  "fingerprint.params.mismatch",
  "fingerprint.signature.corrupt",
  "lsh.params.invalid",
  "lsh.id.invalid",
  "copies.options.invalid",
  "copies.canonical.empty",
  "enrich.options.invalid",
  "stories.options.invalid",
  "threads.options.invalid",
  "similarity.model.version",
  "similarity.model.features",
  "dedup.write",
  // newsfold's own data files missing or unreadable: a broken install, not a bad document.
  "install.data-missing",
  // The tools beside the product (`newsfold bench`, `newsfold eval`) without their data.
  "bench.data.missing",
  "eval.data.missing",
  "eval.copies.corpus.missing",
  // The HTTP API (statuses in src/http/errors.ts).
  "http.listen",
  "http.bad-request",
  "http.unauthorized",
  "http.writes-disabled",
  "http.not-found",
  "http.method-not-allowed",
  "http.busy",
  "http.payload-too-large",
  "http.unsupported-media-type",
  "http.internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Per-document problems of the stages after reading (the read stage's own are READ_PROBLEM_CODES). */
const STAGE_PROBLEM_CODES = [
  "clean.html.malformed",
  "clean.html.too-deep",
  "clean.html.too-many-elements",
  "clean.truncated",
  "clean.language.unknown",
  "clean.empty",
  "enrich.truncated",
  "pipeline.failed",
] as const;

/** Codes of a per-document `Problem`: reported, stored with its run, and the batch goes on. */
export type ProblemCode = ReadProblemCode | (typeof STAGE_PROBLEM_CODES)[number];

export const PROBLEM_CODES: readonly ProblemCode[] = [...(Object.keys(READ_PROBLEM_CODES) as ReadProblemCode[]), ...STAGE_PROBLEM_CODES];

/** What `newsfold check` can find in a store. */
export const STORE_FINDING_CODES = ["check.integrity", "check.full-text", "check.fold-pending", "check.story-missing", "check.copy-groups"] as const;

export type StoreFindingCode = (typeof STORE_FINDING_CODES)[number];

/** Every stable code, of any kind. */
export type NewsfoldCode = ErrorCode | ProblemCode | StoreFindingCode;

export const NEWSFOLD_CODES: readonly NewsfoldCode[] = [...ERROR_CODES, ...PROBLEM_CODES, ...STORE_FINDING_CODES];
