import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { loadBenchCorpus, loadNewsTexts } from "../../eval/copies-data.js";

/**
 * A large corpus of real text for loading the HTTP API: every news text of ../shared/data and every
 * document of the copy-detection corpus (bench/data), cut at paragraph breaks into article-sized pieces
 * (real sentences, no generated words). Pieces of one source get dates a few days apart and varied
 * outlets, so they fold into multi-article stories as coverage of one event would; sources are spread
 * over two years. Deterministic: the same inputs give the same JSONL.
 */

/** Smallest piece kept as an article: shorter paragraphs are joined with the next. */
const MIN_PIECE_CHARS = 400;
/** Outlets the pieces are attributed to (names only; nothing is fetched). */
const OUTLETS = Array.from({ length: 24 }, (_, i) => `outlet${String(i + 1).padStart(2, "0")}.example`);
const START = Date.UTC(2020, 0, 1);
const SPAN_DAYS = 730;
const DAY_MS = 86_400_000;

/** Mulberry32: a small seeded generator, so the corpus (and the load run's requests) are the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pieces(text: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const paragraph of text.split(/\n\s*\n|\n(?=\S)/)) {
    const p = paragraph.trim();
    if (p === "") continue;
    current = current === "" ? p : `${current}\n\n${p}`;
    if (current.length >= MIN_PIECE_CHARS) {
      out.push(current);
      current = "";
    }
  }
  if (current.length >= MIN_PIECE_CHARS / 2) out.push(current);
  return out;
}

const titleOf = (piece: string): string => {
  const line = piece.split("\n")[0].replace(/\s+/g, " ").trim();
  const sentence = /^(.{20,120}?[.!?])\s/.exec(line)?.[1] ?? line.slice(0, 90);
  return sentence.replace(/[:*`=_#>-]+/g, " ").replace(/\s+/g, " ").trim();
};

export interface HttpCorpusOptions {
  sharedDataDir: string;
  benchDir: string;
  /** Stop after this many articles (default: all pieces). */
  limit?: number;
  out: string;
}

/** Writes the corpus as JSONL (`{url, title, text, published, source, lang?}`); returns the number of articles. */
export async function writeHttpCorpus(options: HttpCorpusOptions): Promise<number> {
  const random = seeded(20_211_117);
  const sources: { text: string; lang?: string }[] = [
    ...loadNewsTexts(options.sharedDataDir).map((t) => ({ text: t.text, lang: t.lang })),
    ...loadBenchCorpus(options.benchDir).texts.map((text) => ({ text })),
  ];
  const out = createWriteStream(options.out);
  let n = 0;
  for (const source of sources) {
    const day = Math.floor(random() * SPAN_DAYS);
    for (const piece of pieces(source.text)) {
      if (options.limit !== undefined && n >= options.limit) break;
      const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)];
      const published = new Date(START + (day + Math.floor(random() * 4)) * DAY_MS + Math.floor(random() * DAY_MS)).toISOString().slice(0, 16);
      const doc = { url: `https://${outlet}/a/${n}`, title: titleOf(piece), text: piece, published, source: outlet, ...(source.lang ? { lang: source.lang } : {}) };
      if (!out.write(`${JSON.stringify(doc)}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      n++;
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return n;
}

export const defaultBenchDir = (root: string): string => join(root, "bench", "data");
