import * as chrono from "chrono-node";

/**
 * Where chrono-node can find a date: the runs of sentences holding a date cue. chrono tries each of its
 * parsers' regular expressions at every character of the text (most of enrichment's time with dates);
 * a sentence with no cue cannot hold a match, so only runs of cued sentences are parsed.
 *
 * The cues are read from the parsers themselves (`Parser.pattern`, public API), never from articles:
 * for each pattern, the words of one alternation every match must pass through (month and weekday
 * names, time units, "today", "hier", "gestern" …), or a digit. A language whose patterns do not all
 * yield one is parsed whole, as are unspaced scripts (Chinese, Japanese), where words are not tokens.
 */
export interface DateCues {
  /** Lower-case cue words; a sentence holding one (or a digit) may hold a date. */
  words: ReadonlySet<string>;
  /** Cue words a pattern may extend with letters ("mittag" of "mittags?"): a word starting with one is a cue. */
  prefixes: readonly string[];
  /** A cue word as a whole word, or a prefix at a word's start, in any case: one native scan of a sentence instead of a word list. */
  anyCue: RegExp;
  /**
   * Per cue word, the parsers of the Chrono (indices, in its order) whose every match holds it: a run's words are
   * looked up once, not once per parser.
   */
  parsersOfWord: ReadonlyMap<string, readonly number[]>;
  /** The same for the cue prefixes. */
  parsersOfPrefix: ReadonlyArray<readonly [string, readonly number[]]>;
  /** The parsers that have a branch needing a digit. */
  digitParsers: readonly number[];
  /** How many parsers the Chrono holds. */
  parserCount: number;
}

/** Marks a digit as the cue of a pattern ("[0-9]{4}", "\d{1,2}"). */
const DIGIT = "\u0000digit";
/** Marks a cue word a match may continue with more letters. */
const PREFIX = "\u0000prefix:";
/** Cue words shorter than this are left out: one-letter time units ("5 h") follow a number, itself a cue. */
const MIN_CUE_LENGTH = 2;
/** Sentence ends: a full stop (after a word of two or more characters, so "a.m." and "U.S." stay whole), ! ? and line breaks. */
const SENTENCE_END_RE = /(?<=[\p{L}\p{N}]{2}[.!?])\s+|\n+/gu;
const WORD_RE = /[\p{L}\p{M}]+/gu;
const DIGIT_RE = /[0-9]/;

const cache = new WeakMap<chrono.Chrono, DateCues | null>();
/** Chrono instances holding a subset of a language's parsers, by the indices of that subset. */
const subsets = new WeakMap<chrono.Chrono, Map<string, chrono.Chrono>>();

/** The cues of a chrono parser, or null when it must read the whole text. Derived once per parser. */
export function dateCues(parser: chrono.Chrono): DateCues | null {
  let cues = cache.get(parser);
  if (cues === undefined) cache.set(parser, (cues = deriveCues(parser)));
  return cues;
}

/** Spans [start, end) of `text` to parse: consecutive cued sentences joined (with the character before), uncued ones left out. */
export function cuedRuns(text: string, cues: DateCues | null): { start: number; end: number }[] {
  if (cues === null) return [{ start: 0, end: text.length }];
  const runs: { start: number; end: number }[] = [];
  let from = 0;
  const visit = (start: number, end: number) => {
    if (!isCued(text.slice(start, end), cues)) return;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.end === start) last.end = end;
    // One character before the run, as in the whole text: patterns open with a boundary (\W) they consume.
    else runs.push({ start: Math.max(0, start - 1), end });
  };
  // The spaces after a sentence open the next one: chrono's patterns may begin with them ("\nVor drei Tagen").
  for (const m of text.matchAll(SENTENCE_END_RE)) {
    const end = m.index ?? 0;
    if (end > from) visit(from, end);
    from = end;
  }
  if (from < text.length) visit(from, text.length);
  return runs;
}

/**
 * A Chrono holding only those of `parser`'s parsers whose cue `text` holds as a whole word (or a digit),
 * or null when none. A parser whose cue is absent has nothing to read here, so most patterns are never
 * run: a run naming a month is read by the few patterns that name months. Whole words also keep
 * chrono's ASCII-only `\W` from reading "Wed" in Polish "według" or "Fr" in German "für" as weekdays.
 */
export function cuedParser(parser: chrono.Chrono, cues: DateCues, text: string): chrono.Chrono | null {
  const called = new Uint8Array(cues.parserCount);
  if (DIGIT_RE.test(text)) for (const i of cues.digitParsers) called[i] = 1;
  for (const w of text.toLowerCase().match(WORD_RE) ?? []) {
    const byWord = cues.parsersOfWord.get(w);
    if (byWord !== undefined) for (const i of byWord) called[i] = 1;
    for (const [prefix, parsers] of cues.parsersOfPrefix) if (w.startsWith(prefix)) for (const i of parsers) called[i] = 1;
  }
  const chosen: number[] = [];
  for (let i = 0; i < called.length; i++) if (called[i] === 1) chosen.push(i);
  if (chosen.length === 0) return null;
  if (chosen.length === parser.parsers.length) return parser;
  let bySubset = subsets.get(parser);
  if (bySubset === undefined) subsets.set(parser, (bySubset = new Map()));
  const key = chosen.join(",");
  let sub = bySubset.get(key);
  if (sub === undefined) bySubset.set(key, (sub = new chrono.Chrono({ parsers: chosen.map((i) => parser.parsers[i]!), refiners: parser.refiners })));
  return sub;
}

function isCued(sentence: string, cues: DateCues): boolean {
  return DIGIT_RE.test(sentence) || cues.anyCue.test(sentence);
}

/** `DateCues.anyCue` of these words and prefixes: longest first, so a word is not taken for a shorter one it starts with. */
function anyCuePattern(words: ReadonlySet<string>, prefixes: ReadonlySet<string>): RegExp {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const alternation = (list: Iterable<string>) => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");
  const whole = words.size > 0 ? `(?:${alternation(words)})(?![\\p{L}\\p{M}])` : "(?!)";
  const start = prefixes.size > 0 ? `|(?:${alternation(prefixes)})` : "";
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${whole}${start})`, "iu");
}

function deriveCues(parser: chrono.Chrono): DateCues | null {
  const context = new chrono.ParsingContext("", new Date(0));
  const words = new Set<string>();
  const prefixes = new Set<string>();
  const parsersOfWord = new Map<string, number[]>();
  const parsersOfPrefix = new Map<string, number[]>();
  const digitParsers: number[] = [];
  for (const [i, p] of parser.parsers.entries()) {
    let source: string;
    try {
      source = p.pattern(context).source;
    } catch {
      return null;
    }
    const cue = cuesOf(parseAlternation(source, { at: 0 }));
    if (cue === null) return null;
    for (const w of cue) {
      if (w === DIGIT) {
        digitParsers.push(i);
        continue;
      }
      const prefix = w.startsWith(PREFIX);
      const bare = prefix ? w.slice(PREFIX.length) : w;
      (prefix ? prefixes : words).add(bare);
      const byCue = prefix ? parsersOfPrefix : parsersOfWord;
      (byCue.get(bare) ?? byCue.set(bare, []).get(bare)!).push(i);
    }
  }
  if (words.size + prefixes.size === 0) return null;
  return {
    words, prefixes: [...prefixes], anyCue: anyCuePattern(words, prefixes), parsersOfWord, parsersOfPrefix: [...parsersOfPrefix], digitParsers,
    parserCount: parser.parsers.length,
  };
}

/*
 * A small reader of regular-expression source, enough for chrono's patterns: alternations, groups
 * with their quantifiers, character classes, escapes and literal letters. Anything it does not know
 * yields no cue, so an unknown construct makes a pattern (and its language) parsed whole, never skipped.
 */
type Node =
  | { kind: "alt"; branches: Node[][] }
  | { kind: "literal"; text: string; optional: boolean }
  | { kind: "digit"; optional: boolean }
  | { kind: "group"; alt: Node; optional: boolean }
  | { kind: "other"; optional: boolean };

function parseAlternation(src: string, pos: { at: number }): Node {
  const branches: Node[][] = [[]];
  while (pos.at < src.length) {
    const c = src[pos.at]!;
    if (c === ")") break;
    if (c === "|") {
      branches.push([]);
      pos.at++;
      continue;
    }
    const branch = branches[branches.length - 1]!;
    let node: Node;
    if (c === "(") {
      pos.at++;
      if (src[pos.at] === "?") {
        // (?: (?= (?! (?<= (?<! (?<name>: lookarounds match nothing, so they are no cue.
        const look = /^\?(?:<?[=!])/.test(src.slice(pos.at, pos.at + 3));
        const named = /^\?<[A-Za-z]/.test(src.slice(pos.at, pos.at + 3));
        if (named) pos.at = src.indexOf(">", pos.at) + 1;
        else pos.at += look ? (src[pos.at + 1] === "<" ? 3 : 2) : 2;
        const alt = parseAlternation(src, pos);
        pos.at++; // ")"
        node = look ? { kind: "other", optional: true } : { kind: "group", alt, optional: false };
      } else {
        const alt = parseAlternation(src, pos);
        pos.at++;
        node = { kind: "group", alt, optional: false };
      }
    } else if (c === "[") {
      const end = classEnd(src, pos.at);
      const body = src.slice(pos.at, end);
      pos.at = end;
      node = body === "[0-9]" ? { kind: "digit", optional: false } : { kind: "other", optional: false };
    } else if (c === "\\") {
      const e = src[pos.at + 1] ?? "";
      pos.at += 2;
      if (e === "d") node = { kind: "digit", optional: false };
      else if (e === "s") node = { kind: "literal", text: " ", optional: false };
      else if (e === "." || e === "'" || e === "-") node = { kind: "literal", text: e, optional: false };
      else node = { kind: "other", optional: false };
    } else if (/\p{L}/u.test(c) || c === "'" || c === " " || c === "-") {
      pos.at++;
      node = { kind: "literal", text: c, optional: false };
    } else {
      pos.at++;
      node = { kind: "other", optional: false };
    }
    const q = quantifier(src, pos);
    if (q === "optional") node.optional = true;
    if (q === "other" && node.kind === "literal") node = { kind: "other", optional: false }; // "e+": not a fixed word
    branch.push(node);
  }
  return { kind: "alt", branches };
}

/** Reads a quantifier after an atom: "optional" when it may match zero times. */
function quantifier(src: string, pos: { at: number }): "none" | "optional" | "other" {
  const c = src[pos.at];
  let kind: "none" | "optional" | "other" = "none";
  if (c === "?" || c === "*") {
    kind = "optional";
    pos.at++;
  } else if (c === "+") {
    kind = "other";
    pos.at++;
  } else if (c === "{") {
    const m = /^\{(\d*)(?:,(\d*))?\}/.exec(src.slice(pos.at));
    if (m === null) return "none";
    kind = Number(m[1] || 0) === 0 ? "optional" : "other";
    pos.at += m[0].length;
  }
  if (kind !== "none" && src[pos.at] === "?") pos.at++; // lazy
  return kind;
}

function classEnd(src: string, from: number): number {
  for (let k = from + 1; k < src.length; k++) {
    if (src[k] === "\\") k++;
    else if (src[k] === "]") return k + 1;
  }
  return src.length;
}

/**
 * Words one of which every match of `node` contains, or null when none can be named. An alternation
 * needs a cue in each branch; a sequence needs one required part's cue, and takes the part with most
 * words (a dictionary such as the month names, rather than a prefix such as "in|on").
 */
function cuesOf(node: Node): Set<string> | null {
  if (node.kind !== "alt") return null;
  const all = new Set<string>();
  for (const branch of node.branches) {
    const c = sequenceCues(branch);
    if (c === null) return null;
    for (const w of c) all.add(w);
  }
  return all;
}

function sequenceCues(items: readonly Node[]): Set<string> | null {
  let best: Set<string> | null = null;
  let bestLength = 0;
  const consider = (c: Set<string> | null, length = 0) => {
    if (c === null || c.size === 0) return;
    if (best === null || c.size > best.size || (c.size === best.size && length > bestLength)) (best = c), (bestLength = length);
  };
  let literal = "";
  const flush = (next: Node | undefined) => {
    // A literal phrase ("last night"): its longest word is in every match; its last word may run on
    // into letters an optional part adds ("mittag" + "s?").
    const words = literal.toLowerCase().match(/[\p{L}]+/gu) ?? [];
    const runsOn = next !== undefined && next.kind !== "digit" && /[\p{L}]$/u.test(literal) && !(next.kind === "literal" && next.text === " ");
    let w: string | undefined;
    for (const x of words) if (w === undefined || x.length > w.length) w = x;
    if (w !== undefined && w.length >= MIN_CUE_LENGTH) consider(new Set([runsOn && w === words[words.length - 1] ? PREFIX + w : w]), w.length);
    literal = "";
  };
  for (const item of items) {
    if (item.kind === "literal" && !item.optional) {
      literal += item.text;
      continue;
    }
    flush(item);
    if (item.kind === "alt" || item.optional) continue;
    if (item.kind === "digit") consider(new Set([DIGIT]));
    else if (item.kind === "group") consider(dictionaryCues(item.alt));
  }
  flush(undefined);
  return best;
}

/** A group's cue: every branch a fixed phrase (each adding its words) or a group with a cue of its own. */
function dictionaryCues(alt: Node): Set<string> | null {
  if (alt.kind !== "alt") return null;
  const words = new Set<string>();
  for (const branch of alt.branches) {
    // One-letter time units ("s", "h", "d"): chrono reads them only after a number, which in news is
    // written in digits ("5 h"), themselves a cue.
    if (branch.every((n) => n.kind === "literal" && !n.optional) && branch.length < MIN_CUE_LENGTH) continue;
    const c = sequenceCues(branch);
    if (c === null) return null;
    for (const w of c) words.add(w);
  }
  return words;
}
