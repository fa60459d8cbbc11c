import type { Store } from "../store/index.js";

/** One "quotes" relation seen from an article: the other article and where the shared passage lies. */
export interface QuoteRelation {
  id: number;
  title: string | null;
  url: string | null;
  /** Sortable publication date of the other article. */
  published: string | null;
  /** Share of the quoted text the quoting one holds (0–1). */
  share: number;
  /** The passage in this article and in the other (character offsets, end exclusive); null when unplaced. */
  here: { start: number; end: number } | null;
  there: { start: number; end: number } | null;
}

export interface QuoteRelations {
  /** Articles this one quotes (their text lies inside this one). */
  quotes: QuoteRelation[];
  /** Articles quoting this one. */
  quotedBy: QuoteRelation[];
}

/**
 * An article's quote relations, each with the other article's title and date, earliest first (at most
 * `limit` of each side, to keep a wire quoted by thousands cheap to show; `counts` gives the totals).
 */
export async function quoteRelations(store: Store, id: number, limit = 50): Promise<QuoteRelations & { counts: { quotes: number; quotedBy: number } }> {
  const links = (await store.getCopyLinks([id])).filter((l) => l.kind === "quotes");
  const describe = async (side: "quotes" | "quotedBy") => {
    const mine = links.filter((l) => (side === "quotes" ? l.a === id : l.b === id));
    const states = new Map((await store.getCopyStates(mine.map((l) => (l.a === id ? l.b : l.a)))).map((s) => [s.id, s]));
    const rows = mine
      .map((l) => ({ l, other: l.a === id ? l.b : l.a }))
      .sort((x, y) => (states.get(x.other)?.published ?? "~").localeCompare(states.get(y.other)?.published ?? "~") || x.other - y.other)
      .slice(0, limit);
    const out: QuoteRelation[] = [];
    for (const { l, other } of rows) {
      const article = await store.getArticle(other);
      const p = l.passage;
      const aSpan = p && { start: p.aStart, end: p.aEnd };
      const bSpan = p && { start: p.bStart, end: p.bEnd };
      out.push({
        id: other,
        title: article?.title ?? null,
        url: article?.url ?? null,
        published: article?.publishedSort ?? null,
        share: l.bInA,
        here: l.a === id ? aSpan : bSpan,
        there: l.a === id ? bSpan : aSpan,
      });
    }
    return { list: out, total: mine.length };
  };
  const [quotes, quotedBy] = [await describe("quotes"), await describe("quotedBy")];
  return { quotes: quotes.list, quotedBy: quotedBy.list, counts: { quotes: quotes.total, quotedBy: quotedBy.total } };
}
