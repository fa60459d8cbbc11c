import { createRoute, z } from "@hono/zod-openapi";
import type { ApiApp, ApiContext } from "../context.js";
import { httpError } from "../errors.js";
import {
  EntityId,
  EntitySummarySchema,
  errorResponses,
  jsonContent,
  listOf,
  page,
  PageQuery,
  probe,
  SearchHitSchema,
  StoryListingSchema,
  text,
  ThreadListingSchema,
} from "../schemas.js";

/** Stories, threads, neighbours and recent articles shown on an entity's page. */
const RELATED = 20;

const EntityPage = z
  .object({
    entity: EntitySummarySchema.extend({ lat: z.number().nullable(), lon: z.number().nullable() }),
    timeline: z.array(z.object({ month: z.string().openapi({ example: "2021-09" }), articles: z.number().int() })),
    stories: z.array(StoryListingSchema),
    threads: z.array(ThreadListingSchema),
    cooccurring: z.array(z.object({ id: z.string(), type: z.enum(["person", "place", "organisation"]), name: z.string(), articles: z.number().int() })),
    articles: z.array(SearchHitSchema).openapi({ description: "the newest articles naming it" }),
  })
  .openapi("Entity");

export function registerEntities(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/entities",
      tags: ["entities"],
      summary: "people, places and organisations by how many articles name them",
      request: {
        query: PageQuery.extend({
          type: z.enum(["person", "place", "organisation"], { error: "one of person, place, organisation" }).optional(),
          q: text("only entities these words stand for: a name in any spelling, or an id").optional(),
        }),
      },
      responses: { 200: jsonContent(listOf(EntitySummarySchema, "EntityList"), "a page of entities"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(page(await ctx.store.listEntities({ ...probe(q), type: q.type, query: q.q }), q.limit, q.offset), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/entities/{id}",
      tags: ["entities"],
      summary: "one entity (URL-encoded id, e.g. place%3AKZ): articles per month, stories, threads, who is named beside it, recent articles",
      request: { params: z.object({ id: EntityId }) },
      responses: { 200: jsonContent(EntityPage, "the entity"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const detail = await ctx.store.getEntity(id, { related: RELATED });
      if (!detail) throw httpError("http.not-found", `no article names ${id}`);
      const stories = await ctx.store.listStories({ limit: RELATED, entity: id });
      const articles = await ctx.store.searchByEntity(id, { limit: RELATED });
      return c.json({ ...detail, stories, articles }, 200);
    },
  );
}
