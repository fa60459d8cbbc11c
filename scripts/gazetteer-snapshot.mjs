// Saves the gazetteer's tables beside the compiled code (dist/enrich/gazetteer.snapshot), run by `npm run build`:
// every process and worker thread then reads them instead of building them (src/enrich/gazetteer-snapshot.ts).
// A snapshot is only a shortcut: when it cannot be saved, the build goes on and the tables are built at first use.
import { buildGazetteerTables } from "../dist/enrich/gazetteer.js";
import { DEFAULT_SNAPSHOT_PATH, writeGazetteerSnapshot } from "../dist/enrich/gazetteer-snapshot.js";

const started = performance.now();
try {
  const { bytes } = writeGazetteerSnapshot(buildGazetteerTables(), DEFAULT_SNAPSHOT_PATH);
  console.log(`gazetteer snapshot: ${(bytes / 1024 ** 2).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.warn(`gazetteer snapshot not saved (${error instanceof Error ? error.message : String(error)}): the tables will be built at first use`);
}
