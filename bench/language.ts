/**
 * Language identification: accuracy on the labelled texts of ../shared/data and documents per second
 * on one core, newsfold's detector against eld's own `detect` with the same policy (sample, second
 * sample when unsure, confidence floor), measured in the same run.
 *   node --import tsx bench/language.ts [rounds]
 * Labels: SemEval-2022 pairs (lang1/lang2: en, de, es, tr, pl, ar, fr), RPM2 (fr), WikiRef (en).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { eld } from "eld/medium";
import { detectLanguage } from "../src/clean/index.js";

const shared = join(import.meta.dirname, "..", "..", "shared", "data");
const labelled: { lang: string; text: string }[] = [];
try {
  for (const line of readFileSync(join(shared, "similarity/semeval2022-dev.jsonl"), "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const pair = JSON.parse(line) as { lang1: string; lang2: string; text1: string; text2: string };
    labelled.push({ lang: pair.lang1, text: pair.text1 }, { lang: pair.lang2, text: pair.text2 });
  }
  const folder = (dir: string, lang: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile() && entry.name.endsWith(".txt") && entry.name !== "readme.txt") {
        labelled.push({ lang, text: readFileSync(join(entry.parentPath, entry.name), "utf8") });
      }
    }
  };
  folder(join(shared, "stories/rpm2-fr"), "fr");
  folder(join(shared, "stories/wikiref-en"), "en");
} catch (error) {
  throw new Error(`the language bench needs ../shared/data: ${(error as Error).message}`);
}

/** eld.detect with detectLanguage's policy, as the detector was before its own scorer. */
function eldPolicy(text: string): string {
  const guess = (sample: string) => {
    const result = eld.detect(sample);
    if (result.language === "" || !result.isReliable()) return { code: "und", confidence: 0 };
    const [top = 0, second = 0] = Object.values(result.getScores()).sort((a, b) => b - a);
    return { code: result.language, confidence: top * Math.min(1, (top - second) / 0.1) };
  };
  let best = guess(text.slice(0, 600));
  if (best.confidence < 0.4 && text.length > 1200) {
    const middle = text.indexOf(" ", Math.floor(text.length / 2));
    const second = guess(text.slice(middle + 1, middle + 601));
    if (second.confidence > best.confidence) best = second;
  }
  return best.confidence < 0.4 ? "und" : best.code;
}

const rounds = Number(process.argv[2] ?? "5");
const detectors: [string, (text: string) => string][] = [
  ["eld.detect (reference)", eldPolicy],
  ["detectLanguage", (text) => detectLanguage(text).code],
];
process.stdout.write(`${labelled.length} labelled texts; best of ${rounds} rounds, one core (machine shared)\n\n`);
process.stdout.write("| detector | accuracy | undetermined | µs/doc | docs/s |\n| --- | --- | --- | --- | --- |\n");
const rates: number[] = [];
for (const [name, detect] of detectors) {
  let right = 0;
  let und = 0;
  for (const { lang, text } of labelled) {
    const code = detect(text);
    if (code === lang) right++;
    if (code === "und") und++;
  }
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (const { text } of labelled) detect(text);
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  rates.push(labelled.length / best);
  const accuracy = (right / labelled.length).toFixed(4);
  process.stdout.write(`| ${name} | ${accuracy} | ${und} | ${((best / labelled.length) * 1e6).toFixed(1)} | ${Math.round(labelled.length / best)} |\n`);
}
process.stdout.write(`\nspeed-up: ${(rates[1] / rates[0]).toFixed(1)}×\n`);
