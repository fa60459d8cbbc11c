import { createHash } from "node:crypto";
import { sourceUtf8 } from "../read/deferred.js";
import type { RawDocument } from "../types.js";

/**
 * Identity of a source document for idempotent ingest: the same page (URL, when known) with the same
 * content is the same document, wherever it was read from. The same text at another URL is a new
 * document — and an exact copy, which the copies stage groups. A page not decoded yet is hashed on its
 * bytes, which are its content's UTF-8 (before script and style bodies are left out, read/elide-html.ts):
 * the same key, without decoding it on the reading thread.
 */
export function documentKey(doc: RawDocument): string {
  const url = doc.meta.url ?? doc.provenance.url ?? "";
  return createHash("sha256").update(url).update("\0").update(sourceUtf8(doc) ?? doc.content).digest("base64url").slice(0, 32);
}
