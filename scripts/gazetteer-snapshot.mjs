// Saves the gazetteer's tables beside the compiled code (dist/enrich/gazetteer.snapshot), run by `npm run build`:
// every process and worker thread then reads them instead of building them (src/enrich/gazetteer-snapshot.ts).
import { buildGazetteerTables } from "../dist/enrich/gazetteer.js";
import { DEFAULT_SNAPSHOT_PATH, writeGazetteerSnapshot } from "../dist/enrich/gazetteer-snapshot.js";

const started = performance.now();
const { bytes } = writeGazetteerSnapshot(buildGazetteerTables(), DEFAULT_SNAPSHOT_PATH);
console.log(`gazetteer snapshot: ${(bytes / 1024 ** 2).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`);
