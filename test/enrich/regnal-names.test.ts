import { test } from "node:test";
import assert from "node:assert/strict";
import { personKey, personMatchKey } from "../../src/enrich/person-key.js";
import { enrichText, matchKey, ofType, personKeysIn } from "./helpers.js";

const LEO = matchKey("Leo XIV");
const CHARLES = matchKey("Charles III");
const PREVOST = matchKey("Robert Prevost");

const keysIn = personKeysIn;

test("a regnal name has one key in every script and language, whatever the name's form there", () => {
  const leo = ["Leo XIV", "Leo XIV.", "Léon XIV", "León XIV", "Leone XIV", "Leão XIV", "Leon al XIV-lea", "XIV. Leó", "14. Leo", "Leo 14.",
    "Лев XIV", "Льва XIV", "Лъв XIV", "Λέων ΙΔ΄", "利奥十四世", "良十四世", "レオ14世", "레오 14세", "เลโอที่ 14", "لاون الرابع عشر",
    "ليو الرابع عشر", "لئو چهاردهم", "لیو چہاردہم", "לאו ה-14", "लियो चौदहवें", "চতুর্দশ লিও"];
  for (const name of leo) assert.equal(matchKey(name), LEO, name);
  const charles = ["Charles III", "Karl III.", "Carlos III", "Karol III", "III. Károly", "Карл III", "Κάρολος Γ΄", "查尔斯三世",
    "チャールズ3世", "찰스 3세", "تشارلز الثالث", "چارلز سوم", "צ'ארלס השלישי", "चार्ल्स तृतीय", "তৃতীয় চার্লস"];
  for (const name of charles) assert.equal(matchKey(name), CHARLES, name);
  // The name's first sound and the number tell monarchs apart; the word beside the number is the name's last.
  assert.notEqual(matchKey("Felipe VI"), matchKey("Mohammed VI"));
  assert.notEqual(CHARLES, matchKey("Carl XVI Gustaf"));
  assert.equal(matchKey("John Paul II"), matchKey("Jan Paweł II"));
  assert.equal(matchKey("Abdullah II"), matchKey("عبد الله الثاني"));
  assert.equal(matchKey("Hassan II"), matchKey("الحسن الثاني"));
  // Other names keep their keys; a regnal key has no surname a surname alone could meet.
  for (const name of ["Olaf Scholz", "Wang Yi", "Ван И", "Leo Varadkar"]) assert.ok(!personKey(name).startsWith("@"), name);
  assert.notEqual(matchKey("Leo"), LEO);
});

/** The pope named by his number beside a title, or after "the name" he took, in each script's own way. */
const POPE_LEO: readonly [string, string][] = [
  ["en", "Cardinal Robert Prevost was elected pope and took the name Leo XIV."],
  ["en", "Pope Leo XIV greeted the crowd."],
  ["de", "Papst Leo XIV. grüßte die Gläubigen."],
  ["fr", "Le pape Léon XIV a salué la foule."],
  ["fr", "Il a pris le nom de Léon XIV."],
  ["it", "Papa Leone XIV si è affacciato dalla loggia."],
  ["ro", "Papa Leon al XIV-lea a fost ales joi."],
  ["hu", "XIV. Leó pápa csütörtökön köszöntötte a híveket."],
  ["tr", "Papa 14. Leo perşembe günü seçildi."],
  ["da", "Pave Leo 14. er 69 år."],
  ["ru", "Папа римский Лев XIV приветствовал верующих."],
  ["ru", "Кардинал встретился с папой Львом XIV."],
  ["bg", "Папа Лъв XIV е на 69 години."],
  ["el", "Ο πάπας Λέων ΙΔ΄ χαιρέτησε τους πιστούς."],
  ["zh", "现年69岁的教宗利奥十四世曾长期在秘鲁传教。"],
  ["ja", "教皇名はレオ14世。"],
  ["ko", "교황 레오 14세는 오랫동안 페루에서 활동했다."],
  ["ar", "ويبلغ البابا لاون الرابع عشر 69 عاما."],
  ["fa", "پاپ لئو چهاردهم ۶۹ سال دارد."],
  ["ur", "69 سالہ پوپ لیو چہاردہم برسوں پیرو میں مشنری رہے۔"],
  ["he", "האפיפיור לאו ה-14, בן 69, שימש כמיסיונר בפרו."],
  ["hi", "69 वर्षीय पोप लियो चौदहवें लंबे समय तक पेरू में रहे।"],
  ["bn", "৬৯ বছর বয়সী পোপ চতুর্দশ লিও দীর্ঘদিন পেরুতে ছিলেন।"],
  ["th", "สมเด็จพระสันตะปาปาเลโอที่ 14 ทรงมีพระชนมายุ 69 พรรษา"],
];

test("a pope or monarch named by a regnal number is a person, in every script", () => {
  for (const [lang, text] of POPE_LEO) assert.ok(keysIn(text, lang).includes(LEO), `${lang}: ${text} → ${keysIn(text, lang).join(", ")}`);
  // The numeral is no organisation, nor the name a place (León, Spain).
  const fr = enrichText("Le pape Léon XIV a reçu jeudi le roi Charles III.", "fr");
  assert.deepEqual(ofType(fr, "organisation"), []);
  assert.deepEqual(ofType(fr, "place"), []);
  assert.deepEqual(ofType(fr, "person").map((p) => personMatchKey(p.id)), [LEO, CHARLES]);
});

test("once titled, the same name and number is the person again without the title", () => {
  const en = enrichText("King Charles III opened the session. Later, Charles III met the prime minister.", "en");
  assert.equal(ofType(en, "person").find((p) => personMatchKey(p.id) === CHARLES)?.mentions.length, 2);
  const zh = enrichText("英国国王查尔斯三世周四会见教宗。查尔斯三世表示欢迎。", "zh");
  assert.equal(ofType(zh, "person").find((p) => personMatchKey(p.id) === CHARLES)?.mentions.length, 2);
});

test("a capitalised word before a numeral without a title is no regnal name", () => {
  const none: readonly [string, string][] = [
    ["en", "World War II ended in 1945, and Rocky III was a hit."],
    ["en", "The Second Vatican Council, Vatican II, changed the liturgy."],
    ["tr", "II. Dünya Savaşı 1945'te sona erdi."],
    ["ko", "14세 소년이 다쳤다. 피해자 김민수 14세가 병원에 옮겨졌다."],
    ["ja", "日系3世の選手が優勝した。"],
    ["ar", "انتهى المؤتمر في اليوم الثالث من أعماله."],
    ["de", "Der 1. FC Köln gewann am Samstag."],
  ];
  for (const [lang, text] of none) {
    const regnal = ofType(enrichText(text, lang), "person").filter((p) => personMatchKey(p.id).includes("@"));
    assert.deepEqual(regnal.map((p) => p.name), [], `${lang}: ${text}`);
  }
});

test("a cardinal is a role before a name in every script, and after one in Korean and Japanese", () => {
  const cases: readonly [string, string][] = [
    ["de", "Der US-amerikanische Kardinal Robert Prevost ist zum Papst gewählt worden."],
    ["it", "Il cardinale statunitense Robert Prevost è stato eletto papa."],
    ["uk", "Американського кардинала Роберта Превоста обрали папою."],
    ["tr", "ABD'li Kardinal Robert Prevost papa seçildi."],
    ["fa", "کاردینال آمریکایی رابرت پرووست به عنوان پاپ جدید انتخاب شد."],
    ["ur", "امریکی کارڈینل رابرٹ پریووسٹ نئے پوپ منتخب ہو گئے۔"],
    ["ar", "انتخب الكاردينال الأمريكي روبرت بريفوست بابا."],
    ["th", "พระคาร์ดินัลโรเบิร์ต พรีโวสต์ ได้รับเลือกเป็นพระสันตะปาปา"],
    ["ko", "미국 출신 로버트 프레보스트 추기경이 새 교황으로 선출됐다."],
    ["ja", "米国出身のロバート・プレボスト枢機卿が新教皇に選出された。"],
    ["zh", "美国枢机主教罗伯特·普雷沃斯特当选新一任教宗。"],
  ];
  for (const [lang, text] of cases) assert.ok(keysIn(text, lang).includes(PREVOST), `${lang}: ${text} → ${keysIn(text, lang).join(", ")}`);
});

test("a city-state is its country, by any of its names and with a definite article or a prefix", () => {
  const cases: readonly [string, string][] = [
    ["en", "He was elected in Vatican City on Thursday."],
    ["ja", "8日、バチカンで投票が行われた。"],
    ["sv", "Han valdes på torsdagen till påve i Vatikanen."],
    ["da", "Han blev torsdag valgt som ny pave i Vatikanet."],
    ["bg", "Той беше избран в четвъртък във Ватикана."],
    ["he", "הוא נבחר ביום חמישי בוותיקן."],
    ["bn", "তিনি বৃহস্পতিবার ভ্যাটিকানে নির্বাচিত হয়েছেন।"],
    ["th", "ได้รับเลือกที่นครรัฐวาติกันเมื่อวันพฤหัสบดี"],
  ];
  for (const [lang, text] of cases) assert.ok(ofType(enrichText(text, lang), "place").some((p) => p.id === "place:VA"), `${lang}: ${text}`);
  // A city no larger than its country's other cities stays a city.
  assert.ok(ofType(enrichText("The summit opened in Andorra la Vella on Monday.", "en"), "place").some((p) => p.id.startsWith("place:gn:")));
});
