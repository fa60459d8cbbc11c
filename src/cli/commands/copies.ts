import type { Command } from "commander";
import type { Store } from "../../store/index.js";
import { positiveInt, wholeNumber, withStore, type CommandContext } from "../context.js";
import { clip, table } from "../format.js";

export function registerCopies(program: Command, ctx: CommandContext): void {
  program
    .command("copies")
    .description("list copy groups (same text: exact or near copies), largest first, with how often they are quoted")
    .addHelpText("after", "\nExamples:\n  newsfold copies\n  newsfold copies --json")
    .option("--limit <n>", "how many groups (default 20)")
    .option("--offset <n>", "skip this many first (default 0)")
    .option("--json", "print one JSON object per group")
    .action(async (opts: { limit?: string; offset?: string; json?: boolean }) => {
      const page = { limit: positiveInt("--limit", opts.limit, 20), offset: wholeNumber("--offset", opts.offset, 0) };
      await withStore(ctx, true, async (store) => {
        const groups = await store.listCopyGroups(page);
        if (opts.json) {
          for (const g of groups) ctx.io.stdout(`${JSON.stringify(g)}\n`);
          return;
        }
        const counts = await store.counts();
        if (groups.length === 0) {
          ctx.io.stdout(`no copies among ${counts.articles} article(s)\n`);
          return;
        }
        ctx.io.stdout(`${counts.copyGroups} copy group(s), ${counts.copies} copies among ${counts.articles} article(s); ${counts.quotes} quote(s) of one article inside another\n\n`);
        const quotedBy = await quotedByCounts(store, groups.flatMap((g) => g.members.map((m) => m.id)));
        for (const g of groups) {
          const quoting = new Set(g.members.flatMap((m) => quotedBy.get(m.id) ?? [])).size;
          ctx.io.stdout(`group ${g.id} — ${g.members.length} articles, canonical ${g.canonicalId}${quoting ? `, quoted by ${quoting} article(s)` : ""}\n`);
          const rows = g.members.map((m) => [m.id, m.kind, m.similarity.toFixed(3), m.published ?? "", clip(m.title ?? m.url, 60)]);
          ctx.io.stdout(`${table(["id", "kind", "similarity", "published", "title"], rows, new Set([0, 2]))}\n`);
        }
      });
    });
}

/** The articles quoting each of these (a quoting article is no copy: it is counted apart). */
async function quotedByCounts(store: Store, ids: number[]): Promise<Map<number, number[]>> {
  const quoting = new Map<number, number[]>();
  for (const l of await store.getCopyLinks(ids)) if (l.kind === "quotes") quoting.set(l.b, [...(quoting.get(l.b) ?? []), l.a]);
  return quoting;
}
