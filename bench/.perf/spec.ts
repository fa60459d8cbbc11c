import { loadBenchCorpus } from "../../src/eval/copies-data.js";
import { foldTable } from "../../src/text/char-class.js";
const { texts } = loadBenchCorpus("/work/main/bench/data");
const fold = foldTable();
const m = new Map<string, number>(); let docs = 0;
for (const t of texts) { let any = false; for (let i = 0; i < t.length; i++) { const f = fold[t.charCodeAt(i)]; if (f >= 0xfffd) { any = true; const k = f.toString(16) + ":" + t.charCodeAt(i).toString(16); m.set(k, (m.get(k) ?? 0) + 1); } } if (any) docs++; }
console.log(docs, [...m].sort((a, b) => b[1] - a[1]).slice(0, 20));
