/**
 * The writing system most of a text's letters are in. Two texts in different scripts (a Chinese and an
 * English report, a Russian and an Arabic one) can share no word and no character n-gram, whatever they
 * say: similarity then weighs only the evidence a script does not bind (people, places, numbers, dates).
 *
 * Scripts are told by code point blocks, coarse on purpose: Chinese and Japanese are one ("Han", with the
 * kana), since both write names and places in the same characters; Latin covers its accented extensions.
 */

/** Block starts (ascending) and the script of each block; a code point takes the last start at or below it. */
const BLOCKS: ReadonlyArray<readonly [number, string]> = [
  [0x0000, ""], [0x0041, "Latin"], [0x005b, ""], [0x0061, "Latin"], [0x007b, ""], [0x00c0, "Latin"], [0x00d7, ""], [0x00d8, "Latin"],
  [0x00f7, ""], [0x00f8, "Latin"], [0x0250, ""], [0x0370, "Greek"], [0x0400, "Cyrillic"], [0x0530, "Armenian"], [0x0590, "Hebrew"],
  [0x0600, "Arabic"], [0x0700, ""], [0x0750, "Arabic"], [0x0780, ""], [0x08a0, "Arabic"], [0x0900, "Devanagari"], [0x0980, "Bengali"],
  [0x0a00, "Gurmukhi"], [0x0a80, "Gujarati"], [0x0b00, "Oriya"], [0x0b80, "Tamil"], [0x0c00, "Telugu"], [0x0c80, "Kannada"],
  [0x0d00, "Malayalam"], [0x0d80, "Sinhala"], [0x0e00, "Thai"], [0x0e80, "Lao"], [0x0f00, "Tibetan"], [0x1000, "Myanmar"],
  [0x10a0, "Georgian"], [0x1100, "Hangul"], [0x1200, "Ethiopic"], [0x13a0, ""], [0x1780, "Khmer"], [0x1800, ""],
  [0x1c90, "Georgian"], [0x1cc0, ""], [0x1e00, "Latin"], [0x1f00, "Greek"], [0x2000, ""], [0x2d00, "Georgian"], [0x2d30, ""],
  [0x3040, "Han"], [0x3100, ""], [0x3130, "Hangul"], [0x3190, ""], [0x31f0, "Han"], [0x3200, ""], [0x3400, "Han"], [0xa000, ""],
  [0xac00, "Hangul"], [0xd7b0, ""], [0xf900, "Han"], [0xfb00, ""], [0xfb1d, "Hebrew"], [0xfb50, "Arabic"], [0xfe00, ""],
  [0xfe70, "Arabic"], [0xff00, ""], [0xff21, "Latin"], [0xff3b, ""], [0xff41, "Latin"], [0xff5b, ""], [0xff66, "Han"], [0xffa0, ""],
  [0x20000, "Han"], [0x2fa20, ""],
];

/** Letters looked at: a text's script shows in its first thousand letters (its title and lead). */
const SAMPLE_LETTERS = 1000;

const SCRIPTS: readonly string[] = [...new Set(BLOCKS.map(([, script]) => script))];
const BLOCK_STARTS = Int32Array.from(BLOCKS.map(([start]) => start));
const BLOCK_SCRIPTS = Uint8Array.from(BLOCKS.map(([, script]) => SCRIPTS.indexOf(script)));
const NONE = SCRIPTS.indexOf("");
const LATIN = SCRIPTS.indexOf("Latin");

function scriptIndexOf(codePoint: number): number {
  let lo = 0;
  let hi = BLOCK_STARTS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (BLOCK_STARTS[mid]! <= codePoint) lo = mid;
    else hi = mid - 1;
  }
  return BLOCK_SCRIPTS[lo]!;
}

/** The script of most of the text's letters ("Latin", "Cyrillic", "Han" …), or "" when it has none. */
export function mainScript(text: string): string {
  const counts = new Uint32Array(SCRIPTS.length);
  let letters = 0;
  for (let i = 0; i < text.length && letters < SAMPLE_LETTERS; i++) {
    let c = text.charCodeAt(i);
    let script: number;
    if (c < 0x80) {
      // ASCII, most of most texts: a letter is Latin, anything else has no script.
      if (((c | 0x20) < 0x61 || (c | 0x20) > 0x7a)) continue;
      script = LATIN;
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) c = text.codePointAt(i++)!;
      script = scriptIndexOf(c);
      if (script === NONE) continue;
    }
    counts[script]!++;
    letters++;
  }
  let best = NONE;
  for (let k = 0; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return SCRIPTS[best]!;
}
