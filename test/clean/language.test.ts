import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clean, detectLanguage } from "../../src/clean/index.js";
import { rawDocument } from "./text-doc.js";

describe("detectLanguage names the language with a confidence in [0, 1]", () => {
  const cases: Array<[string, string]> = [
    ["fr", "Les ministres chinois et kazakh des Affaires étrangères se sont engagés jeudi à renforcer la coopération bilatérale contre le nouveau coronavirus."],
    ["en", "The foreign ministers of China and Kazakhstan pledged on Thursday to strengthen bilateral cooperation against the novel coronavirus."],
    ["de", "Die Außenminister Chinas und Kasachstans haben sich am Donnerstag verpflichtet, die bilaterale Zusammenarbeit gegen das neue Coronavirus zu stärken."],
    ["es", "Los ministros de Asuntos Exteriores de China y Kazajistán se comprometieron el jueves a reforzar la cooperación bilateral contra el nuevo coronavirus."],
    ["it", "I ministri degli Esteri di Cina e Kazakistan si sono impegnati giovedì a rafforzare la cooperazione bilaterale contro il nuovo coronavirus."],
    ["pt", "Os ministros das Relações Exteriores da China e do Cazaquistão comprometeram-se na quinta-feira a reforçar a cooperação bilateral contra o novo coronavírus."],
    ["pl", "Ministrowie spraw zagranicznych Chin i Kazachstanu zobowiązali się w czwartek do wzmocnienia dwustronnej współpracy w walce z nowym koronawirusem."],
    ["tr", "Çin ve Kazakistan dışişleri bakanları perşembe günü yeni koronavirüse karşı ikili işbirliğini güçlendirme sözü verdi."],
    ["ar", "تعهد وزيرا خارجية الصين وكازاخستان يوم الخميس بتعزيز التعاون الثنائي لمكافحة فيروس كورونا الجديد."],
    ["zh", "中国和哈萨克斯坦外长周四承诺加强双边合作，共同抗击新冠病毒疫情。"],
  ];
  for (const [code, text] of cases) {
    it(`recognises ${code}`, () => {
      const guess = detectLanguage(text);
      assert.equal(guess.code, code);
      assert.ok(guess.confidence > 0 && guess.confidence <= 1);
    });
  }

  const undetermined: Array<[string, string]> = [
    ["gibberish", "xkq zzpw qqrt vbnm zxcv plmk qwrtyp sdfgh jklzx cvbnm"],
    ["digits only", "0123 4567 8910 1112 1314 1516 1718"],
    ["a single word", "Bonjour"],
    ["an empty string", ""],
    ["punctuation", "!!! ??? ... --- ***"],
  ];
  for (const [name, text] of undetermined) {
    it(`says "und" for ${name}`, () => assert.deepEqual(detectLanguage(text), { code: "und", confidence: 0 }));
  }

  it("reports clean.language.unknown as a warning and keeps the article", () => {
    const problems: Array<[string, string]> = [];
    const article = clean(rawDocument("xkq zzpw qqrt vbnm zxcv plmk qwrtyp sdfgh"), {}, { report: (p) => problems.push([p.code, p.severity]) });
    assert.equal(article.lang.code, "und");
    assert.notEqual(article.text, "");
    assert.deepEqual(problems, [["clean.language.unknown", "warning"]]);
  });
});
