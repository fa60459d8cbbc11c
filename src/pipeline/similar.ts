import type { Entity, Enrichment } from "../enrich/index.js";
import { addToIdfTable, createIdfTable, similarity, type IdfTable, type SimilarityInput, type SimilarityReport } from "../similarity/index.js";
import type { ArticleListing, Store, StoredArticle } from "../store/index.js";

/** Salient entities whose articles are candidates for `findSimilar`: the actors and places it is about. */
const CANDIDATE_ENTITIES = 6;
/** Articles read per entity: enough for a busy person's recent coverage, bounded for a president's. */
const ARTICLES_PER_ENTITY = 200;
/** Members of the article's own story read as candidates, in story order: bounded like the entities' (a big story has thousands). */
const STORY_CANDIDATES = 200;

/**
 * Canonical articles read to learn document frequencies for TF-IDF: enough for stable weights of common
 * words in each language (the fitted model expects a table), bounded so a first comparison answers in
 * about a second whatever the store's size.
 */
const IDF_SAMPLE = 3_000;
/** Article listings read per step, walking back from the newest. */
const IDF_STEP = 1_000;

/**
 * Document frequencies from the newest canonical articles (the store's own languages and vocabulary),
 * read by pages from the end, so the cost does not grow with the store: `newsfold compare`, `similar`
 * and the HTTP API share it and score a pair alike. Entity frequencies are not counted here (that needs
 * every sampled article's entities); the similarity model then weighs shared entities without rarity.
 */
export async function idfFromStore(store: Store): Promise<IdfTable> {
  const { articles: total } = await store.counts();
  const picked: ArticleListing[] = [];
  for (let end = total; end > 0 && picked.length < IDF_SAMPLE; end -= IDF_STEP) {
    const offset = Math.max(0, end - IDF_STEP);
    const rows = await store.listArticles({ limit: end - offset, offset });
    const canonical = rows.filter((r) => r.groupId === null || r.copyKind === "canonical");
    picked.unshift(...canonical.slice(-(IDF_SAMPLE - picked.length)));
  }
  const table = createIdfTable();
  for (let i = 0; i < picked.length; i += IDF_STEP) {
    const chunk = picked.slice(i, i + IDF_STEP);
    const texts = await store.getTexts(chunk.map((r) => r.id));
    for (const r of chunk) {
      const text = texts.get(r.id);
      if (text !== undefined) addToIdfTable(table, { title: r.title, text, lang: r.lang });
    }
  }
  return table;
}

/** A stored article as `similarity` reads it: its text, dates and enrichment as they were stored. */
export function similarityInput(a: StoredArticle): SimilarityInput {
  const entities: Entity[] = a.entities.map((e) => ({
    type: e.type,
    id: e.id,
    name: e.name,
    ...(e.country === null ? {} : { country: e.country }),
    ...(e.lat === null ? {} : { lat: e.lat }),
    ...(e.lon === null ? {} : { lon: e.lon }),
    mentions: e.mentions,
    salience: e.salience,
  }));
  const enrichment: Enrichment = { entities, eventDate: a.eventDate, publishedDate: a.published, names: a.names };
  return { id: a.id, title: a.title, text: a.text, lang: a.lang, published: a.published, updated: a.updated, enrichment };
}

export interface SimilarArticle {
  id: number;
  title: string | null;
  report: SimilarityReport;
}

/**
 * The k stored articles most like `input`: candidates are the articles naming its most salient
 * entities, the members of its story, and full-text matches of its title; each is scored by
 * `similarity` with evidence. Copies of `excludeId` (its copy group) are left out.
 */
export async function findSimilar(store: Store, input: SimilarityInput, k: number, exclude?: StoredArticle, idf?: IdfTable): Promise<SimilarArticle[]> {
  const candidates = new Set<number>();
  const entities = [...(input.enrichment?.entities ?? [])].sort((x, y) => y.salience - x.salience).slice(0, CANDIDATE_ENTITIES);
  for (const e of entities) for (const hit of await store.searchByEntity(e.id, { limit: ARTICLES_PER_ENTITY })) candidates.add(hit.id);
  if (input.title) for (const hit of await store.search(input.title, { limit: 50 })) candidates.add(hit.id);
  if (exclude?.storyId != null) for (const member of (await store.getStory(exclude.storyId, { limit: STORY_CANDIDATES, offset: 0 }))?.articles ?? []) candidates.add(member.id);
  const scored: SimilarArticle[] = [];
  for (const id of candidates) {
    if (exclude && (id === exclude.id)) continue;
    const other = await store.getArticle(id);
    if (!other) continue;
    if (exclude?.groupId != null && other.groupId === exclude.groupId) continue;
    scored.push({ id, title: other.title, report: similarity(input, similarityInput(other), { idf }) });
  }
  return scored.sort((x, y) => y.report.overall - x.report.overall || x.id - y.id).slice(0, k);
}
