import { loadBenchCorpus } from "../../src/eval/copies-data.js";
import { foldTable } from "../../src/text/char-class.js";
import { fmix32 } from "../../src/text/hash32.js";
import { sortDistinctU32 } from "../../src/text/sort-distinct.js";
import { shingleHashesOfText } from "../../src/text/shingle.js";
const { texts } = loadBenchCorpus("/work/main/bench/data");
const fold = foldTable();
const OFF = 0x811c9dc5 | 0;
const toks = new Uint32Array(1 << 20); const out = new Uint32Array(1 << 20);
function scan(s: string): number { let count = 0, prev = 0, g = 0; const n = s.length; const hs = toks; for (let i = 0; i < n; i++) { const f = fold[s.charCodeAt(i)]; if (f >= 0xfffd) break; const w = (f + 0xffff) >>> 16; const mask = -w; hs[count] = g ^ OFF; count += prev & (w ^ 1); g = (Math.imul(g ^ (f ^ OFF), 0x01000193) ^ OFF) & mask; prev = w; } if (prev) hs[count++] = g ^ OFF; return count; }
const G = 0x9e3779b1 | 0; const SEED = 0x5eed5111;
function gen(hashes: Uint32Array, n: number, k: number): number {
  const m = n - k + 1; let ow = 1; for (let j = 1; j < k; j++) ow = Math.imul(ow, G);
  const base = Math.imul(Math.imul(SEED, ow), G); let p = 0;
  for (let j = 0; j < k; j++) p = (Math.imul(p, G) + hashes[j]) | 0;
  out[0] = fmix32((base + p) ^ k);
  for (let i = 1; i < m; i++) { p = (Math.imul((p - Math.imul(hashes[i - 1], ow)) | 0, G) + hashes[i + k - 1]) | 0; out[i] = fmix32((base + p) ^ k); }
  return m;
}
const counts = texts.map((t) => scan(t));
const time = (name: string, f: () => unknown) => { let best = Infinity; let x; for (let r = 0; r < 9; r++) { const t0 = performance.now(); x = f(); best = Math.min(best, performance.now() - t0); } console.log(name.padEnd(14), best.toFixed(0), "ms", String(x).slice(0, 10)); };
for (let rep = 0; rep < 2; rep++) {
time("scan", () => { let x = 0; for (const t of texts) x += scan(t); return x; });
time("scan+gen", () => { let x = 0; for (const t of texts) { const n = scan(t); x += gen(toks, n, 5); } return x; });
time("scan+gen+sort", () => { let x = 0; for (const t of texts) { const n = scan(t); x += sortDistinctU32(out, gen(toks, n, 5)).length; } return x; });
time("full+slice", () => { let x = 0; for (const t of texts) { const n = scan(t); x += sortDistinctU32(out, gen(toks, n, 5)).slice().length; } return x; });
time("shingleHashesOfText", () => { let x = 0; for (const t of texts) x += shingleHashesOfText(t).length; return x; });
}
