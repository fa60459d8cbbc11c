import { existsSync, readFileSync, readdirSync } from "node:fs";
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

export interface NewsText {
  /** Where it came from, for messages: "rpm2-fr/T01_C1_01.txt", "semeval:1586893419_1587582551#1". */
  id: string;
  lang: string;
  text: string;
}

/**
 * Real news texts of several languages from the shared data: RPM2 (fr), WikiRef (en) and both sides of
 * the SemEval-2022 pairs (en, de, es, tr, pl, ar, fr …), each text once.
 */
export function loadNewsTexts(sharedDir: string): NewsText[] {
  const out: NewsText[] = [];
  const seen = new Set<string>();
  const push = (t: NewsText) => {
    if (t.text.trim().length === 0 || seen.has(t.text)) return;
    seen.add(t.text);
    out.push(t);
  };
  const rpm = join(sharedDir, "data/stories/rpm2-fr");
  if (existsSync(rpm)) {
    for (const f of readdirSync(rpm).filter((f) => /^T\d+_C\d+_\d+\.txt$/.test(f)).sort()) {
      push({ id: `rpm2-fr/${f}`, lang: "fr", text: readFileSync(join(rpm, f), "utf8") });
    }
  }
  const wiki = join(sharedDir, "data/stories/wikiref-en");
  if (existsSync(wiki)) {
    for (const f of listFiles(wiki).filter((f) => f.endsWith(".txt") && !f.endsWith("readme.txt"))) {
      push({ id: `wikiref-en/${f.slice(wiki.length + 1)}`, lang: "en", text: readFileSync(f, "utf8") });
    }
  }
  const semeval = join(sharedDir, "data/similarity/semeval2022-dev.jsonl");
  if (existsSync(semeval)) {
    for (const line of readFileSync(semeval, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const pair = JSON.parse(line) as { pair_id: string; lang1: string; lang2: string; text1: string; text2: string };
      push({ id: `semeval:${pair.pair_id}#1`, lang: pair.lang1, text: pair.text1 });
      push({ id: `semeval:${pair.pair_id}#2`, lang: pair.lang2, text: pair.text2 });
    }
  }
  return out;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}
