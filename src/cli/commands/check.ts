import type { Command } from "commander";
import { foldStories } from "../../pipeline/fold-stories.js";
import type { StoreFinding } from "../../store/index.js";
import { withStore, type CommandContext } from "../context.js";
import { EXIT } from "../exit-codes.js";

/** Findings `--repair` can fix in place, and how. */
const REPAIRABLE = new Set(["check.full-text", "check.fold-pending", "check.story-missing"]);

export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command("check")
    .description("verify a store: the database file, the full-text index, the folds (pending fold, articles without story) and copy groups")
    .option("--full", "SQLite: integrity_check (every index against its table) instead of the faster quick_check")
    .option("--repair", "fix what can be fixed in place: rebuild the full-text index, finish the story fold")
    .option("--json", "print the findings as JSON")
    .addHelpText(
      "after",
      `
Each finding names its repair. Exit code 0: nothing found (or all repaired); ${EXIT.storeFindings}: findings remain;
3: the store could not be opened.

Examples:
  newsfold check
  newsfold check --full --db news.db
  newsfold check --repair`,
    )
    .action(async (opts: { full?: boolean; repair?: boolean; json?: boolean }) => {
      await withStore(ctx, !opts.repair, async (store) => {
        let findings = await store.check({ full: opts.full ?? false });
        const repaired: string[] = [];
        if (opts.repair && findings.some((f) => REPAIRABLE.has(f.code))) {
          if (findings.some((f) => f.code === "check.full-text")) {
            await store.rebuildFullText();
            repaired.push("rebuilt the full-text index");
          }
          if (findings.some((f) => f.code === "check.fold-pending" || f.code === "check.story-missing")) {
            const folded = await foldStories(store);
            repaired.push(`folded ${folded.articles} articles into ${folded.stories} stories`);
          }
          findings = await store.check({ full: opts.full ?? false });
        }
        if (opts.json) ctx.io.stdout(`${JSON.stringify({ store: store.location, findings, repaired }, null, 2)}\n`);
        else ctx.io.stdout(render(store.location, findings, repaired));
        if (findings.length > 0) ctx.setExit(EXIT.storeFindings);
      });
    });
}

function render(location: string, findings: StoreFinding[], repaired: string[]): string {
  const lines = repaired.map((r) => `repaired: ${r}`);
  if (findings.length === 0) lines.push(`${location}: ok`);
  for (const f of findings) lines.push(`${f.severity} ${f.code}: ${f.message}`, `  repair: ${f.repair}`);
  return `${lines.join("\n")}\n`;
}
