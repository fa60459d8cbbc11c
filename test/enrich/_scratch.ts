import { readFileSync } from "node:fs";
import { clean } from "../../src/clean/index.js";
import { enrich, gazetteerLoadMs } from "../../src/enrich/index.js";
let t = performance.now();
console.log("load", gazetteerLoadMs(), performance.now() - t);
for (const f of ["000_5687b5c5f0498ff9.txt", "002_c22aeb1a175d5c40.txt"]) {
  const content = readFileSync("examples/" + f, "utf8");
  const a = clean({ kind: "text", content, meta: {}, provenance: { file: f, format: "text" }, encoding: { name: "utf-8", repaired: false }, bytes: content.length });
  t = performance.now();
  const e = enrich(a);
  console.log(f, (performance.now() - t).toFixed(1), "ms");
  for (const x of e.entities) console.log(x.type, x.id, x.name, x.country ?? "", x.salience, x.mentions.map((m) => m.text).join(" | "));
  console.log(JSON.stringify(e.eventDate), JSON.stringify(e.publishedDate));
}
