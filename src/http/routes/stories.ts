import { createRoute, z } from "@hono/zod-openapi";
import type { ApiApp, ApiContext } from "../context.js";
import type { CopyLink } from "../../copies/links.js";
import { STORY_PAGE_DEFAULT } from "../../store/store.js";
import { httpError } from "../errors.js";
import {
  DatePrefix,
  entityRef,
  errorResponses,
  idString,
  jsonContent,
  Lang,
  listOf,
  page,
  PageQuery,
  pageQuery,
  probe,
  StoryListingSchema,
  StoryMemberSchema,
  text,
  ThreadListingSchema,
} from "../schemas.js";

/** A story with one page of its articles: the page fields are those of every list (`listOf`), `total` its article count. */
/** A story's article with how many texts it quotes and how many articles quote it (0 and 0 for most). */
const StoryArticle = StoryMemberSchema.extend({
  quoteCounts: z
    .object({ quotes: z.number().int(), quotedBy: z.number().int() })
    .openapi({ description: "texts lying inside this one (`quotes`) and articles this one lies inside (`quotedBy`); see /api/articles/{id}/quotes" }),
}).openapi("StoryArticle");

const StoryPage = z
  .object({
    story: StoryListingSchema,
    articles: z.array(StoryArticle),
    thread: ThreadListingSchema.nullable(),
    limit: z.number().int(),
    offset: z.number().int(),
    next: z.number().int().nullable(),
    total: z.number().int(),
  })
  .openapi("Story");

const ThreadPage = z.object({ thread: ThreadListingSchema, stories: z.array(StoryListingSchema) }).openapi("Thread");

/** The answer for an id a refold retired (merged or split): where its articles went; `Location` says the same. */
const Redirect = z.object({ redirect: z.number().int().openapi({ description: "the id now holding most of its articles" }) }).openapi("Redirect");
const redirectResponse = { 308: jsonContent(Redirect, "the id was retired by a refold: follow Location (clients following redirects get the surviving one)") };

/** Per article, its "quotes" links on each side (a quotes b: b's text lies inside a). */
function quoteCountsOf(links: readonly CopyLink[]): Map<number, { quotes: number; quotedBy: number }> {
  const counts = new Map<number, { quotes: number; quotedBy: number }>();
  const of = (id: number) => counts.get(id) ?? counts.set(id, { quotes: 0, quotedBy: 0 }).get(id)!;
  for (const link of links) {
    if (link.kind !== "quotes") continue;
    of(link.a).quotes++;
    of(link.b).quotedBy++;
  }
  return counts;
}

/** The same request for the surviving id: query and all, so a page of a story stays that page. */
function movedTo(url: string, kind: "stories" | "threads", id: number): string {
  const { search } = new URL(url);
  return `/api/${kind}/${id}${search}`;
}

export function registerStories(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/stories",
      tags: ["stories"],
      summary: "stories, largest and newest first, optionally filtered",
      request: {
        query: PageQuery.extend({
          lang: Lang.optional(),
          site: text("only stories with an article from this outlet", 200).optional(),
          from: DatePrefix.optional().openapi({ description: "only stories still running on or after this date" }),
          to: DatePrefix.optional().openapi({ description: "only stories that started on or before this date" }),
          entity: entityRef("an entity id (place:KZ) or a name").optional(),
        }),
      },
      responses: { 200: jsonContent(listOf(StoryListingSchema, "StoryList"), "a page of stories"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const items = await ctx.store.listStories({ ...probe(q), lang: q.lang, site: q.site, from: q.from, to: q.to, entity: q.entity });
      return c.json(page(items, q.limit, q.offset), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/stories/{id}",
      tags: ["stories"],
      summary: "one story: a page of its articles in publication order (copies marked), their total, and its thread",
      // Without a limit, a page is what the web UI draws at once (the store's default).
      request: { params: z.object({ id: idString("a story id") }), query: pageQuery(STORY_PAGE_DEFAULT.limit) },
      responses: { 200: jsonContent(StoryPage, "the story with one page of its articles"), ...redirectResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      const found = await ctx.store.getStory(id, probe(q));
      if (!found) {
        const to = await ctx.store.redirectOf("story", id);
        if (to !== null) return c.json({ redirect: to }, 308, { Location: movedTo(c.req.url, "stories", to) });
        throw httpError("http.not-found", `no story ${id}`);
      }
      const thread = found.story.threadId === null ? null : ((await ctx.store.getThread(found.story.threadId))?.thread ?? null);
      const { items, limit, offset, next } = page(found.articles, q.limit, q.offset);
      const counts = quoteCountsOf(await ctx.store.getCopyLinks(items.map((a) => a.id)));
      const articles = items.map((a) => ({ ...a, quoteCounts: counts.get(a.id) ?? { quotes: 0, quotedBy: 0 } }));
      return c.json({ story: found.story, articles, thread, limit, offset, next, total: found.story.articles }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/threads",
      tags: ["stories"],
      summary: "threads: stories linked by the same actors and topic over time, largest first",
      request: { query: PageQuery },
      responses: { 200: jsonContent(listOf(ThreadListingSchema, "ThreadList"), "a page of threads"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(page(await ctx.store.listThreads(probe(q)), q.limit, q.offset), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/threads/{id}",
      tags: ["stories"],
      summary: "one thread and its stories over time",
      request: { params: z.object({ id: idString("a thread id") }) },
      responses: { 200: jsonContent(ThreadPage, "the thread"), ...redirectResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const found = await ctx.store.getThread(id);
      if (!found) {
        const to = await ctx.store.redirectOf("thread", id);
        if (to !== null) return c.json({ redirect: to }, 308, { Location: movedTo(c.req.url, "threads", to) });
        throw httpError("http.not-found", `no thread ${id}`);
      }
      return c.json(found, 200);
    },
  );
}
