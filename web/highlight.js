// Text with marked ranges, as DOM nodes. Offsets are UTF-16 positions into the "enriched document"
// the engine reads: the title, a blank line, then the text (or the text alone when there is no title).

/**
 * The title/body split of an article from the API: where its text starts in the document the offsets
 * index (`textOffset`, given by the API; else computed as enrich/enrich-article.ts does).
 */
export function documentParts(article) {
  const { title, text } = article;
  const hasTitle = typeof title === "string" && title.trim().length > 0;
  const bodyStart = typeof article.textOffset === "number" ? article.textOffset : hasTitle ? title.length + 2 : 0;
  return { title: bodyStart > 0 ? title : null, bodyStart, text };
}

/**
 * Nodes for `text`, which sits at `base` in the document, with each range (document offsets) wrapped by
 * `wrap(range, slice)`. Ranges are taken in start order; one overlapping an earlier range is clipped.
 */
export function highlighted(text, base, ranges, wrap) {
  const nodes = [];
  let cursor = 0;
  const sorted = ranges
    .map((r) => ({ r, start: r.start - base, end: r.end - base }))
    .filter((x) => x.end > 0 && x.start < text.length)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  for (const { r, start, end } of sorted) {
    const from = Math.max(start, cursor, 0);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > cursor) nodes.push(document.createTextNode(text.slice(cursor, from)));
    nodes.push(wrap(r, text.slice(from, to)));
    cursor = to;
  }
  if (cursor < text.length) nodes.push(document.createTextNode(text.slice(cursor)));
  return nodes;
}
