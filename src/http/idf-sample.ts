import { addToIdfTable, createIdfTable, type IdfTable } from "../similarity/index.js";
import type { ArticleListing, Store } from "../store/index.js";

/**
 * Canonical articles counted, newest first: the same sample as `idfFromStore` (pipeline/similar.ts),
 * which `newsfold compare` uses, so the API and the CLI score a pair alike.
 */
const IDF_SAMPLE = 3_000;
/** Article listings read per step, walking back from the newest. */
const STEP = 1_000;

/**
 * Document frequencies from the newest canonical articles. Unlike `idfFromStore`, which streams the
 * whole store, this reads pages from the end (listing, then texts), so its cost does not grow with the
 * store: on a large store it is the difference between seconds and minutes at the first comparison.
 */
export async function idfFromNewest(store: Store): Promise<IdfTable> {
  const { articles: total } = await store.counts();
  const picked: ArticleListing[] = [];
  for (let end = total; end > 0 && picked.length < IDF_SAMPLE; end -= STEP) {
    const offset = Math.max(0, end - STEP);
    const rows = await store.listArticles({ limit: end - offset, offset });
    const canonical = rows.filter((r) => r.groupId === null || r.copyKind === "canonical");
    picked.unshift(...canonical.slice(-(IDF_SAMPLE - picked.length)));
  }
  const table = createIdfTable();
  for (let i = 0; i < picked.length; i += STEP) {
    const chunk = picked.slice(i, i + STEP);
    const texts = await store.getTexts(chunk.map((r) => r.id));
    for (const r of chunk) {
      const text = texts.get(r.id);
      if (text !== undefined) addToIdfTable(table, { title: r.title, text, lang: r.lang });
    }
  }
  return table;
}
