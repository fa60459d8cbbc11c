import type { OpenAPIHono } from "@hono/zod-openapi";
import type { IdfTable } from "../similarity/index.js";
import type { Store } from "../store/index.js";

/** What the routes share: the store they read, and what a write needs. */
export interface ApiContext {
  /** The store every read goes through (read-only for SQLite: the writer is opened per ingest). */
  store: Store;
  /**
   * Opens a writable store for one ingest and is closed after it; null when the server cannot write.
   * For SQLite this takes the single-writer lock only while an ingest runs.
   */
  openWriter: (() => Promise<Store>) | null;
  /** Bearer token writes need; null: writes are refused (403). */
  token: string | null;
  limits: ApiLimits;
  /** Settings every ingest through the API runs with. */
  settings: IngestSettings;
  version: string;
  /** Document frequencies for compare/similar, computed on first use and dropped after each ingest. */
  idf(): Promise<IdfTable>;
  /** Called after an ingest changed the store: drops what was computed from its old content. */
  invalidate(): void;
  log(line: string): void;
}

export interface ApiLimits {
  /** Largest JSON request body (bytes). */
  jsonBytes: number;
  /** Largest raw upload to /api/ingest (bytes), streamed to a temporary file. */
  uploadBytes: number;
}

export type ApiApp = OpenAPIHono;

/** The configured settings an API ingest runs with (threshold and batch size; defaults when absent). */
export interface IngestSettings {
  threshold?: number;
  batchSize?: number;
}
