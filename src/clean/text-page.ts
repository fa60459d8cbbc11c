import { parseDateline } from "./dateline.js";
import { collapseSpaces } from "./paragraphs.js";
import { liveIndices, type Block, type RemovalLog } from "./removed.js";
import { parseSourceLine, type SourceLine } from "./source-line.js";

/**
 * The header crawlers keep at the top of a text page: a title line, then source/date lines.
 * Both move into metadata and are logged as removed ("metadata"); the body starts after them.
 */
export interface PageHeader extends SourceLine {
  title?: string;
}

/** Headlines are short; a longer first line is the first paragraph of the body. */
const MAX_TITLE_CHARS = 200;
/** Source/date lines sit right under the title; look no further than this many paragraphs. */
const MAX_SOURCE_LINES = 3;

/** A headline: short, not a sentence (no final period), not itself a source line or a dateline. */
/**
 * A full stop, colon, semicolon or comma ends a sentence or a clause, never a headline: in Latin
 * script, and as CJK (。．，、：；), Devanagari (। ॥), Arabic (۔ ، ؛), Ethiopic (። ፣), Burmese (။ ၊)
 * and Khmer (។ ៕) write them.
 */
const CLAUSE_END = /[.:;,。．，、：；।॥۔،؛።፣။၊។៕]$/u;

export function looksLikeTitle(text: string): boolean {
  if (text.length === 0 || text.length > MAX_TITLE_CHARS) return false;
  if (CLAUSE_END.test(text) && !/\.\.\.$|…$/u.test(text)) return false;
  if (parseSourceLine(text) || parseDateline(text)) return false;
  // Latin-script headlines have at least two words; scripts without spaces are judged by length.
  return /\s/u.test(text) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{4,}/u.test(text);
}

function blankLineBetween(source: string, a: Block, b: Block | undefined): boolean {
  if (!b || a.end === undefined || b.start === undefined) return true;
  return /\n[ \t\u00a0]*\r?\n|\r[ \t\u00a0]*\r/u.test(source.slice(a.end, b.start));
}

function merge(into: PageHeader, line: SourceLine): void {
  into.site ??= line.site;
  into.author ??= line.author;
  into.published ??= line.published;
  into.updated ??= line.updated;
}

/**
 * Read and remove the header at the top of the live blocks. The first block is a title when it
 * looks like one and is followed by a blank line or a source line (or equals the container's title).
 */
export function takeHeader(source: string, blocks: Block[], log: RemovalLog, containerTitle?: string): PageHeader {
  const header: PageHeader = {};
  const live = liveIndices(blocks);
  if (live.length < 2) return header;
  let k = 0;
  const first = blocks[live[0]];
  const next = blocks[live[1]];
  const sameAsContainer = containerTitle !== undefined && collapseSpaces(containerTitle) === first.text;
  if (
    sameAsContainer ||
    (looksLikeTitle(first.text) && (parseSourceLine(next.text) !== null || blankLineBetween(source, first, next)))
  ) {
    header.title = first.text;
    log.remove(blocks, live[0], live[0], "metadata");
    k = 1;
  }
  for (let n = 0; n < MAX_SOURCE_LINES && k < live.length - 1; n++, k++) {
    const line = parseSourceLine(blocks[live[k]].text);
    if (!line) break;
    merge(header, line);
    log.remove(blocks, live[k], live[k], "metadata");
  }
  return header;
}
