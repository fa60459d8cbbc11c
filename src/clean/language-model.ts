import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";

/**
 * eld's "medium" model (Nito-ELD 2.1, 60 languages) in typed arrays, for language-scorer.ts.
 *
 * eld ships its model as a 2 MB JavaScript object literal: parsing it costs every process and every
 * worker thread more CPU than detecting the language of a few thousand articles. So the arrays built
 * from it are kept in a cache file in the temporary folder, named after the model file's size and
 * modification time (a new eld version makes a new name), written atomically; later threads read that
 * instead. Anything wrong with the cache (absent, unreadable, the wrong size) means building it again.
 *
 * The model's files are not among eld's package exports, so they are located from its "medium" entry;
 * package.json pins eld's exact version for that reason.
 */
export interface LanguageModel {
  /** ISO 639-1 code of each language index. */
  codes: string[];
  /** eld's isReliable floor per language: its usual score times the reliability ratio. */
  reliableFloor: Float64Array;
  /** eld's byte → dictionary character, as character codes (all below 256). */
  byteCode: Uint8Array;
  /** Each n-gram of the model as a number (see language-scorer.ts keyOfCodes), by n-gram id. */
  keys: Float64Array;
  /** The languages of n-gram `id` are entries entryStart[id] … entryStart[id + 1] - 1. */
  entryStart: Int32Array;
  entryLanguage: Uint8Array;
  /** The entry's score with eld's base added back. */
  entryScore: Float64Array;
  /** 1 for the BMP characters that are letters (\p{L}). */
  letter: Uint8Array;
  /** Lower case of each BMP character; 0 where one character cannot say it (capital sigma, dotted capital I). */
  lower: Uint16Array;
}

/** eld stores scores minus this base to keep its model small. */
const BASE_NGRAM_SCORE = 53;
/** eld's isReliable: the winner reaches this share of the language's usual score. */
export const RELIABLE_RATIO = 0.75;
const CACHE_FORMAT = 1;

const eldEntry = import.meta.resolve("eld/medium");
const modelUrl = new URL("../ngrams/medium.js", eldEntry);

/** An n-gram of at most 6 characters below 256 as one exact number (base 256; no character is 0). */
export function keyOfCodes(codes: ArrayLike<number>, from: number, to: number, lead: boolean, trail: boolean): number {
  let key = lead ? 32 : 0;
  for (let i = from; i < to; i++) key = key * 256 + codes[i];
  return trail ? key * 256 + 32 : key;
}

export const languageModel: LanguageModel = readCache() ?? writeCache(await buildFromEld());

function cachePath(): string {
  const stat = statSync(fileURLToPath(modelUrl));
  return join(tmpdir(), `newsfold-eld-medium-${stat.size}-${Math.round(stat.mtimeMs)}-v${CACHE_FORMAT}.bin`);
}

async function buildFromEld(): Promise<LanguageModel> {
  const { ngramsData } = (await import(modelUrl.href)) as { ngramsData: { languages: Record<number, string>; ngrams: Record<string, Record<number, number>> } };
  const { dictionary } = (await import(new URL("../dictionary.js", eldEntry).href)) as { dictionary: string[] };
  const { avgScore } = (await import(new URL("../avgScore.js", eldEntry).href)) as { avgScore: Record<string, number> };
  const codes = Array.from({ length: Object.keys(ngramsData.languages).length }, (_, i) => ngramsData.languages[i]);
  const ngrams = Object.keys(ngramsData.ngrams);
  const keys = new Float64Array(ngrams.length);
  const entryStart = new Int32Array(ngrams.length + 1);
  const languages: number[] = [];
  const scores: number[] = [];
  ngrams.forEach((ngram, id) => {
    keys[id] = keyOfCodes(Array.from(ngram, (c) => c.charCodeAt(0)), 0, ngram.length, false, false);
    entryStart[id] = languages.length;
    for (const [language, score] of Object.entries(ngramsData.ngrams[ngram])) {
      languages.push(Number(language));
      scores.push(score + BASE_NGRAM_SCORE);
    }
  });
  entryStart[ngrams.length] = languages.length;
  const letter = new Uint8Array(0x10000);
  const lower = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const char = String.fromCharCode(c);
    letter[c] = c < 0xd800 || c > 0xdfff ? Number(/\p{L}/u.test(char)) : 0;
    const lowered = char.toLowerCase();
    lower[c] = lowered.length === 1 && c !== 0x3a3 ? lowered.charCodeAt(0) : 0;
  }
  return {
    codes,
    reliableFloor: Float64Array.from(codes, (code) => (avgScore[code] ?? 0) * RELIABLE_RATIO),
    byteCode: Uint8Array.from(dictionary, (c) => c.charCodeAt(0)),
    keys,
    entryStart,
    entryLanguage: Uint8Array.from(languages),
    entryScore: Float64Array.from(scores),
    letter,
    lower,
  };
}

/**
 * The cache file: a header of four float64 (format, languages, n-grams, entries), then the arrays,
 * widest first so each starts aligned: reliableFloor, keys, entryScore (float64), entryStart (int32),
 * lower and the language codes (uint16), letter, byteCode and entryLanguage (uint8).
 */
function layout(languages: number, ngrams: number, entries: number) {
  const parts = [
    ["reliableFloor", 8, languages],
    ["keys", 8, ngrams],
    ["entryScore", 8, entries],
    ["entryStart", 4, ngrams + 1],
    ["lower", 2, 0x10000],
    ["codes", 2, languages * 2],
    ["letter", 1, 0x10000],
    ["byteCode", 1, 256],
    ["entryLanguage", 1, entries],
  ] as const;
  let offset = 32;
  const at: Record<string, { offset: number; length: number }> = {};
  for (const [name, width, length] of parts) {
    at[name] = { offset, length };
    offset += width * length;
  }
  return { at, bytes: offset };
}

function readCache(): LanguageModel | null {
  try {
    const file = readFileSync(cachePath());
    const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
    const [format, languages, ngrams, entries] = new Float64Array(buffer, 0, 4);
    if (format !== CACHE_FORMAT) return null;
    const { at, bytes } = layout(languages, ngrams, entries);
    if (bytes !== buffer.byteLength) return null;
    const codeUnits = new Uint16Array(buffer, at.codes.offset, at.codes.length);
    return {
      codes: Array.from({ length: languages }, (_, i) => String.fromCharCode(codeUnits[2 * i], codeUnits[2 * i + 1])),
      reliableFloor: new Float64Array(buffer, at.reliableFloor.offset, at.reliableFloor.length),
      keys: new Float64Array(buffer, at.keys.offset, at.keys.length),
      entryScore: new Float64Array(buffer, at.entryScore.offset, at.entryScore.length),
      entryStart: new Int32Array(buffer, at.entryStart.offset, at.entryStart.length),
      lower: new Uint16Array(buffer, at.lower.offset, at.lower.length),
      letter: new Uint8Array(buffer, at.letter.offset, at.letter.length),
      byteCode: new Uint8Array(buffer, at.byteCode.offset, at.byteCode.length),
      entryLanguage: new Uint8Array(buffer, at.entryLanguage.offset, at.entryLanguage.length),
    };
  } catch {
    return null;
  }
}

function writeCache(model: LanguageModel): LanguageModel {
  // Every code is two letters; the cache stores them as two UTF-16 units each.
  if (model.codes.some((code) => code.length !== 2)) return model;
  try {
    const { at, bytes } = layout(model.codes.length, model.keys.length, model.entryLanguage.length);
    const buffer = new ArrayBuffer(bytes);
    new Float64Array(buffer, 0, 4).set([CACHE_FORMAT, model.codes.length, model.keys.length, model.entryLanguage.length]);
    new Float64Array(buffer, at.reliableFloor.offset, at.reliableFloor.length).set(model.reliableFloor);
    new Float64Array(buffer, at.keys.offset, at.keys.length).set(model.keys);
    new Float64Array(buffer, at.entryScore.offset, at.entryScore.length).set(model.entryScore);
    new Int32Array(buffer, at.entryStart.offset, at.entryStart.length).set(model.entryStart);
    new Uint16Array(buffer, at.lower.offset, at.lower.length).set(model.lower);
    new Uint16Array(buffer, at.codes.offset, at.codes.length).set(model.codes.flatMap((code) => [code.charCodeAt(0), code.charCodeAt(1)]));
    new Uint8Array(buffer, at.letter.offset, at.letter.length).set(model.letter);
    new Uint8Array(buffer, at.byteCode.offset, at.byteCode.length).set(model.byteCode);
    new Uint8Array(buffer, at.entryLanguage.offset, at.entryLanguage.length).set(model.entryLanguage);
    const path = cachePath();
    const partial = `${path}.${process.pid}.${threadId}`;
    writeFileSync(partial, new Uint8Array(buffer));
    renameSync(partial, path);
  } catch {
    // No cache (a read-only temporary folder): the next thread builds the model again.
  }
  return model;
}
