import { NO_SPACE, SURROGATE, WORD, astralClass, bmpClassTable, segmentRun } from "./char-class.js";

/**
 * Word tokens of a text: the text is lowercased, then cut into maximal runs of letters and digits
 * (`[\p{L}\p{N}]+`), exactly as ../shared/bench/shingling.py does on Latin, Cyrillic, Greek, Arabic …
 * Runs of Chinese, Japanese, Thai, Lao, Khmer or Burmese are segmented into words by `Intl.Segmenter`
 * instead of becoming one giant token, so two different Chinese articles do not look alike.
 * (A token mixing such a script with Latin letters, e.g. "abc中文", is split at the script change.)
 */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  const table = bmpClassTable();
  const out: string[] = [];
  const length = lower.length;
  let start = -1;
  let i = 0;
  while (i < length) {
    let cls = table[lower.charCodeAt(i)];
    let width = 1;
    if (cls === SURROGATE) {
      const cp = lower.codePointAt(i) ?? 0;
      if (cp > 0xffff) {
        cls = astralClass(cp);
        width = 2;
      } else cls = 0;
    }
    if (cls === WORD) {
      if (start < 0) start = i;
      i += width;
      continue;
    }
    if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
    if (cls === NO_SPACE) {
      const end = noSpaceRunEnd(lower, i, table);
      segmentRun(lower.slice(i, end), out);
      i = end;
      continue;
    }
    i += width;
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}

/** Index just past the run of NO_SPACE characters starting at `i`. */
export function noSpaceRunEnd(lower: string, i: number, table: Uint8Array): number {
  const length = lower.length;
  while (i < length) {
    const cls = table[lower.charCodeAt(i)];
    if (cls === NO_SPACE) {
      i++;
      continue;
    }
    if (cls === SURROGATE) {
      const cp = lower.codePointAt(i) ?? 0;
      if (cp > 0xffff && astralClass(cp) === NO_SPACE) {
        i += 2;
        continue;
      }
    }
    break;
  }
  return i;
}
