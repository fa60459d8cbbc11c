/**
 * An HTML page's text as one string, or as the pieces it was decoded in (read/deferred.ts): a page decoded whole is
 * a string of a few hundred kilobytes, which V8 allocates in its large-object space, a mapping of its own per
 * string, and decoding into those cost six times decoding the same bytes into 16 KB pieces (half of it system time
 * in page faults; `.scratch`-style measure in docs/BENCHMARKS.md). The tokenizer reads pieces one after the other,
 * and the tree builder slices the text it keeps out of them.
 */
export type HtmlSource = string | readonly string[];

/** The page's pieces: a whole string is one. */
export function piecesOf(source: HtmlSource): readonly string[] {
  return typeof source === "string" ? [source] : source;
}

export function sourceLength(source: HtmlSource): number {
  if (typeof source === "string") return source.length;
  let length = 0;
  for (const piece of source) length += piece.length;
  return length;
}

/** The page as one string: for the rare readers that need it whole (Readability.js, the malformed-page fallback). */
export function wholeSource(source: HtmlSource): string {
  return typeof source === "string" ? source : source.join("");
}

/** The first `length` characters of the page, in pieces as it came. */
export function sourcePrefix(source: HtmlSource, length: number): HtmlSource {
  if (typeof source === "string") return source.slice(0, length);
  const out: string[] = [];
  let left = length;
  for (const piece of source) {
    if (left <= 0) break;
    out.push(piece.length <= left ? piece : piece.slice(0, left));
    left -= piece.length;
  }
  return out;
}

/**
 * `slice(start, end)` of the whole page, read from its pieces. The tokenizer asks for ranges in page order, so the
 * search for the piece holding `start` resumes from the last one found.
 */
export function sourceSlicer(source: HtmlSource): (start: number, end: number) => string {
  if (typeof source === "string") return (start, end) => source.slice(start, end);
  const pieces = source;
  const starts: number[] = [];
  let at = 0;
  for (const piece of pieces) {
    starts.push(at);
    at += piece.length;
  }
  const length = at;
  // As String#slice: a negative index counts from the end (htmlparser2 ends some malformed pages with a range from -1).
  const clamp = (i: number) => (i < 0 ? Math.max(0, length + i) : Math.min(i, length));
  let k = 0;
  return (from, to) => {
    const start = clamp(from);
    const end = clamp(to);
    if (end <= start) return "";
    if (start < starts[k]!) k = 0;
    while (k + 1 < pieces.length && starts[k + 1]! <= start) k++;
    const piece = pieces[k]!;
    if (end - starts[k]! <= piece.length) return piece.slice(start - starts[k]!, end - starts[k]!);
    // A range over a boundary between pieces (a tag name cut by it): rare, joined.
    let out = piece.slice(start - starts[k]!);
    for (let j = k + 1; j < pieces.length && starts[j]! < end; j++) out += pieces[j]!.slice(0, end - starts[j]!);
    return out;
  };
}
