import { Command, CommanderError } from "commander";
import { isNewsfoldError } from "../errors.js";
import { createContext, type CommandContext, type GlobalFlags } from "./context.js";
import { EXIT, exitCodeFor, explainFault } from "./exit-codes.js";
import type { CliIo } from "./io.js";

const VERSION = "0.1.0";

type Register = (program: Command, ctx: CommandContext) => void;

/**
 * Every command file, the commands it registers and how to import it. Only the file of the command
 * being run is imported, so `newsfold dedup` never loads the HTTP server, the gazetteer or SQLite;
 * the listing (`newsfold --help`, an unknown command) imports them all. Order: as `--help` lists them.
 */
const COMMAND_FILES: readonly { names: readonly string[]; load: () => Promise<Register> }[] = [
  { names: ["ingest"], load: async () => (await import("./commands/ingest.js")).registerIngest },
  { names: ["worker"], load: async () => (await import("./commands/worker.js")).registerWorker },
  { names: ["status"], load: async () => (await import("./commands/status.js")).registerStatus },
  { names: ["runs"], load: async () => (await import("./commands/runs.js")).registerRuns },
  { names: ["check"], load: async () => (await import("./commands/check.js")).registerCheck },
  { names: ["articles"], load: async () => (await import("./commands/articles.js")).registerArticles },
  { names: ["copies"], load: async () => (await import("./commands/copies.js")).registerCopies },
  { names: ["show"], load: async () => (await import("./commands/show.js")).registerShow },
  { names: ["search"], load: async () => (await import("./commands/search.js")).registerSearch },
  { names: ["entities"], load: async () => (await import("./commands/entities.js")).registerEntities },
  { names: ["stories", "story", "threads", "thread", "recluster"], load: async () => (await import("./commands/stories.js")).registerStories },
  { names: ["compare", "similar"], load: async () => (await import("./commands/compare.js")).registerCompare },
  { names: ["export"], load: async () => (await import("./commands/export.js")).registerExport },
  { names: ["dedup"], load: async () => (await import("./commands/dedup.js")).registerDedup },
  { names: ["eval", "bench"], load: async () => (await import("./commands/source-checkout.js")).registerSourceCheckoutCommands },
  { names: ["serve"], load: async () => (await import("./commands/serve.js")).registerServe },
];

/** Global options that take a value: the word after them is that value, not a command. */
const GLOBAL_VALUE_OPTIONS = new Set(["--db", "--config"]);

/** The command a command line runs (`help <name>` counts as `<name>`), or null when it names none. */
export function commandNamed(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (GLOBAL_VALUE_OPTIONS.has(word)) i++;
    else if (word === "--") return argv[i + 1] ?? null;
    else if (!word.startsWith("-")) return word === "help" && argv[i + 1] !== undefined ? argv[i + 1] : word;
  }
  return null;
}

/**
 * The registrations a command line needs: its command's file alone when it names a known one, none for
 * `--version` alone (it prints before any command would run), else all.
 */
async function registrationsFor(argv: readonly string[]): Promise<Register[]> {
  const name = commandNamed(argv);
  if (name === null && argv.some((word) => word === "-V" || word === "--version") && !argv.some((word) => word === "-h" || word === "--help")) return [];
  const file = COMMAND_FILES.find((f) => name !== null && f.names.includes(name));
  return Promise.all((file ? [file] : COMMAND_FILES).map((f) => f.load()));
}

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
  for (const register of await registrationsFor(argv)) register(program, ctx);
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
