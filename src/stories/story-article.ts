import type { Enrichment } from "../enrich/index.js";
import type { CleanedArticle, PartialDate } from "../types.js";
import type { StoryArticle } from "./types.js";

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * A sortable ISO date of a partial date, as precise as it is ("2021-09", "2021-09-17T15:56"); null
 * without a year, since a story cannot be placed in time on a month and day alone.
 */
export function partialDateToIso(d: PartialDate | null | undefined): string | null {
  if (!d || d.year === undefined) return null;
  let iso = String(d.year).padStart(4, "0");
  if (d.month === undefined) return iso;
  iso += `-${pad(d.month)}`;
  if (d.day === undefined) return iso;
  iso += `-${pad(d.day)}`;
  if (d.hour === undefined) return iso;
  return `${iso}T${pad(d.hour)}:${pad(d.minute ?? 0)}`;
}

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
    published: published !== undefined ? published : partialDateToIso(article.published) ?? partialDateToIso(article.updated),
    lang: typeof article.lang === "string" ? article.lang : article.lang.code,
    title: article.title,
    text: article.text,
    entities: enrichment.entities.map((e) => ({ id: e.id, type: e.type, salience: e.salience })),
    eventDate: partialDateToIso(enrichment.eventDate?.date),
    names: enrichment.names,
  };
}
