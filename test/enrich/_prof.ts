import { getGazetteer } from "../../src/enrich/gazetteer.js";
const marks: [string, number][] = [];
let last = performance.now();
const g = getGazetteer(() => { const n = performance.now(); marks.push(["t", n - last]); last = n; return n; });
console.log(g.loadMs, g.entries.size, g.caseless.size, g.cityCount);
