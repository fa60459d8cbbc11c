import { NewsfoldError } from "../../errors.js";
import type { IngestOptions } from "../../pipeline/ingest.js";
import type { Problem } from "../../types.js";
import type { CommandContext } from "../context.js";

/** What `ingest` and `dedup` pass the pipeline alike: configured threshold and batch size, standard input, enrichment on or off. */
export function pipelineOptions(
  ctx: CommandContext,
  config: { threshold: number; batchSize: number },
  enrich: boolean,
): Pick<IngestOptions, "threshold" | "batchSize" | "read" | "prepare"> {
  return { threshold: config.threshold, batchSize: config.batchSize, read: { stdin: ctx.io.stdin }, prepare: enrich ? {} : { enrich: false } };
}

/** An input path that names nothing is a typo on the command line: refuse it before any store is created. */
export function refuseMissingInputs(problems: readonly Problem[]): void {
  const missing = problems.filter((p) => p.code === "read.not-found").map((p) => p.provenance?.file ?? "?");
  if (missing.length > 0) throw new NewsfoldError("cli.input.not-found", `no such file, directory or glob match: ${missing.join(", ")}`);
}
