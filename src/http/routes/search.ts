import { createRoute } from "@hono/zod-openapi";
import type { ApiApp, ApiContext } from "../context.js";
import { httpError } from "../errors.js";
import { entityRef, errorResponses, jsonContent, listOf, page, PageQuery, probe, SearchHitSchema, text } from "../schemas.js";

/**
 * Matches ranked per full-text query: a word found in tens of thousands of articles is ranked among its
 * newest 1,000 matches (a few ms instead of tens), which a news search can afford; rarer words are unaffected.
 */
const RANK_WINDOW = 1_000;

export function registerSearch(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/search",
      tags: ["search"],
      summary: "full-text search (best match first), or articles naming an entity (newest first); both together narrow each other",
      description: `Full-text hits are ranked among the ${RANK_WINDOW} most recently stored matches of the query.`,
      request: {
        query: PageQuery.extend({
          q: text('words that must all appear; "quoted words" together; accents optional').optional(),
          entity: entityRef("an entity id (place:KZ) or a name in any spelling").optional(),
        }),
      },
      responses: { 200: jsonContent(listOf(SearchHitSchema, "SearchResults"), "a page of hits"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      if (q.q === undefined && q.entity === undefined) throw httpError("http.bad-request", "q, entity: required, words to search for, an entity (an id such as place:KZ, or a name), or both");
      const pageOf = probe(q);
      const hits = q.entity !== undefined ? await ctx.store.searchByEntity(q.entity, pageOf, q.q) : await ctx.store.search(q.q ?? "", { ...pageOf, newest: RANK_WINDOW });
      return c.json(page(hits, q.limit, q.offset), 200);
    },
  );
}
