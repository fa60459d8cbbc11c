import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { clean } from "../src/clean/index.js";
import { createMinHasher } from "../src/fingerprint/index.js";
import { ingest } from "../src/pipeline/ingest.js";
import { createPreparePool, defaultWorkerCount, type PreparePool } from "../src/pipeline/prepare-pool.js";
import { shinglesOf } from "../src/pipeline/prepare.js";
import { readInputs } from "../src/read/index.js";
import { createCollectingReporter, silentReporter } from "../src/report.js";
import { openStore } from "../src/store/index.js";
import type { RawDocument } from "../src/types.js";
import { createRssSampler, type StageFigure } from "./measure.js";

export interface IngestBenchOptions {
  /** Texts to write as text pages, one file each (real news texts). */
  texts: { text: string }[];
  onProgress?: (message: string) => void;
}

export interface IngestBenchResult {
  documents: number;
  megabytes: number;
  stages: StageFigure[];
  /** Plain SQLite inserts of the raw text in one transaction per 256: the floor any ingest pays. */
  reference: StageFigure;
  peakRssMb: number;
}

/**
 * Whole ingest of text pages into SQLite, stage by stage, beside a reference measured in the same run
 * (raw inserts into SQLite), so the figures read as ratios on any machine.
 */
export async function benchIngest(options: IngestBenchOptions): Promise<IngestBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), "newsfold-bench-ingest-"));
  const rss = createRssSampler();
  try {
    const pages = join(dir, "pages");
    mkdirSync(pages);
    let bytes = 0;
    options.texts.forEach((t, i) => {
      const name = join(pages, `${String(i).padStart(6, "0")}.txt`);
      writeFileSync(name, t.text);
      bytes += Buffer.byteLength(t.text);
    });
    const mb = bytes / 1024 ** 2;
    const n = options.texts.length;
    const stages: StageFigure[] = [];
    // Best of `repeats` runs, as the reference figures of ../shared/bench are: the machine's other work only slows a run down.
    const time = async <T>(stage: string, fn: (run: number) => Promise<T> | T, repeats = 1): Promise<T> => {
      options.onProgress?.(stage);
      const runs: number[] = [];
      let result: T | undefined;
      for (let run = 0; run < repeats; run++) {
        const started = performance.now();
        result = await fn(run);
        runs.push((performance.now() - started) / 1000);
      }
      const best = Math.min(...runs);
      stages.push({ stage, docs: n, seconds: best, docsPerSecond: n / best, mbPerSecond: mb / best, rssMb: rss.sample(), runs: runs.map((s) => n / s) });
      return result as T;
    };

    // Warm-up outside the timing: module loading and the JIT, which a long ingest amortises.
    for (const r of (await collect(pages)).slice(0, WARM_UP_DOCS)) {
      const c = clean(r, undefined, silentReporter);
      createMinHasher().signature(shinglesOf(c.text, 5));
    }

    const raws = await time("read (files → decoded documents)", () => collect(pages));
    const cleaned = await time("clean (text pages)", () => raws.map((r) => clean(r, undefined, silentReporter)));
    const hasher = createMinHasher();
    await time("shingle + MinHash", () => cleaned.map((c) => hasher.signature(shinglesOf(c.text, hasher.params.shingleSize))));

    const ingestInto = async (path: string, pool: PreparePool) => {
      const store = await openStore({ type: "sqlite", path });
      try {
        await ingest([pages], { store, reporter: createCollectingReporter(), pool });
      } finally {
        await store.close();
      }
    };
    const warm = (pool: PreparePool) => pool.prepare(raws.slice(0, WARM_UP_DOCS).map((raw, i) => ({ raw, docKey: String(i) })), silentReporter);
    // Each configuration: a pool started and warmed outside the timing (as once per long ingest), one
    // untimed ingest (a long ingest runs JIT-compiled code), then the timed one into a fresh store.
    const configurations = [
      { label: "without enrichment", prepare: { enrich: false as const } },
      { label: "with enrichment", prepare: {} },
    ];
    for (const { label, prepare } of configurations) {
      for (const workers of [0, defaultWorkerCount()]) {
        const pool = createPreparePool({ workers, prepare });
        try {
          await warm(pool);
          await ingestInto(join(dir, `warm-${label}-${workers}.db`), pool);
          const threads = `${workers + 1} thread${workers === 0 ? "" : "s"}`;
          await time(`whole ingest ${label}, ${threads}`, (run) => ingestInto(join(dir, `${label}-${workers}-${run}.db`), pool), INGEST_REPEATS);
          if (workers > 0 && label === "with enrichment") {
            await time("re-ingest of the same pages (all known)", () => ingestInto(join(dir, `${label}-${workers}-0.db`), pool));
          }
        } finally {
          await pool.close();
        }
      }
    }

    options.onProgress?.("reference: raw SQLite inserts");
    const reference = referenceInserts(raws, join(dir, "reference.db"), mb, rss.sample);
    return { documents: n, megabytes: mb, stages, reference, peakRssMb: rss.peak() };
  } finally {
    rss.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Timed runs of each whole-ingest configuration; the best is reported. */
const INGEST_REPEATS = 3;

/** Documents cleaned and fingerprinted before timing starts. */
const WARM_UP_DOCS = 300;

async function collect(dir: string): Promise<RawDocument[]> {
  const out: RawDocument[] = [];
  for await (const doc of readInputs([dir], {}, silentReporter)) out.push(doc);
  return out;
}

function referenceInserts(raws: RawDocument[], path: string, mb: number, sample: () => number): StageFigure {
  const started = performance.now();
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("CREATE TABLE docs (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
  const insert = db.prepare("INSERT INTO docs (text) VALUES (?)");
  const batch = db.transaction((docs: RawDocument[]) => {
    for (const d of docs) insert.run(d.content);
  });
  for (let i = 0; i < raws.length; i += 256) batch(raws.slice(i, i + 256));
  db.close();
  const seconds = (performance.now() - started) / 1000;
  return { stage: "reference: raw text inserts into SQLite", docs: raws.length, seconds, docsPerSecond: raws.length / seconds, mbPerSecond: mb / seconds, rssMb: sample() };
}
