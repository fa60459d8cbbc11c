import { loadBenchCorpus } from "../../src/eval/copies-data.js";
import { foldTable } from "../../src/text/char-class.js";
const { texts } = loadBenchCorpus("/work/main/bench/data");
const OFF = 0x811c9dc5 | 0;
let toksL = new Uint32Array(1 << 20);
const toks = new Uint32Array(1 << 20);
const foldC = foldTable();
function scanA(s: string, fold: Uint16Array): number { let count = 0, prev = 0, g = 0; const n = s.length; const hs = toks; for (let i = 0; i < n; i++) { const f = fold[s.charCodeAt(i)]; if (f >= 0xfffd) break; const w = (f + 0xffff) >>> 16; const mask = -w; hs[count] = g ^ OFF; count += prev & (w ^ 1); g = (Math.imul(g ^ (f ^ OFF), 0x01000193) ^ OFF) & mask; prev = w; } if (prev) hs[count++] = g ^ OFF; return count; }
function scanB(s: string): number { let count = 0, prev = 0, g = 0; const n = s.length; const hs = toks; const fold = foldC; for (let i = 0; i < n; i++) { const f = fold[s.charCodeAt(i)]; if (f >= 0xfffd) break; const w = (f + 0xffff) >>> 16; const mask = -w; hs[count] = g ^ OFF; count += prev & (w ^ 1); g = (Math.imul(g ^ (f ^ OFF), 0x01000193) ^ OFF) & mask; prev = w; } if (prev) hs[count++] = g ^ OFF; return count; }
function scanC(s: string, fold: Uint16Array): number { let count = 0, prev = 0, g = 0; const n = s.length; const hs = toksL; for (let i = 0; i < n; i++) { const f = fold[s.charCodeAt(i)]; if (f >= 0xfffd) break; const w = (f + 0xffff) >>> 16; const mask = -w; hs[count] = g ^ OFF; count += prev & (w ^ 1); g = (Math.imul(g ^ (f ^ OFF), 0x01000193) ^ OFF) & mask; prev = w; } if (prev) hs[count++] = g ^ OFF; return count; }
function scanD(s: string, i: number, fold: Uint16Array): number { let count = 0, prev = 0, g = 0; const n = s.length; const hs = toksL; for (; i < n; i++) { const f = fold[s.charCodeAt(i)]; if (f >= 0xfffd) break; const w = (f + 0xffff) >>> 16; const mask = -w; hs[count] = g ^ OFF; count += prev & (w ^ 1); g = (Math.imul(g ^ (f ^ OFF), 0x01000193) ^ OFF) & mask; prev = w; } return i + count; }
const time = (name: string, f: () => unknown) => { let best = Infinity; let x; for (let r = 0; r < 9; r++) { const t0 = performance.now(); x = f(); best = Math.min(best, performance.now() - t0); } console.log(name.padEnd(14), best.toFixed(0), "ms", String(x).slice(0, 10)); };
for (let rep = 0; rep < 2; rep++) {
time("A param fold", () => { let x = 0; const f = foldTable(); for (const t of texts) x += scanA(t, f); return x; });
time("B const fold", () => { let x = 0; for (const t of texts) x += scanB(t); return x; });
time("C let toks", () => { let x = 0; const f = foldTable(); for (const t of texts) x += scanC(t, f); return x; });
time("D i param", () => { let x = 0; const f = foldTable(); for (const t of texts) x += scanD(t, 0, f); return x; });
}
