import { createRoute, z } from "@hono/zod-openapi";
import { similarityInput } from "../../pipeline/similar.js";
import { similarity } from "../../similarity/index.js";
import type { StoredArticle } from "../../store/index.js";
import type { ApiApp, ApiContext } from "../context.js";
import { httpError } from "../errors.js";
import { errorResponses, idString, jsonContent, SimilarityReportSchema } from "../schemas.js";

const Header = z
  .object({
    id: z.number().int(),
    title: z.string().nullable(),
    site: z.string().nullable(),
    url: z.string().nullable(),
    lang: z.string(),
    published: z.string().nullable(),
    storyId: z.number().int().nullable(),
    text: z.string().openapi({ description: "the cleaned text the passage offsets refer to" }),
  })
  .openapi("CompareHeader");

const header = (a: StoredArticle) => ({ id: a.id, title: a.title, site: a.site, url: a.url, lang: a.lang, published: a.publishedSort, storyId: a.storyId, text: a.text });

export function registerCompare(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/compare",
      tags: ["similarity"],
      summary: "how alike two articles are, per dimension, with the evidence (shared passages with offsets, people, places, date gap)",
      request: { query: z.object({ a: idString("an article id"), b: idString("an article id") }) },
      responses: { 200: jsonContent(z.object({ a: Header, b: Header, report: SimilarityReportSchema }).openapi("Comparison"), "the pair report"), ...errorResponses },
    }),
    async (c) => {
      const { a, b } = c.req.valid("query");
      const [left, right] = await Promise.all([ctx.store.getArticle(a), ctx.store.getArticle(b)]);
      if (!left) throw httpError("http.not-found", `no article ${a}`);
      if (!right) throw httpError("http.not-found", `no article ${b}`);
      const report = similarity(similarityInput(left), similarityInput(right), { idf: await ctx.idf() });
      return c.json({ a: header(left), b: header(right), report }, 200);
    },
  );
}
