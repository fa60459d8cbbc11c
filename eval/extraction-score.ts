/**
 * Scoring of main-text extraction on trafilatura's evaluation suite, mirroring
 * adbar/trafilatura tests/eval_common.py (and shared/data/extraction/score_trafilatura.py):
 * whitespace-collapsed, case-sensitive substring matching; counts summed over pages.
 */

/** One page of evaldata.json: snippets that must appear (`with`) and must not (`without`). */
export interface EvalItem {
  file: string;
  with: string[];
  without: string[];
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface ExtractionScores {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

/** Python's `\s` on str (str.isspace): JavaScript's `\s` differs by U+001C–U+001F, U+0085 and U+FEFF. */
const PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu;

/** Python's `re.sub(r"\s+", " ", s).strip()`, exactly. */
export function normalizeForScoring(text: string): string {
  return text.replace(PYTHON_WHITESPACE, " ").replace(/^ | $/gu, "");
}

/** Counts for one page; `output` null means the extractor returned nothing (all `with` missed). */
export function countItem(item: EvalItem, output: string | null): Confusion {
  let tp = 0;
  let fp = 0;
  if (output !== null && output !== "") {
    const text = normalizeForScoring(output);
    tp = item.with.filter((snippet) => text.includes(normalizeForScoring(snippet))).length;
    fp = item.without.filter((snippet) => text.includes(normalizeForScoring(snippet))).length;
  }
  return { tp, fp, fn: item.with.length - tp, tn: item.without.length - fp };
}

/** The `with` snippets missing from the output and the `without` snippets found in it. */
export function wrongSnippets(item: EvalItem, output: string | null): { missed: string[]; kept: string[] } {
  const text = normalizeForScoring(output ?? "");
  const found = (snippet: string) => text !== "" && text.includes(normalizeForScoring(snippet));
  return { missed: item.with.filter((s) => !found(s)), kept: item.without.filter(found) };
}

export function addConfusion(into: Confusion, more: Confusion): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  into.tn += more.tn;
}

/** Micro-averaged scores; each 0 when its denominator is 0, as in the reference scorer. */
export function scoresOf({ tp, fp, fn, tn }: Confusion): ExtractionScores {
  const total = tp + fp + fn + tn;
  return {
    precision: tp + fp > 0 ? tp / (tp + fp) : 0,
    recall: tp + fn > 0 ? tp / (tp + fn) : 0,
    accuracy: total > 0 ? (tp + tn) / total : 0,
    f1: 2 * tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0,
  };
}
