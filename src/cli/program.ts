import { Command, CommanderError } from "commander";
import { isNewsfoldError } from "../errors.js";
import { registerArticles } from "./commands/articles.js";
import { registerCompare } from "./commands/compare.js";
import { registerCopies } from "./commands/copies.js";
import { registerEntities } from "./commands/entities.js";
import { registerDedup } from "./commands/dedup.js";
import { registerExport } from "./commands/export.js";
import { registerIngest } from "./commands/ingest.js";
import { registerSearch } from "./commands/search.js";
import { registerServe } from "./commands/serve.js";
import { registerShow } from "./commands/show.js";
import { registerSourceCheckoutCommands } from "./commands/source-checkout.js";
import { registerStories } from "./commands/stories.js";
import { registerStatus } from "./commands/status.js";
import { registerRuns } from "./commands/runs.js";
import { registerCheck } from "./commands/check.js";
import { registerWorker } from "./commands/worker.js";
import { createContext, type GlobalFlags } from "./context.js";
import { EXIT, exitCodeFor, explainFault } from "./exit-codes.js";
import type { CliIo } from "./io.js";

const VERSION = "0.1.0";

/**
 * Runs one newsfold command line in-process and returns its exit code; nothing here exits the process,
 * so tests drive the real CLI with injected io.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = new Command("newsfold");
  const ctx = createContext(io, () => program.opts<GlobalFlags>());
  program
    .description("Fold a news crawl into clean articles and their copies.")
    .version(VERSION, "-V, --version")
    .option("--db <path>", "store file (default ./newsfold.db, or $NEWSFOLD_DB)")
    .option("--config <file>", "JSON config file (default ./newsfold.config.json when present)")
    .showHelpAfterError("(run `newsfold --help` for usage)")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .addHelpText(
      "after",
      `
Start here:
  newsfold ingest examples/        fold the bundled example pages into ./newsfold.db
  newsfold articles                what was stored
  newsfold copies                  which articles are copies of each other
  newsfold show 1 --removed        one article, and what cleaning removed from it

Settings come from defaults < newsfold.config.json < environment (NEWSFOLD_DB, NEWSFOLD_THRESHOLD,
NEWSFOLD_BATCH_SIZE) < flags. Exit codes: 0 ok, 1 failure, 2 usage, 3 store unusable,
4 finished with document errors, 5 not found, 130 interrupted.`,
    );
  for (const register of [registerIngest, registerWorker, registerStatus, registerRuns, registerCheck, registerArticles, registerCopies, registerShow, registerSearch, registerEntities, registerStories, registerCompare, registerExport, registerDedup, registerSourceCheckoutCommands, registerServe]) {
    register(program, ctx);
  }
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  try {
    await program.parseAsync(argv, { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const explained = explainFault(error);
    io.stderr(`newsfold: ${isNewsfoldError(explained) ? explained.message : ((explained as Error)?.stack ?? String(explained))}\n`);
    return exitCodeFor(explained);
  }
}
