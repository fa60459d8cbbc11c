import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the shared evaluation data lives: `--shared DIR`, $NEWSFOLD_SHARED, or `../shared` beside the
 * repository (found from this module, so it works from src/ and dist/ alike). Null when absent:
 * evaluations and benchmarks then say so instead of failing.
 */
export function findSharedDir(explicit?: string, env: Record<string, string | undefined> = process.env): string | null {
  const candidates = [explicit, env.NEWSFOLD_SHARED, join(repoRoot(), "..", "shared")].filter((c): c is string => Boolean(c));
  for (const c of candidates) if (existsSync(join(c, "data"))) return resolve(c);
  return null;
}

/** The package's root folder (the one holding package.json). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
