/**
 * How much text a string holds, for the cleaner's "too little text" thresholds, which are counted in
 * alphabetic characters. Han, kana and Hangul hold about two to three times as much per character (a
 * Chinese sentence is about a third of its English translation's length), so each weighs two: a
 * 200-character Japanese article is not "too little text" for the extractor to trust.
 */

/** Hiragana, katakana, CJK ideographs (with extension A and compatibility ideographs) and Hangul syllables. */
function isDenseScript(code: number): boolean {
  return code >= 0x3040 && (code <= 0x9fff || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff));
}

/** The text's length with characters of dense scripts counted twice. */
export function textWeight(text: string): number {
  let weight = text.length;
  for (let i = 0; i < text.length; i++) if (isDenseScript(text.charCodeAt(i))) weight++;
  return weight;
}

/**
 * Whether the lines' summed textWeight reaches `min`. Their plain length is summed first (a weight is never
 * less), so only texts shorter than `min` are scanned: the check costs nothing on the usual long article.
 */
export function weighsAtLeast(lines: readonly string[], min: number): boolean {
  let length = 0;
  for (const line of lines) length += line.length;
  if (length >= min) return true;
  let weight = length;
  for (const line of lines) weight += textWeight(line) - line.length;
  return weight >= min;
}
