import type { RawDocument } from "../../src/types.js";

/** A RawDocument as the text or HTML reader would yield it, for table-driven tests. */
export function rawDocument(content: string, kind: RawDocument["kind"] = "text", meta: RawDocument["meta"] = {}): RawDocument {
  return {
    provenance: { file: kind === "html" ? "test.html" : "test.txt", format: kind === "html" ? "html" : "text" },
    kind,
    content,
    meta,
    encoding: { name: "utf-8", repaired: false },
    bytes: Buffer.byteLength(content),
  };
}
