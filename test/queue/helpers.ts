import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { planWorkItems } from "../../src/queue/plan-items.js";
import { runWorker } from "../../src/queue/worker.js";
import { openStore, type Store } from "../../src/store/index.js";
import { REPO_ROOT } from "../helpers/cli.js";
import { POSTGRES_URL } from "../support/postgres.js";

import { seeded } from "../helpers/seeded.js";

export { seeded };

const SYLLABLES = ["ka", "ro", "mi", "ta", "lu", "ve", "sor", "din", "pel", "qua", "nor", "bex", "tif", "gal", "hum", "zor", "ent", "ion", "ark", "sul"];

/** A made-up word; a large vocabulary keeps unrelated texts far apart. */
function word(random: () => number): string {
  const n = 2 + Math.floor(random() * 3);
  let w = "";
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w;
}

export interface CorpusDoc {
  url: string;
  title: string;
  text: string;
  published: string;
}

/**
 * Clusters of copies: each cluster is one article (300 words) and `copiesPer` copies of it — exact ones
 * and near ones with one word changed (pairwise Jaccard ≈ 0.9 on word 5-grams, far above 0.8 and far
 * from any other cluster). Members are published on distinct, later days than their original, so the
 * canonical article of each group does not depend on the order of ingest.
 */
export function copyClusters(options: { clusters: number; copiesPer: number; seed: number; host: string }): CorpusDoc[] {
  const random = seeded(options.seed);
  const docs: CorpusDoc[] = [];
  for (let c = 0; c < options.clusters; c++) {
    const words = Array.from({ length: 300 }, () => word(random));
    const title = `${word(random)} ${word(random)} ${c}`;
    const day = (k: number) => new Date(Date.UTC(2024, 0, 1 + (c % 300), 0, 0) + k * 3_600_000).toISOString();
    docs.push({ url: `https://${options.host}/${c}/0`, title, text: sentences(words), published: day(0) });
    for (let k = 1; k <= options.copiesPer; k++) {
      const variant = [...words];
      if (k % 2 === 0) variant[Math.floor(random() * variant.length)] = word(random); // near copy
      docs.push({ url: `https://${options.host}/${c}/${k}`, title, text: sentences(variant), published: day(k) });
    }
  }
  return docs;
}

const sentences = (words: string[]): string => {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 15) out.push(`${words.slice(i, i + 15).join(" ")}.`);
  return out.join(" ");
};

/** Shuffles in place, deterministically: copies of one article end up in different files and items. */
export function shuffle<T>(items: T[], seed: number): T[] {
  const random = seeded(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export function writeJsonl(path: string, docs: CorpusDoc[]): void {
  writeFileSync(path, `${docs.map((d) => JSON.stringify(d)).join("\n")}\n`);
}

export const CLI = join(REPO_ROOT, "src/cli/main.ts");

export interface WorkerProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  log: () => string;
}

/** Starts a real `newsfold worker` process. */
export function startWorker(db: string, args: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "worker", "--db", db, "--threads", "0", ...args], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, log: () => log };
}

/** Runs the CLI as a process to its end. */
export async function runCliProcess(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const p = startWorkerless(args);
  const code = await p.exited;
  return { code, stderr: p.log() };
}

function startWorkerless(args: string[]): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: REPO_ROOT, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  return { child, exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))), log: () => log };
}

/** Polls `check` until it holds; fails after `timeoutMs` naming `what` (a guard against a hang, not a timing assertion). */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** One query on a fresh connection, tolerating a server that is down (returns null). */
export async function tryQuery<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[] | null> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.query<R>(sql)).rows;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

/** What a run folded, by URL: copy groups as sorted URL lists, stories as sorted URL lists (copies included). */
export interface Folded {
  urls: string[];
  docKeys: { total: number; distinct: number };
  groups: string[];
  /** The canonical article of each copy group: the one the story fold reads. */
  canonicals: string[];
  stories: string[];
}

export async function foldedOf(url: string, schema: string): Promise<Folded> {
  const q = async <R extends pg.QueryResultRow>(sql: string) => (await tryQuery<R>(url, sql)) ?? [];
  const urls = (await q<{ url: string }>(`SELECT url FROM ${schema}.articles ORDER BY url`)).map((r) => r.url);
  const keys = (await q<{ total: number; distinct: number }>(`SELECT count(*)::int AS total, count(DISTINCT doc_key)::int AS distinct FROM ${schema}.articles`))[0];
  const sets = async (column: string) =>
    (await q<{ members: string }>(
      `SELECT string_agg(url, ' ' ORDER BY url) AS members FROM ${schema}.articles WHERE ${column} IS NOT NULL GROUP BY ${column} HAVING count(*) > 1`,
    ))
      .map((r) => r.members)
      .sort();
  const stories = (await q<{ members: string }>(`SELECT string_agg(url, ' ' ORDER BY url) AS members FROM ${schema}.articles GROUP BY story_id`))
    .map((r) => r.members)
    .sort();
  const canonicals = (await q<{ url: string }>(`SELECT url FROM ${schema}.articles WHERE copy_kind = 'canonical' ORDER BY url`)).map((r) => r.url);
  return { urls, docKeys: keys, groups: await sets("group_id"), canonicals, stories };
}

export const postgresUrlWithSchema = (url: string, schema: string): string => `${url}${url.includes("?") ? "&" : "?"}schema=${schema}`;

/** Opens the store in a schema of the test server (creating it), for in-process setup and reference runs. */
export const openSchema = (url: string, schema: string): Promise<Store> => openStore({ type: "postgres", url, schema });

/** Enqueues the inputs in-process (what `ingest --queue` does, without a process start). */
export async function enqueue(store: Store, inputs: string[], itemSize: number): Promise<number> {
  const plan = await planWorkItems(inputs, { itemSize });
  return (await store.queue!.enqueue(plan.items)).added;
}

/**
 * Runs `workers` real worker processes on the schema's queue to its end, killing (SIGKILL) a worker that
 * holds an item `rounds` times, each at a random point (after a random number of further articles are
 * committed), and starting another in its place. Returns the kills made and every process's exit code and log.
 */
export async function runWorkersWithKills(
  schema: string,
  args: string[],
  options: { workers: number; rounds: number; seed: number },
): Promise<{ kills: number; interrupted: number[]; codes: (number | null)[]; logs: string }> {
  const db = postgresUrlWithSchema(POSTGRES_URL!, schema);
  const workers: WorkerProcess[] = Array.from({ length: options.workers }, () => startWorker(db, args));
  const stored = async () => Number((await tryQuery<{ n: number }>(POSTGRES_URL!, `SELECT count(*)::int AS n FROM ${schema}.articles`))?.[0]?.n ?? 0);
  const random = seeded(options.seed);
  let kills = 0;
  // Items a killed worker left unfinished: a kill may also land after an item's last commit, which leaves it done.
  const interrupted: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const target = (await stored()) + 3 + Math.floor(random() * 30);
    const holders = async () =>
      ((await tryQuery<{ pid: number; item_id: number }>(POSTGRES_URL!, `SELECT pid, item_id FROM ${schema}.workers WHERE item_id IS NOT NULL`)) ?? [])
        .map((r) => ({ worker: workers.find((w) => w.child.pid === r.pid && w.child.exitCode === null), item: r.item_id }))
        .filter((h): h is { worker: WorkerProcess; item: number } => h.worker !== undefined);
    let victim: { worker: WorkerProcess; item: number } | undefined;
    await waitFor(`round ${round}: ${target} articles and a worker holding an item`, async () => {
      if (workers.every((w) => w.child.exitCode !== null)) return true; // all done: nothing left to kill
      if ((await stored()) < target) return false;
      const candidates = await holders();
      victim = candidates[Math.floor(random() * candidates.length)];
      return victim !== undefined;
    });
    if (!victim) break;
    victim.worker.child.kill("SIGKILL");
    await victim.worker.exited;
    kills++;
    const left = await tryQuery<{ state: string }>(POSTGRES_URL!, `SELECT state FROM ${schema}.work_items WHERE id = ${Number(victim.item)}`);
    if (left?.[0]?.state === "leased") interrupted.push(victim.item);
    workers.push(startWorker(db, args));
  }
  const codes = await Promise.all(workers.map((w) => w.exited));
  return { kills, interrupted, codes, logs: workers.map((w) => w.log()).join("\n---\n") };
}

/** A clean single-worker run, in-process: the reference the fault tests compare with. */
export async function referenceRun(url: string, schema: string, inputs: string[], options: { itemSize: number; batchSize: number }): Promise<Folded> {
  const store = await openSchema(url, schema);
  try {
    await enqueue(store, inputs, options.itemSize);
    await runWorker({ store, idleExit: true, threads: 0, batchSize: options.batchSize, prepare: { enrich: false } });
  } finally {
    await store.close();
  }
  return foldedOf(url, schema);
}
