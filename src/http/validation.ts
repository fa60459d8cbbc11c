import type { Context } from "hono";

/** The part of a zod issue this needs (zod 4's `$ZodIssue`). */
interface Issue {
  path: PropertyKey[];
  message: string;
}

/** Longest bit of a refused value echoed back in a message. */
const ECHO_MAX = 40;

/**
 * One message for a request that failed its schema. A query or path parameter is named with what it takes (the
 * schemas word every message of a parameter as that, e.g. "an article id (positive integer)"):
 * `b: required, an article id (positive integer)` or `a: takes an article id (positive integer), got "x"`.
 * Anything else (a JSON body) is its path and zod's message.
 */
export function explainInvalid(issues: readonly Issue[], target: string, c: Context): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const issue of issues) {
    const name = issue.path.map(String).join(".") || "request";
    if (seen.has(name)) continue; // one message per parameter: a missing value fails several checks
    seen.add(name);
    if (target !== "query" && target !== "param") {
      parts.push(`${name}: ${issue.message}`);
      continue;
    }
    const raw = target === "query" ? c.req.query(name) : c.req.param(name);
    if (raw === undefined) parts.push(`${name}: required, ${issue.message}`);
    else parts.push(`${name}: takes ${issue.message}, got ${JSON.stringify(raw.length > ECHO_MAX ? `${raw.slice(0, ECHO_MAX)}…` : raw)}`);
  }
  return parts.join("; ");
}
