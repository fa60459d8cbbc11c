import { test } from "node:test";
import assert from "node:assert/strict";
import { personMatchKey } from "../../src/enrich/person-key.js";
import { enrichText, ids, matchKey, ofType, peopleNamed, showEntities } from "./helpers.js";

const show = showEntities;
const people = (text: string, lang: string): string[] => ofType(enrichText(text, lang), "person").map((p) => p.name);

test("an Arabic family name with its article is part of the name in Latin, Cyrillic, Greek, Hebrew and Devanagari", () => {
  const cases: [string, string][] = [
    ["en", "Egyptian President Abdel Fattah el-Sisi received the emir in Cairo."],
    ["de", "Der ägyptische Präsident Abdel Fattah al-Sisi empfing den Emir in Kairo."],
    ["pl", "Prezydent Egiptu Abd al-Fattah as-Sisi przyjął emira w Kairze."],
    ["ru", "Президент Египта Абдель Фаттах ас-Сиси принял эмира в Каире."],
    ["el", "Ο πρόεδρος της Αιγύπτου Αμπντέλ Φατάχ αλ Σίσι υποδέχθηκε τον εμίρη στο Κάιρο."],
    ["he", "נשיא מצרים עבד אל-פתאח א-סיסי אירח את האמיר בקהיר."],
    ["hi", "मिस्र के राष्ट्रपति अब्देल फतह अल-सीसी ने काहिरा में अमीर का स्वागत किया।"],
    // Persian writes عبد and the name solid, and the role after the name.
    ["fa", "عبدالفتاح السیسی، رئیس‌جمهور مصر، روز یکشنبه در قاهره از امیر قطر استقبال کرد."],
  ];
  const arabic = matchKey("عبد الفتاح السيسي");
  for (const [lang, text] of cases) {
    const e = enrichText(text, lang);
    assert.deepEqual(ofType(e, "person").map((p) => matchKey(p.name)), [arabic], `${lang}: ${show(e)}`);
  }
  // "Президент Египта": Египет's fleeting e goes in its cases.
  assert.ok(ids(enrichText(cases[3]![1], "ru"), "place").includes("place:EG"));
  const assad = enrichText("Syrian President Bashar al-Assad met Ahmed al-Sharaa in Damascus.", "en");
  assert.deepEqual(ofType(assad, "person").map((p) => p.name), ["Bashar al-Assad", "Ahmed al-Sharaa"], show(assad));
});

test("a surname written with its article alone is that person's, after a role or beside the full name", () => {
  const e = enrichText("Egyptian President Abdel Fattah el-Sisi spoke on Monday. Later, President al-Sisi said so. Sisi added more.", "en");
  assert.deepEqual(ofType(e, "person").map((p) => p.name), ["Abdel Fattah el-Sisi"], show(e));
  assert.deepEqual(people("President al-Sisi said so.", "en").map((n) => matchKey(n)), [matchKey("Sisi")]);
});

test("a word with an Arabic article makes no person of a group's or a town's name", () => {
  assert.deepEqual(people("Hayat Tahrir al-Sham took Damascus on Sunday.", "en"), []);
  assert.deepEqual(people("Police arrested him in Wadi al-Joz neighborhood of East Jerusalem al-Quds on Wednesday.", "en"), []);
  assert.deepEqual(people("Israel arrests two Fatah figures in al-Quds Local sources said.", "en"), []);
});

test("a ruler's name runs on through bin and the house's Al, as each script writes them; a kunya after a name does not", () => {
  const cases: [string, string][] = [
    ["ar", "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني، وبحث الزعيمان وقف إطلاق النار."],
    ["fa", "امیر قطر، شیخ تمیم بن حمد آل ثانی، از این تصمیم استقبال کرد."],
    ["he", "אמיר קטאר, השייח' תמים בן חמד אאל ת'אני, שוחח עם הנשיא."],
    ["hi", "कतर के अमीर शेख तमीम बिन हमद अल थानी ने स्वागत किया।"],
    ["uk", "Президент прийняв еміра Катару шейха Таміма бін Хамада Аль Тані в Каїрі."],
    ["el", "Ο πρόεδρος υποδέχθηκε τον εμίρη του Κατάρ, σεΐχη Ταμίμ μπιν Χαμάντ αλ Θάνι."],
  ];
  const english = matchKey("Tamim bin Hamad Al Thani");
  for (const [lang, text] of cases) {
    const e = enrichText(text, lang);
    assert.deepEqual(ofType(e, "person").map((p) => matchKey(p.name)), [english], `${lang}: ${show(e)}`);
  }
  assert.deepEqual(people("وقال الرئيس محمود عباس أبو مازن إن المفاوضات متوقفة.", "ar"), ["محمود عباس"]);
});

test("an emir is no Emirati, and an Arabic-script word of 'about' opens no name", () => {
  const it = enrichText("Il presidente ha ricevuto l'emiro del Qatar al Cairo.", "it");
  assert.ok(!ids(it, "place").includes("place:AE"), show(it));
  assert.ok(ids(enrichText("Il ministro emiratino è arrivato a Roma.", "it"), "place").includes("place:AE"));
  assert.deepEqual(people("دو رهبر درباره آتش‌بس در غزه گفت‌وگو کردند.", "fa"), []);
});

test("an Arabic name of three words ends with its relative adjective, which is then no country", () => {
  for (const [lang, text] of [
    ["ar", "وصل الرئيس الإيراني مسعود بزشكيان إلى بغداد يوم الأربعاء لإجراء محادثات مع رئيس الوزراء العراقي محمد شياع السوداني."],
    ["fa", "رئیس‌جمهور ایران با محمد شیاع السودانی، نخست‌وزیر عراق، دیدار کرد."],
    ["ur", "ایرانی صدر نے عراقی وزیراعظم محمد شیاع السودانی سے ملاقات کی۔"],
  ] as const) {
    const e = enrichText(text, lang);
    assert.ok(ofType(e, "person").map((p) => personMatchKey(p.id)).includes(matchKey("Mohammed Shia al-Sudani")), lang);
    assert.ok(!ids(e, "place").includes("place:SD"), `${lang}: al-Sudani is no Sudan`);
  }
  // A noun with the article after two name words is the sentence's, not the name's.
  assert.deepEqual(peopleNamed("قال الكاتب أحمد عبدالفتاح المؤلف إن الكتاب صدر.", "ar").map((n) => n.split(" ").length), [2]);
});

test("an Arabic role without its article governs the noun after it, which opens no name", () => {
  // رئيس أركان: chief of staff; the name follows the complements.
  assert.deepEqual(people("أشرف رئيس أركان الجيش اللواء سعيد حمدي على الحفل في العاصمة.", "ar"), ["سعيد حمدي"]);
  // لبرنامج: "for the programme", a noun the text writes alone too; ليلى is a name that opens with the same letter.
  const text = "وقال المتحدث الرسمي لبرنامج حساب المواطن فهد العتيبي إن برنامج الدعم صرف الدفعة. وقالت المتحدثة باسم الوزارة ليلى حسن إن الدفعة كاملة.";
  assert.deepEqual(people(text, "ar"), ["فهد العتيبي", "ليلى حسن"]);
});

test("an Arabic noun with a pronoun written on ends a name, or opens none", () => {
  // تصريحاته: his statements; لوعوده: for his promises.
  assert.deepEqual(people("واختتم المدرب حسام حسن تصريحاته قائلا إن الفريق جاهز.", "ar"), ["حسام حسن"]);
  assert.deepEqual(people("وانتقد النواب الرئيس لوعوده التي لم تتحقق.", "ar"), []);
});

test("an Arabic verb in the imperfect after a name is no word of it; a given name so spelled is (يوسف)", () => {
  const text = "اجتمع المجلس يوم الاثنين.\nقال رئيس الأركان شنقريحة يشرف على المناورات العسكرية. وأكد الوزير طلعت يوسف أن العمل مستمر.";
  assert.deepEqual(people(text, "ar"), ["شنقريحة", "طلعت يوسف"]);
});
