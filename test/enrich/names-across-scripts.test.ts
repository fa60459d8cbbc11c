import { test } from "node:test";
import assert from "node:assert/strict";
import { personMatchKey } from "../../src/enrich/person-key.js";
import { isoDay } from "../../eval/multilingual.js";
import { assertSameMatchKeys, enrichText, ids, matchKey, ofType } from "./helpers.js";

const people = (text: string, lang: string) => ofType(enrichText(text, lang), "person");
const keysOf = (text: string, lang: string) => people(text, lang).map((p) => personMatchKey(p.id));

test("Thai and Katakana names key as their Latin spellings: Thai leading vowels after their consonant, aspirated stops as plain ones; Katakana チ as ti", () => {
  const same: readonly (readonly string[])[] = [
    ["Narendra Modi", "นเรนทรา โมดี"],
    ["Fumio Kishida", "ฟูมิโอะ คิชิดะ"],
    ["Pedro Sánchez", "เปโดร ซานเชซ"],
    ["Olaf Scholz", "โอลาฟ ชอลซ์"],
    ["Recep Tayyip Erdoğan", "เรเจป ตายยิป แอร์โดอาน"],
    // Persian writes v as و; after the long ا it is a consonant, not a vowel letter.
    ["Sergei Lavrov", "เซอร์เกย์ ลาฟรอฟ", "سرگئی لاوروف"],
  ];
  assertSameMatchKeys(same);
  // Katakana's older spellings: チ for a foreign "ti", ウ before an r-row syllable for an opening "vl".
  assert.equal(matchKey("ウラジーミル・プーチン"), matchKey("Vladimir Putin"));
  assert.equal(matchKey("リチャード・ニクソン"), matchKey("Richard Nixon"));
  assert.notEqual(matchKey("ウラジーミル・プーチン"), matchKey("Vladimir Pushkin"));
  assert.notEqual(matchKey("โอลาฟ ชอลซ์"), matchKey("Olaf Schulte"));
  assert.notEqual(matchKey("นเรนทรา โมดี"), matchKey("Narendra Singh"));
});

test("Thai people after an honorific or a role written onto the given name, the surname the next phrase", () => {
  const text =
    "นายโอลาฟ ชอลซ์ นายกรัฐมนตรีเยอรมนี ต้อนรับนายเปโดร ซานเชซ นายกรัฐมนตรีสเปน ที่กรุงเบอร์ลิน " +
    "ขณะที่ประธานาธิบดีวลาดิมีร์ ปูติน แห่งรัสเซีย ไม่ได้เดินทางมา";
  const keys = keysOf(text, "th");
  for (const name of ["Olaf Scholz", "Pedro Sánchez", "Vladimir Putin"]) assert.ok(keys.includes(matchKey(name)), `${name}: ${JSON.stringify(keys)}`);
  assert.equal(keys.length, 3, JSON.stringify(people(text, "th").map((p) => p.name)));
  // A name closing a long phrase (Thai writes a sentence's words together) is found, read from the phrase's end.
  const long = `${"ทั้งสองฝ่ายตกลงที่จะร่วมมือกันในด้านเศรษฐกิจ".repeat(40)}ต้อนรับนายเซอร์เกย์ ลาฟรอฟ รัฐมนตรีต่างประเทศรัสเซีย`;
  assert.deepEqual(keysOf(long, "th"), [matchKey("Sergei Lavrov")]);
  // A role with its country and no name; a word that opens like the honorific ("นายก", chief) is no honorific.
  assert.deepEqual(people("นายกรัฐมนตรีญี่ปุ่น เดินทางถึงกรุงโตเกียว นายกเทศมนตรีกรุงเทพ กล่าวว่า", "th"), []);
});

test("a Thai sentence may open with a name and no honorific when its role follows: a doer, a chairman, a former holder", () => {
  const leads: readonly (readonly [string, string])[] = [
    ["ยานนิก ซินเนอร์ นักเทนนิสชาวอิตาลี เอาชนะคู่แข่งจากสเปน", "Jannik Sinner"],
    ["อากิโอะ โทโยดะ ประธานกรรมการโตโยต้า ประกาศเมื่อวันอังคาร", "Akio Toyoda"],
    ["ทักษิณ ชินวัตร อดีตนายกรัฐมนตรี เดินทางกลับประเทศไทย", "Thaksin Shinawatra"],
  ];
  for (const [text, name] of leads) assert.deepEqual(keysOf(text, "th"), [matchKey(name)], text);
  // Words a sentence opens with, a place, or the middle of a sentence: no name.
  for (const text of ["สำหรับ กรณีนี้ ผู้เชี่ยวชาญระบุว่าราคาน้ำมันจะสูงขึ้น", "ล่าสุด วันนี้ ผู้สื่อข่าวรายงานว่า", "ตลาดหุ้น ไทย ผู้ลงทุนต่างชาติขายสุทธิ"]) {
    assert.deepEqual(people(text, "th"), [], text);
  }
  assert.deepEqual(people("ราคาน้ำมันสูงขึ้น ยานนิก ซินเนอร์ นักเทนนิส", "th"), []);
});

test("a Thai weekday or day of the month inside a phrase dates the event; a written month wins over the day alone", () => {
  const published = { year: 2023, month: 3, day: 7, precision: "day" as const, text: "2023-03-07" };
  const day = (text: string) => isoDay(enrichText(text, "th", { published }));
  assert.equal(day("นายลาฟรอฟ เดินทางถึงกรุงไคโรเมื่อวันจันทร์ เพื่อหารือ"), "2023-03-06");
  assert.equal(day("นายลาฟรอฟ เดินทางถึงกรุงไคโรเมื่อวานนี้"), "2023-03-06");
  assert.equal(day("นายลาฟรอฟ เดินทางถึงกรุงไคโร เมื่อวันที่ 2"), "2023-03-02");
  assert.equal(day("นายลาฟรอฟ เดินทางถึงกรุงไคโร เมื่อวันที่ 28 กุมภาพันธ์"), "2023-02-28");
});

test("a name in apposition before its role, in Persian and Arabic; the clause after the role is no name", () => {
  const fa = "اولاف شولتس، صدراعظم آلمان، روز سه‌شنبه در برلین با پدرو سانچس، نخست‌وزیر اسپانیا، دیدار کرد.";
  const keys = keysOf(fa, "fa");
  assert.deepEqual(keys.sort(), [matchKey("Olaf Scholz"), matchKey("Pedro Sánchez")].sort(), JSON.stringify(people(fa, "fa").map((p) => p.name)));
  // Arabic opens the clause with its verb: "obtained Mohamed Saafan, minister of manpower, a report".
  const ar = "حصل محمد سفان، وزير القوى العاملة، تقريرا من الوزارة.";
  assert.deepEqual(people(ar, "ar").map((p) => p.name), ["محمد سفان"]);
  // A noun phrase before the comma, neither opening the clause nor repeated, is no name.
  assert.deepEqual(people("او درباره قرارداد انرژی کشورهای اروپایی، وزیر گفت.", "fa"), [], JSON.stringify(ids(enrichText("او درباره قرارداد انرژی کشورهای اروپایی، وزیر گفت.", "fa"))));
});

test("Arabic names with the article: a compound after عبد, a family name ending the name; ranks as roles; keys as Latin spells them", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["قال الرئيس المصري عبد الفتاح السيسي إن مصر ستدعم الاتفاق.", "Abdel Fattah el-Sisi"],
    ["التقى الرئيس السوري بشار الأسد وزير الخارجية الإيراني.", "Bashar al-Assad"],
  ];
  for (const [text, name] of cases) assert.deepEqual(keysOf(text, "ar"), [matchKey(name)], `${name}: ${JSON.stringify(people(text, "ar").map((p) => p.name))}`);
  // A military rank introduces a name as a role does (Major General Mostafa Abdel Fattah).
  assert.deepEqual(people("قال اللواء مصطفى عبد الفتاح إن التحقيق مستمر.", "ar").map((p) => p.name), ["مصطفى عبد الفتاح"]);
  // A word with the article after the name that is a time word is no part of it; "باسم" after a spokesman is "in the name of".
  assert.deepEqual(people("استقبل الرئيس محمد مرسي اليوم الوفد.", "ar").map((p) => p.name), ["محمد مرسي"]);
  assert.deepEqual(people("قال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن الوضع خطير.", "ar").map((p) => p.name), ["ستيفان دوجاريك"]);
  // Ayin opens a name with a vowel in Latin (Ali, Omar); short vowels unwritten, an m before n is no nasal (Khamenei).
  for (const [ar, latin] of [["علي خامنئي", "Ali Khamenei"], ["عمر البشير", "Omar al-Bashir"]] as const) assert.equal(matchKey(ar), matchKey(latin), ar);
});

test("Netanyahu and Blinken as Greek, Chinese, Ukrainian, Korean and Japanese news write them", () => {
  const netanyahu = matchKey("Benjamin Netanyahu");
  for (const [lang, text] of [
    ["el", "Ο Ισραηλινός πρωθυπουργός Μπενιαμίν Νετανιάχου δήλωσε ότι το Ισραήλ θα αμυνθεί."],
    ["zh", "以色列总理本雅明·内塔尼亚胡表示，以色列将保卫自己。"],
    ["ru", "Премьер-министр Израиля Биньямин Нетаньяху заявил, что Израиль будет защищаться."],
  ] as const) assert.deepEqual(keysOf(text, lang), [netanyahu], `${lang}: ${JSON.stringify(people(text, lang).map((p) => p.name))}`);
  // Ukrainian "Ізраїлю" (of Israel) is the country, not the first word of the name.
  const uk = people("Прем'єр-міністр Ізраїлю Біньямін Нетаньягу заявив, що Ізраїль захищатиметься.", "uk").map((p) => p.name);
  assert.deepEqual(uk, ["Біньямін Нетаньягу"]);
  // A Hangul name no Korean surname opens is one word, its given name the word opening the clause (Korean press calls
  // him Tony: keyed as written); a compound ending in 장관 is a role.
  assert.deepEqual(keysOf("토니 블링컨 미국 국무장관은 이 방안을 지지한다고 말했다.", "ko"), [matchKey("Tony Blinken")]);
  assert.deepEqual(keysOf("이 방안을 블링컨 미국 국무장관은 지지한다고 말했다.", "ko"), [matchKey("Blinken")]);
  // Japanese: a one-character country between the name and its role; "長官" inside "国務長官" is not read again.
  assert.deepEqual(people("ブリンケン米国務長官は、この案を支持すると述べた。", "ja").map((p) => p.name), ["ブリンケン"]);
});

test("Japanese names in kanji read by the name table, given name first, in Japanese and in Chinese; Chinese names keep their Chinese reading", () => {
  const ja = "岸田文雄首相は16日、東京で会談した。岸田首相は、河野太郎外相と安倍晋三元首相、王毅外相にも触れた。中国外相は欠席した。";
  const found = people(ja, "ja");
  const keys = found.map((p) => personMatchKey(p.id));
  // The later "岸田首相" (Prime Minister Kishida) is the same person as the full name, not a second one.
  assert.equal(keys.filter((k) => k === matchKey("Fumio Kishida")).length, 1, JSON.stringify(found.map((p) => p.name)));
  assert.ok(keys.includes(matchKey("Taro Kono")), JSON.stringify(keys));
  // IPADIC lacks 晋三: the surname alone is read, and the name is not cut to "晋三元".
  assert.ok(keys.includes(matchKey("Abe")), JSON.stringify(keys));
  assert.ok(keys.includes(matchKey("Wang Yi")), "a Chinese name in Japanese text keeps its Chinese reading");
  assert.ok(!found.some((p) => p.name === "中国"), "a country before a role is no name");
  assert.equal(found.length, 4, JSON.stringify(found.map((p) => p.name)));

  const zh = "日本首相岸田文雄在东京会见了外长王毅和总理李强。";
  const zhKeys = keysOf(zh, "zh");
  assert.deepEqual(zhKeys.sort(), [matchKey("Fumio Kishida"), matchKey("Wang Yi"), matchKey("Li Qiang")].sort());
  // A Chinese name of three whose first two characters are also a Japanese surname (高田, Takada) stays Chinese.
  assert.deepEqual(keysOf("外长高田健在北京表示欢迎。", "zh"), [matchKey("Gao Tianjian")]);
  // In Japanese text a one-character surname Chinese shares (林) with a two-character given name the table knows is
  // Japanese (Hayashi Yoshimasa); Chinese leaders' names stay Chinese.
  const shared = keysOf("林芳正外相は王毅外相と会談した。習近平国家主席と李克強首相も出席した。", "ja");
  for (const name of ["Yoshimasa Hayashi", "Wang Yi", "Xi Jinping"]) assert.ok(shared.includes(matchKey(name)), `${name}: ${JSON.stringify(shared)}`);
  // 李克強 keeps its Chinese surname Li, not the Japanese reading of 李 (Ri).
  assert.equal(shared.length, 4, JSON.stringify(shared));
  assert.ok(shared.some((k) => k.startsWith("person~l-k")), JSON.stringify(shared));
});

test("roles in the cases and forms news writes them: Russian instrumental, Bulgarian definite, Serbian Cyrillic, Hebrew 'secretary'; a Bengali genitive before its postposition", () => {
  const cases: readonly (readonly [string, string, readonly string[]])[] = [
    ["ru", "Министр Сергей Лавров встретился с госсекретарём США Энтони Блинкеном.", ["Sergei Lavrov", "Antony Blinken"]],
    ["bg", "Премиерът Кирил Петков се срещна с германския канцлер Олаф Шолц.", ["Kiril Petkov", "Olaf Scholz"]],
    ["sr", "Председник Александар Вучић састао се са канцеларом Олафом Шолцом.", ["Александр Вучич", "Olaf Scholz"]], // ћ as Russian writes it
    ["he", "ראש הממשלה בנימין נתניהו נפגש עם מזכיר המדינה אנתוני בלינקן.", ["Benjamin Netanyahu", "Antony Blinken"]],
    ["bn", "প্রধানমন্ত্রী শেখ হাসিনা ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদীর সঙ্গে বৈঠক করেন।", ["Sheikh Hasina", "Narendra Modi"]],
  ];
  for (const [lang, text, names] of cases) {
    const keys = keysOf(text, lang);
    for (const name of names) assert.ok(keys.includes(matchKey(name)), `${lang} ${name}: ${JSON.stringify(people(text, lang).map((p) => p.name))}`);
    assert.equal(keys.length, names.length, `${lang}: ${JSON.stringify(people(text, lang).map((p) => p.name))}`);
  }
});
