import type { PartialDate } from "../types.js";
import { parseDate } from "./dates.js";
import type { DomDocument } from "./html-dom.js";
import { inlineText } from "./html-text.js";

/**
 * Article metadata from an HTML page, read before extraction (the extractor rewrites the DOM).
 * Sources in order of trust: JSON-LD (schema.org NewsArticle), Open Graph and `article:*` meta,
 * other common meta names, then the markup itself (`<time datetime>`, `<title>`, `<h1>`, `<html lang>`).
 */
export interface HtmlMetadata {
  title?: string;
  published?: PartialDate;
  updated?: PartialDate;
  site?: string;
  author?: string;
  lang?: string;
  url?: string;
}

/** JSON-LD blocks can be huge (whole product catalogues); parsing more than this is not worth it. */
const MAX_JSON_LD_CHARS = 200_000;
/** Objects visited in one JSON-LD tree, bounding work on deeply nested or cyclic-looking data. */
const MAX_JSON_LD_NODES = 2_000;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|Report|LiveBlogPosting|WebPage|TechArticle|ScholarlyArticle|SocialMediaPosting)$/u;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type MetaTable = ReadonlyMap<string, string>;

/** Every `<meta>` content by lower-cased property/name/itemprop/http-equiv, first one wins; one pass over the page. */
function metaTable(doc: DomDocument): MetaTable {
  const table = new Map<string, string>();
  const metas = doc.querySelectorAll("meta");
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i];
    const content = el.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}

function meta(table: MetaTable, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = table.get(key.toLowerCase());
    if (value) return value;
  }
  return undefined;
}

function textOf(value: Json | undefined): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map((v) => textOf(v)).filter((v): v is string => v !== undefined);
    return names.length > 0 ? names.join(", ") : undefined;
  }
  if (value && typeof value === "object") return textOf(value.name);
  return undefined;
}

function articleObjects(doc: DomDocument): Array<{ [key: string]: Json }> {
  const found: Array<{ [key: string]: Json }> = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let s = 0; s < scripts.length; s++) {
    const raw = scripts[s].textContent ?? "";
    if (raw.length > MAX_JSON_LD_CHARS) continue;
    let data: Json;
    try {
      data = JSON.parse(raw) as Json;
    } catch {
      continue;
    }
    const queue: Json[] = [data];
    for (let visited = 0; queue.length > 0 && visited < MAX_JSON_LD_NODES; visited++) {
      const node = queue.shift()!;
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === "object") {
        const type = node["@type"];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) found.push(node);
        if (node["@graph"] !== undefined) queue.push(node["@graph"]);
      }
    }
  }
  // Articles before generic web pages: a WebPage wrapper often carries the site's own name as headline.
  return found.sort((a, b) => Number(a["@type"] === "WebPage") - Number(b["@type"] === "WebPage"));
}

function firstDefined<T>(...values: Array<T | undefined | null>): T | undefined {
  for (const value of values) if (value !== undefined && value !== null && value !== "") return value;
  return undefined;
}

function dateFrom(...candidates: Array<string | undefined>): PartialDate | undefined {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const date = parseDate(candidate);
    if (date) return date;
  }
  return undefined;
}

/** Read what the page says about itself. Never throws on odd markup; missing fields stay undefined. */
export function readHtmlMetadata(doc: DomDocument): HtmlMetadata {
  const metas = metaTable(doc);
  const ld = articleObjects(doc);
  const ldField = (key: string): string | undefined => firstDefined(...ld.map((o) => textOf(o[key])));
  const publisher = firstDefined(...ld.map((o) => textOf(o.publisher)));
  const timeEl = doc.querySelector("article time[datetime], time[pubdate], time[datetime]");
  const result: HtmlMetadata = {};
  const title = firstDefined(
    ldField("headline"),
    meta(metas, "og:title", "twitter:title", "dc.title"),
  );
  const fallbackTitle = title ?? firstDefined(inlineText(doc.querySelector("h1")), doc.title?.trim());
  if (fallbackTitle) result.title = fallbackTitle.replace(/\s+/gu, " ");
  const published = dateFrom(
    ldField("datePublished"),
    meta(metas, "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"),
    timeEl?.getAttribute("datetime") ?? undefined,
  );
  if (published) result.published = published;
  const updated = dateFrom(ldField("dateModified"), meta(metas, "article:modified_time", "og:updated_time", "dateModified"));
  if (updated) result.updated = updated;
  const site = firstDefined(meta(metas, "og:site_name", "application-name", "twitter:site"), publisher);
  if (site) result.site = site;
  const metaAuthor = meta(metas, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author");
  const author = firstDefined(ldField("author"), metaAuthor && !/^https?:/u.test(metaAuthor) ? metaAuthor : undefined);
  if (author) result.author = author;
  const lang = firstDefined(
    doc.documentElement?.getAttribute("lang")?.trim(),
    meta(metas, "og:locale", "language", "dc.language"),
    meta(metas, "content-language"),
  );
  if (lang) result.lang = lang.toLowerCase().split(/[-_]/u)[0];
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim();
  const url = firstDefined(canonical, meta(metas, "og:url"));
  if (url && /^https?:\/\//u.test(url)) result.url = url;
  return result;
}
