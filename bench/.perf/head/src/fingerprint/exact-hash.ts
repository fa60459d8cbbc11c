import { createHash } from "node:crypto";
import { normalizeText } from "../text/normalize.js";

/**
 * Exact-copy key: SHA-256 (hex) of `normalizeText(text)`. A cryptographic hash because the key is
 * persisted and compared across millions of articles and machines: collisions must be impossible in
 * practice, and at ~3 KB per article SHA-256 costs microseconds next to cleaning.
 */
export function exactHash(text: string): string {
  return createHash("sha256").update(normalizeText(text), "utf8").digest("hex");
}
