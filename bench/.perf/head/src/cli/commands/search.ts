import type { Command } from "commander";
import { positiveInt, withStore, type CommandContext } from "../context.js";
import { clip } from "../format.js";

export function registerSearch(program: Command, ctx: CommandContext): void {
  program
    .command("search")
    .description("full-text search over titles and cleaned text (accents optional, best match first)")
    .argument("<query...>", 'words that must all appear; "quoted words" must appear together')
    .option("--limit <n>", "how many hits (default 20)")
    .option("--offset <n>", "skip this many first (default 0)")
    .option("--json", "print one JSON object per hit")
    .addHelpText("after", '\nExamples:\n  newsfold search coopération Kazakhstan\n  newsfold search \'"Route de la soie"\' --json')
    .action(async (words: string[], opts: { limit?: string; offset?: string; json?: boolean }) => {
      const page = { limit: positiveInt("--limit", opts.limit, 20), offset: positiveInt("--offset", opts.offset, 0) };
      await withStore(ctx, true, async (store) => {
        const hits = await store.search(words.join(" "), page);
        if (opts.json) {
          for (const h of hits) ctx.io.stdout(`${JSON.stringify(h)}\n`);
          return;
        }
        if (hits.length === 0) {
          ctx.io.stdout("no matches\n");
          return;
        }
        for (const h of hits) {
          ctx.io.stdout(`${String(h.id).padStart(6)}  ${clip(h.title, 70)}${h.groupId === null ? "" : `  [copy group ${h.groupId}]`}\n        ${clip(h.snippet, 110)}\n`);
        }
      });
    });
}
