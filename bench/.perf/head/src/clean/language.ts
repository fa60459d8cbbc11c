import { eld } from "eld/medium";
import type { LanguageGuess } from "../types.js";

/**
 * Language of an article with eld (Nito-ELD, n-gram scores over 60 languages), synchronous and
 * pure. The "medium" database: "large" costs three times the load time for no gain on article-length
 * text. eld's scores are similarities in [0, 1]; the confidence is the winner's score, lowered when
 * the runner-up is close (mixed or ambiguous text).
 */

/** Below this many letters no detector is trustworthy (a title, a caption, a number). */
const MIN_LETTERS = 20;
/** Enough text to decide (eld is as accurate on 2,000 characters as on whole articles); more only costs time. */
const SAMPLE_CHARS = 2000;
/** Guesses below this confidence are reported as "und" rather than a coin toss. */
const MIN_CONFIDENCE = 0.4;
/** A winner this far ahead of the runner-up keeps its full score as confidence. */
const FULL_MARGIN = 0.1;

export const UNDETERMINED: LanguageGuess = Object.freeze({ code: "und", confidence: 0 });

/** Whether the text holds at least `min` letters; stops counting once it does. */
function hasLetters(text: string, min: number): boolean {
  let count = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++count >= min) return true;
  return false;
}

/** Take the sample from the middle of long texts too, so a foreign-language header does not decide. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const half = SAMPLE_CHARS / 2;
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, half)} ${text.slice(middle, middle + half)}`;
}

/**
 * ISO 639-1 code and confidence in [0, 1]; `{ code: "und", confidence: 0 }` when the text is too
 * short, has no letters, or the detector is unsure.
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = sampleOf(text);
  if (!hasLetters(sample, MIN_LETTERS)) return UNDETERMINED;
  const result = eld.detect(sample);
  if (result.language === "" || !result.isReliable()) return UNDETERMINED;
  const scores = Object.values(result.getScores()).sort((a, b) => b - a);
  const top = scores[0] ?? 0;
  const second = scores[1] ?? 0;
  const confidence = Math.min(1, Math.max(0, top * Math.min(1, (top - second) / FULL_MARGIN)));
  if (confidence < MIN_CONFIDENCE) return UNDETERMINED;
  return { code: result.language, confidence: Math.round(confidence * 1000) / 1000 };
}
