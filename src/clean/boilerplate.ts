import type { RemovalReason } from "../types.js";
import { ABOUT_AUTHOR_HEADING, BOILERPLATE_RULES, RELATED_HEADING, TRAILING_JUNK } from "./boilerplate-patterns.js";
import { SENTENCE_FINAL } from "./punctuation.js";
import { liveIndices, type Block, type RemovalLog } from "./removed.js";

/**
 * Footers, prompts and trailing junk. Conservative by construction: in the middle of a body only
 * whole-paragraph "anywhere" rules apply; looser "edge" rules only eat the runs of paragraphs
 * before the first and after the last paragraph of article text.
 */

/** Link lines under a trailing "Related" heading are headlines: short, not sentences. */
const MAX_RELATED_LINK_CHARS = 160;
/** A trailing related-links block is a list; more paragraphs than this is article text after a heading. */
const MAX_RELATED_LINKS = 15;
/** A line ending like a sentence (a closing quote allowed) is article text, not a headline link. */
const ENDS_SENTENCE = new RegExp(`[${SENTENCE_FINAL}]["”»」』]?$`, "u");

/** The reason a paragraph is boilerplate in the given position, or null when it is article text. */
export function classifyBoilerplate(text: string, atEdge: boolean): RemovalReason | null {
  for (const rule of BOILERPLATE_RULES) {
    if (!atEdge && rule.scope === "edge") continue;
    if (text.length > rule.maxChars) continue;
    if (rule.pattern.test(text)) return rule.reason;
  }
  return null;
}

export function isTrailingJunk(text: string): boolean {
  return TRAILING_JUNK.some((pattern) => pattern.test(text));
}

/** Whole-paragraph template lines anywhere in the body ("Advertisement", "Lire aussi : …"). */
export function removeInlineBoilerplate(blocks: Block[], log: RemovalLog): void {
  blocks.forEach((block, index) => {
    if (block.removed) return;
    const reason = classifyBoilerplate(block.text, false);
    if (reason) log.remove(blocks, index, index, reason);
  });
}

/**
 * Peel boilerplate off both ends: from the last paragraph backwards while each is junk or an edge
 * rule matches, then the same from the first paragraph forwards. Stops at the first article paragraph.
 */
export function removeEdgeBoilerplate(blocks: Block[], log: RemovalLog): void {
  let live = liveIndices(blocks);
  for (let k = live.length - 1; k > 0; k--) {
    const index = live[k];
    const text = blocks[index].text;
    const reason: RemovalReason | null = isTrailingJunk(text) ? "trailing-junk" : classifyBoilerplate(text, true);
    if (!reason) break;
    log.remove(blocks, index, index, reason);
  }
  live = liveIndices(blocks);
  for (let k = 0; k < live.length - 1; k++) {
    const index = live[k];
    const reason = classifyBoilerplate(blocks[index].text, true);
    if (!reason) break;
    log.remove(blocks, index, index, reason);
  }
}

/**
 * A trailing "Lire aussi" / "Related" heading followed only by headline-like link lines. Runs before
 * the inline rules, which would otherwise take the heading alone and leave its links behind.
 */
export function removeTrailingRelated(blocks: Block[], log: RemovalLog): void {
  const live = liveIndices(blocks);
  const lowest = Math.max(1, live.length - MAX_RELATED_LINKS - 1);
  for (let k = live.length - 1; k >= lowest; k--) {
    const text = blocks[live[k]].text;
    if (RELATED_HEADING.test(text)) {
      log.remove(blocks, live[k], live[live.length - 1], "navigation");
      return;
    }
    if (text.length > MAX_RELATED_LINK_CHARS || ENDS_SENTENCE.test(text)) return;
  }
}

/** A note about the author is a few paragraphs... */
const MAX_ABOUT_BLOCKS = 4;
/** ...of a short biography, not a section of the article. */
const MAX_ABOUT_CHARS = 1200;

/**
 * A trailing "About the author" heading and the short biography under it, up to the end of the
 * body. Unlike related links the biography is prose, so only its size bounds it.
 */
export function removeTrailingAbout(blocks: Block[], log: RemovalLog): void {
  const live = liveIndices(blocks);
  let chars = 0;
  for (let k = live.length - 1; k >= Math.max(1, live.length - MAX_ABOUT_BLOCKS - 1); k--) {
    const text = blocks[live[k]].text;
    if (ABOUT_AUTHOR_HEADING.test(text)) {
      log.remove(blocks, live[k], live[live.length - 1], "byline");
      return;
    }
    chars += text.length;
    if (chars > MAX_ABOUT_CHARS) return;
  }
}
