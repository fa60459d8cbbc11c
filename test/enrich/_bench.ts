import { readFileSync, readdirSync } from "node:fs";
import { benchEnrich } from "../../src/enrich/index.js";
const dir = "/work/shared/data/stories/rpm2-fr";
const fr = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(dir + "/" + f, "utf8"));
console.log("avg bytes", fr.reduce((a, b) => a + b.length, 0) / fr.length);
const inputs = fr.map((text) => ({ title: null, text, lang: "fr", published: { year: 2021, month: 9, day: 17, precision: "day" as const, text: "" } }));
console.log(benchEnrich(inputs.slice(0, 20)));
for (let r = 0; r < 8; r++) console.log(benchEnrich(inputs));
console.log("nodates", benchEnrich(inputs, { dates: false }));
