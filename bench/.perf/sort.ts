import { loadBenchCorpus } from "../../src/eval/copies-data.js";
import { shingleHashesOfText } from "../../src/text/shingle.js";
import { sortDistinctU32 } from "../../src/text/sort-distinct.js";
const { texts } = loadBenchCorpus("/work/main/bench/data");
const sets = texts.map((t) => shingleHashesOfText(t));
let seed = 1; const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) | 0; return (seed >>> 8) / (1 << 24); };
const shuffled = sets.map((s) => { const a = s.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); const t = a[i]; a[i] = a[j]; a[j] = t; } return a; });
const buf = new Uint32Array(1 << 20);
const time = (name: string, f: () => unknown) => { let best = Infinity; let x; for (let r = 0; r < 9; r++) { const t0 = performance.now(); x = f(); best = Math.min(best, performance.now() - t0); } console.log(name.padEnd(14), best.toFixed(0), "ms", String(x).slice(0, 10)); };
let total = 0; for (const s of sets) total += s.length; console.log("avg", total / sets.length);
for (let rep = 0; rep < 2; rep++) {
time("copy only", () => { let x = 0; for (const a of shuffled) { buf.set(a); x += buf[0]; } return x; });
time("sortDistinct", () => { let x = 0; for (const a of shuffled) { buf.set(a); x += sortDistinctU32(buf, a.length).length; } return x; });
time("+slice", () => { let x = 0; for (const a of shuffled) { buf.set(a); x += sortDistinctU32(buf, a.length).slice().length; } return x; });
time("builtin sort", () => { let x = 0; for (const a of shuffled) { buf.set(a); x += buf.subarray(0, a.length).sort()[0]; } return x; });
}
