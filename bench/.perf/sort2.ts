import { loadBenchCorpus } from "../../src/eval/copies-data.js";
import { shingleHashesOfText } from "../../src/text/shingle.js";
const { texts } = loadBenchCorpus("/work/main/bench/data");
const sets = texts.map((t) => shingleHashesOfText(t));
let seed = 1; const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) | 0; return (seed >>> 8) / (1 << 24); };
const shuffled = sets.map((s) => { const a = s.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); const t = a[i]; a[i] = a[j]; a[j] = t; } return a; });
const buf = new Uint32Array(1 << 20); const dst = new Uint32Array(1 << 20); const counts = new Int32Array(1 << 17);
function scatter(src: Uint32Array, n: number, d: Uint32Array, bitsAdj: number): void {
  const bits = Math.max(1, Math.min(16, 32 - Math.clz32(n) + bitsAdj)); const shift = 32 - bits; const buckets = 1 << bits; const c = counts;
  c.fill(0, 0, buckets + 1);
  for (let i = 0; i < n; i++) c[(src[i] >>> shift) + 1]++;
  for (let b = 1; b <= buckets; b++) c[b] += c[b - 1];
  for (let i = 0; i < n; i++) { const v = src[i]; d[c[v >>> shift]++] = v; }
}
function ins(a: Uint32Array, n: number): number { let moves = 0; for (let i = 1; i < n; i++) { const v = a[i]; let j = i - 1; if (a[j] <= v) continue; do { a[j + 1] = a[j]; j--; } while (j >= 0 && a[j] > v); a[j + 1] = v; moves += i - 1 - j; } return moves; }
function insI(a: Int32Array, n: number): number { let moves = 0; for (let i = 1; i < n; i++) { const v = a[i]; let j = i - 1; if (a[j] <= v) continue; do { a[j + 1] = a[j]; j--; } while (j >= 0 && a[j] > v); a[j + 1] = v; moves += i - 1 - j; } return moves; }
const time = (name: string, f: () => unknown) => { let best = Infinity; let x; for (let r = 0; r < 11; r++) { const t0 = performance.now(); x = f(); best = Math.min(best, performance.now() - t0); } console.log(name.padEnd(14), best.toFixed(0), "ms", String(x).slice(0, 10)); };
const dstI = new Int32Array(dst.buffer);
for (let rep = 0; rep < 2; rep++) {
for (const adj of [-2, -1, 0]) {
time(`scatter ${adj}`, () => { let x = 0; for (const a of shuffled) { scatter(a, a.length, dst, adj); x += dst[0]; } return x; });
time(`scat+ins ${adj}`, () => { let x = 0; for (const a of shuffled) { scatter(a, a.length, dst, adj); x += ins(dst, a.length); } return x; });
time(`scat+insI ${adj}`, () => { let x = 0; for (const a of shuffled) { scatter(a, a.length, dst, adj); x += insI(dstI, a.length); } return x; });
}
}
