import { readFileSync } from "node:fs";
import { clean } from "../../src/clean/index.js";
for (const f of ["000_5687b5c5f0498ff9.txt", "002_c22aeb1a175d5c40.txt"]) {
  const content = readFileSync("/work/main/examples/" + f, "utf8");
  const a = clean({ kind: "text", content, meta: {}, provenance: { file: f, format: "text" }, encoding: { name: "utf-8", repaired: false }, bytes: content.length });
  console.log(JSON.stringify({ ...a, removed: a.removed.length, text: a.text.slice(0, 300) }, null, 1));
}
