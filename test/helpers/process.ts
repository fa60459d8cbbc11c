import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { EXAMPLES, REPO_ROOT } from "./cli.js";

export const CLI_MAIN = join(REPO_ROOT, "src/cli/main.ts");
/** tsx resolved here, so the CLI also runs from a folder outside the repository. */
const TSX = import.meta.resolve("tsx");

/** A real `newsfold` process, its output collected as it comes. */
export interface CliProcess {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
  stdout(): string;
}

/** Spawns the CLI from source (`node --import tsx src/cli/main.ts …`), optionally through a wrapper such as setpriv. */
export function spawnCli(args: string[], options: { cwd?: string; prefix?: string[]; env?: NodeJS.ProcessEnv; stdio?: SpawnOptions["stdio"] } = {}): CliProcess {
  const command = [...(options.prefix ?? []), process.execPath, "--import", TSX, CLI_MAIN, ...args];
  const child = spawn(command[0], command.slice(1), { cwd: options.cwd ?? REPO_ROOT, env: options.env ?? process.env, stdio: options.stdio ?? ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  return { child, exited, stderr: () => err, stdout: () => out };
}

/** Resolves once `ready()` holds, checking on every turn of a short poll (the process's progress, never the clock). */
export async function until(ready: () => boolean, child?: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    const watch = setInterval(() => {
      const gone = child !== undefined && child.exitCode !== null;
      if (ready() || gone) {
        clearInterval(watch);
        resolve(!gone);
      }
    }, 10);
  });
}

/** Articles committed in a store file, read without disturbing its writer (0 before it is created). */
export function countStored(db: string, table = "articles"): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

/** `count` distinct JSONL articles (an example's paragraphs with a serial number), so none is a copy of another. */
export function writeCorpus(path: string, count: number): void {
  const paragraphs = readFileSync(join(EXAMPLES, "002_c22aeb1a175d5c40.txt"), "utf8").split("\n").filter((l) => l.length > 100);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = [`Dépêche numéro ${i} sur ${(i * 7919) % 104729} sujets.`, paragraphs[i % paragraphs.length], `Référence ${i}-${i * 31}.`].join("\n\n");
    lines.push(JSON.stringify({ url: `https://example.org/${i}`, published: `2021-0${1 + (i % 9)}-1${i % 10}`, text }));
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}
