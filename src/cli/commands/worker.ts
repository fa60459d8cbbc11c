import type { Command } from "commander";
import { SETTING_HELP } from "../../config/index.js";
import { NewsfoldError } from "../../errors.js";
import { storeConfigFromLocation } from "../../store/index.js";
import { DEFAULT_LEASE_MS, DEFAULT_MAX_ATTEMPTS, runWorker } from "../../queue/worker.js";
import { positiveInt, wholeNumber, withStore, type CommandContext } from "../context.js";
import { EXIT } from "../exit-codes.js";

export function registerWorker(program: Command, ctx: CommandContext): void {
  program
    .command("worker")
    .description("process work items queued by `ingest --queue` (PostgreSQL store); run any number, on any machine")
    .option("--lease <duration>", `how long a claimed item stays this worker's without a heartbeat (default ${DEFAULT_LEASE_MS / 1000}s; e.g. 30s, 2m)`)
    .option("--idle-exit", "exit once the queue is drained and stories are folded (batch jobs, tests) instead of waiting for work")
    .option("--threshold <jaccard>", `${SETTING_HELP.threshold}; use the same on every worker`)
    .option("--batch-size <n>", SETTING_HELP.batchSize)
    .option("--threads <n>", "worker threads cleaning and fingerprinting beside the main one (default: one per extra core)")
    .option("--max-attempts <n>", `claims of an item that may end with its worker dead before it is marked failed (default ${DEFAULT_MAX_ATTEMPTS})`)
    .option("--no-enrich", "skip people, places, organisations and event dates (use the same on every worker)")
    .option("--no-stories", "do not fold stories when the queue drains (run `newsfold recluster` later)")
    .option("--json", "print the worker's summary as JSON on stdout when it exits")
    .addHelpText(
      "after",
      `
A worker claims one item at a time (FOR UPDATE SKIP LOCKED) and renews its lease by heartbeats; if it
dies, its item is claimed again by another worker once the lease ends, and nothing is stored twice.
SIGTERM or Ctrl-C: the current batch commits, the item goes back to the queue, the worker exits (130).
A second Ctrl-C exits at once (the item's lease then simply ends).

Examples:
  newsfold ingest --queue crawl/ --db postgres://db.internal/news
  newsfold worker --db postgres://db.internal/news            # on each machine, as many as cores allow
  newsfold worker --idle-exit --lease 30s                     # drain the queue, fold stories, exit
  newsfold status --db postgres://db.internal/news`,
    )
    .action(async (opts: { lease?: string; idleExit?: boolean; threshold?: string; batchSize?: string; threads?: string; maxAttempts?: string; enrich: boolean; stories: boolean; json?: boolean }) => {
      const config = ctx.config({ threshold: opts.threshold, batchSize: opts.batchSize }).values;
      const leaseMs = opts.lease === undefined ? DEFAULT_LEASE_MS : parseDuration("--lease", opts.lease);
      const threads = opts.threads === undefined ? undefined : wholeNumber("--threads", opts.threads, 0);
      const maxAttempts = positiveInt("--max-attempts", opts.maxAttempts, DEFAULT_MAX_ATTEMPTS);
      // The commit transaction holds one connection while the worker reads through another.
      const store = storeConfigFromLocation(config.db);
      if ("poolSize" in store && store.poolSize !== undefined && store.poolSize < 2) {
        throw new NewsfoldError("cli.invalid", `a worker needs pool_size of at least 2 (got ${store.poolSize}): one connection commits while another reads`);
      }
      // SIGTERM or Ctrl-C: the current batch commits, the item goes back to the queue; a second signal exits at once.
      const signal = ctx.stopSignal();
      await withStore(ctx, false, async (store) => {
        if (!store.queue) {
          throw new NewsfoldError("cli.queue.unsupported", `${store.location} has no work queue: workers need a PostgreSQL store (--db postgres://…)`);
        }
        const summary = await runWorker({
          store,
          leaseMs,
          idleExit: opts.idleExit ?? false,
          threshold: config.threshold,
          batchSize: config.batchSize,
          threads,
          maxAttempts,
          prepare: opts.enrich ? {} : { enrich: false },
          stories: opts.stories,
          signal,
          log: (line) => ctx.io.stderr(`worker: ${line}\n`),
        });
        if (opts.json) ctx.io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
        else ctx.io.stderr(`worker: exiting — ${summary.items} item(s), read ${summary.read}, stored ${summary.stored}, ${summary.folds} story fold(s)\n`);
        if (summary.interrupted) ctx.setExit(EXIT.interrupted);
        else if (summary.failed > 0) ctx.setExit(EXIT.documentErrors);
      });
    });
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** "60s", "2m", "1500ms" or a bare number of seconds, in milliseconds. */
export function parseDuration(name: string, raw: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(raw);
  const ms = match ? Number(match[1]) * DURATION_UNITS[match[2] ?? "s"] : NaN;
  if (!(ms >= 1_000)) throw new NewsfoldError("cli.invalid", `${name} must be a duration of at least 1s (e.g. 60s, 2m), got "${raw}"`);
  return ms;
}
