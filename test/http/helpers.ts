import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, EXAMPLES, tempDir } from "../helpers/cli.js";
import { createServer, type ServerOptions } from "../../src/http/server.js";

export const TOKEN = "test-token-0123456789";

/** A store holding the two example pages (folded into stories), in a fresh folder. */
export async function exampleStore(): Promise<{ dir: string; db: string }> {
  const dir = tempDir("newsfold-http-");
  const db = join(dir, "news.db");
  const run = await cli(["--db", db, "ingest", EXAMPLES], { cwd: dir });
  if (run.code !== 0) throw new Error(run.stderr);
  return { dir, db };
}

/** A small web folder (so static tests do not depend on the UI's files), with a secret beside it. */
export function webFolder(dir: string): string {
  const web = join(dir, "web");
  mkdirSync(join(web, "pages"), { recursive: true });
  writeFileSync(join(web, "index.html"), "<!doctype html><title>newsfold test ui</title>");
  writeFileSync(join(web, "app.js"), "export const ui = 1;\n");
  writeFileSync(join(web, "pages", "story.js"), "export const story = 1;\n");
  writeFileSync(join(dir, "secret.txt"), "TOP SECRET");
  return web;
}

export type TestApi = Awaited<ReturnType<typeof createServer>> & { db: string; dir: string };

/** The app over the example store, called in-process with `app.request`. */
export async function exampleApi(options: Partial<ServerOptions> = {}): Promise<TestApi> {
  const { dir, db } = await exampleStore();
  const api = await createServer({ store: { type: "sqlite", path: db }, webRoot: webFolder(dir), log: () => {}, ...options });
  return { ...api, db, dir };
}

export async function getJson(api: TestApi, path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await api.app.request(path, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: left as text for the assertion to show
  }
  return { status: res.status, body, headers: res.headers };
}
