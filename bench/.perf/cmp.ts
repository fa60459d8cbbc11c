import { loadBenchCorpus } from "../../src/eval/copies-data.js";
const which = process.argv[2];
const base = which === "head" ? "./head/src" : "../../src";
const { shingleHashesOfText } = await import(`${base}/text/shingle.ts`);
const { createMinHasher } = await import(`${base}/fingerprint/minhash.ts`);
const { texts } = loadBenchCorpus("/work/main/bench/data");
const extra = ["ΟΔΟΣ ΣΟΦΙΑΣ İstanbul İİ 𐐀𐐁 DESERET x\uD800y 中文 abc中文def ภาษาไทย Ǆemal ﬁnance ÀÉÎ ß ẞ", "ΣΑΣ Σ. aΣ Σa", "Ⅻ ⓐⒷ Ｈｅｌｌｏ"];
let h = 0, hs = 0;
const oph = createMinHasher({ scheme: "oph" }), kp = createMinHasher({ scheme: "kperm", numPerm: 16 });
for (const t of [...texts, ...extra]) {
  const s = shingleHashesOfText(t);
  for (const v of s) h = (Math.imul(h, 31) + v) | 0;
  for (const v of oph.signature(s).values) hs = (Math.imul(hs, 31) + v) | 0;
  for (const v of kp.signature(s).values) hs = (Math.imul(hs, 31) + v) | 0;
}
console.log(which, h, hs);
