import { createRoute, z } from "@hono/zod-openapi";
import type { ApiApp, ApiContext } from "../context.js";
import { errorResponses, jsonContent } from "../schemas.js";

const Health = z
  .object({
    ok: z.literal(true),
    store: z.string(),
    counts: z.object({ articles: z.number().int(), copyGroups: z.number().int(), copies: z.number().int(), quotes: z.number().int(), stories: z.number().int(), threads: z.number().int() }),
    version: z.string(),
    writes: z.boolean().openapi({ description: "whether POST /api/ingest is enabled (a token was set at start)" }),
  })
  .openapi("Health");

export function registerHealth(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({ method: "get", path: "/api/health", tags: ["meta"], summary: "the store and what it holds", responses: { 200: jsonContent(Health, "the server is up"), 500: errorResponses[500] } }),
    async (c) => c.json({ ok: true as const, store: ctx.store.location, counts: await ctx.store.counts(), version: ctx.version, writes: ctx.token !== null && ctx.openWriter !== null }, 200),
  );
}
