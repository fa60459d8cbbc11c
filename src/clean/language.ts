import type { LanguageGuess } from "../types.js";
import { refineLanguage } from "./language-facts.js";
import { scoreLanguages } from "./language-scorer.js";

/**
 * Language of an article with eld's model (Nito-ELD, n-gram scores over 60 languages; scored by
 * language-scorer.ts, same answers as eld), synchronous and pure. The "medium" model: "large" costs
 * three times the load time for no gain on article-length text. Scores are similarities in [0, 1];
 * the confidence is the winner's score, lowered when the runner-up is close (mixed or ambiguous text).
 */

/** Below this many letters no detector is trustworthy (a title, a caption, a number). */
const MIN_LETTERS = 20;
/**
 * eld reads at most the first ~380 bytes of what it is given (a few sentences), so a longer sample only
 * costs the copy; detection is a quarter of ingest's CPU. The first guess comes from the article's start;
 * when it is unsure, a second one from the middle of the text decides (a foreign-language lead, a caption).
 */
const SAMPLE_CHARS = 600;
/**
 * Where eld cannot part close languages (Danish and Norwegian, Czech and Slovak, Indonesian and Malay, which it
 * scores as one), the words or letters each writes its own way decide (language-facts.ts): a few sentences may hold
 * none of them, so they are counted over this much of the text. Only unsure guesses and Malay pay for it.
 */
const REFINE_CHARS = 3000;
const PARTED_BY_WORDS: ReadonlySet<string> = new Set(["ms", "id"]);
/** Guesses below this confidence are reported as "und" rather than a coin toss. */
const MIN_CONFIDENCE = 0.4;
/** A winner this far ahead of the runner-up keeps its full score as confidence. */
const FULL_MARGIN = 0.1;

export const UNDETERMINED: LanguageGuess = Object.freeze({ code: "und", confidence: 0 });

/** At least MIN_LETTERS letters, tested without building a match per letter. */
const ENOUGH_LETTERS = new RegExp(`(?:\\p{L}[^\\p{L}]*){${MIN_LETTERS}}`, "u");

/** `SAMPLE_CHARS` from `start`, beginning at a word boundary. */
function sampleAt(text: string, start: number): string {
  if (start === 0) return text.slice(0, SAMPLE_CHARS);
  const space = text.indexOf(" ", start);
  return text.slice(space < 0 ? start : space + 1, start + SAMPLE_CHARS);
}

/**
 * ISO 639-1 code and confidence in [0, 1]; `{ code: "und", confidence: 0 }` when the text is too
 * short, has no letters, or the detector is unsure.
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = sampleAt(text, 0);
  if (!ENOUGH_LETTERS.test(sample)) return UNDETERMINED;
  let guess = guessOf(sample);
  if (guess.confidence < MIN_CONFIDENCE && text.length > 2 * SAMPLE_CHARS) {
    const second = guessOf(sampleAt(text, Math.floor(text.length / 2)));
    if (second.confidence > guess.confidence) guess = second;
  }
  // Languages eld does not know or cannot tell apart, from facts of their writing (language-facts.ts).
  const unsure = guess.confidence < MIN_CONFIDENCE;
  const evidence = (unsure || PARTED_BY_WORDS.has(guess.code)) && text.length > SAMPLE_CHARS ? text.slice(0, REFINE_CHARS) : sample;
  const refined = refineLanguage(evidence, unsure ? UNDETERMINED : guess, guess.code);
  if (refined.code === "und") return UNDETERMINED;
  return { code: refined.code, confidence: Math.round(refined.confidence * 1000) / 1000 };
}

/** eld's answer with our confidence (0 when eld finds it unreliable). */
function guessOf(sample: string): LanguageGuess {
  const scores = scoreLanguages(sample);
  if (scores === null || !scores.reliable) return UNDETERMINED;
  const { top, second } = scores;
  return { code: scores.code, confidence: Math.min(1, Math.max(0, top * Math.min(1, (top - second) / FULL_MARGIN))) };
}
