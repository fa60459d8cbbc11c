import { join } from "node:path";
import { existsSync } from "node:fs";
import type { MinHashParams } from "../src/types.js";
import { exactHash } from "../src/fingerprint/exact-hash.js";
import { createMinHasher } from "../src/fingerprint/minhash.js";
import { shingleHashesOfText } from "../src/text/shingle.js";
import { createLshIndex } from "../src/lsh/lsh-index.js";
import { createCopyIndex } from "../src/copies/copy-index.js";
import type { CopyIndexOptions } from "../src/copies/copy-index.js";
import { DEFAULT_MIN_CONTAINED_SHINGLES } from "../src/copies/containment.js";
import { createSplitMix32 } from "../src/text/hash32.js";
import { deriveCopies, loadBenchCorpus, loadNewsTexts, pairKey } from "./copies-data.js";
import { exactAllPairs } from "./copies-exact.js";

/** Precision and recall of a set of pairs against a ground truth. */
export interface PairScore {
  pairs: number;
  truePositives: number;
  truth: number;
  precision: number;
  recall: number;
}

export interface SchemeScore {
  scheme: MinHashParams["scheme"];
  bands: number;
  rows: number;
  /** Raw LSH candidate pairs against the Jaccard ≥ threshold truth. */
  candidates: PairScore;
  /** Pairs verified "exact" or "near" by the copy index. */
  verified: PairScore;
  /** Pairs verified "contained" against the containment truth (news set only). */
  contained?: PairScore;
}

export interface CopiesEvaluation {
  threshold: number;
  bench: { documents: number; schemes: SchemeScore[] } | { skipped: string };
  news:
    | { documents: number; derived: { edited: number; embedded: number }; languages: Record<string, number>; containmentTruth: number; schemes: SchemeScore[] }
    | { skipped: string };
}

export interface EvaluateCopiesOptions {
  /** Folder with corpus.jsonl and exact_pairs.tsv (bench/make-corpus.sh). Default: bench/data under `root`. */
  benchDir?: string;
  /** ../shared/data. Default: ../shared/data from `root`. */
  dataDir?: string;
  /** Repository root used for the defaults. Default: process.cwd(). */
  root?: string;
  /** Use only the first `limit` bench documents. */
  limit?: number;
  /** Seed of the edits made to derive copies of the news texts. */
  seed?: number;
  index?: Omit<CopyIndexOptions, "numPerm">;
  onProgress?: (stage: string, done: number, total: number) => void;
}

/** Seed of the derived copies: fixed so EVALUATION.md figures reproduce. */
const DEFAULT_EVAL_SEED = 20260101;
const SCHEMES: MinHashParams["scheme"][] = ["kperm", "oph"];

/**
 * Copy detection measured two ways: (a) on the bench corpus against ../shared/bench exact_pairs.tsv
 * (Jaccard ≥ 0.8 over word 5-grams, computed in Python from strings); (b) on multilingual news
 * texts plus deterministic edited and embedded copies, against our own exhaustive all-pairs Jaccard.
 */
export function evaluateCopies(options: EvaluateCopiesOptions = {}): CopiesEvaluation {
  const root = options.root ?? process.cwd();
  const threshold = options.index?.threshold ?? 0.8;
  const benchDir = options.benchDir ?? join(root, "bench", "data");
  const dataDir = options.dataDir ?? join(root, "..", "shared", "data");
  const progress = options.onProgress ?? (() => {});

  let bench: CopiesEvaluation["bench"];
  if (!existsSync(join(benchDir, "corpus.jsonl"))) bench = { skipped: `no corpus in ${benchDir}: run sh bench/make-corpus.sh` };
  else {
    const corpus = loadBenchCorpus(benchDir, options.limit);
    const sets = corpus.texts.map((t, i) => (progress("bench:shingle", i, corpus.texts.length), shingleHashesOfText(t)));
    const hashes = corpus.texts.map(exactHash);
    bench = { documents: sets.length, schemes: SCHEMES.map((scheme) => scoreScheme(scheme, sets, hashes, corpus.truth, undefined, options, progress)) };
  }

  let news: CopiesEvaluation["news"];
  if (!existsSync(dataDir)) news = { skipped: `no evaluation data at ${dataDir}` };
  else {
    const base = loadNewsTexts(dataDir);
    const derived = deriveCopies(base, createSplitMix32(options.seed ?? DEFAULT_EVAL_SEED));
    const all = [...base, ...derived];
    const sets = all.map((d) => shingleHashesOfText(d.text));
    const hashes = all.map((d) => exactHash(d.text));
    const truth = new Set<string>();
    const containedTruth = new Set<string>();
    const minContained = DEFAULT_MIN_CONTAINED_SHINGLES;
    for (const p of exactAllPairs(sets, (p) => p.jaccard >= threshold || (p.containment >= 0.8 && p.minSize >= minContained))) {
      if (p.jaccard >= threshold) truth.add(pairKey(p.a, p.b));
      else containedTruth.add(pairKey(p.a, p.b));
    }
    const languages: Record<string, number> = {};
    for (const d of all) languages[d.lang] = (languages[d.lang] ?? 0) + 1;
    news = {
      documents: all.length,
      derived: { edited: derived.filter((d) => d.how === "edited").length, embedded: derived.filter((d) => d.how === "embedded").length },
      languages,
      containmentTruth: containedTruth.size,
      schemes: SCHEMES.map((scheme) => scoreScheme(scheme, sets, hashes, truth, containedTruth, options, progress)),
    };
  }
  return { threshold, bench, news };
}

function scoreScheme(
  scheme: MinHashParams["scheme"],
  sets: readonly Uint32Array[],
  hashes: readonly string[],
  truth: Set<string>,
  containedTruth: Set<string> | undefined,
  options: EvaluateCopiesOptions,
  progress: (stage: string, done: number, total: number) => void,
): SchemeScore {
  const hasher = createMinHasher({ scheme });
  const index = createCopyIndex({ ...options.index, numPerm: hasher.params.numPerm });
  const lsh = createLshIndex({ threshold: index.threshold, numPerm: hasher.params.numPerm, weights: options.index?.lshWeights, bands: options.index?.bands, rows: options.index?.rows });
  const candidates = new Set<string>();
  const verified = new Set<string>();
  const contained = new Set<string>();
  const fetch = (id: number) => sets[id];
  for (let i = 0; i < sets.length; i++) {
    if (i % 1000 === 0) progress(`${scheme}:index`, i, sets.length);
    const doc = { id: i, exactHash: hashes[i], signature: hasher.signature(sets[i]), shingles: sets[i] };
    if (sets[i].length > 0) {
      for (const j of lsh.query(doc.signature)) candidates.add(pairKey(i, j));
      lsh.add(i, doc.signature);
    }
    for (const m of index.findCopies(doc, fetch)) (m.kind === "contained" ? contained : verified).add(pairKey(i, m.id));
    index.add(doc);
  }
  return {
    scheme,
    bands: lsh.bands,
    rows: lsh.rows,
    candidates: score(candidates, truth),
    verified: score(verified, truth),
    contained: containedTruth === undefined ? undefined : score(contained, containedTruth),
  };
}

function score(found: Set<string>, truth: Set<string>): PairScore {
  let tp = 0;
  for (const k of found) if (truth.has(k)) tp++;
  return { pairs: found.size, truePositives: tp, truth: truth.size, precision: found.size === 0 ? 1 : tp / found.size, recall: truth.size === 0 ? 1 : tp / truth.size };
}

/** The evaluation as a text table (for the CLI and docs/EVALUATION.md). */
export function formatCopiesEvaluation(e: CopiesEvaluation): string {
  const lines: string[] = [`Copy detection at Jaccard ≥ ${e.threshold} (word 5-gram shingles)`, ""];
  const table = (schemes: SchemeScore[]) => {
    lines.push("| scheme | bands×rows | LSH candidates | cand. P / R | verified pairs | verified P / R | contained P / R |", "| --- | --- | --- | --- | --- | --- | --- |");
    for (const s of schemes) {
      const c = s.contained === undefined ? "–" : `${fmt(s.contained.precision)} / ${fmt(s.contained.recall)} (${s.contained.truth} true)`;
      lines.push(`| ${s.scheme} | ${s.bands}×${s.rows} | ${s.candidates.pairs} | ${fmt(s.candidates.precision)} / ${fmt(s.candidates.recall)} | ${s.verified.pairs} (${s.verified.truth} true) | ${fmt(s.verified.precision)} / ${fmt(s.verified.recall)} | ${c} |`);
    }
  };
  lines.push("Bench corpus (../shared/bench, truth: exact_pairs.tsv)");
  if ("skipped" in e.bench) lines.push(`skipped: ${e.bench.skipped}`);
  else {
    lines.push(`${e.bench.documents} documents`, "");
    table(e.bench.schemes);
  }
  lines.push("", "Multilingual news (SemEval-2022 dev, RPM2 fr, WikiRef220 en) + derived copies (truth: exhaustive exact Jaccard)");
  if ("skipped" in e.news) lines.push(`skipped: ${e.news.skipped}`);
  else {
    const langs = Object.entries(e.news.languages).sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(", ");
    lines.push(`${e.news.documents} documents (${langs}); derived: ${e.news.derived.edited} edited, ${e.news.derived.embedded} embedded`, "");
    table(e.news.schemes);
  }
  return lines.join("\n");
}

const fmt = (x: number) => x.toFixed(3);
