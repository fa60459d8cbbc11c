import { test } from "node:test";
import assert from "node:assert/strict";
import { personKey } from "../../src/enrich/index.js";
import { personMatchKey } from "../../src/enrich/person-key.js";
import { isoDay } from "../../eval/multilingual.js";
import { detectLanguage } from "../../src/clean/index.js";
import { enrichText, ids, matchKey, ofType } from "./helpers.js";

/** Published on Friday 2024-06-21: a visit on Thursday, 2024-06-20. */
const published = { year: 2024, month: 6, day: 21, precision: "day" as const, text: "2024-06-21" };
const MELONI = matchKey("Giorgia Meloni");
const MILEI = matchKey("Javier Milei");
const PALERMO = "place:gn:2523920";
const people = (text: string, lang: string): string[] => ofType(enrichText(text, lang, { published }), "person").map((p) => personMatchKey(p.id));

test("hushing letters with marks key as Cyrillic's digraphs: one id for Đoković and Джокович, Čaputová and Чапутова", () => {
  for (const [latin, cyrillic] of [["Novak Đoković", "Новак Джокович"], ["Zuzana Čaputová", "Зузана Чапутова"], ["Mevlüt Çavuşoğlu", "Мевлют Чавушоглу"], ["Slavoj Žižek", "Славой Жижек"]]) {
    assert.equal(personKey(latin!), personKey(cyrillic!), latin);
  }
  assert.equal(matchKey("Џорџа Мелони"), MELONI);
  assert.equal(matchKey("Džordža Meloni"), MELONI);
});

test("Czech and Slovak -ová on a foreign woman's name is no part of its key; a Czech name keeps it", () => {
  assert.equal(personKey("Giorgia Meloniová"), personKey("Giorgia Meloni"));
  assert.notEqual(personKey("Petra Kvitová"), personKey("Petra Kvit"));
  assert.ok(people("Italská premiérka Giorgia Meloniová přijala ve čtvrtek v Palermu argentinského prezidenta Javiera Mileie.", "cs").includes(MELONI));
});

test("South Slavic declension of a name in -i (Mileija), and women's roles (premierka, premijerka)", () => {
  assert.deepEqual(people("Italijanska premierka Giorgia Meloni je v četrtek v Palermu sprejela argentinskega predsednika Javierja Mileija.", "sl").sort(), [MELONI, MILEI].sort());
  assert.ok(people("Talijanska premijerka Giorgia Meloni primila je u četvrtak u Palermu argentinskog predsjednika Javiera Mileija.", "hr").includes(MILEI));
});

test("a country's name that is a given name (جورجيا, Georgia and Giorgia) opens the name after its role's complement", () => {
  assert.deepEqual(people("استقبلت رئيسة الوزراء الإيطالية جورجيا ميلوني يوم الخميس في باليرمو الرئيس الأرجنتيني خافيير ميلي.", "ar").sort(), [MELONI, MILEI].sort());
  assert.ok(people("इटली की प्रधानमंत्री जॉर्जिया मेलोनी ने गुरुवार को पलेर्मो में स्वागत किया।", "hi").includes(MELONI));
  assert.ok(people("اطالوی وزیر اعظم جارجیا میلونی نے جمعرات کو پالرمو میں استقبال کیا۔", "ur").includes(MELONI));
  // The country after the role alone is its complement, and "ministers" no name.
  assert.deepEqual(people("قال رئيس وزراء إيطاليا ميلوني إن", "ar"), [matchKey("ميلوني")]);
});

test("Hebrew's feminine 'head of', Vietnamese 'Italy', Belarusian and Kazakh cases, Greek 'in' before a city", () => {
  assert.ok(people("ראשת ממשלת איטליה, ג'ורג'ה מלוני, אירחה ביום חמישי בפלרמו.", "he").includes(MELONI));
  const vi = enrichText("Thủ tướng Italy Giorgia Meloni đã tiếp Tổng thống Argentina Javier Milei.", "vi", { published });
  assert.ok(ids(vi, "place").includes("place:IT") && ofType(vi, "person").some((p) => personMatchKey(p.id) === MELONI), JSON.stringify(ids(vi)));
  const be = enrichText("Мелоні ў чацвер прыняла ў Палерма прэзідэнта Аргенціны Хаўера Мілея.", "be", { published });
  assert.ok(ids(be, "place").includes("place:AR") && ofType(be, "person").some((p) => personMatchKey(p.id) === MILEI), JSON.stringify(ids(be)));
  assert.ok(ids(enrichText("Италия премьер-министрі бейсенбі күні Палермода болды.", "kk", { published }), "place").includes(PALERMO));
  const el = enrichText("Ο υπουργός πήγε στο Παλέρμο της Ιταλίας.", "el", { published });
  assert.deepEqual(ofType(el, "person"), [], JSON.stringify(ids(el)));
});

test("Nepali, Gujarati and Punjabi: roles, case endings closing a name, weekdays", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["ne", "इटालीकी प्रधानमन्त्री जर्जिया मेलोनीले बिहीबार पालेर्मोमा अर्जेन्टिनाका राष्ट्रपति हाभियर मिलेईलाई स्वागत गरिन्।"],
    ["gu", "ઇટાલીનાં વડાં પ્રધાન જ્યોર્જિયા મેલોનીએ ગુરુવારે પાલેર્મોમાં આર્જેન્ટિનાના પ્રમુખ હાવિયર મિલેઈનું સ્વાગત કર્યું."],
    ["pa", "ਇਟਲੀ ਦੀ ਪ੍ਰਧਾਨ ਮੰਤਰੀ ਜੌਰਜੀਆ ਮੇਲੋਨੀ ਨੇ ਵੀਰਵਾਰ ਨੂੰ ਪਾਲੇਰਮੋ ਵਿੱਚ ਅਰਜਨਟੀਨਾ ਦੇ ਰਾਸ਼ਟਰਪਤੀ ਹਾਵੀਅਰ ਮਿਲੇਈ ਦਾ ਸਵਾਗਤ ਕੀਤਾ।"],
  ];
  for (const [lang, text] of cases) {
    const e = enrichText(text, lang, { published });
    assert.deepEqual(ofType(e, "person").map((p) => personMatchKey(p.id)).sort(), [MELONI, MILEI].sort(), `${lang}: ${JSON.stringify(ids(e))}`);
    assert.equal(isoDay(e), "2024-06-20", lang);
  }
});

test("Nepali names countries by CLDR's names, with the case endings written onto them", () => {
  const e = enrichText("राष्ट्रपतिले बिहीबार अर्जेन्टिनाका मन्त्री र भारतका प्रतिनिधिलाई स्वागत गरे।", "ne", { published });
  assert.deepEqual(ids(e, "place").sort(), ["place:AR", "place:IN"], JSON.stringify(ids(e)));
});

test("weekdays of Catalan, Belarusian, Macedonian and Tagalog", () => {
  for (const [lang, text] of [
    ["ca", "La primera ministra va rebre dijous a Palerm el president argentí."],
    ["be", "Прэм'ер-міністр Італіі ў чацвер прыняла прэзідэнта Аргенціны."],
    ["mk", "Премиерката во четвртокот во Палермо го прими претседателот."],
    ["tl", "Tinanggap ng punong ministro ang pangulo sa Palermo noong Huwebes."],
  ] as const) assert.equal(isoDay(enrichText(text, lang, { published })), "2024-06-20", lang);
});

test("Macedonian beside Serbian, Danish beside Norwegian, and Nepali by its attached case endings", () => {
  assert.equal(detectLanguage("Италијанската премиерка Џорџа Мелони во четвртокот во Палермо го прими аргентинскиот претседател Хавиер Милеј.").code, "mk");
  assert.equal(detectLanguage("Italiens premierminister Giorgia Meloni tog torsdag imod Argentinas præsident Javier Milei i Palermo. De to ledere drøftede handel og energi.").code, "da");
  assert.equal(detectLanguage("Italias statsminister Giorgia Meloni tok torsdag imot Argentinas president Javier Milei i Palermo. De to lederne diskuterte handel og energi.").code, "no");
  assert.equal(detectLanguage("इटालीकी प्रधानमन्त्री जर्जिया मेलोनीले बिहीबार पालेर्मोमा अर्जेन्टिनाका राष्ट्रपति हाभियर मिलेईलाई स्वागत गरिन्।").code, "ne");
});

test("a city GeoNames spells in no script of the text, read by sound: Thai's open e, Greek's woman of a nation, Marathi's येथे", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["th", "นางจอร์จา เมโลนี นายกรัฐมนตรีอิตาลี ต้อนรับนายฮาเบียร์ มิเลย์ ประธานาธิบดีอาร์เจนตินา ที่เมืองปาแลร์โมเมื่อวันพฤหัสบดี"],
    ["el", "Η Ιταλίδα πρωθυπουργός Τζόρτζια Μελόνι υποδέχθηκε την Πέμπτη στο Παλέρμο τον πρόεδρο της Αργεντινής Χαβιέρ Μιλέι."],
    ["mr", "इटलीच्या पंतप्रधान जॉर्जिया मेलोनी यांनी गुरुवारी पालेर्मो येथे अर्जेंटिनाचे राष्ट्राध्यक्ष हावियर मिलेई यांचे स्वागत केले."],
  ];
  for (const [lang, text] of cases) {
    const e = enrichText(text, lang, { published });
    assert.ok(ids(e, "place").includes(PALERMO) && ids(e, "place").includes("place:IT"), `${lang}: ${JSON.stringify(ids(e))}`);
  }
});

test("an IMF chief in Hebrew and a prime minister in Hungarian's instrumental, Romanian Monday, Russian by its weekday", () => {
  const monday = { year: 2024, month: 9, day: 17, precision: "day" as const, text: "2024-09-17" };
  const he = enrichText("מנכ״לית קרן המטבע הבינלאומית, קריסטלינה גאורגייבה, נפגשה ביום שני באיסלאמאבאד עם ראש ממשלת פקיסטן, שהבאז שריף.", "he", { published: monday });
  assert.ok(ofType(he, "person").some((p) => personMatchKey(p.id) === matchKey("Kristalina Georgieva")), JSON.stringify(ids(he)));
  const hu = enrichText("Kristalina Georgieva hétfőn Iszlámábádban találkozott Sahbáz Saríf pakisztáni miniszterelnökkel.", "hu", { published: monday });
  assert.ok(ofType(hu, "person").some((p) => personMatchKey(p.id) === matchKey("Shehbaz Sharif")), JSON.stringify(ids(hu)));
  assert.equal(isoDay(enrichText("Directoarea FMI s-a întâlnit luni, la Islamabad, cu premierul pakistanez.", "ro", { published: monday })), "2024-09-16");
  assert.equal(isoDay(enrichText("Economia a crescut în ultimele luni la Islamabad.", "ro", { published: monday })), null);
  assert.equal(detectLanguage("Директор МВФ в понедельник встретилась в Исламабаде с премьер-министром Пакистана. Они обсудили новую кредитную программу.").code, "ru");
});

test("Central Asian names: Turkic and Mongolian case endings after -ov/-ev, a glide written j, a hyphenated given name with a geresh", () => {
  const thursday = { year: 2024, month: 10, day: 11, precision: "day" as const, text: "2024-10-11" };
  const MIRZIYOYEV = matchKey("Shavkat Mirziyoyev");
  const TOKAYEV = matchKey("Kassym-Jomart Tokayev");
  const found = (text: string, lang: string) => ofType(enrichText(text, lang, { published: thursday }), "person").map((p) => personMatchKey(p.id));
  for (const [lang, text] of [
    ["kk", "Қазақстан Президенті Қасым-Жомарт Тоқаев бейсенбі күні Астанада Өзбекстан Президенті Шавкат Мирзиёевті қабылдады."],
    ["uz", "Qozogʻiston Prezidenti Qosim-Joʻmart Toʻqayev payshanba kuni Ostonada Oʻzbekiston Prezidenti Shavkat Mirziyoyevni qabul qildi."],
    ["mn", "Казахстаны Ерөнхийлөгч Касым-Жомарт Токаев пүрэв гарагт Астанад Узбекистаны Ерөнхийлөгч Шавкат Мирзиёевыг хүлээн авлаа."],
    ["de", "Der kasachische Präsident Kassym-Schomart Tokajew hat am Donnerstag in Astana den usbekischen Präsidenten Schawkat Mirsijojew empfangen."],
    ["he", "נשיא קזחסטן, קאסים-ז'ומרט טוקאייב, אירח ביום חמישי באסטנה את נשיא אוזבקיסטן, שבקט מירזיוייב."],
  ] as const) {
    const keys = found(text, lang);
    assert.ok(keys.includes(TOKAYEV) && keys.includes(MIRZIYOYEV), `${lang}: ${JSON.stringify(keys)}`);
  }
  // A woman's -a after -ev is no case ending: her id keeps it.
  const woman = ofType(enrichText("Қазақстан Президенті Айгүл Тоқаева бейсенбі күні Астанада болды.", "kk", { published: thursday }), "person");
  assert.deepEqual(woman.map((p) => p.id), [`person:${personKey("Айгүл Тоқаева")}`]);
  // 济 (ji) is a character Chinese spells foreign names with: the name runs on through it.
  const zh = enrichText("哈萨克斯坦总统托卡耶夫10日在阿斯塔纳会见乌兹别克斯坦总统米尔济约耶夫，双方签署了协议。", "zh", { published: thursday });
  assert.ok(ofType(zh, "person").some((p) => p.name === "米尔济约耶夫"), JSON.stringify(ids(zh)));
});

test("Kyrgyz beside Mongolian, Urdu beside Persian, and the days of Azerbaijani, Kyrgyz and Mongolian", () => {
  const thursday = { year: 2024, month: 10, day: 11, precision: "day" as const, text: "2024-10-11" };
  assert.equal(detectLanguage("Казакстандын президенти Касым-Жомарт Токаев бейшемби күнү Астанада Өзбекстандын президенти Шавкат Мирзиёевди кабыл алды.").code, "ky");
  assert.equal(detectLanguage("Казахстаны Ерөнхийлөгч Касым-Жомарт Токаев пүрэв гарагт Астанад Узбекистаны Ерөнхийлөгч Шавкат Мирзиёевыг хүлээн авлаа.").code, "mn");
  assert.equal(detectLanguage("قازقستان کے صدر قاسم جومارت توکایف نے جمعرات کو آستانہ میں ازبکستان کے صدر شوکت میرزیوئیف کا استقبال کیا۔").code, "ur");
  for (const [lang, text, day] of [
    ["az", "Prezident cümə axşamı Astanada Mirziyoyevi qəbul edib.", "2024-10-10"],
    ["az", "Prezident cümə günü Bakıda idi.", "2024-10-11"],
    ["ky", "Токаев бейшемби күнү Астанада болду.", "2024-10-10"],
    ["mn", "Токаев пүрэв гарагт Астанад байлаа.", "2024-10-10"],
  ] as const) assert.equal(isoDay(enrichText(text, lang, { published: thursday })), day, `${lang}: ${text}`);
});
