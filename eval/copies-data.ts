import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { NewsfoldError } from "../src/errors.js";

/** A text of the evaluation sets, with where it came from. */
export interface EvalText {
  name: string;
  lang: string;
  text: string;
}

/** The bench corpus (../shared/bench/make_corpus.py output) and its exact ground truth. */
export interface BenchCorpus {
  ids: string[];
  texts: string[];
  /** Pairs "i\tj" (i < j, corpus positions) with exact Jaccard ≥ 0.8, from exact_pairs.tsv. */
  truth: Set<string>;
  bytes: number;
}

export const pairKey = (i: number, j: number): string => (i < j ? `${i}\t${j}` : `${j}\t${i}`);

export function loadBenchCorpus(dir: string, limit?: number): BenchCorpus {
  const corpusPath = join(dir, "corpus.jsonl");
  const truthPath = join(dir, "exact_pairs.tsv");
  if (!existsSync(corpusPath) || !existsSync(truthPath)) {
    throw new NewsfoldError("eval.copies.corpus.missing", `the bench corpus is not in ${dir}; build it with sh bench/make-corpus.sh (needs the Debian doc packages listed in ../shared/bench/make_corpus.py).`);
  }
  const ids: string[] = [];
  const texts: string[] = [];
  let bytes = 0;
  for (const line of readFileSync(corpusPath, "utf8").split("\n")) {
    if (line.length === 0) continue;
    if (limit !== undefined && ids.length >= limit) break;
    const doc = JSON.parse(line) as { id: string; text: string };
    ids.push(doc.id);
    texts.push(doc.text);
    bytes += Buffer.byteLength(doc.text, "utf8");
  }
  const position = new Map(ids.map((id, i) => [id, i]));
  const truth = new Set<string>();
  for (const line of readFileSync(truthPath, "utf8").split("\n").slice(1)) {
    const [a, b] = line.split("\t");
    const i = position.get(a);
    const j = position.get(b);
    if (i !== undefined && j !== undefined) truth.add(pairKey(i, j));
  }
  return { ids, texts, truth, bytes };
}

/**
 * News texts in several languages from ../shared/data: both texts of every SemEval-2022 Task 8 pair
 * (en, de, es, tr, pl, ar, fr), RPM2 French articles and WikiRef220 English articles; identical texts once.
 */
export function loadNewsTexts(dataDir: string): EvalText[] {
  const out: EvalText[] = [];
  const seen = new Set<string>();
  const push = (name: string, lang: string, text: string) => {
    const t = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").trim();
    if (t.length === 0 || seen.has(t)) return;
    seen.add(t);
    out.push({ name, lang, text: t });
  };
  const semeval = join(dataDir, "similarity", "semeval2022-dev.jsonl");
  if (existsSync(semeval)) {
    for (const line of readFileSync(semeval, "utf8").split("\n")) {
      if (line.length === 0) continue;
      const p = JSON.parse(line) as { pair_id: string; lang1: string; lang2: string; text1: string; text2: string };
      push(`semeval:${p.pair_id}:1`, p.lang1, p.text1);
      push(`semeval:${p.pair_id}:2`, p.lang2, p.text2);
    }
  }
  for (const [sub, lang] of [["stories/rpm2-fr", "fr"], ["stories/wikiref-en/WikiRef220", "en"]] as const) {
    const dir = join(dataDir, sub);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith(".txt") || file === "readme.txt") continue;
      push(`${sub}/${file}`, lang, decodeLegacy(readFileSync(join(dir, file))));
    }
  }
  return out;
}

/** UTF-8 when valid, else Windows-1252 (the WikiRef files are mostly cp1252). */
function decodeLegacy(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** A derived copy: `text` made from source `of` by light word edits, or by embedding (containment). */
export interface DerivedText extends EvalText {
  of: number;
  how: "edited" | "embedded";
}

/**
 * Deterministic copies for the evaluation: a share of the texts edited the way reprints are (drop,
 * insert or swap 1–3 words, as make_corpus.py does), and a share embedded whole inside another text
 * (a wire story inside a longer article). `random` returns uint32 values (seeded).
 */
export function deriveCopies(texts: readonly EvalText[], random: () => number, options: { editedShare?: number; embeddedShare?: number } = {}): DerivedText[] {
  const editedShare = options.editedShare ?? EDITED_SHARE;
  const embeddedShare = options.embeddedShare ?? EMBEDDED_SHARE;
  const pick = (n: number) => random() % n;
  const out: DerivedText[] = [];
  texts.forEach((source, i) => {
    const roll = random() / 4294967296;
    if (roll < editedShare) {
      const words = source.text.split(/\s+/).filter((w) => w.length > 0);
      if (words.length < MIN_WORDS_TO_EDIT) return;
      const donor = texts[pick(texts.length)].text.split(/\s+/).filter((w) => w.length > 0);
      const edits = 1 + pick(MAX_EDITS_EACH);
      for (let e = 0; e < edits; e++) words.splice(pick(words.length), 1);
      for (let e = 0; e < pick(MAX_EDITS_EACH + 1); e++) words.splice(pick(words.length + 1), 0, donor[pick(donor.length)] ?? "news");
      for (let e = 0; e < pick(MAX_EDITS_EACH); e++) {
        const k = pick(words.length - 1);
        [words[k], words[k + 1]] = [words[k + 1], words[k]];
      }
      out.push({ name: `${source.name}~edited`, lang: source.lang, text: words.join(" "), of: i, how: "edited" });
    } else if (roll < editedShare + embeddedShare) {
      const host = texts[pick(texts.length)];
      if (host === source) return;
      out.push({ name: `${source.name}~in~${host.name}`, lang: source.lang, text: `${host.text}\n\n${source.text}\n\n${host.text.slice(0, host.text.length >> 1)}`, of: i, how: "embedded" });
    }
  });
  return out;
}

/** A third of the texts get an edited copy: enough pairs at every language for stable recall. */
const EDITED_SHARE = 0.3;
/** One in ten is embedded inside another text, for containment. */
const EMBEDDED_SHARE = 0.1;
/** Edits on a text of under 30 words would move Jaccard far below the threshold by design. */
const MIN_WORDS_TO_EDIT = 30;
/** At most 3 drops, 3 inserts and 2 swaps, like make_corpus.py. */
const MAX_EDITS_EACH = 3;
