import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Command } from "commander";
import { planKeep } from "../../copies/keep-plan.js";
import { exportRecord } from "../../pipeline/export-record.js";
import type { Store, StoredArticle } from "../../store/index.js";
import { withStore, type CommandContext } from "../context.js";

/** Bytes written ahead of the disk. */
const OUTPUT_BUFFER_BYTES = 1 << 20;

export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command("export")
    .description("write clean, de-duplicated articles as JSONL (no copy, and no text lying inside another kept text)")
    .option("-o, --output <file>", "write to this file instead of standard output")
    .option("--all", "include dropped articles too, each with its group, kind, similarity, what covers it and its quotes")
    .addHelpText(
      "after",
      `
Each line: {id, url, title, text, published, lang, site, author, dateline, source, otherSources?, storyId, threadId, copyGroup?}.
otherSources lists the other files, lines or records the same document was read at, when there are any.
An article is dropped only when a kept one covers it: a copy of it (Jaccard at or above the threshold),
or a longer text it lies inside (a wire story quoted whole by the articles that are kept).

Examples:
  newsfold export -o clean.jsonl
  newsfold export --all | head -1`,
    )
    .action(async (opts: { output?: string; all?: boolean }) => {
      await withStore(ctx, true, async (store) => {
        // A large buffer: a line is a whole article, and the default 16 KB made the export wait on the disk every line or two.
        const file = opts.output ? createWriteStream(opts.output, { highWaterMark: OUTPUT_BUFFER_BYTES }) : null;
        const write = async (line: string) => {
          if (!file) return ctx.io.stdout(line);
          if (!file.write(line)) await once(file, "drain");
        };
        let n = 0;
        for await (const { article, record } of keptArticles(store, opts.all ?? false)) {
          await write(`${JSON.stringify(record ?? exportRecord(article, false))}\n`);
          n++;
        }
        if (file) {
          file.end();
          await once(file, "finish");
          ctx.io.stderr(`exported ${n} article(s) to ${opts.output}\n`);
        }
      });
    });
}

/**
 * The articles `export` and `dedup` write, in id order: those the keep rule keeps (see copies/links.ts), or
 * with `all` every article, its record carrying its group, whether it is kept, what covers it and its quotes.
 */
export async function* keptArticles(store: Store, all: boolean): AsyncIterable<{ article: StoredArticle; record?: Record<string, unknown> }> {
  const plan = await planKeep(store);
  for await (const article of store.streamArticles({ canonicalOnly: false })) {
    const coveredBy = plan.dropped.get(article.id);
    if (!all) {
      if (coveredBy === undefined) yield { article };
      continue;
    }
    const record = {
      ...exportRecord(article, true),
      kept: coveredBy === undefined,
      coveredBy: coveredBy ?? null,
      quotes: plan.quotes.get(article.id) ?? [],
      quotedBy: plan.quotedBy.get(article.id) ?? [],
    };
    yield { article, record };
  }
}
