import type { Command } from "commander";
import type { Page, Store, StoredArticle } from "../../store/index.js";
import { positiveInt, wholeNumber, withStore, type CommandContext } from "../context.js";
import { articleHeadline, clip, readableDate, table } from "../format.js";

export function registerArticles(program: Command, ctx: CommandContext): void {
  program
    .command("articles")
    .description("list stored articles with their date, language, site and copy status")
    .addHelpText("after", "\nExamples:\n  newsfold articles\n  newsfold articles --limit 20 --offset 40\n  newsfold articles --json | jq .title")
    .option("--limit <n>", "how many (default 50)")
    .option("--offset <n>", "skip this many first (default 0)")
    .option("--json", "print JSON lines")
    .action(async (opts: { limit?: string; offset?: string; json?: boolean }) => {
      const page = { limit: positiveInt("--limit", opts.limit, 50), offset: wholeNumber("--offset", opts.offset, 0) };
      await withStore(ctx, true, async (store) => {
        if (opts.json) {
          for (const a of await listArticles(store, page)) {
            const { text, removed, ...rest } = a;
            ctx.io.stdout(`${JSON.stringify({ ...rest, chars: text.length, removedSpans: removed.length })}\n`);
          }
        } else await printArticleList(ctx, store, page);
      });
    });
}

/** A page of articles in id order (streams, so it costs what the page holds). */
export async function listArticles(store: Store, page: Page): Promise<StoredArticle[]> {
  const out: StoredArticle[] = [];
  let skipped = 0;
  for await (const a of store.streamArticles({ canonicalOnly: false })) {
    if (skipped++ < (page.offset ?? 0)) continue;
    out.push(a);
    if (out.length >= page.limit) break;
  }
  return out;
}

export async function printArticleList(ctx: CommandContext, store: Store, page: Page): Promise<void> {
  const articles = await listArticles(store, page);
  if (articles.length === 0) {
    ctx.io.stdout("no articles stored yet: run `newsfold ingest <paths>`\n");
    return;
  }
  const rows = articles.map((a) => [
    a.id,
    listedDate(a),
    a.lang,
    clip(a.site, 24),
    articleHeadline(a, 60),
    a.groupId === null ? "" : a.copyKind === "canonical" ? `canonical of group ${a.groupId}` : `${a.copyKind} copy (${(a.similarity ?? 0).toFixed(2)})`,
  ]);
  ctx.io.stdout(table(["id", "date", "lang", "site", "title", "copies"], rows, new Set([0])));
}

/** The date an article is listed by: its publication, else its last update, said as such. */
function listedDate(a: StoredArticle): string {
  const date = a.published ?? a.updated;
  if (date === null) return "";
  const shown = date.year === undefined ? readableDate(date) : (a.publishedSort ?? readableDate(date));
  return a.published === null ? `${shown} (updated)` : shown;
}
