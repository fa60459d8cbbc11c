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

describe("close languages are told apart over more of the text than the detector's sample", () => {
  // Neither opening (more than the detector's 600 characters) writes a word only one of the pair spells its way; the
  // paragraph after does (etter, ble, hadde, mellom; karena, bahwa, bisa, kantor).
  const norwegian =
    "Fotballforbundet melder at sesongen har vært krevende for klubbene i hele landet. Mange lag har måttet avlyse treninger, og flere turneringer er flyttet til neste år. Likevel melder klubbene om stor interesse fra barn og unge som vil spille fotball. I Trøndelag og på Vestlandet har antallet spillere økt, viser tall fra forbundet. Lederen for barneidretten i forbundet mener at tilbudet er viktig for mange familier. Vi ser at fotball betyr mye i lokalmiljøet, forteller hun til avisen. Klubbene har fått økonomisk støtte fra kommunene i år. Også skolene har bidratt med baner og lys, og frivillige har stilt opp hver uke gjennom hele høsten og vinteren. " +
    "Etter at smittetallene gikk ned i høst, ble det igjen mulig å samles på banen. Trenerne hadde planlagt nye økter, men mellom jul og nyttår ble alt stengt igjen. Noen klubber valgte å trene utendørs uten garderobe.";
  const indonesian =
    "Harga beras di sejumlah pasar tradisional naik dalam dua pekan terakhir. Pedagang mengatakan pasokan dari daerah penghasil berkurang akibat hujan deras yang melanda sejak awal bulan. Para pembeli mengeluhkan kenaikan harga tersebut, terutama ibu rumah tangga yang harus menyesuaikan belanja harian. Dinas perdagangan setempat berjanji akan menggelar operasi pasar untuk menstabilkan harga. Petugas juga akan memantau distribusi beras dari gudang ke pasar setiap hari sampai harga kembali normal. Warga berharap operasi pasar segera digelar di setiap kecamatan agar harga beras kembali terjangkau. " +
    "Menurut kepala dinas, kenaikan harga ini bersifat sementara karena panen raya diperkirakan tiba bulan depan. Ia mengatakan bahwa stok di gudang masih cukup. Perusahaan penggilingan padi bisa menambah produksi, ujarnya di kantor dinas.";
  it("Norwegian beside Danish", () => assert.equal(detectLanguage(norwegian).code, "no"));
  it("Indonesian beside Malay", () => assert.equal(detectLanguage(indonesian).code, "id"));
});

describe("an HTML page's declared language settles what its text cannot, when the letters agree", () => {
  const page = (lang: string, title: string, text: string) => `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><article><p>${text}</p></article></body></html>`;
  const teaser = "Проектът на общината е сред одобрените.";
  it("a Bulgarian teaser on a page declaring bg-BG", () => {
    assert.equal(clean(rawDocument(page("bg-BG", "ОБЩИНА", teaser), "html")).lang.code, "bg");
  });
  it("not a template's 'en' over Cyrillic text", () => {
    assert.equal(clean(rawDocument(page("en", "ОБЩИНА", teaser), "html")).lang.code, "und");
  });
  it("a renamed code as the language's current one (sh, Serbo-Croatian, as Serbian)", () => {
    assert.equal(clean(rawDocument(page("sh", "Program", "Uživo program za Srbiju."), "html")).lang.code, "sr");
  });
  it("a short text is read with its headline", () => {
    const article = clean(rawDocument(page("", "Общината ще изгради нов корпус на гимназията", teaser), "html"));
    assert.equal(article.lang.code, "bg");
  });
});
