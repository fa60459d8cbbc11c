import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { ingest } from "../src/pipeline/ingest.js";
import { defaultWorkerCount } from "../src/pipeline/prepare-pool.js";
import { planWorkItems } from "../src/queue/plan-items.js";
import { createCollectingReporter } from "../src/report.js";
import { openStore } from "../src/store/index.js";

/** Lines per work item: enough items for every worker count to stay busy to the end. */
const ITEM_SIZE = 50;

export interface WorkersBenchOptions {
  /** A PostgreSQL database the bench may create throwaway schemas in. */
  url: string;
  texts: { text: string }[];
  workerCounts: number[];
  /** Times every setup is measured, interleaved (default 1). */
  rounds?: number;
  /** Helper threads of the SQLite runs (default [0]: one core, like a worker with --threads 0). */
  sqliteThreads?: number[];
  /** The command that starts a worker: [node, args…] (the CLI from source or the installed one). */
  workerCommand: string[];
  onProgress?: (message: string) => void;
}

export interface WorkersBenchRun {
  setup: string;
  workers: number;
  docs: number;
  /** Documents and seconds from the first commit to the last (see `steady`). */
  seconds: number;
  docsPerSecond: number;
  /** Docs/s over the span where every worker was committing (see `whileAllCommit`); one process: as `docsPerSecond`. */
  allCommittingPerSecond: number;
  /** PostgreSQL: milliseconds each document's batch held the store's write lock (the serial section), on average. */
  lockedMsPerDoc?: number;
}

export interface WorkersBenchResult {
  cores: number;
  documents: number;
  runs: WorkersBenchRun[];
}

/**
 * Ingest throughput of N `newsfold worker` processes against one PostgreSQL, on the same corpus (a
 * JSONL file of real news texts cut into items), beside a single-process SQLite ingest. Workers run
 * with `--threads 0` (one core each, no helper threads), `--no-stories` and `--no-enrich`, so the
 * figures compare clean + fingerprint + copies + store, where workers meet; SQLite runs the plain
 * `ingest` the same way. Enrichment only adds parallel CPU work per document (it would raise every
 * setup's per-document cost alike and hide the shared section that bounds scale-out).
 */
export async function benchWorkers(options: WorkersBenchOptions): Promise<WorkersBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), "newsfold-bench-workers-"));
  const input = join(dir, "corpus.jsonl");
  writeFileSync(input, `${options.texts.map((t, i) => JSON.stringify({ url: `https://bench.example/${i}`, text: t.text })).join("\n")}\n`);
  const runs: WorkersBenchRun[] = [];
  try {
    // Rounds interleave every setup, so a burst of load on a shared machine hits all of them alike.
    for (let round = 1; round <= (options.rounds ?? 1); round++) {
      for (const threads of options.sqliteThreads ?? [0]) {
        options.onProgress?.(`round ${round}: SQLite, one process, ${threads} helper thread(s), ${options.texts.length} documents`);
        const path = join(dir, `bench-${round}-${threads}.db`);
        const sqlite = await openStore({ type: "sqlite", path });
        await ingest([input], { store: sqlite, reporter: createCollectingReporter(), workers: threads, prepare: { enrich: false } });
        await sqlite.close();
        const db = new Database(path, { readonly: true });
        const batches = db.prepare("SELECT ingested_at AS at, count(*) AS docs FROM articles GROUP BY ingested_at ORDER BY ingested_at").all() as { at: string; docs: number }[];
        db.close();
        runs.push(steady(`SQLite, one process, ${threads} helper thread(s)`, 1, batches.map((b) => ({ at: Date.parse(b.at) / 1000, docs: b.docs }))));
      }
      for (const count of options.workerCounts) {
        options.onProgress?.(`round ${round}: PostgreSQL, ${count} worker(s)`);
        runs.push(await runWorkers(options, input, count, round));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { cores: availableParallelism(), documents: options.texts.length, runs };
}

async function runWorkers(options: WorkersBenchOptions, input: string, count: number, round: number): Promise<WorkersBenchRun> {
  const schema = `nf_bench_workers_${process.pid}_${count}_${round}`;
  const admin = new pg.Client({ connectionString: options.url });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    const store = await openStore({ type: "postgres", url: options.url, schema });
    const plan = await planWorkItems([input], { itemSize: ITEM_SIZE });
    await store.queue!.enqueue(plan.items);
    await store.close();
    const db = `${options.url}${options.url.includes("?") ? "&" : "?"}schema=${schema}`;
    const [command, ...args] = options.workerCommand;
    const exits = Array.from({ length: count }, () => {
      const child = spawn(command, [...args, "worker", "--db", db, "--idle-exit", "--no-stories", "--no-enrich", "--threads", "0"], { stdio: ["ignore", "ignore", "inherit"] });
      return new Promise<number | null>((resolve) => child.on("exit", resolve));
    });
    const codes = await Promise.all(exits);
    if (codes.some((c) => c !== 0 && c !== 4)) throw new Error(`a worker exited with ${codes.join(", ")}`);
    const { rows } = await admin.query<{ at: number; docs: number; locked_ms: number | null; worker_id: string }>(
      `SELECT extract(epoch FROM committed_at)::float8 AS at, docs, locked_ms, worker_id FROM ${schema}.work_commits ORDER BY committed_at`,
    );
    const docs = rows.reduce((sum, r) => sum + r.docs, 0);
    const lockedMs = rows.reduce((sum, r) => sum + (r.locked_ms ?? 0), 0);
    const run = steady(`PostgreSQL, ${count} worker process(es)`, count, rows);
    return { ...run, allCommittingPerSecond: whileAllCommit(rows.map((r) => ({ ...r, worker: r.worker_id }))), lockedMsPerDoc: lockedMs / Math.max(docs, 1) };
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await admin.end();
  }
}

/**
 * Steady-state throughput: documents committed after the first commit, over the time from the first
 * commit to the last. Leaves out process start-up and warm-up (loading code and gazetteers, seconds
 * on a busy machine), which every setup pays once and which would otherwise dominate a small corpus.
 */
function steady(setup: string, workers: number, commits: { at: number; docs: number }[]): WorkersBenchRun {
  const docs = commits.slice(1).reduce((sum, c) => sum + c.docs, 0);
  const seconds = commits.length > 1 ? commits[commits.length - 1].at - commits[0].at : NaN;
  return { setup, workers, docs, seconds, docsPerSecond: docs / seconds, allCommittingPerSecond: docs / seconds };
}

/**
 * Docs/s while every worker was committing: from the last worker's first commit to the first worker's
 * last. "First commit to last" also counts the seconds other workers spend starting up (loading code,
 * several seconds each on a busy machine, on the cores the first one ingests with) and the tail where
 * some have nothing left to claim, which a long-running fleet pays once; this span is the N-worker
 * rate itself. NaN when no such span holds a commit (a corpus too small for the workers).
 */
export function whileAllCommit(commits: { at: number; docs: number; worker: string }[]): number {
  const spans = new Map<string, { first: number; last: number }>();
  for (const c of commits) {
    const span = spans.get(c.worker);
    if (span === undefined) spans.set(c.worker, { first: c.at, last: c.at });
    else span.last = Math.max(span.last, c.at);
  }
  const start = Math.max(...[...spans.values()].map((s) => s.first));
  const end = Math.min(...[...spans.values()].map((s) => s.last));
  const docs = commits.filter((c) => c.at > start && c.at <= end).reduce((sum, c) => sum + c.docs, 0);
  return end > start && docs > 0 ? docs / (end - start) : NaN;
}

export function formatBenchWorkers(result: WorkersBenchResult): string {
  const setups = [...new Set(result.runs.map((r) => r.setup))];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const runsOf = (setup: string) => result.runs.filter((r) => r.setup === setup);
  const base = runsOf("PostgreSQL, 1 worker process(es)");
  const rate = (xs: number[], baseXs: number[]) => {
    const ratio = baseXs.length > 0 ? (median(xs) / median(baseXs)).toFixed(2) : "–";
    return `${median(xs).toFixed(1)} | ${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} | ${ratio}`;
  };
  const lines = [
    `Workers bench: ${result.documents} news texts, ${result.cores} cores; docs/s while all workers commit and from the first commit to the last, median of ${base.length || 1} interleaved round(s) [range]`,
    "",
    "| setup | docs/s, all committing | range | vs 1 worker | docs/s, first commit to last | range | vs 1 worker | under the write lock, µs/doc | cap it implies, docs/s |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const s of setups) {
    const runs = runsOf(s);
    const locked = runs.flatMap((r) => (r.lockedMsPerDoc === undefined ? [] : [r.lockedMsPerDoc]));
    const lock = locked.length === 0 ? "–" : `${(median(locked) * 1000).toFixed(0)} (${(Math.min(...locked) * 1000).toFixed(0)}–${(Math.max(...locked) * 1000).toFixed(0)})`;
    const cap = locked.length === 0 ? "–" : Math.round(1000 / median(locked)).toLocaleString("en-US");
    const all = rate(runs.map((r) => r.allCommittingPerSecond), base.map((r) => r.allCommittingPerSecond));
    const firstToLast = rate(runs.map((r) => r.docsPerSecond), base.map((r) => r.docsPerSecond));
    lines.push(`| ${s} | ${all} | ${firstToLast} | ${lock} | ${cap} |`);
  }
  lines.push(
    "",
    "The write lock is the one section every commit of every worker passes in turn (settling copy groups; rows, search",
    "vectors and entities are written beside it): 1 ÷ its time per document caps the throughput of any number of",
    "workers on any number of machines against one PostgreSQL, whatever their cores. \"All committing\" is the span",
    "from the last worker's first commit to the first one's last; \"first commit to last\" also holds the other",
    "workers' start-up and the tail where some have nothing left to claim.",
  );
  return `${lines.join("\n")}\n`;
}
