import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { runCli } from "../../src/cli/program.js";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");
export const EXAMPLES = join(REPO_ROOT, "examples");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in-process with captured output, in `cwd` (a fresh temp dir by default). */
export async function cli(args: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { ...options.env },
    cwd: options.cwd ?? tempDir(),
    stdin: options.stdin === undefined ? undefined : Readable.from([Buffer.from(options.stdin)]),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

export function tempDir(prefix = "newsfold-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
