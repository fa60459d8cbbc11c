import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createEnricher } from "../src/enrich/index.js";
import { createIdfTable, pairFeatures, prepareDocument, reweigh, type Features, type IdfTable, type PreparedDocument } from "../src/similarity/index.js";

/** The SemEval-2022 Task 8 pairs with text, under the shared folder. */
export const SEMEVAL_FILE = "data/similarity/semeval2022-dev.jsonl";
/** The dataset joins title and body with two spaces; a longer first part is no title (as eval/entities.ts). */
const MAX_TITLE_CHARS = 300;

/** One pair; every human score runs 1 = very similar … 4 = very dissimilar. */
export interface SemEvalPair {
  pair_id: string;
  lang1: string;
  lang2: string;
  text1: string;
  text2: string;
  geography: number;
  entities: number;
  time: number;
  narrative: number;
  overall: number;
  style: number;
  tone: number;
}

export function loadSemEvalPairs(sharedDir: string): { file: string; pairs: SemEvalPair[] } | { skipped: string } {
  const file = join(sharedDir, SEMEVAL_FILE);
  if (!existsSync(file)) return { skipped: `no ${SEMEVAL_FILE} under ${sharedDir}` };
  const pairs = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as SemEvalPair);
  return { file, pairs };
}

export interface PreparedPairs {
  docs: [PreparedDocument, PreparedDocument][];
  /** Document frequencies of the file's own texts (unlabelled, so no label leaks into the folds). */
  idf: IdfTable;
  features: Features[];
  /** The same features with no IDF table (the pair fallback), to show what a table is worth. */
  featuresWithoutIdf: Features[];
  /** Milliseconds spent enriching (dates on) and preparing the distinct texts. */
  enrichMs: number;
  prepareMs: number;
  texts: number;
}

/**
 * Enrich (dates on; no publication date, so the event date has a year only when the text writes one),
 * prepare, and compute the features of every pair. Titles are split off the texts as the dataset writes
 * them, so enrich and the title features see them.
 */
export function preparePairs(pairs: readonly SemEvalPair[], now: () => number = () => performance.now()): PreparedPairs {
  const enricher = createEnricher();
  const cache = new Map<string, PreparedDocument>();
  let enrichMs = 0;
  let prepareMs = 0;
  const docOf = (text: string, lang: string): PreparedDocument => {
    const key = `${lang}\u0000${text}`;
    let d = cache.get(key);
    if (d === undefined) {
      const { title, body } = splitTitle(text);
      const t0 = now();
      const enrichment = enricher.enrich({ title, text: body, lang, published: null });
      const t1 = now();
      d = prepareDocument({ title, text: body, lang, published: null, enrichment });
      prepareMs += now() - t1;
      enrichMs += t1 - t0;
      cache.set(key, d);
    }
    return d;
  };
  const unweighed = pairs.map((p) => [docOf(p.text1, p.lang1), docOf(p.text2, p.lang2)] as const);
  const idf = createIdfTable(cache.values());
  const weighed = new Map([...cache.values()].map((d) => [d, reweigh(d, idf)]));
  const docs = unweighed.map(([a, b]) => [weighed.get(a)!, weighed.get(b)!] as [PreparedDocument, PreparedDocument]);
  return {
    docs,
    idf,
    features: docs.map(([a, b]) => pairFeatures(a, b, idf).features),
    featuresWithoutIdf: unweighed.map(([a, b]) => pairFeatures(a, b).features),
    enrichMs,
    prepareMs,
    texts: cache.size,
  };
}

export function splitTitle(text: string): { title: string | null; body: string } {
  const at = text.indexOf("  ");
  if (at <= 0 || at > MAX_TITLE_CHARS) return { title: null, body: text };
  return { title: text.slice(0, at), body: text.slice(at + 2).trimStart() };
}
