import { Worker } from "node:worker_threads";
import { loadBenchCorpus } from "../../src/eval/copies-data.js";
const { texts } = loadBenchCorpus("/work/main/bench/data");
const w = new Worker(`const { parentPort } = require("node:worker_threads"); parentPort.on("message", (m) => { let x = 0; for (const t of m.texts) x += t.length; parentPort.postMessage({ seq: m.seq, x }); });`, { eval: true });
for (let rep = 0; rep < 3; rep++) {
  const t0 = performance.now();
  let tPost = 0;
  await new Promise<void>((resolve) => {
    let got = 0; const batches = Math.ceil(texts.length / 500);
    w.removeAllListeners("message");
    w.on("message", () => { if (++got === batches) resolve(); });
    for (let seq = 0; seq < batches; seq++) w.postMessage({ seq, texts: texts.slice(seq * 500, (seq + 1) * 500) });
    tPost = performance.now() - t0;
  });
  console.log("post", tPost.toFixed(0), "ms; round trip all", (performance.now() - t0).toFixed(0), "ms");
}
await w.terminate();
