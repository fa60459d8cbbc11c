import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { evaluateExtraction } from "./extraction.js";

/**
 * Command line for the extraction evaluation, until `newsfold eval` wires it in:
 *   node --import tsx src/eval/extraction-main.ts [--data DIR] [--limit N] [--out outputs.json]
 * then confirm with: python3 ../shared/data/extraction/score_trafilatura.py outputs.json
 */
const DEFAULT_DATA_DIR = "../shared/data/extraction/trafilatura";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: DEFAULT_DATA_DIR },
    limit: { type: "string" },
    out: { type: "string" },
  },
});

const limit = values.limit === undefined ? undefined : Number(values.limit);
const result = await evaluateExtraction({
  dataDir: values.data ?? DEFAULT_DATA_DIR,
  ...(limit === undefined ? {} : { limit }),
  keepOutputs: values.out !== undefined,
  onProgress: (done, total) => {
    if (done % 100 === 0 || done === total) process.stderr.write(`\r${done}/${total}`);
  },
});
process.stderr.write("\n");
if (values.out !== undefined) await writeFile(values.out, JSON.stringify(result.outputs ?? {}));
const { outputs: _outputs, perLanguage, ...summary } = result;
const round = (n: number): number => Math.round(n * 1000) / 1000;
console.log(JSON.stringify({ ...summary, precision: round(summary.precision), recall: round(summary.recall), f1: round(summary.f1) }));
for (const [code, s] of Object.entries(perLanguage)) {
  console.log(`${code}\tpages=${s.pages}\tF1=${round(s.f1)}\tP=${round(s.precision)}\tR=${round(s.recall)}`);
}
console.log(`F1=${result.f1.toFixed(3)} P=${result.precision.toFixed(3)} R=${result.recall.toFixed(3)} N=${result.pages} pages/s=${result.pagesPerSecond.toFixed(1)}`);
