import type { Command } from "commander";
import { NewsfoldError } from "../../errors.js";
import { recluster } from "../../pipeline/recluster.js";
import { DEFAULT_SHINGLE_SIZE } from "../../text/shingle.js";
import { foldStories } from "../../pipeline/fold-stories.js";
import type { Store, StoryListing } from "../../store/index.js";
import { STORY_PAGE_DEFAULT } from "../../store/store.js";
import { positiveInt, wholeNumber, withStore, type CommandContext } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { clip, formatFold, table } from "../format.js";

const storyRows = (stories: StoryListing[]) =>
  stories.map((s) => [s.id, s.articles, s.first ?? "", s.last ?? "", s.languages.join(","), clip(s.sites.join(", "), 28), clip(s.title, 56), s.threadId ?? ""]);
const STORY_HEADERS = ["story", "articles", "first", "last", "langs", "outlets", "title", "thread"];

/** For an id a refold retired (merged or split): says so, and gives the id holding most of its articles. */
async function survivorOf(ctx: CommandContext, store: Store, kind: "story" | "thread", id: number): Promise<number> {
  const to = await store.redirectOf(kind, id);
  if (to === null) return id;
  ctx.io.stderr(`newsfold: ${kind} ${id} was refolded into ${kind} ${to}\n`);
  return to;
}

function idArgument(text: string, what: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0) throw new NewsfoldError("cli.invalid", `${what} id must be a positive whole number, got "${text}"`);
  return id;
}

export function registerStories(program: Command, ctx: CommandContext): void {
  program
    .command("stories")
    .description("stories (the same event across outlets and languages), largest and newest first")
    .addHelpText("after", "\nExamples:\n  newsfold stories --lang fr\n  newsfold stories --entity Kazakhstan --from 2021-09-01")
    .option("--lang <code>", "only stories with an article in this language (fr, en …)")
    .option("--site <outlet>", "only stories with an article from this outlet")
    .option("--from <date>", "only stories still running on or after this date (2021-09-01)")
    .option("--to <date>", "only stories that started on or before this date")
    .option("--entity <name|id>", "only stories naming this person, place or organisation")
    .option("--limit <n>", "how many (default 20)")
    .option("--offset <n>", "skip this many first (default 0)")
    .option("--json", "print one JSON object per story")
    .action(async (opts: { lang?: string; site?: string; from?: string; to?: string; entity?: string; limit?: string; offset?: string; json?: boolean }) => {
      const page = { limit: positiveInt("--limit", opts.limit, 20), offset: wholeNumber("--offset", opts.offset, 0) };
      await withStore(ctx, true, async (store) => {
        const stories = await store.listStories({ ...page, lang: opts.lang, site: opts.site, from: opts.from, to: opts.to, entity: opts.entity });
        if (opts.json) return stories.forEach((s) => ctx.io.stdout(`${JSON.stringify(s)}\n`));
        if (stories.length === 0) return ctx.io.stdout("no stories (yet): ingest articles, or run `newsfold recluster`\n");
        ctx.io.stdout(table(STORY_HEADERS, storyRows(stories), new Set([0, 1])));
      });
    });

  program
    .command("story")
    .description("one story: its articles in publication order, outlets, languages and thread")
    .addHelpText("after", "\nExamples:\n  newsfold story 1\n  newsfold story 1 --json")
    .argument("<id>", "story id (from `newsfold stories`)")
    .option("--limit <n>", `how many of its articles (default ${STORY_PAGE_DEFAULT.limit})`)
    .option("--offset <n>", "skip this many first (default 0)")
    .option("--json", "print the story and this page of its articles as JSON")
    .action(async (idText: string, opts: { limit?: string; offset?: string; json?: boolean }) => {
      const id = idArgument(idText, "story");
      const page = { limit: positiveInt("--limit", opts.limit, STORY_PAGE_DEFAULT.limit), offset: wholeNumber("--offset", opts.offset, 0) };
      await withStore(ctx, true, async (store) => {
        const found = (await store.getStory(id, page)) ?? (await store.getStory(await survivorOf(ctx, store, "story", id), page));
        if (!found) {
          ctx.io.stderr(`newsfold: no story ${id}\n`);
          return ctx.setExit(EXIT.notFound);
        }
        const { story, articles } = found;
        if (opts.json) return ctx.io.stdout(`${JSON.stringify({ ...found, ...page, total: story.articles }, null, 2)}\n`);
        ctx.io.stdout(`story ${story.id}: ${story.title}\n${story.articles} article(s), ${story.first ?? "?"} → ${story.last ?? "?"}, ` +
          `languages ${story.languages.join(", ")}, outlets ${story.sites.join(", ") || "unknown"}${story.threadId ? `, thread ${story.threadId}` : ""}\n\n`);
        const rows = articles.map((a) => [a.id, a.published ?? "", a.lang, clip(a.site ?? a.url, 26), clip(a.title, 56), a.copyKind && a.copyKind !== "canonical" ? `${a.copyKind} copy` : ""]);
        if (rows.length) ctx.io.stdout(table(["article", "published", "lang", "outlet", "title", ""], rows, new Set([0])));
        const shownTo = page.offset + articles.length;
        if (page.offset > 0 || shownTo < story.articles) {
          const more = shownTo < story.articles ? `; --offset ${shownTo} shows the next ones` : "";
          ctx.io.stdout(`${rows.length ? "\n" : ""}articles ${articles.length ? `${page.offset + 1}–${shownTo}` : "none"} of ${story.articles}${more}\n`);
        }
      });
    });

  program
    .command("threads")
    .description("threads: stories linked by the same actors and topic over time")
    .addHelpText("after", "\nExamples:\n  newsfold threads\n  newsfold threads --json")
    .option("--limit <n>", "how many (default 20)")
    .option("--offset <n>", "skip this many first (default 0)")
    .option("--json", "print one JSON object per thread")
    .action(async (opts: { limit?: string; offset?: string; json?: boolean }) => {
      const page = { limit: positiveInt("--limit", opts.limit, 20), offset: wholeNumber("--offset", opts.offset, 0) };
      await withStore(ctx, true, async (store) => {
        const threads = await store.listThreads(page);
        if (opts.json) return threads.forEach((t) => ctx.io.stdout(`${JSON.stringify(t)}\n`));
        if (threads.length === 0) return ctx.io.stdout("no threads (yet)\n");
        ctx.io.stdout(table(["thread", "stories", "articles", "first", "last", "title"], threads.map((t) => [t.id, t.stories, t.articles, t.first ?? "", t.last ?? "", clip(t.title, 60)]), new Set([0, 1, 2])));
      });
    });

  program
    .command("thread")
    .description("one thread: its stories over time")
    .addHelpText("after", "\nExamples:\n  newsfold thread 1")
    .argument("<id>", "thread id (from `newsfold threads`)")
    .option("--json", "print the thread as JSON")
    .action(async (idText: string, opts: { json?: boolean }) => {
      const id = idArgument(idText, "thread");
      await withStore(ctx, true, async (store) => {
        const found = (await store.getThread(id)) ?? (await store.getThread(await survivorOf(ctx, store, "thread", id)));
        if (!found) {
          ctx.io.stderr(`newsfold: no thread ${id}\n`);
          return ctx.setExit(EXIT.notFound);
        }
        if (opts.json) return ctx.io.stdout(`${JSON.stringify(found, null, 2)}\n`);
        ctx.io.stdout(`thread ${found.thread.id}: ${found.thread.title}\n${found.thread.stories} stories, ${found.thread.articles} articles, ${found.thread.first ?? "?"} → ${found.thread.last ?? "?"}\n\n`);
        ctx.io.stdout(table(STORY_HEADERS, storyRows(found.stories), new Set([0, 1])));
      });
    });

  program
    .command("recluster")
    .description("rebuild all stories and threads by replaying the stored articles (deterministic; an ingest adds its articles to the saved clustering instead); with --copies, copy groups and quotes first")
    .option("--copies", "also regroup copies and quotes from the stored texts (done anyway for a store whose groups predate copy links)")
    .addHelpText("after", "\nExamples:\n  newsfold recluster\n  newsfold recluster --copies --json --db news.db")
    .option("--json", "print the summary as JSON")
    .action(async (opts: { json?: boolean; copies?: boolean }) => {
      const { threshold } = ctx.config({}).values;
      await withStore(ctx, false, async (store) => {
        const copies = opts.copies || (await store.copiesNeedRegroup()) ? await recluster(store, { threshold, shingleSize: DEFAULT_SHINGLE_SIZE }) : null;
        ctx.io.stderr(`folding the articles of ${store.location} into stories…\n`);
        const summary = await foldStories(store, { signal: ctx.stopSignal(), replay: true });
        if (opts.json) ctx.io.stdout(`${JSON.stringify(copies ? { ...summary, copies } : summary)}\n`);
        else {
          if (copies) ctx.io.stderr(`copies: ${copies.articles} article(s), ${copies.groups} group(s), ${copies.links} link(s) of which ${copies.quotes} quote(s)\n`);
          ctx.io.stderr(`${formatFold(summary)} in ${summary.seconds.toFixed(1)}s\n`);
        }
      });
    });
}
