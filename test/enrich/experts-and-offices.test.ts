import { test } from "node:test";
import assert from "node:assert/strict";
import { personMatchKey } from "../../src/enrich/person-key.js";
import { enrichText, ids, matchKey, ofType, showEntities } from "./helpers.js";

/**
 * Health and science pages name people as experts and heads of international organisations: an expert's noun right
 * before the name or across a nationality, an office across the organisation's name ("the director-general of the World
 * Health Organization Tedros …"), a three-part name in scripts without capitals, and the organisation's own words in
 * positions a name takes.
 */
const DIALLO = matchKey("Ousmane Diallo");

function peopleKeys(text: string, lang: string): string[] {
  return ofType(enrichText(text, lang), "person").map((p) => personMatchKey(p.id));
}

function peopleNames(text: string, lang: string): string[] {
  return ofType(enrichText(text, lang), "person").map((p) => p.name);
}

test("an expert's noun cues the name right after it or across where the expert is from, not further", () => {
  const cases: [string, string][] = [
    ["de", "Das sagte der Experte Ousmane Diallo am Montag in Dakar."],
    ["es", "La comisión, dirigida por el experto senegalés Ousmane Diallo, se reunió el lunes."],
    ["fr", "La commission, dirigée par l'expert sénégalais Ousmane Diallo, s'est réunie lundi."],
    ["pl", "Komisja pod przewodnictwem eksperta Ousmane Diallo zebrała się w poniedziałek."],
    ["id", "Komisi yang dipimpin pakar asal Senegal Ousmane Diallo bersidang pada Senin."],
    ["ru", "Комиссию возглавил эксперт Усман Диалло из Сенегала."],
  ];
  for (const [lang, text] of cases) assert.ok(peopleKeys(text, lang).includes(DIALLO), `${lang}: ${showEntities(enrichText(text, lang))}`);
  // Further back the noun is a common one, and what follows it no one.
  assert.deepEqual(peopleNames("Un expert néerlandais désigné par l'Union cycliste internationale avait rendu son avis.", "fr"), []);
  assert.deepEqual(peopleNames("Wissenschaftler der Universität Bonn hatten die Studie vorgestellt.", "de"), []);
});

test("a nationality after an article is a noun naming the person who follows; after a noun it names no one", () => {
  for (const [lang, text] of [
    ["fr", "Le comité, présidé par le Sénégalais Ousmane Diallo, s'est réuni lundi."],
    ["it", "Il comitato, presieduto dal senegalese Ousmane Diallo, si è riunito lunedì."],
    ["pt", "O comitê, presidido pelo francês Ousmane Diallo, reuniu-se na segunda-feira."],
  ] as const) {
    assert.ok(peopleKeys(text, lang).includes(DIALLO), `${lang}: ${showEntities(enrichText(text, lang))}`);
  }
  assert.deepEqual(peopleNames("Le conglomérat américain General Electric a annoncé des résultats en hausse.", "fr"), []);
  // Italian and German write Nigeria's and Niger's adjectives apart; the package gave one word for both.
  assert.ok(ids(enrichText("Il ministro nigeriano ha parlato a Roma.", "it")).includes("place:NG"));
  assert.ok(ids(enrichText("Il presidente nigerino ha parlato a Roma.", "it")).includes("place:NE"));
});

test("an office reaches its holder across the organisation's name, which is no person", () => {
  const tedros = matchKey("Tedros Adhanom Ghebreyesus");
  const cases: [string, string][] = [
    ["cs", "Generální ředitel Světové zdravotnické organizace Tedros Adhanom Ghebreyesus ve středu promluvil."],
    ["bg", "Генералният директор на Световната здравна организация Тедрос Аданом Гебрейесус говори в сряда."],
    ["vi", "Tổng Giám đốc Tổ chức Y tế Thế giới Tedros Adhanom Ghebreyesus hôm thứ Tư phát biểu."],
    ["ro", "Directorul general al Organizației Mondiale a Sănătății, Tedros Adhanom Ghebreyesus, a vorbit miercuri."],
    ["fi", "Maailman terveysjärjestön pääjohtaja Tedros Adhanom Ghebreyesus puhui keskiviikkona."],
  ];
  for (const [lang, text] of cases) {
    const names = peopleNames(text, lang);
    assert.deepEqual(peopleKeys(text, lang), [tedros], `${lang}: ${JSON.stringify(names)}`);
  }
  // Hungarian: a role with the possessive ending is the office of the words before it, not their name.
  const hu = peopleNames("Tedros Adhanom Ghebreyesus, az Egészségügyi Világszervezet főigazgatója szerdán Bécsben beszélt.", "hu");
  assert.deepEqual(hu, ["Tedros Adhanom Ghebreyesus"]);
});

test("a three-part name without capitals runs to its third word before a weekday or a comma", () => {
  const key = matchKey("Recep Tayyip Erdoğan");
  // Bengali sets the verb last: the subject's time follows it.
  assert.ok(peopleKeys("তুরস্কের প্রেসিডেন্ট রেজেপ তাইয়েপ এরদোয়ান বুধবার আঙ্কারায় ঘোষণা করেন।", "bn").includes(key));
  // Arabic sets the verb first: a comma closes the name, where a verb would take its object first.
  assert.ok(peopleKeys("أعلن الرئيس التركي رجب طيب أردوغان، يوم الأربعاء، خطة جديدة.", "ar").includes(key));
  // "saying" after a name and before a comma is no part of it.
  assert.ok(!peopleNames("واختتم الوزير محمود عباس تصريحاته قائلا، إن الأمر انتهى.", "ar").some((n) => n.includes("قائلا")));
});

test("a Bengali name before a noun taking the genitive is keyed without the genitive's ending", () => {
  const keys = peopleKeys("নাইজেরীয় বিশেষজ্ঞ ডিমি ওগোইনার সভাপতিত্বে কমিটির বৈঠক হয়।", "bn");
  assert.ok(keys.includes(matchKey("Dimie Ogoina")), JSON.stringify(keys));
});

test("a continent is no town, whatever old name of one it is", () => {
  for (const [lang, text] of [["it", "L'epidemia in Africa si è estesa."], ["es", "El brote en África se extendió."], ["en", "Outbreaks in Africa spread."]] as const) {
    assert.deepEqual(ids(enrichText(text, lang), "place").filter((id) => id.startsWith("place:gn:")), [], text);
  }
});

test("a locative ending written onto a city in a script without capitals says it is a place", () => {
  // Geneva, 200,000 people, is below the population that needs no other sign.
  assert.ok(ids(enrichText("বুধবার জেনেভায় বৈঠক হয়।", "bn")).includes("place:gn:2660646"));
  assert.ok(ids(enrichText("புதன்கிழமை ஜெனீவாவில் கூட்டம் நடந்தது.", "ta")).includes("place:gn:2660646"));
  // The name alone, nothing saying it is a place, is not taken.
  assert.ok(!ids(enrichText("জেনেভা চুক্তি নিয়ে আলোচনা হয়।", "bn")).includes("place:gn:2660646"));
});

test("a judge is named by the court's role in every script, and a name's 'de' joins its parts there too", () => {
  const key = matchKey("Alexandre de Moraes");
  const cases: [string, string][] = [
    ["nl", "Rechter Alexandre de Moraes noemde het bewijs overweldigend."],
    ["sv", "Domaren Alexandre de Moraes kallade bevisningen överväldigande."],
    ["ru", "Судья Александр де Мораис назвал доказательства неопровержимыми."],
    ["ar", "وقال القاضي ألكسندر دي مورايس إن الأدلة دامغة."],
    ["bn", "বিচারপতি আলেক্সান্দ্রে দি মোরায়েস বলেছেন, প্রমাণ অকাট্য।"],
    ["ka", "მოსამართლე ალექსანდრე დე მორაესმა მტკიცებულებები უტყუარად შეაფასა."],
  ];
  for (const [lang, text] of cases) assert.ok(peopleKeys(text, lang).includes(key), `${lang}: ${showEntities(enrichText(text, lang))}`);
  // Written with a hamza, Arabic al- opens a foreign name, no article; Persian has no article at all.
  assert.ok(peopleKeys("الکساندر دی مورائس، قاضی این پرونده، شواهد را قاطع خواند.", "fa").includes(key));
});

test("a capital that a few languages' name of the country spells is the capital elsewhere", () => {
  assert.ok(ids(enrichText("The court ruled on Thursday in Brasília.", "en")).includes("place:gn:3469058"));
  assert.ok(ids(enrichText("El tribunal falló el jueves en Brasilia.", "es")).includes("place:gn:3469058"));
  // In Finnish "Brasilia" is Brazil.
  assert.ok(ids(enrichText("Presidentti vieraili Brasiliassa viime viikolla.", "fi")).includes("place:BR"));
  // Czech declines a foreign name in -ia with -ii.
  assert.ok(ids(enrichText("Soud ve čtvrtek v Brasílii rozhodl.", "cs")).includes("place:gn:3469058"));
});

test("a surname written with two case endings and never bare is keyed without them", () => {
  const e = enrichText("Tuomio Bolsonarolle\n\nKorkein oikeus tuomitsi entisen presidentin Jair Bolsonaron vankeuteen.", "fi");
  assert.ok(ofType(e, "person").some((p) => personMatchKey(p.id) === matchKey("Jair Bolsonaro")), showEntities(e));
});

test("former and a physician's title stand apart from the name, and a Vietnamese name's syllable is no time of day", () => {
  const bolsonaro = matchKey("Jair Bolsonaro");
  assert.ok(peopleKeys("בית המשפט גזר על הנשיא לשעבר ז'איר בולסונרו 27 שנות מאסר.", "he").includes(bolsonaro));
  // Thai: the segmenter joins the honorific to the verb before an unknown name ("จำ|คุ|กนายฌา|อีร์").
  assert.ok(peopleKeys("ศาลพิพากษาจำคุกนายฌาอีร์ โบลโซนารู อดีตประธานาธิบดี เป็นเวลา 27 ปี", "th").includes(bolsonaro));
  assert.deepEqual(peopleNames("นายกรัฐมนตรีเศรษฐา ทวีสิน กล่าว", "th"), ["เศรษฐา ทวีสิน"]);
  // "Tòa án Tối cao", the Supreme Court: "Tối" (evening) as a name's syllable, the day the weekday's.
  const vi = enrichText("Tòa án Tối cao Brazil hôm thứ Năm tại Brasilia đã tuyên án.", "vi", { published: { year: 2025, month: 9, day: 12, precision: "day", text: "2025-09-12" } });
  assert.equal(vi.eventDate?.text, "thứ Năm");
});

test("a name of two given names and two surnames is whole in scripts without capitals, where a word no verb precedes closes it", () => {
  const key = matchKey("Andrés Manuel López Obrador");
  const cases: [string, string][] = [
    // A postposition (Hindi), a comma before the role at the clause's head (Persian), the ergative agreeing with the role
    // (Georgian), a function word after a verb-first clause's subject (Arabic), a role after four phrases (Thai), four
    // Hangul words at the clause's head before a role (Korean).
    ["hi", "निवर्तमान राष्ट्रपति आंद्रेस मैनुअल लोपेज़ ओब्रादोर ने उन्हें बधाई दी।"],
    ["fa", "آندرس مانوئل لوپس اوبرادور، رئیس‌جمهور کنونی، به او تبریک گفت."],
    ["ka", "გამავალმა პრეზიდენტმა ანდრეს მანუელ ლოპეს ობრადორმა მას მიულოცა."],
    ["ar", "وهنأها الرئيس المنتهية ولايته أندريس مانويل لوبيز أوبرادور في العاصمة."],
    ["th", "นายอันเดรส มานูเอล โลเปซ โอบราดอร์ ประธานาธิบดีที่กำลังจะพ้นตำแหน่ง แสดงความยินดี"],
    ["ko", "된다. 안드레스 마누엘 로페스 오브라도르 대통령은 축하의 뜻을 전했다."],
    ["sv", "Den avgående presidenten Andrés Manuel López Obrador gratulerade henne."],
  ];
  for (const [lang, text] of cases) assert.ok(peopleKeys(text, lang).includes(key), `${lang}: ${showEntities(enrichText(text, lang))}`);
  // A preposition on a noun with its pronoun is no name word, whatever function word follows.
  assert.deepEqual(peopleNames("وأشاد المدرب كارلو أنشيلوتي بفريقه بعد المباراة.", "ar"), ["كارلو أنشيلوتي"]);
});

test("what a role is, the election it heads, and a country before it are no one's name", () => {
  assert.deepEqual(peopleNames("राष्ट्रपति चुनाव जीत लिया और वह देश की पहली महिला राष्ट्रपति होंगी।", "hi"), []);
  assert.deepEqual(peopleNames("멕시코 첫 여성 대통령이 된다. 2일 치러진 대통령 선거에서 승리했다.", "ko"), []);
  assert.deepEqual(peopleNames("メキシコ大統領選が2日行われ、同国初の女性大統領となる。", "ja"), []);
  assert.deepEqual(peopleNames("Cựu thị trưởng Thành phố Mexico đã thắng cử tổng thống hôm Chủ nhật.", "vi"), []);
  assert.deepEqual(peopleNames("Η πρώην δήμαρχος της Πόλης του Μεξικού κέρδισε τις εκλογές.", "el"), []);
  // A Korean word closed by its particle ends the phrase before a name, and is none of it.
  assert.ok(!peopleNames("검찰은 트럼프 대통령을 기소했다.", "ko").some((n) => n.includes("검찰")));
  assert.ok(peopleKeys("검찰은 도널드 트럼프 전 대통령을 기소했다.", "ko").includes(matchKey("Donald Trump")));
});

test("Chinese transcriptions with 鲍 and 烈, a Hebrew role's complement of a two-word city, an Indonesian Sunday", () => {
  assert.ok(peopleKeys("墨西哥城前市长克劳迪娅·辛鲍姆2日赢得总统选举。", "zh").includes(matchKey("Claudia Sheinbaum")));
  assert.ok(peopleKeys("即将卸任的总统安德烈斯·曼努埃尔·洛佩斯·奥夫拉多尔向她表示祝贺。", "zh").includes(matchKey("Andrés Manuel López Obrador")));
  assert.ok(peopleKeys("ראש העיר לשעבר של מקסיקו סיטי, קלאודיה שיינבאום, ניצחה ביום ראשון.", "he").includes(matchKey("Claudia Sheinbaum")));
  const id = enrichText("Claudia Sheinbaum memenangi pemilihan presiden pada Minggu.", "id", { published: { year: 2024, month: 6, day: 3, precision: "day", text: "2024-06-03" } });
  assert.equal(id.eventDate?.date.day, 2);
  // "minggu" in lower case is a week: no Sunday.
  const week = enrichText("Harga beras naik dalam satu minggu terakhir.", "id", { published: { year: 2024, month: 6, day: 3, precision: "day", text: "2024-06-03" } });
  assert.notEqual(week.eventDate?.date.day, 2);
});

test("Hungarian names a country by its adjective in -i, and after the article a person by it", () => {
  assert.ok(ids(enrichText("A mexikói elnök szerdán beszélt.", "hu")).includes("place:MX"));
  assert.ok(ids(enrichText("A kanadai kormány döntött.", "hu")).includes("place:CA"));
  assert.ok(peopleKeys("Korábban ülésezett a bizottság, amelyet a nigériai Dimie Ogoina vezet.", "hu").includes(matchKey("Dimie Ogoina")));
});
