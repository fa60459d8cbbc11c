import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createEnricher, entityOverlap, geographyOverlap, placeOverlap, type Enrichment } from "../enrich/index.js";

/**
 * How well our entities agree with people's judgement of two news articles (SemEval-2022 Task 8,
 * dev set): Pearson between our entity overlap and `5 - entities` (the human score runs 1 = same
 * entities … 4 = none shared), and between our place overlap and `5 - geography`. A 2022 participant's
 * single entity-overlap feature reached 0.46 on the training data; our target is 0.60.
 */
export interface EntitiesEvaluation {
  file: string;
  pairs: number;
  overall: CorrelationRow;
  byLanguage: CorrelationRow[];
  /** Enrich throughput on the dataset's texts (dates off), for the record. */
  docsPerSecond: number;
}

export interface CorrelationRow {
  /** "all", or a language pair ("de-en"). */
  group: string;
  pairs: number;
  entities: number;
  /** Places only (`placeOverlap`). */
  geography: number;
  /** Places with unclassified names as back-off (`geographyOverlap`). */
  geographyWithNames: number;
}

export interface EvaluateEntitiesOptions {
  sharedDir: string;
  /** Clock for the throughput figure; injectable so tests need not time anything. */
  now?: () => number;
}

const DATA_FILE = "data/similarity/semeval2022-dev.jsonl";
/** The dataset joins title and body with two spaces; a longer first part is no title. */
const MAX_TITLE_CHARS = 300;

interface Pair {
  lang1: string;
  lang2: string;
  text1: string;
  text2: string;
  entities: number;
  geography: number;
}

/** Evaluate on the shared SemEval-2022 dev pairs; `{ skipped }` when the file is absent. */
export function evaluateEntities(options: EvaluateEntitiesOptions): EntitiesEvaluation | { skipped: string } {
  const file = join(options.sharedDir, DATA_FILE);
  if (!existsSync(file)) return { skipped: `no ${DATA_FILE} under ${options.sharedDir}` };
  const now = options.now ?? (() => performance.now());
  const pairs: Pair[] = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Pair);
  const enricher = createEnricher({ dates: false });
  const cache = new Map<string, Enrichment>();
  let docs = 0;
  let ms = 0;
  const entitiesOf = (text: string, lang: string): Enrichment => {
    const key = `${lang}\u0000${text}`;
    let e = cache.get(key);
    if (e === undefined) {
      const { title, body } = splitTitle(text);
      const t0 = now();
      e = enricher.enrich({ title, text: body, lang, published: null });
      ms += now() - t0;
      docs++;
      cache.set(key, e);
    }
    return e;
  };
  const rows = pairs.map((p) => {
    const a = entitiesOf(p.text1, p.lang1);
    const b = entitiesOf(p.text2, p.lang2);
    return { group: `${p.lang1}-${p.lang2}`, ent: entityOverlap(a, b), geo: placeOverlap(a, b), geoNames: geographyOverlap(a, b), hEnt: 5 - p.entities, hGeo: 5 - p.geography };
  });
  const correlate = (group: string, rs: typeof rows): CorrelationRow => ({
    group,
    pairs: rs.length,
    entities: pearson(rs.map((r) => r.ent), rs.map((r) => r.hEnt)),
    geography: pearson(rs.map((r) => r.geo), rs.map((r) => r.hGeo)),
    geographyWithNames: pearson(rs.map((r) => r.geoNames), rs.map((r) => r.hGeo)),
  });
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  return {
    file,
    pairs: rows.length,
    overall: correlate("all", rows),
    byLanguage: groups.map((g) => correlate(g, rows.filter((r) => r.group === g))),
    docsPerSecond: ms > 0 ? (docs * 1000) / ms : 0,
  };
}

function splitTitle(text: string): { title: string | null; body: string } {
  const at = text.indexOf("  ");
  if (at <= 0 || at > MAX_TITLE_CHARS) return { title: null, body: text };
  return { title: text.slice(0, at), body: text.slice(at + 2).trimStart() };
}

/** Pearson's r; NaN when either side is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n === 0 || n !== ys.length) return Number.NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) (mx += xs[i]!), (my += ys[i]!);
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/** A plain-text table of the figures, overall first. */
export function formatEntitiesEvaluation(e: EntitiesEvaluation | { skipped: string }): string {
  if ("skipped" in e) return `entities: skipped (${e.skipped})`;
  const f = (x: number) => (Number.isNaN(x) ? "   n/a" : x.toFixed(3).padStart(6));
  const lines = [
    `Entities vs SemEval-2022 Task 8 dev (${e.pairs} pairs): Pearson r`,
    `${"pairs".padEnd(8)} ${"n".padStart(5)}  entities  geography  geo+names`,
  ];
  for (const r of [e.overall, ...e.byLanguage]) lines.push(`${r.group.padEnd(8)} ${String(r.pairs).padStart(5)}    ${f(r.entities)}     ${f(r.geography)}     ${f(r.geographyWithNames)}`);
  lines.push(`enrich: ${Math.round(e.docsPerSecond)} docs/s (dates off)`);
  return lines.join("\n");
}
