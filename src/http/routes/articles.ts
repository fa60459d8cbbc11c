import { createRoute, z } from "@hono/zod-openapi";
import { quoteRelations } from "../../copies/quote-relations.js";
import { findSimilar, similarityInput } from "../../pipeline/similar.js";
import type { ApiApp, ApiContext } from "../context.js";
import { httpError } from "../errors.js";
import { ArticleListingSchema, ArticleSchema, QuoteRelationSchema, boundedInt, errorResponses, idString, jsonContent, Lang, listOf, page, PageQuery, probe, text } from "../schemas.js";

/** Most similar articles one request may ask for: each is scored in full, with its evidence. */
const SIMILAR_MAX = 50;
/** Similar articles answered when `k` is not given. */
const SIMILAR_DEFAULT = 10;

const SimilarItem = z
  .object({
    id: z.number().int(),
    title: z.string().nullable(),
    site: z.string().nullable(),
    lang: z.string(),
    published: z.string().nullable(),
    overall: z.number(),
    scale: z.number(),
    verdict: z.string(),
  })
  .openapi("SimilarArticle");

export function registerArticles(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/articles",
      tags: ["articles"],
      summary: "articles in the order they were stored, optionally filtered",
      request: { query: PageQuery.extend({ lang: Lang.optional(), site: text("outlet: site name or URL host", 200).optional(), story: idString("a story id").optional() }) },
      responses: { 200: jsonContent(listOf(ArticleListingSchema, "ArticleList"), "a page of articles"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const items = await ctx.store.listArticles({ ...probe(q), lang: q.lang, site: q.site, storyId: q.story });
      return c.json(page(items, q.limit, q.offset), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/articles/{id}",
      tags: ["articles"],
      summary: "one article: cleaned text, entities with mention offsets, removed spans, provenance and other sources, story, thread, copies",
      request: { params: z.object({ id: idString("an article id") }) },
      responses: { 200: jsonContent(ArticleSchema, "the article"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const article = await ctx.store.getArticle(id);
      if (!article) throw httpError("http.not-found", `no article ${id}`);
      const copies = article.groupId === null ? null : await ctx.store.getCopyGroup(article.groupId);
      const quotes = await quoteRelations(ctx.store, id);
      // Enrichment indexes `title + "\n\n" + text`: textOffset turns a mention offset into one within `text`.
      const textOffset = article.title ? article.title.length + 2 : 0;
      return c.json({ ...article, copies, quotes: quotes.quotes, quotedBy: quotes.quotedBy, quoteCounts: quotes.counts, textOffset }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/articles/{id}/similar",
      tags: ["articles"],
      summary: "the stored articles most like this one, best first (its own copies left out)",
      request: {
        params: z.object({ id: idString("an article id") }),
        query: z.object({
          k: boundedInt(1, SIMILAR_MAX, SIMILAR_DEFAULT),
        }),
      },
      responses: { 200: jsonContent(z.object({ items: z.array(SimilarItem) }).openapi("SimilarList"), "similar articles"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { k } = c.req.valid("query");
      const article = await ctx.store.getArticle(id);
      if (!article) throw httpError("http.not-found", `no article ${id}`);
      const similar = await findSimilar(ctx.store, similarityInput(article), k, article, await ctx.idf());
      const items = [];
      for (const s of similar) {
        const other = await ctx.store.getArticle(s.id);
        items.push({ id: s.id, title: s.title, site: other?.site ?? null, lang: other?.lang ?? "und", published: other?.publishedSort ?? null, overall: s.report.overall, scale: s.report.scale, verdict: s.report.verdict });
      }
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/articles/{id}/quotes",
      tags: ["articles", "copies"],
      summary: "what this article quotes (texts lying inside it) and which articles quote it, with the passage in both texts",
      request: { params: z.object({ id: idString("an article id") }) },
      responses: {
        200: jsonContent(
          z
            .object({
              quotes: z.array(QuoteRelationSchema),
              quotedBy: z.array(QuoteRelationSchema),
              counts: z.object({ quotes: z.number().int(), quotedBy: z.number().int() }),
            })
            .openapi("QuoteRelations"),
          "quote relations, earliest first (at most 50 of each side; counts give the totals)",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      if (!(await ctx.store.getArticle(id))) throw httpError("http.not-found", `no article ${id}`);
      return c.json(await quoteRelations(ctx.store, id), 200);
    },
  );
}
