import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Command } from "commander";
import { formatPartialDate } from "../../clean/index.js";
import type { StoredArticle } from "../../store/index.js";
import { withStore, type CommandContext } from "../context.js";

export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command("export")
    .description("write clean, de-duplicated articles as JSONL (one canonical article per copy group)")
    .option("-o, --output <file>", "write to this file instead of standard output")
    .option("--all", "include copies too, each with its group, kind and similarity")
    .addHelpText("after", "\nEach line: {id, url, title, text, published, lang, site, author, dateline, source, eventDate, entities, storyId, threadId, copyGroup?}.")
    .action(async (opts: { output?: string; all?: boolean }) => {
      await withStore(ctx, true, async (store) => {
        const file = opts.output ? createWriteStream(opts.output) : null;
        const write = async (line: string) => {
          if (!file) return ctx.io.stdout(line);
          if (!file.write(line)) await once(file, "drain");
        };
        let n = 0;
        for await (const a of store.streamArticles({ canonicalOnly: !opts.all })) {
          await write(`${JSON.stringify(exportRecord(a, opts.all ?? false))}\n`);
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

/** The public JSONL shape of an article; field names match the JSONL input format where they overlap. */
export function exportRecord(a: StoredArticle, withGroup: boolean): Record<string, unknown> {
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    text: a.text,
    published: a.published ? formatPartialDate(a.published) : null,
    publishedPrecision: a.published?.precision ?? null,
    lang: a.lang,
    site: a.site,
    author: a.author,
    dateline: a.dateline,
    source: a.provenance,
    eventDate: a.eventDate ? formatPartialDate(a.eventDate.date) : null,
    entities: a.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, salience: e.salience })),
    // Stable across refolds while the story holds most of its articles (see README, "Stable ids").
    storyId: a.storyId,
    threadId: a.threadId,
    ...(withGroup ? { copyGroup: a.groupId, copyKind: a.copyKind, similarity: a.similarity } : {}),
  };
}
