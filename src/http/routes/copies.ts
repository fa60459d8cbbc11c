import { createRoute, z } from "@hono/zod-openapi";
import type { ApiApp, ApiContext } from "../context.js";
import { httpError } from "../errors.js";
import { CopyGroupSchema, errorResponses, idString, jsonContent, listOf, page, PageQuery, probe } from "../schemas.js";

export function registerCopies(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/copies",
      tags: ["copies"],
      summary: "copy groups with more than one member, largest first",
      request: { query: PageQuery },
      responses: { 200: jsonContent(listOf(CopyGroupSchema, "CopyGroupList"), "a page of copy groups"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(page(await ctx.store.listCopyGroups(probe(q)), q.limit, q.offset), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/copies/{id}",
      tags: ["copies"],
      summary: "one copy group",
      request: { params: z.object({ id: idString("a copy group id") }) },
      responses: { 200: jsonContent(CopyGroupSchema, "the group"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const group = await ctx.store.getCopyGroup(id);
      if (!group) throw httpError("http.not-found", `no copy group ${id}`);
      return c.json(group, 200);
    },
  );
}
