import type { Command } from "commander";
import { NewsfoldError } from "../../errors.js";
import type { EntityType } from "../../enrich/index.js";
import { positiveInt, wholeNumber, withStore, type CommandContext } from "../context.js";
import { clip, table } from "../format.js";

const TYPES: readonly EntityType[] = ["person", "place", "organisation"];

export function registerEntities(program: Command, ctx: CommandContext): void {
  program
    .command("entities")
    .description("people, places and organisations by how many articles name them, with first and last dates")
    .option("--type <type>", `only one kind: ${TYPES.join(", ")}`)
    .option("--limit <n>", "how many (default 30)")
    .option("--offset <n>", "skip this many first (default 0)")
    .option("--json", "print one JSON object per entity")
    .addHelpText("after", "\nExamples:\n  newsfold entities --type person\n  newsfold search --entity place:KZ")
    .action(async (opts: { type?: string; limit?: string; offset?: string; json?: boolean }) => {
      if (opts.type !== undefined && !TYPES.includes(opts.type as EntityType)) {
        throw new NewsfoldError("cli.invalid", `--type must be one of ${TYPES.join(", ")}, got "${opts.type}"`);
      }
      const page = { limit: positiveInt("--limit", opts.limit, 30), offset: wholeNumber("--offset", opts.offset, 0) };
      await withStore(ctx, true, async (store) => {
        const entities = await store.listEntities({ ...page, type: opts.type as EntityType | undefined });
        if (opts.json) {
          for (const e of entities) ctx.io.stdout(`${JSON.stringify(e)}\n`);
          return;
        }
        if (entities.length === 0) {
          ctx.io.stdout("no entities stored (ingest some articles, with enrichment on)\n");
          return;
        }
        const rows = entities.map((e) => [e.articles, e.type, clip(e.name, 40), e.id, e.first ?? "", e.last ?? ""]);
        ctx.io.stdout(table(["articles", "type", "name", "id", "first", "last"], rows, new Set([0])));
      });
    });
}
