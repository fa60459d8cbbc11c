import { readFileSync } from "node:fs";
import { createEnricher, type Entity } from "../../src/enrich/index.js";
import { pearson } from "../../src/eval/entities.js";
import { weightedJaccard } from "../../src/enrich/overlap.js";
import { tokenize } from "../../src/enrich/tokens.js";
import { CALENDAR_WORDS, NOT_NAMES, HONORIFICS, ROLES } from "../../src/enrich/lexicon.js";
const pairs = readFileSync("/work/shared/data/similarity/semeval2022-dev.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const en = createEnricher({ dates: false });
const split = (t: string) => { const at = t.indexOf("  "); return at > 0 && at < 300 ? { title: t.slice(0, at), text: t.slice(at + 2) } : { title: null, text: t }; };
const capWords = (t: string) => { const m = new Map<string, number>(); for (const k of tokenize(t)) { if ((k.cap && !k.sentStart) || k.caseless) { if (k.key.length < 3 || CALENDAR_WORDS.has(k.key) || NOT_NAMES.has(k.key) || HONORIFICS.has(k.key) || ROLES.has(k.key)) continue; m.set("w:" + k.key, 0.3); } } return m; };
const W = (es: Entity[], f: (e: Entity) => number, countries: boolean) => { const m = new Map<string, number>(); for (const e of es) { m.set(e.id, Math.max(m.get(e.id) ?? 0, f(e))); if (countries && e.country && e.id !== "place:" + e.country) m.set("place:" + e.country, Math.max(m.get("place:" + e.country) ?? 0, f(e) * 0.5)); } return m; };
const ovl = (a: Map<string, number>, b: Map<string, number>) => { let n = 0; for (const [k, v] of a) if (b.has(k)) n++; const d = Math.min(a.size, b.size); return d ? n / d : 0; };
const rows = pairs.map((p: any) => { const a = en.enrich({ ...split(p.text1), lang: p.lang1, published: null }).entities; const b = en.enrich({ ...split(p.text2), lang: p.lang2, published: null }).entities; return { p, a, b }; });
const mix = (nw: number, sq: boolean, placesOnly: boolean, entW = (e: Entity) => 0.25 + 0.75 * e.salience) => (a: Entity[], b: Entity[], p: any) => { const fa = placesOnly ? a.filter((e) => e.type === "place") : a; const fb = placesOnly ? b.filter((e) => e.type === "place") : b; const x = W(fa, entW, true); const y = W(fb, entW, true); if (nw > 0) { for (const [k] of capWords(p.text1)) if (!x.has(k)) x.set(k, nw); for (const [k] of capWords(p.text2)) if (!y.has(k)) y.set(k, nw); } const j = weightedJaccard(x, y); return sq ? Math.sqrt(j) : j; };
const variants: Record<string, (a: Entity[], b: Entity[], p: any) => number> = {
  n15: mix(0.15, true, false), n3: mix(0.3, true, false), n5: mix(0.5, true, false), n3lin: mix(0.3, false, false), n3flat: mix(0.3, true, false, () => 1),
  geo0: mix(0, true, true), geo1: mix(0.1, true, true), geo3: mix(0.3, true, true),
  cur: (a, b) => weightedJaccard(W(a, (e) => 0.25 + 0.75 * e.salience, true), W(b, (e) => 0.25 + 0.75 * e.salience, true)),
  flat: (a, b) => weightedJaccard(W(a, () => 1, true), W(b, () => 1, true)),
  sal: (a, b) => weightedJaccard(W(a, (e) => e.salience, true), W(b, (e) => e.salience, true)),
  ovl: (a, b) => ovl(W(a, () => 1, true), W(b, () => 1, true)),
  sqrtmix: (a, b) => Math.sqrt(weightedJaccard(W(a, (e) => 0.25 + 0.75 * e.salience, true), W(b, (e) => 0.25 + 0.75 * e.salience, true))),
  capw: (a, b, p) => { const x = W(a, (e) => 0.25 + 0.75 * e.salience, true); const y = W(b, (e) => 0.25 + 0.75 * e.salience, true); for (const [k, v] of capWords(p.text1)) if (!x.has(k)) x.set(k, v); for (const [k, v] of capWords(p.text2)) if (!y.has(k)) y.set(k, v); return Math.sqrt(weightedJaccard(x, y)); },
};
for (const [name, f] of Object.entries(variants)) {
  const xs = rows.map((r: any) => f(r.a, r.b, r.p));
  const by = (g: string) => { const idx = rows.map((r: any, i: number) => [r, i] as const).filter(([r]) => g === "all" || `${r.p.lang1}-${r.p.lang2}` === g).map(([, i]) => i); return pearson(idx.map((i) => xs[i]!), idx.map((i) => 5 - (name.startsWith("geo") ? rows[i].p.geography : rows[i].p.entities))).toFixed(3); };
  console.log(name.padEnd(8), ["all", "en-en", "de-de", "de-en", "es-es", "tr-tr", "pl-pl", "ar-ar", "fr-fr"].map((g) => g + ":" + by(g)).join(" "));
}
