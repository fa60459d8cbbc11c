import type { Command } from "commander";
import { renderStatus, storeStatus, THROUGHPUT_MINUTES } from "../../queue/status.js";
import { positiveInt, withStore, type CommandContext } from "../context.js";

export function registerStatus(program: Command, ctx: CommandContext): void {
  program
    .command("status")
    .description("what the store holds and, on PostgreSQL, the work queue: depth, throughput, workers alive, last story fold")
    .option("--minutes <n>", `throughput over the last n minutes (default ${THROUGHPUT_MINUTES})`)
    .option("--json", "print the status as JSON")
    .addHelpText(
      "after",
      `
Examples:
  newsfold status --db postgres://db.internal/news
  watch -n 5 newsfold status                      # with NEWSFOLD_DB set`,
    )
    .action(async (opts: { minutes?: string; json?: boolean }) => {
      const minutes = Math.max(1, positiveInt("--minutes", opts.minutes, THROUGHPUT_MINUTES));
      await withStore(ctx, true, async (store) => {
        const status = await storeStatus(store, { throughputMinutes: minutes });
        if (opts.json) ctx.io.stdout(`${JSON.stringify(status, null, 2)}\n`);
        else ctx.io.stdout(renderStatus(status, new Date()));
      });
    });
}
