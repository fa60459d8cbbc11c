/**
 * How much text a string holds, for the cleaner's "too little text" thresholds, which are counted in
 * alphabetic characters. Han, kana and Hangul hold about two to three times as much per character (a
 * Chinese sentence is about a third of its English translation's length), so each weighs two: a
 * 200-character Japanese article is not "too little text" for the extractor to trust.
 */

/** Hiragana, katakana, CJK ideographs (with extension A and compatibility ideographs) and Hangul syllables. */
export function isDenseScript(code: number): boolean {
  return code >= 0x3040 && (code <= 0x9fff || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff));
}

/** The text's length with characters of dense scripts counted twice. */
export function textWeight(text: string): number {
  let weight = text.length;
  for (let i = 0; i < text.length; i++) if (isDenseScript(text.charCodeAt(i))) weight++;
  return weight;
}

/** The lines' summed textWeight. */
export function linesWeight(lines: readonly string[]): number {
  let weight = 0;
  for (const line of lines) weight += textWeight(line);
  return weight;
}
