import { test } from "node:test";
import assert from "node:assert/strict";
import { personKey } from "../../src/enrich/index.js";
import { personMatchKey } from "../../src/enrich/person-key.js";
import { evaluateMultilingual, isoDay } from "../../eval/multilingual.js";
import { enrichText, ids, ofType, peopleNamed } from "./helpers.js";

const matchKey = (name: string) => personMatchKey(`person:${personKey(name)}`);

test("one person keys alike in every script, and different people apart", () => {
  const same: readonly (readonly string[])[] = [
    ["Wang Yi", "Ван И", "王毅", "وانغ يي", "왕이", "वांग यी", "Γουάνγκ Γι", "וואנג יי"],
    ["Mukhtar Tleuberdi", "Мухтар Тлеуберди", "مختار تلاوبردي"],
    ["Sergei Lavrov", "Сергей Лавров", "سيرغي لافروف", "Σεργκέι Λαβρόφ", "Sergej Lawrow", "세르게이 라브로프"],
    ["Vladimir Putin", "Владимир Путин", "블라디미르 푸틴", "Βλαντιμίρ Πούτιν", "व्लादिमीर पुतिन"],
    ["Narendra Modi", "나렌드라 모디", "Ναρέντρα Μόντι"],
    // Turkish ğ is silent: Hebrew, Chinese, Japanese and Korean write no g, Russian, Greek and Arabic do.
    ["Recep Tayyip Erdoğan", "Ρετζέπ Ταγίπ Ερντογάν", "Реджеп Тайип Эрдоган", "רג'פ טאיפ ארדואן", "레제프 타이이프 에르도안", "レジェプ・タイップ・エルドアン", "رجب طيب أردوغان", "雷杰普·塔伊普·埃尔多安"],
    // A surname alone: a Han name of transcription characters no common surname opens is one word, not 朔 + 尔茨.
    ["Scholz", "朔尔茨", "Шольц"],
    ["Olaf Scholz", "Олаф Шольц", "أولاف شولتس", "ओलाफ़ शोल्ज़"],
    // Arabic writes "ch" as ش, Hebrew as צ'.
    ["Pedro Sánchez", "بيدرو سانشيز", "פדרו סנצ'ס", "Педро Санчес", "Πέδρο Σάντσεθ"],
    // Greek's final θ of the Spanish -ez; an English th stays a t.
    ["John Smith", "Τζον Σμιθ"],
  ];
  for (const group of same) for (const n of group) assert.equal(matchKey(n), matchKey(group[0]!), `${n} / ${group[0]}`);
  for (const [a, b] of [["Wang Yi", "Li Qiang"], ["Olaf Scholz", "Olaf Schulte"], ["Sergei Lavrov", "Sergei Shoigu"], ["وانغ يي", "لي تشيانغ"]]) {
    assert.notEqual(matchKey(a!), matchKey(b!), `${a} / ${b}`);
  }
});

test("people, places and the event day in scripts without capitals", () => {
  const ref = { published: { year: 2021, month: 7, day: 16, precision: "day" as const, text: "2021-07-16" } };
  const cases: [string, string, string][] = [
    ["zh", "国务委员兼外长王毅16日在杜尚别出席会议。", "2021-07-16"],
    ["ar", "التقى وزير الخارجية الصيني وانغ يي يوم الخميس في دوشنبه بنظيره.", "2021-07-15"],
    ["ko", "왕이 중국 외교부장은 15일 두샨베에서 회담했다.", "2021-07-15"],
    ["he", "שר החוץ של סין, ואנג יי, נפגש ביום חמישי בדושנבה.", "2021-07-15"],
  ];
  for (const [lang, text, day] of cases) {
    const e = enrichText(text, lang, ref);
    assert.ok(ofType(e, "person").some((p) => personMatchKey(p.id) === matchKey("Wang Yi")), `${lang}: ${JSON.stringify(ids(e))}`);
    assert.ok(ids(e).includes("place:gn:1221874"), `${lang}: Dushanbe ${JSON.stringify(ids(e))}`);
    assert.equal(isoDay(e), day, lang);
  }
});

test("Korean foreign names keep their given name; Katakana and short Han names are places only as whole words of place", () => {
  const ko = enrichText("블라디미르 푸틴 러시아 대통령은 5일 소치에서 회담했다.", "ko");
  assert.ok(ofType(ko, "person").some((p) => personMatchKey(p.id) === matchKey("Vladimir Putin")), JSON.stringify(ids(ko)));
  assert.ok(!ofType(ko, "person").some((p) => p.name.includes("러시아")), "a country before the role is no person");
  assert.ok(ids(ko).includes("place:RU"), JSON.stringify(ids(ko)));
  // Words that open a Korean clause are no given names.
  for (const opener of ["한편", "이날", "그러나"]) {
    const names = ofType(enrichText(`${opener} 푸틴 대통령은 5일 회담했다.`, "ko"), "person").map((p) => p.name);
    assert.ok(names.length > 0 && !names.some((n) => n.includes(opener)), `${opener}: ${JSON.stringify(names)}`);
  }
  // The postposition on the place marks a word with a role in the sentence, not a given name.
  const titled = ofType(enrichText("도쿄서 기시다 총리와 회담", "ko"), "person").map((p) => p.name);
  assert.ok(!titled.some((n) => n.includes("도쿄")), JSON.stringify(titled));
  // タイ (Thailand) inside タイップ (Tayyip) is part of another Katakana word.
  const ja = enrichText("トルコのレジェプ・タイップ・エルドアン大統領は5日、ソチで会談した。", "ja");
  assert.ok(!ids(ja).includes("place:TH"), JSON.stringify(ids(ja)));
  assert.ok(ids(ja).includes("place:gn:491422"), `Sochi after its place word: ${JSON.stringify(ids(ja))}`);
  assert.ok(ids(enrichText("普京5日在索契会见埃尔多安。", "zh")).includes("place:gn:491422"), "在索契");
});

test("a Hebrew geresh stays in its word, and a given name a city shares opens the name after a role", () => {
  assert.equal(matchKey("פדרו סנצ'ס"), matchKey("Pedro Sánchez"));
  const cases: [string, string][] = [
    ["he", "נשיא רוסיה, ולדימיר פוטין, נפגש ביום שישי עם עמיתו."],
    ["ar", "التقى الرئيس الروسي فلاديمير بوتين يوم الجمعة نظيره."],
  ];
  for (const [lang, text] of cases) {
    const e = enrichText(text, lang);
    assert.ok(ofType(e, "person").some((p) => personMatchKey(p.id) === matchKey("Vladimir Putin")), `${lang}: ${JSON.stringify(ids(e))}`);
    assert.ok(!ids(e).includes("place:gn:473247"), `${lang}: the given name is no city here`);
  }
  // A city after the role is its complement when a full name follows it (mayor of London, Sadiq Khan).
  const mayor = ofType(enrichText("قال رئيس بلدية لندن صادق خان إن المدينة مستعدة.", "ar"), "person").map((p) => p.name);
  assert.ok(!mayor.some((n) => n.includes("لندن")), JSON.stringify(mayor));
});

test("German noise stays out and full names are found", () => {
  const e = enrichText(
    "Nach Ende der Sitzung sagte Vorstandsvorsitzender Die Bank, Olaf Scholz sei in Berlin gewesen. Kopfschütteln bei allen. Um 12 Uhr Editiert. Das Paris Agreement und Creative Commons wurden erwähnt.",
    "de",
  );
  const people = ofType(e, "person").map((p) => p.name);
  assert.ok(people.includes("Olaf Scholz"), JSON.stringify(people));
  for (const noise of ["Die", "Kopfschütteln", "Editiert", "Agreement", "Commons", "Ende"]) {
    assert.ok(!people.some((p) => p.includes(noise)), `${noise}: ${JSON.stringify(people)}`);
  }
  assert.ok(!ofType(e, "place").some((p) => p.country === "ID"), "Ende is no town here");
});

test("each labelled event, written in thirteen to forty-seven languages and eight or more scripts, is one story with its people, place and day", () => {
  const e = evaluateMultilingual();
  const misses = e.byLanguage.flatMap((r) => r.misses.map((m) => `${r.lang} ${m}`)).join("; ");
  assert.equal(e.total.days, e.total.renderings, `event days: ${misses}`);
  // GeoNames has no Hindi name for Cairo (काहिरा): places are found where the gazetteer knows the spelling.
  assert.ok(e.total.places / e.total.renderings >= 0.9, `places ${e.total.places}/${e.total.renderings}: ${misses}`);
  // Chinese writes some Western names by sound without the name dot (朔尔茨), Japanese names in kanji have no
  // reading without a dictionary (岸田文雄), and Korean writes a foreign name's parts apart: those are missed.
  assert.ok(e.total.people.found / e.total.people.wanted >= 0.88, `people recall ${e.total.people.found}/${e.total.people.wanted}: ${misses}`);
  for (const ev of e.events) {
    assert.ok(ev.languages >= 8 && ev.scripts >= 5, `${ev.name}: ${ev.languages} languages, ${ev.scripts} scripts`);
    assert.equal(ev.stories, 1, `${ev.name}: ${ev.stories} stories`);
  }
  assert.equal(e.eventsMerged, false, "the events stay apart");
});

test("foreign names written by sound in Chinese and Japanese are people, keyed as in other scripts", () => {
  const cases: [string, string, string][] = [
    ["zh", "联合国秘书长古特雷斯15日抵达内罗毕。", "Guterres"],
    ["zh", "俄罗斯外长谢尔盖·拉夫罗夫15日说。", "Sergei Lavrov"],
    ["ja", "国連のアントニオ・グテーレス事務総長は15日に述べた。", "Antonio Guterres"],
    // Two names joined by the name dot in one run of Han: the second is a whole name too.
    ["zh", "德国总理弗里德里希·默茨周三会见了印度尼西亚总统普拉博沃·苏比安托。", "Prabowo Subianto"],
    // 廉 of 威廉 (William), and a weekday right after a name of two (王毅周三, Wang Yi on Wednesday).
    ["zh", "肯尼亚总统威廉·鲁托周一表示。", "William Ruto"],
    ["zh", "外长王毅周三会见了他。", "Wang Yi"],
    ["zh", "外长王毅星期三会见了他。", "Wang Yi"],
  ];
  for (const [lang, text, name] of cases) {
    const keys = ofType(enrichText(text, lang), "person").map((p) => personMatchKey(p.id));
    assert.ok(keys.includes(matchKey(name)), `${lang} ${text}: ${JSON.stringify(keys)} lacks ${matchKey(name)}`);
  }
  // Common words written with transcription characters are no one's name without a role or the name dot.
  assert.deepEqual(ofType(enrichText("斯里兰卡和马尔代夫的特产很多。", "zh"), "person"), []);
});

test("a dotted Katakana run is no person inside a title, after a one-letter part, or before a kind of place", () => {
  const none = [
    "新作「ザ・ルーム・ネクスト・ドア」が受賞した。",
    "ブラジル南部リオグランデ・ド・スル州で洪水が起きた。",
    "映画「ハリー・ポッター」が公開された。",
  ];
  for (const text of none) assert.deepEqual(ofType(enrichText(text, "ja"), "person"), [], text);
  // A name before an office held in a state is still a name.
  const keys = ofType(enrichText("テキサスのグレッグ・アボット州知事は述べた。", "ja"), "person").map((p) => personMatchKey(p.id));
  assert.deepEqual(keys, [matchKey("Greg Abbott")]);
});

test("a name's \"da\" or \"de\" in other scripts joins its parts, keyed as the Latin name", () => {
  const cases: [string, string][] = [
    ["hi", "ब्राजील के राष्ट्रपति लूला डा सिल्वा सोमवार को नैरोबी पहुंचे।"],
    ["he", "נשיא ברזיל לולה דה סילבה הגיע ביום שני לניירובי."],
    // Cyrillic and Greek write the particle in their letters, between capitalised parts.
    ["ru", "Президент Бразилии Луис Инасиу Лула да Силва прибыл в Найроби."],
    ["el", "Ο πρόεδρος Λούλα ντα Σίλβα έφτασε στο Ναϊρόμπι."],
  ];
  for (const [lang, text] of cases) {
    const keys = ofType(enrichText(text, lang), "person").map((p) => personMatchKey(p.id));
    assert.ok(keys.includes(matchKey("Luiz Inácio Lula da Silva")), `${lang} ${text}: ${JSON.stringify(keys)}`);
  }
});

test("an abjad person id stored before the silent-g rule meets the id keyed now", () => {
  // "~l-aldgn" was رجب طيب أردوغان's id before a g inside a name was dropped.
  assert.equal(personMatchKey("person:~l-aldgn"), matchKey("رجب طيب أردوغان"));
  assert.equal(personMatchKey("person:~l-aldgn"), matchKey("Recep Tayyip Erdoğan"));
  // A surname that opens with g keeps it; a given initial is in the voicing class g shares with k.
  assert.equal(personMatchKey("person:~g-gn"), "person~k-gn");
});

test("a three-word name set apart by commas, and a Korean given and middle name, are one person", () => {
  const he = ofType(enrichText("נשיא רוסיה אירח את נשיא טורקיה, רג'פ טאיפ ארדואן, לשיחות על אנרגיה.", "he"), "person").map((p) => personMatchKey(p.id));
  assert.ok(he.includes(matchKey("Recep Tayyip Erdoğan")), JSON.stringify(he));
  const ko = ofType(enrichText("푸틴 대통령은 5일 소치에서 레제프 타이이프 에르도안 튀르키예 대통령과 만났다.", "ko"), "person").map((p) => personMatchKey(p.id));
  assert.ok(ko.includes(matchKey("Recep Tayyip Erdoğan")), JSON.stringify(ko));
  // One word after a place phrase is as often a verb form: no given name.
  const held = ofType(enrichText("부산에서 개최된 윤석열 대통령의 회견", "ko"), "person").map((p) => p.name);
  assert.ok(!held.some((n) => n.includes("개최된")), JSON.stringify(held));
});

test("a Japanese name in Korean, surname first before the country, is keyed given name first", () => {
  const ko = ofType(enrichText("아베 신조 일본 총리는 15일 도쿄에서 회담했다.", "ko"), "person");
  assert.ok(ko.some((p) => personMatchKey(p.id) === matchKey("Shinzo Abe") && p.name === "아베 신조"), JSON.stringify(ko.map((p) => [p.id, p.name])));
  // Korean writes a Japanese word's first k and t as its g and d (기시다, Kishida; 다나카, Tanaka) and ふ as 후.
  for (const [text, name] of [["기시다 후미오 일본 총리는 어제 회담했다.", "Fumio Kishida"], ["다나카 가쿠에이 일본 총리는 어제 회담했다.", "Kakuei Tanaka"]] as const) {
    const found = ofType(enrichText(text, "ko"), "person").map((p) => personMatchKey(p.id));
    assert.ok(found.includes(matchKey(name)), `${name}: ${JSON.stringify(found)} / ${matchKey(name)}`);
  }
  // A Korean name before another country's role stays one word.
  const korean = ofType(enrichText("윤석열 한국 대통령은 15일 회담했다.", "ko"), "person").map((p) => p.name);
  assert.deepEqual(korean, ["윤석열"]);
});

test("a third name word after a role is the surname when the article names the person by it elsewhere", () => {
  const erdogan = matchKey("Recep Tayyip Erdoğan");
  const cases: [string, string][] = [
    ["ar", "بوتين يستقبل أردوغان في سوتشي\n\nاستقبل الرئيس الروسي فلاديمير بوتين يوم الجمعة الرئيس التركي رجب طيب أردوغان لبحث صادرات الحبوب."],
    ["hi", "पुतिन और एर्दोगन की मुलाकात\n\nरूस के राष्ट्रपति व्लादिमीर पुतिन ने शुक्रवार को तुर्की के राष्ट्रपति रेचेप तैय्यप एर्दोगन से बातचीत की।"],
  ];
  for (const [lang, text] of cases) {
    const people = ofType(enrichText(text, lang), "person");
    assert.ok(people.some((p) => personMatchKey(p.id) === erdogan), `${lang}: ${JSON.stringify(people.map((p) => p.name))}`);
  }
  // Named once, the third word is what follows the name (here a verb): the name stays two words.
  const once = ofType(enrichText("استقبل الرئيس التركي رجب طيب أردوغان لبحث صادرات الحبوب.", "ar"), "person").map((p) => p.name);
  assert.deepEqual(once, ["رجب طيب"]);
  // A verb that recurs after a two-word name: the second word recurs too, so it is the surname.
  const verb = ofType(enrichText("الرئيس التركي رجب أردوغان استقبل الوفد. ثم استقبل أردوغان الضيوف.", "ar"), "person").map((p) => p.name);
  assert.ok(verb.includes("رجب أردوغان") && !verb.some((n) => n.includes("استقبل")), JSON.stringify(verb));
});

test("a city GeoNames spells only in other scripts is read by its sound after a word of place, when the article names its country (in Arabic also by its adjective)", () => {
  const sochi = "place:gn:491422";
  const cases: [string, string][] = [
    ["ar", "استقبل الرئيس الروسي فلاديمير بوتين يوم الجمعة في سوتشي نظيره."],
    ["he", "נשיא רוסיה, ולדימיר פוטין, אירח ביום שישי בסוצ'י את עמיתו."],
    ["el", "Η Ρωσία υποδέχθηκε την Παρασκευή στο Σότσι τον Τούρκο πρόεδρο."],
  ];
  for (const [lang, text] of cases) {
    assert.ok(ids(enrichText(text, lang)).includes(sochi), `${lang}: ${JSON.stringify(ids(enrichText(text, lang)))}`);
    // Russia not named: the word alone is no evidence.
    const withoutCountry = text.replace(/الروسي |רוסיה, |Η Ρωσία /u, "");
    assert.ok(!ids(enrichText(withoutCountry, lang)).includes(sochi), `${lang} without the country: ${withoutCountry}`);
  }
  // A common noun after "in" is no city of the country named ("في إطار", within; Atyrau reads a-t-r too).
  assert.ok(!ofType(enrichText("قال وزير خارجية كازاخستان في إطار الاجتماع إن الحوار مستمر.", "ar"), "place").some((p) => p.id.startsWith("place:gn:")));
});

test("Greek countries in the genitive", () => {
  const e = enrichText("Ο πρόεδρος της Ρωσίας συναντήθηκε με τον υπουργό της Αιγύπτου.", "el");
  assert.ok(ids(e).includes("place:RU") && ids(e).includes("place:EG"), JSON.stringify(ids(e)));
});

test("Greek demonyms and country adjectives name their country", () => {
  const e = enrichText("Ο Ρώσος πρόεδρος συναντήθηκε με τον Τούρκο ομόλογό του. Η γερμανική κυβέρνηση σιώπησε.", "el");
  for (const id of ["place:RU", "place:TR", "place:DE"]) assert.ok(ids(e).includes(id), `${id}: ${JSON.stringify(ids(e))}`);
  // γεωργός is a farmer, not a Georgian.
  assert.ok(!ids(enrichText("Ο γεωργός μίλησε για τη γεωργική παραγωγή.", "el")).includes("place:GE"));
});

test("an Arabic, Persian, Hebrew or Hindi name opened by a common given name is a person without any role before it", () => {
  const people = (text: string, lang = "ar") => peopleNamed(text, lang);
  assert.deepEqual(people("أحمد موسى يطالب بإنتاج أعمال فنية جديدة."), ["أحمد موسى"]);
  // A family name with the article ends the name; a compound with عبد is a given name too.
  assert.deepEqual(people("أثارت ابنة رجل الأعمال سليمان البطل جدلاً واسعاً."), ["سليمان البطل"]);
  assert.deepEqual(people("قال عبد الفتاح السيسي إن الحوار مستمر."), ["عبد الفتاح السيسي"]);
  // "بن" (son of) inside a name is no town, though one shares its spelling; after a role as without one.
  assert.deepEqual(people("التقى محمد بن سلمان الوفد."), ["محمد بن سلمان"]);
  assert.deepEqual(people("قال ولي العهد الأمير محمد بن سلمان إن الحوار مستمر."), ["محمد بن سلمان"]);
  assert.deepEqual(people("دیدار حسین امیری با هیئت ایتالیایی در تهران انجام شد.", "fa"), ["حسین امیری"]);
  assert.deepEqual(people("משה כחלון אמר כי הממשלה תפעל.", "he"), ["משה כחלון"], "and 'the government' is no role whose name follows");
  assert.deepEqual(people("ראש ממשלת ישראל נפתלי בנט נפגש עם הנשיא.", "he"), ["נפתלי בנט"]);
  assert.deepEqual(people("राहुल गांधी ने कहा कि अमित शाह और संजय राउत मुंबई में मिले।", "hi"), ["राहुल गांधी", "अमित शाह", "संजय राउत"]);
  // A given name alone, before a function word, opens no name; a role noun after it ends the name.
  assert.deepEqual(people("وقال محمد إن الأمر انتهى."), []);
  assert.deepEqual(people("وقال محمود الليثي مدير المركز إن العمل مستمر."), ["محمود الليثي"]);
});

test("a three-character Chinese name right before a verb of saying is a person, a dictionary word there is none", () => {
  const people = (text: string) => peopleNamed(text, "zh");
  assert.deepEqual(people("习近平指出，要坚持改革开放。"), ["习近平"]);
  assert.deepEqual(people("汪文斌也表示，中方愿与各方合作。"), ["汪文斌"]);
  // Words the segmenter knows (senior officials, the gold price) and a surname with a title name nobody.
  assert.deepEqual(people("美国高官表示，谈判仍在继续。"), []);
  assert.deepEqual(people("金价表示上涨。市民王先生说，价格太高。"), []);
});
