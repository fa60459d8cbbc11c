import type { Command } from "commander";
import type { RunListing } from "../../store/index.js";
import { positiveInt, withStore, type CommandContext } from "../context.js";
import { clip, table } from "../format.js";

/** A summary count, or blank when the run's kind of summary has none. */
const count = (run: RunListing, key: string): string | number => (typeof run.summary[key] === "number" ? (run.summary[key] as number) : "");

export function registerRuns(program: Command, ctx: CommandContext): void {
  program
    .command("runs")
    .description("the run log: every ingest (and worker item) recorded in the store, newest first, with its problems counted")
    .option("--limit <n>", "how many (default 20)")
    .option("--offset <n>", "skip this many first (default 0)")
    .option("--json", "print one JSON object per run (its whole summary)")
    .addHelpText(
      "after",
      `
The problems of a run are kept in the store's problems table (run_id, code, severity, stage, reason, provenance).

Examples:
  newsfold runs
  newsfold runs --limit 1 --json | jq .summary`,
    )
    .action(async (opts: { limit?: string; offset?: string; json?: boolean }) => {
      const page = { limit: positiveInt("--limit", opts.limit, 20), offset: positiveInt("--offset", opts.offset, 0) };
      await withStore(ctx, true, async (store) => {
        const runs = await store.listRuns(page);
        if (opts.json) return runs.forEach((r) => ctx.io.stdout(`${JSON.stringify(r)}\n`));
        if (runs.length === 0) return ctx.io.stdout("no runs recorded (yet)\n");
        const rows = runs.map((r) => [
          r.id,
          r.startedAt.slice(0, 19).replace("T", " "),
          ((Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 1000).toFixed(1),
          count(r, "read"),
          count(r, "stored"),
          count(r, "known"),
          r.problems.errors,
          r.problems.warnings,
          `${r.summary.interrupted === true ? "interrupted · " : ""}${clip(r.inputs.join(" "), 40)}`,
        ]);
        ctx.io.stdout(table(["run", "started (UTC)", "seconds", "read", "stored", "known", "errors", "warnings", "inputs"], rows, new Set([0, 2, 3, 4, 5, 6, 7])));
      });
    });
}
