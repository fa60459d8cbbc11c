import { Worker } from "node:worker_threads";
import { loadBenchCorpus } from "../../src/eval/copies-data.js";
import { resolveMinHashParams } from "../../src/fingerprint/params.js";
const { texts } = loadBenchCorpus("/work/main/bench/data");
const url = new URL("../../src/eval/copies-bench-worker.ts", import.meta.url);
const params = resolveMinHashParams({ scheme: "oph" });
const w = new Worker(`import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData: { params } });
await new Promise((r) => w.once("online", r));
for (let rep = 0; rep < 5; rep++) {
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    let got = 0; const batches = Math.ceil(texts.length / 500);
    w.removeAllListeners("message");
    w.on("message", () => { if (++got === batches) resolve(); });
    for (let seq = 0; seq < batches; seq++) w.postMessage({ seq, texts: texts.slice(seq * 500, (seq + 1) * 500) });
  });
  console.log("1 worker shingle+oph all:", (performance.now() - t0).toFixed(0), "ms", (texts.length / (performance.now() - t0) * 1000).toFixed(0), "docs/s");
}
await w.terminate();
