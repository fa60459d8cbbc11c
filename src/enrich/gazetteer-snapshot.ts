import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { GazetteerTables } from "./gazetteer.js";

/**
 * The gazetteer's tables saved whole when newsfold is built (`npm run build`, `scripts/gazetteer-snapshot.mjs`), so a
 * process or worker thread reads them in a third of the time it takes to build them: folding and ranking some 100,000
 * names in every script cost each thread about 2 s of CPU before its first article, most of a small ingest's time.
 *
 * The snapshot is V8's serialization (`node:v8`), which keeps the tables' shared objects shared (a city's entry under
 * each of its names is one object). It is read only when its key matches: the V8 version, the compiled code of
 * enrichment and the data it is built from. Anything else (no snapshot, another Node.js, code changed since,
 * a damaged file) builds the tables as before; a snapshot never changes what is found, only how soon.
 */

/** Where the snapshot lives: beside the compiled module. Running from the TypeScript sources, whose code may have changed since, there is none. */
export const DEFAULT_SNAPSHOT_PATH: string | null = import.meta.url.endsWith(".js") ? fileURLToPath(new URL("./gazetteer.snapshot", import.meta.url)) : null;

/** The key's length in the file's first line: a SHA-256 in hex. */
const KEY_CHARS = 64;

/**
 * What the tables are built from: the V8 version (its serialization format), every module of enrichment (the
 * gazetteer's rules and lists), the city and region tables and the country-name packages. Reading these costs a few milliseconds.
 */
export function snapshotKey(): string {
  const hash = createHash("sha256");
  hash.update(`v8 ${process.versions.v8}\n`);
  const dir = new URL("./", import.meta.url);
  for (const file of readdirSync(dir).filter((f) => /\.(?:js|ts)$/.test(f) && !f.endsWith(".d.ts")).sort()) {
    hash.update(file);
    hash.update(readFileSync(new URL(file, dir)));
  }
  hash.update(readFileSync(new URL("../../data/cities.tsv.gz", import.meta.url)));
  hash.update(readFileSync(new URL("../../data/regions.tsv.gz", import.meta.url)));
  const require = createRequire(import.meta.url);
  for (const pkg of ["i18n-iso-countries", "i18n-nationality"]) hash.update(readFileSync(require.resolve(`${pkg}/package.json`)));
  return hash.digest("hex");
}

/** Saves `tables` (as built, before any script is indexed) at `path`, replacing any snapshot there at once. */
export function writeGazetteerSnapshot(tables: GazetteerTables, path: string): { bytes: number } {
  const body = serialize(tables);
  const file = Buffer.concat([Buffer.from(`${snapshotKey()}\n`, "latin1"), body]);
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, file);
  renameSync(partial, path);
  return { bytes: file.length };
}

/** The tables saved at `path`, or null when there are none, they were built from other code or data, or cannot be read. */
export function readGazetteerSnapshot(path: string | null = DEFAULT_SNAPSHOT_PATH): GazetteerTables | null {
  if (path === null) return null;
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return null; // not built: the tables are built instead
  }
  if (file.length <= KEY_CHARS || file.toString("latin1", 0, KEY_CHARS) !== snapshotKey() || file[KEY_CHARS] !== 0x0a) return null;
  try {
    return deserialize(file.subarray(KEY_CHARS + 1)) as GazetteerTables;
  } catch {
    return null; // damaged: built instead
  }
}
