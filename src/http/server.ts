import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { NewsfoldError } from "../errors.js";
import type { IdfTable } from "../similarity/index.js";
import { openStore, type StoreConfig } from "../store/index.js";
import { createApp } from "./app.js";
import type { ApiContext, ApiLimits, IngestSettings } from "./context.js";
import { idfFromStore } from "../pipeline/similar.js";

/** Documented in README: `newsfold serve` listens on 127.0.0.1:7171 unless told otherwise. */
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 7171;
/** A JSON request: thousands of documents fit; anything bigger goes as an upload. */
export const DEFAULT_JSON_BYTES = 16 * 1024 * 1024;
/** A raw upload (a WARC of a few thousand pages), streamed to a temporary file, never held in memory. */
export const DEFAULT_UPLOAD_BYTES = 512 * 1024 * 1024;

/** The web UI beside the code: <package>/web, from src/http or dist/http alike. */
export const DEFAULT_WEB_ROOT = resolve(import.meta.dirname, "../../web");

export interface ServerOptions {
  store: StoreConfig;
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  /** Bearer token for writes; without one the API is read-only. */
  token?: string | null;
  /** Origin allowed to call the API from another site; none by default. */
  cors?: string | null;
  /** Folder served at `/`; null for the API alone. */
  webRoot?: string | null;
  limits?: Partial<ApiLimits>;
  /** Settings of POST /api/ingest runs (`newsfold serve` passes the configured ones; defaults otherwise). */
  ingest?: IngestSettings;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(resolve(import.meta.dirname, "../../package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

/**
 * Opens the store and builds the app without listening (for tests and embedding). With SQLite the
 * store is first opened writable once (creating or migrating it), then held read-only; an ingest
 * opens the writer (and its lock) only while it runs, so `newsfold ingest` may write between requests.
 */
export async function createServer(options: ServerOptions) {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const config = options.store;
  if (config.type === "sqlite") await prepareSqlite(config);
  const store = await openStore(config.type === "sqlite" ? { ...config, readonly: true } : config);
  const writable: StoreConfig = { ...config, readonly: false };
  let idf: Promise<IdfTable> | null = null;
  const ctx: ApiContext = {
    store,
    openWriter: config.readonly ? null : () => openStore(writable),
    token: options.token ?? null,
    settings: options.ingest ?? {},
    limits: { jsonBytes: options.limits?.jsonBytes ?? DEFAULT_JSON_BYTES, uploadBytes: options.limits?.uploadBytes ?? DEFAULT_UPLOAD_BYTES },
    version: packageVersion(),
    idf() {
      idf ??= idfFromStore(store).catch((error: unknown) => {
        idf = null;
        throw error;
      });
      return idf;
    },
    invalidate() {
      idf = null;
    },
    log,
  };
  const app = createApp(ctx, { cors: options.cors ?? null, webRoot: options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot });
  return { app, ctx, close: () => store.close() };
}

/**
 * Creates or upgrades the file with a short writable open; a store another process is writing, or one
 * this user cannot write, is read as it is.
 */
async function prepareSqlite(config: Extract<StoreConfig, { type: "sqlite" }>): Promise<void> {
  if (config.readonly) return;
  try {
    await (await openStore({ ...config, readonly: false })).close();
  } catch (error) {
    if (!(error instanceof NewsfoldError && (error.code === "store.locked" || error.code === "store.readonly"))) throw error;
  }
}

/** Listens on host:port and answers until `close()`. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { app, close: closeStore } = await createServer(options);
  const host = options.host ?? DEFAULT_HOST;
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolvePort, reject) => {
    server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? DEFAULT_PORT }, (info) => resolvePort(info.port));
    server.once("error", reject);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await closeStore();
    throw new NewsfoldError("http.listen", `cannot listen on ${host}:${options.port ?? DEFAULT_PORT}: ${error.code ?? error.message}`);
  });
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    async close() {
      await new Promise<void>((done) => {
        server!.close(() => done());
        // Keep-alive sockets would hold close() open until they time out.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await closeStore();
    },
  };
}
