import { SENTENCE_FINAL } from "./punctuation.js";
import type { Block, RemovalLog } from "./removed.js";

/**
 * Blocks a page holds more than once. Crawlers capture a body twice (seed 000: title, source line
 * and body, a footer, then all of it again); templates repeat labels ("Advertisement") between
 * paragraphs. The first copy of a repeated run stays; later copies go as "repeated-block".
 * A paragraph that occurs once is never touched here.
 */

/** A single repeated paragraph this long is a captured-twice paragraph, not a template label. */
const MIN_REPEATED_PARAGRAPH_CHARS = 60;
/** A short line repeated this often is a template label ("Advertisement", "Anzeige"). */
const MIN_LABEL_REPEATS = 2;
/** Template labels are a few words; a repeated short sentence of dialogue ("Yes.") is left alone. */
const MAX_LABEL_WORDS = 6;

/**
 * Comparison key: case differences do not make two copies different. Whitespace needs no folding:
 * every block arrives collapsed (collapseSpaces), so equal words are equal strings.
 */
const keyOf = (text: string): string => text.toLowerCase();

/** Remove later copies of repeated runs of paragraphs; the first copy is kept whole. */
export function removeRepeatedRuns(blocks: Block[], log: RemovalLog): void {
  const keys = blocks.map((block) => keyOf(block.text));
  const firstSeen = new Map<string, number>();
  for (let j = 0; j < blocks.length; j++) {
    if (blocks[j].removed) continue;
    const i = firstSeen.get(keys[j]);
    if (i === undefined) {
      firstSeen.set(keys[j], j);
      continue;
    }
    let length = 0;
    let chars = 0;
    while (j + length < blocks.length && i + length < j && keys[i + length] === keys[j + length]) {
      chars += keys[j + length].length;
      length++;
    }
    if (length >= 2 || chars >= MIN_REPEATED_PARAGRAPH_CHARS) {
      log.remove(blocks, j, j + length - 1, "repeated-block");
      j += length - 1;
    }
  }
}

/** Short template lines repeated inside one page ("Advertisement" between paragraphs): every copy goes. */
export function removeRepeatedLabels(blocks: Block[], log: RemovalLog): void {
  const keys = blocks.map((block) => (block.removed || !isLabelLike(block.text) ? null : keyOf(block.text)));
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  keys.forEach((key, index) => {
    if (key !== null && (counts.get(key) ?? 0) >= MIN_LABEL_REPEATS) log.remove(blocks, index, index, "boilerplate");
  });
}

const SENTENCE_END = new RegExp(`[${SENTENCE_FINAL}]$`, "u");

/** Short, unpunctuated, a few words: counted by spaces, as blocks are collapsed. */
function isLabelLike(text: string): boolean {
  if (text.length >= MIN_REPEATED_PARAGRAPH_CHARS || SENTENCE_END.test(text)) return false;
  let words = 1;
  for (let at = text.indexOf(" "); at >= 0 && words <= MAX_LABEL_WORDS; at = text.indexOf(" ", at + 1)) words++;
  return words <= MAX_LABEL_WORDS;
}
