import type { Problem, Provenance } from "../types.js";

/**
 * Every problem code the read stage reports, with a one-line description (for the README and `--json` consumers).
 * Codes are stable: renaming one is a breaking change.
 *
 * Severity convention: "error" means a document (or the rest of a file) was lost; "warning" means a document
 * was produced but changed (truncated, re-decoded, repaired) or there was nothing to produce.
 */
export const READ_PROBLEM_CODES = {
  "read.not-found": "An input path or glob matched no file.",
  "read.io": "A file could not be opened or read (permissions, I/O error); the batch goes on.",
  "read.binary": "The file holds binary data (NUL bytes or many control characters) and was skipped.",
  "read.empty": "The file (or stream) holds no bytes or only whitespace; nothing was read from it.",
  "read.truncated": "A document was larger than maxDocumentBytes and was cut at a character boundary.",
  "read.gzip.truncated": "A gzip stream ended early; documents decompressed before the damage were kept.",
  "read.gzip.corrupt": "A gzip stream holds invalid data; documents decompressed before the damage were kept.",
  "read.encoding.detected": "The bytes were not valid UTF-8 and declared no other charset; decoded in the charset detected from them (GBK, Shift_JIS, Windows-1251 …).",
  "read.encoding.fallback": "The bytes were not valid UTF-8 (or the declared charset); decoded as Windows-1252.",
  "read.encoding.not-as-declared": "The bytes declare a legacy charset but are valid UTF-8 holding non-ASCII text (a page re-encoded when saved); decoded as UTF-8.",
  "read.encoding.unknown-charset": "The declared charset is unknown; the bytes were decoded as if undeclared.",
  "read.encoding.mojibake-repaired": "UTF-8 text that had been decoded as Windows-1252 (\"Ã©\" for \"é\") was repaired.",
  "read.jsonl.malformed": "A JSONL line is not a JSON object; the line was skipped.",
  "read.jsonl.no-content": "A JSONL object has neither a non-empty `text` nor `html` string; the line was skipped.",
  "read.jsonl.too-long": "A JSONL line exceeds the line limit (2 × maxDocumentBytes) and was skipped unread.",
  "read.warc.malformed": "A WARC record has an invalid header block or HTTP message and was skipped.",
  "read.warc.truncated": "A WARC record ends before its Content-Length (file cut short) and was skipped.",
  "read.warc.content-encoding": "A WARC HTTP payload uses a Content-Encoding newsfold cannot decode (e.g. br); skipped.",
} as const;

export type ReadProblemCode = keyof typeof READ_PROBLEM_CODES;

/** A problem found by the read stage, before it is sent to the reporter. */
export interface ReadProblem {
  code: ReadProblemCode;
  severity: Problem["severity"];
  reason: string;
}

export function readProblem(problem: ReadProblem, provenance?: Provenance): Problem {
  const full: Problem = { code: problem.code, severity: problem.severity, stage: "read", reason: problem.reason };
  if (provenance !== undefined) full.provenance = provenance;
  return full;
}
