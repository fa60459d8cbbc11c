import type { Enrichment } from "../enrich/index.js";
import { sortableDate } from "../dates.js";
import type { CleanedArticle } from "../types.js";
import type { StoryArticle } from "./types.js";

/**
 * The clusterer's input from the clean and enrich stages. `published` defaults to the page's own date
 * (`published`, else `updated`, when they carry a year); pass it to override (a store's date, a crawl date).
 */
export function storyArticle(
  id: number,
  article: Pick<CleanedArticle, "title" | "text" | "published" | "updated"> & { lang: string | { code: string } },
  enrichment: Pick<Enrichment, "entities" | "eventDate" | "names">,
  published?: string | null,
): StoryArticle {
  return {
    id,
    published: published !== undefined ? published : sortableDate(article.published) ?? sortableDate(article.updated),
    lang: typeof article.lang === "string" ? article.lang : article.lang.code,
    title: article.title,
    text: article.text,
    entities: enrichment.entities.map((e) => ({ id: e.id, type: e.type, salience: e.salience })),
    eventDate: sortableDate(enrichment.eventDate?.date),
    names: enrichment.names,
  };
}
