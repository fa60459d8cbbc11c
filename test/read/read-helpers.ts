import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBuffer, type ReadOptions } from "../../src/read/index.js";
import { createCollectingReporter, type CollectingReporter } from "../../src/report.js";
import type { RawDocument } from "../../src/types.js";

export async function collect(documents: AsyncIterable<RawDocument>): Promise<RawDocument[]> {
  const all: RawDocument[] = [];
  for await (const document of documents) all.push(document);
  return all;
}

/** Reads bytes through readBuffer and returns the documents with the problems reported. */
export async function readBytes(
  bytes: Uint8Array | string,
  name: string,
  options: ReadOptions = {},
): Promise<{ documents: RawDocument[]; reporter: CollectingReporter; codes: string[] }> {
  const reporter = createCollectingReporter();
  const input = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
  const documents = await collect(readBuffer(input, name, reporter, options));
  return { documents, reporter, codes: reporter.problems.map((p) => p.code) };
}

/** Runs `body` with a fresh temporary directory, removed afterwards. */
export async function withTempDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "newsfold-read-"));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function httpResponse(options: { status?: string; headers?: Record<string, string>; body: Uint8Array | string }): Buffer {
  const body = typeof options.body === "string" ? Buffer.from(options.body) : Buffer.from(options.body);
  const headers = { "Content-Length": String(body.length), ...options.headers };
  const head = [`HTTP/1.1 ${options.status ?? "200 OK"}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), "", ""].join("\r\n");
  return Buffer.concat([Buffer.from(head, "latin1"), body]);
}

/** One WARC/1.0 record written by hand, with the two CRLFs that end it. */
export function warcRecord(options: {
  type: string;
  id: string;
  block: Uint8Array | string;
  url?: string;
  date?: string;
  contentType?: string;
}): Buffer {
  const block = typeof options.block === "string" ? Buffer.from(options.block) : Buffer.from(options.block);
  const lines = [
    "WARC/1.0",
    `WARC-Type: ${options.type}`,
    `WARC-Record-ID: <urn:uuid:${options.id}>`,
    `WARC-Date: ${options.date ?? "2021-09-17T15:56:00Z"}`,
    ...(options.url === undefined ? [] : [`WARC-Target-URI: ${options.url}`]),
    `Content-Type: ${options.contentType ?? (options.type === "response" ? "application/http; msgtype=response" : "text/plain")}`,
    `Content-Length: ${block.length}`,
    "",
    "",
  ];
  return Buffer.concat([Buffer.from(lines.join("\r\n")), block, Buffer.from("\r\n\r\n")]);
}

export function htmlPage(body: string, head = ""): string {
  return `<!DOCTYPE html><html><head>${head}<title>Test</title></head><body>${body}</body></html>`;
}
