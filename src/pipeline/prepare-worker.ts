import { parentPort, workerData } from "node:worker_threads";
import { createCollectingReporter } from "../report.js";
import { deferredDocument } from "../read/deferred.js";
import type { RawDocument } from "../types.js";
import { failsTheRun, loadPreparer, type PrepareOptions, type PreparedDocument } from "./prepare.js";

/**
 * A chunk of documents to clean and fingerprint in a worker thread. A page not decoded yet by the
 * caller comes as its UTF-8 bytes (`utf8`) beside the other fields, and is decoded here.
 */
export interface PrepareRequest {
  seq: number;
  items: PostedItem[];
}

export type PostedItem = { raw: RawDocument; docKey: string } | { raw: Omit<RawDocument, "content">; utf8: Uint8Array; docKey: string };

// Decoded by whoever reads it first: the cleaner reads an HTML page in pieces (read/deferred.ts `htmlPieces`).
const received = (item: PostedItem): RawDocument => ("utf8" in item ? deferredDocument(item.raw, item.utf8) : item.raw);

export interface PrepareResponse {
  seq: number;
  prepared: (PreparedDocument | null)[];
  problems: ReturnType<typeof createCollectingReporter>["problems"];
}

const port = parentPort;
if (port !== null) {
  const ready = loadPreparer((workerData as { options: PrepareOptions }).options);
  port.on("message", async (request: PrepareRequest) => {
    const prepare = await ready;
    const reporter = createCollectingReporter({ keep: Number.MAX_SAFE_INTEGER });
    const prepared = request.items.map((item) => {
      const { docKey } = item;
      const raw = received(item);
      try {
        return prepare(raw, docKey, reporter);
      } catch (error) {
        // A broken install fails the worker, and so the run, with its one-line reason.
        if (failsTheRun(error)) throw error;
        reporter.report({ code: "pipeline.failed", severity: "error", stage: "pipeline", reason: `processing failed: ${(error as Error).message ?? String(error)}`, provenance: raw.provenance });
        return null;
      }
    });
    // The caller has each raw document already: sending it back would only copy it twice more. Nor does it
    // read the text of a document whose output line was written here (dedup): the line goes instead.
    const slim = prepared.map((doc) =>
      doc === null ? null : { ...doc, raw: undefined as unknown as RawDocument, cleaned: doc.line ? { ...doc.cleaned, text: "", removed: [] } : doc.cleaned },
    );
    const response: PrepareResponse = { seq: request.seq, prepared: slim, problems: reporter.problems };
    // Fingerprints and lines move to the caller instead of being copied: each array owns its buffer (prepare.ts).
    const transfer = slim.flatMap((doc) =>
      doc === null ? [] : [doc.shingles.buffer, doc.signature.values.buffer, doc.containmentSamples.buffer, ...(doc.line ? [doc.line.buffer] : [])],
    );
    port.postMessage(response, transfer as ArrayBuffer[]);
  });
}
