const src = new Uint32Array(4096).map((_, i) => i * 2654435761);
const time = (name: string, f: () => unknown) => { let best = Infinity; let x; for (let r = 0; r < 11; r++) { const t0 = performance.now(); x = f(); best = Math.min(best, performance.now() - t0); } console.log(name.padEnd(14), best.toFixed(1), "ms", String(x).slice(0, 10)); };
let slab = new Uint32Array(1 << 16); let off = 0;
for (let rep = 0; rep < 2; rep++) {
time("slice 436", () => { let x = 0; for (let i = 0; i < 22000; i++) x += src.subarray(0, 436).slice().length; return x; });
time("new+set 436", () => { let x = 0; for (let i = 0; i < 22000; i++) { const a = new Uint32Array(436); a.set(src.subarray(0, 436)); x += a.length; } return x; });
time("slab 436", () => { let x = 0; for (let i = 0; i < 22000; i++) { if (off + 436 > slab.length) { slab = new Uint32Array(1 << 16); off = 0; } slab.set(src.subarray(0, 436), off); const v = slab.subarray(off, off + 436); off += 436; x += v.length; } return x; });
time("slice 10", () => { let x = 0; for (let i = 0; i < 22000; i++) x += src.subarray(0, 10).slice().length; return x; });
}
