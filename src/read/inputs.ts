import { lstatSync, statSync, type Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { setImmediate as nextTurn } from "node:timers/promises";
import { isAbsolute, join, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import type { Problem } from "../types.js";
import { readProblem } from "./problem-codes.js";
import type { ReadOptions } from "./read-options.js";
import { DIRECTORY_EXTENSIONS, extensionOf, formatFromName } from "./sniff.js";

/** The name standard input goes by, as an input and in provenance. */
export const STDIN_INPUT = "-";

export interface PlannedFile {
  /** Path as given (or as found under a given directory / by a glob); "-" for standard input. */
  path: string;
  /** Size on disk; null for standard input. */
  bytes: number | null;
}

export interface InputPlan {
  /** Files in reading order: inputs in the order given, directory and glob matches sorted; duplicates dropped. */
  files: PlannedFile[];
  /** Sum of the file sizes; null when standard input is among the inputs (its size is unknown). */
  totalBytes: number | null;
  /** Inputs that match nothing or cannot be listed (`read.not-found`, `read.io`), reported by readInputs. */
  problems: Problem[];
}

function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Byte order, not locale order: the same tree lists the same way on every machine. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Directory walk: recursive, sorted, hidden entries (".git", ".DS_Store") skipped, and only files whose extension
 * (after ".gz") is one newsfold reads (DIRECTORY_EXTENSIONS) or that have none (sniffed by content), so a crawl
 * folder with logs, images and indexes next to its pages reads without a warning per stray file. Symbolic links to files are read; links to
 * directories are not followed (no cycles).
 *
 * Entries are looked at with synchronous lstat: their metadata is usually cached, and the promise form costs
 * this thread about 50 µs per file (measured on a folder of news pages), more than reading a page. The walk
 * lets the event loop turn every WALK_ENTRIES_PER_TURN entries, so a server listing a big crawl still answers.
 */
async function walk(dir: string, found: PlannedFile[], problems: Problem[]): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort(byName);
  } catch (error) {
    problems.push(readProblem({ code: "read.io", severity: "error", reason: `Cannot list directory: ${errorDetail(error)}.` }, { file: dir, format: "text" }));
    return;
  }
  for (const [i, name] of names.entries()) {
    if (name.startsWith(".")) continue;
    if (i % WALK_ENTRIES_PER_TURN === WALK_ENTRIES_PER_TURN - 1) await nextTurn();
    const path = join(dir, name);
    const entry = lstatSafe(path);
    if (entry === undefined) continue;
    if (entry.isDirectory()) {
      await walk(path, found, problems);
    } else if (readInDirectory(name)) {
      const target = entry.isSymbolicLink() ? statSafe(path) : entry;
      if (target?.isFile()) found.push({ path, bytes: target.size });
    }
  }
}

const WALK_ENTRIES_PER_TURN = 256;

/**
 * A file the walk reads: a known extension, or none at all (Debian `copyright` files, crawl dumps named by
 * their hash), whose format is then told by content; a binary one is skipped with `read.binary`.
 */
function readInDirectory(name: string): boolean {
  const extension = extensionOf(name);
  return extension === "" || DIRECTORY_EXTENSIONS.has(extension);
}

/** Stats of what a link points to; undefined for a dangling link, a loop or a denied path (skipped, as unlisted). */
function statSafe(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function lstatSafe(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * Expands inputs (files, directories, globs, "-") into the files to read, with their sizes for progress.
 * `options` is accepted for symmetry with readInputs; planning needs none of them today.
 */
export async function planInputs(inputs: readonly string[], options: ReadOptions = {}): Promise<InputPlan> {
  void options;
  const files: PlannedFile[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let hasStdin = false;
  const add = (file: PlannedFile) => {
    const key = file.path === STDIN_INPUT ? STDIN_INPUT : resolve(file.path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };

  for (const input of inputs) {
    if (input === STDIN_INPUT) {
      hasStdin = true;
      add({ path: STDIN_INPUT, bytes: null });
      continue;
    }
    let info: Stats | undefined;
    try {
      info = await stat(input);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") {
        problems.push(readProblem({ code: "read.io", severity: "error", reason: `Cannot open: ${errorDetail(error)}.` }, { file: input, format: formatFromName(input) }));
        continue;
      }
    }
    if (info?.isDirectory()) {
      const found: PlannedFile[] = [];
      await walk(input, found, problems);
      found.forEach(add);
    } else if (info !== undefined) {
      add({ path: input, bytes: info.size });
    } else if (isDynamicPattern(input)) {
      // A glob is an explicit choice: every regular file it matches is read (and sniffed), whatever its extension.
      const matches = (await glob(input, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(input) })).sort(byName);
      if (matches.length === 0) {
        problems.push(readProblem({ code: "read.not-found", severity: "error", reason: "Glob matches no file." }, { file: input, format: formatFromName(input) }));
      }
      for (const path of matches) {
        const target = await stat(path).catch(() => undefined);
        if (target?.isFile()) add({ path, bytes: target.size });
      }
    } else {
      problems.push(readProblem({ code: "read.not-found", severity: "error", reason: "No such file or directory." }, { file: input, format: formatFromName(input) }));
    }
  }
  const totalBytes = hasStdin ? null : files.reduce((sum, file) => sum + (file.bytes ?? 0), 0);
  return { files, totalBytes, problems };
}
