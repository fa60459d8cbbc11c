import { Tokenizer } from "htmlparser2";

/**
 * htmlparser2's tokenizer, skipping over runs it would walk one character at a time. Its state
 * machine calls a state function for every character of the page; in text, in quoted attribute
 * values and while it looks for the end of a script, style or comment, every character but one or
 * two stop characters does nothing. Here those runs are jumped with `String#indexOf` (a native
 * scan) to the next stop character, and the state function sees only that one: the same events at
 * the same offsets, in about half the tokenizer's time on real pages (docs/BENCHMARKS.md, extraction).
 *
 * The overrides replace htmlparser2 v9's private state methods (stateText, the quoted attribute
 * value states, fastForwardTo), which read `buffer`, `index` and `offset`: a test
 * (test/clean/html-tokenizer.test.ts) compares every event with the original tokenizer's, so an
 * htmlparser2 upgrade that changes them fails there, not in extraction. Built for a page written whole or in pieces
 * (`holdSections`) with entities decoded (`decodeEntities: true`), as html-tree.ts uses it.
 */

/** The private fields and states of htmlparser2's Tokenizer that the overrides read or call. */
interface TokenizerInternals {
  buffer: string;
  cleanup(): void;
  index: number;
  offset: number;
  decodeEntities: boolean;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
  fastForwardTo(c: number): boolean;
}

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const UNSEARCHED = -2;

/**
 * The next position of each stop character at or after the position it was last searched from,
 * per page: a run of text ends at "<" or "&", and the next "&" may be far away, so each character's
 * scan resumes past the last one found instead of rescanning the page (linear in the page).
 */
class StopCache {
  private buffer = "";
  /** By stop character code: where it was found, -1 when absent, UNSEARCHED before the first search. */
  private readonly found: number[] = new Array<number>(128).fill(UNSEARCHED);

  next(buffer: string, stop: number, from: number): number {
    if (buffer !== this.buffer) {
      this.buffer = buffer;
      this.found.fill(UNSEARCHED);
    }
    const known = this.found[stop];
    // -1 stays right: there is none after an earlier start, so none after this one either.
    if (known === -1 || known >= from) return known;
    const at = buffer.indexOf(String.fromCharCode(stop), from);
    this.found[stop] = at;
    return at;
  }
}

export class SkippingTokenizer extends Tokenizer {
  /** Where the stop characters are in the page being read (for the overrides below). */
  readonly stops = new StopCache();
  /**
   * Set while writing a piece of a page that more pieces follow: the text or attribute value the piece ends inside
   * is not emitted at its end (htmlparser2 does, to let its Parser drop the piece) but held to the next, so a page
   * written in pieces gives the events of the page written whole (html-tree.ts keeps every piece).
   */
  holdSections = false;
}

type Skipping = TokenizerInternals & { stops: StopCache };
const base = Tokenizer.prototype as unknown as TokenizerInternals;
const skipping = SkippingTokenizer.prototype as unknown as Skipping;

/**
 * Moves the tokenizer to just before the next of two stop characters (its parse loop steps onto
 * it), or to the last character when there is none, as the character-by-character walk would end.
 */
function skipTo(tokenizer: Skipping, first: number, second: number): void {
  const from = tokenizer.index - tokenizer.offset + 1;
  const a = tokenizer.stops.next(tokenizer.buffer, first, from);
  const b = tokenizer.stops.next(tokenizer.buffer, second, from);
  const at = a === -1 ? b : b === -1 ? a : Math.min(a, b);
  tokenizer.index = (at === -1 ? tokenizer.buffer.length : at) + tokenizer.offset - 1;
}

skipping.stateText = function (this: Skipping, c: number): void {
  if (c !== LT && c !== AMP && this.decodeEntities) skipTo(this, LT, AMP);
  else base.stateText.call(this, c);
};

skipping.stateInAttributeValueDoubleQuotes = function (this: Skipping, c: number): void {
  if (c !== DOUBLE_QUOTE && c !== AMP && this.decodeEntities) skipTo(this, DOUBLE_QUOTE, AMP);
  else base.stateInAttributeValueDoubleQuotes.call(this, c);
};

skipping.stateInAttributeValueSingleQuotes = function (this: Skipping, c: number): void {
  if (c !== SINGLE_QUOTE && c !== AMP && this.decodeEntities) skipTo(this, SINGLE_QUOTE, AMP);
  else base.stateInAttributeValueSingleQuotes.call(this, c);
};

skipping.cleanup = function (this: Skipping & { holdSections: boolean }): void {
  if (!this.holdSections) base.cleanup.call(this);
};

skipping.fastForwardTo = function (this: Skipping, c: number): boolean {
  const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
  if (at === -1) {
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  this.index = at + this.offset;
  return true;
};
