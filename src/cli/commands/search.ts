import type { Command } from "commander";
import { NewsfoldError } from "../../errors.js";
import { positiveInt, wholeNumber, withStore, type CommandContext } from "../context.js";
import { articleHeadline, clip } from "../format.js";

export function registerSearch(program: Command, ctx: CommandContext): void {
  program
    .command("search")
    .description("full-text search over titles and cleaned text (accents optional, best match first)")
    .argument("[query...]", 'words that must all appear; "quoted words" must appear together')
    .option("--entity <name|id>", "only articles naming this person, place or organisation (a name in any spelling, or an id such as place:KZ)")
    .option("--limit <n>", "how many hits (default 20)")
    .option("--offset <n>", "skip this many first (default 0)")
    .option("--json", "print one JSON object per hit")
    .addHelpText("after", '\nExamples:\n  newsfold search coopération Kazakhstan\n  newsfold search \'"Route de la soie"\' --json\n  newsfold search --entity Selenskyj\n  newsfold search --entity place:KZ vaccins')
    .action(async (words: string[], opts: { limit?: string; offset?: string; json?: boolean; entity?: string }) => {
      const page = { limit: positiveInt("--limit", opts.limit, 20), offset: wholeNumber("--offset", opts.offset, 0) };
      if (words.length === 0 && opts.entity === undefined) throw new NewsfoldError("cli.invalid", "search needs words, --entity, or both");
      await withStore(ctx, true, async (store) => {
        const query = words.length > 0 ? words.join(" ") : undefined;
        const hits = opts.entity !== undefined ? await store.searchByEntity(opts.entity, page, query) : await store.search(query ?? "", page);
        if (opts.json) {
          for (const h of hits) ctx.io.stdout(`${JSON.stringify(h)}\n`);
          return;
        }
        if (hits.length === 0) {
          ctx.io.stdout("no matches\n");
          return;
        }
        for (const h of hits) {
          // A hit carries no text: an untitled one is named by its article's first sentence, as `articles` names it.
          const text = h.title?.trim() ? null : ((await store.getArticle(h.id))?.text ?? null);
          ctx.io.stdout(`${String(h.id).padStart(6)}  ${articleHeadline({ title: h.title, text }, 70)}${h.groupId === null ? "" : `  [copy group ${h.groupId}]`}\n        ${clip(h.snippet, 110)}\n`);
        }
      });
    });
}
