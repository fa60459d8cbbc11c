import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { NewsfoldError } from "../../errors.js";
import type { CommandContext } from "../context.js";

/**
 * `eval` and `bench` measure the product on the shared data; their code lives beside src/ (eval/, bench/)
 * and does not ship in dist. The CLI registers a stand-in for each and loads the real command only when
 * it runs, from a source checkout under tsx (`npm run eval`, `npm run newsfold -- bench`).
 */
const SOURCE_COMMANDS = [
  { name: "eval", module: "../../../eval/command.ts", register: "registerEval", description: "measure accuracy on the shared labelled data (source checkout only)" },
  { name: "bench", module: "../../../bench/command.ts", register: "registerBench", description: "measure speed and memory per stage beside a reference (source checkout only)" },
] as const;

type Register = (program: Command, ctx: CommandContext) => void;

export function registerSourceCheckoutCommands(program: Command, ctx: CommandContext): void {
  for (const spec of SOURCE_COMMANDS) {
    program
      .command(spec.name)
      .description(spec.description)
      .argument("[args...]", `see \`newsfold ${spec.name} --help\` in a source checkout`)
      .helpOption(false)
      .allowUnknownOption()
      .allowExcessArguments()
      .action(async (args: string[]) => {
        const register = await loadRegister(spec.module, spec.register, spec.name);
        const real = new Command("newsfold").exitOverride().configureOutput({ writeOut: ctx.io.stdout, writeErr: ctx.io.stderr });
        register(real, ctx);
        for (const command of real.commands) command.exitOverride().configureOutput({ writeOut: ctx.io.stdout, writeErr: ctx.io.stderr });
        await real.parseAsync([spec.name, ...args], { from: "user" });
      });
  }
}

async function loadRegister(module: string, exportName: string, command: string): Promise<Register> {
  const url = new URL(module, import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    throw new NewsfoldError("cli.source-checkout", `\`newsfold ${command}\` needs a source checkout of newsfold (its code is not installed with the package)`);
  }
  try {
    const loaded = (await import(url.href)) as Record<string, unknown>;
    return loaded[exportName] as Register;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_UNKNOWN_FILE_EXTENSION") {
      throw new NewsfoldError("cli.source-checkout", `\`newsfold ${command}\` runs from TypeScript sources: \`npm run newsfold -- ${command}\` in the checkout`);
    }
    throw error;
  }
}
