import { searchWords } from "./search-text.js";

/**
 * Turns what a user typed into a safe full-text query: every word is quoted, so FTS operators and
 * punctuation in the input ("AND", quotes, "*", "-") can neither fail the query nor inject syntax.
 * Words are ANDed; a phrase in double quotes stays a phrase; a word of Chinese, Japanese or Thai is the
 * phrase of its characters and a Korean noun is searched without its particle, as they are indexed
 * (search-text.ts). Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const phrase = /"([^"]*)"|([^\s"]+)/g;
  for (const m of input.matchAll(phrase)) {
    const words = (m[1] ?? m[2]).match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    // A lone word drops a Korean particle (도쿄에서 finds 도쿄는); a phrase keeps them, in the order the index has.
    const withParticles = m[1] !== undefined || words.length > 1;
    parts.push(`"${words.flatMap((w) => searchWords(w, withParticles)).join(" ")}"`);
  }
  return parts.length === 0 ? null : parts.join(" ");
}
