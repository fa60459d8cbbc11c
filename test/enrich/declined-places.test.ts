import { test } from "node:test";
import assert from "node:assert/strict";
import { declensionStem } from "../../src/enrich/declined-phrases.js";
import { foldKey } from "../../src/enrich/fold.js";
import { enrichText, ids, matchKey, ofType } from "./helpers.js";

const NAGOYA = "place:gn:1856057";
const ATHENS = "place:gn:264371";
const NIZHNY_NOVGOROD = "place:gn:520555";

test("the cases of one word share a stem: adjectives, nouns and plurals, in Cyrillic, Latin and Greek letters", () => {
  const same = [
    ["Южная", "Южной", "Южную"], ["Корея", "Кореи", "Корее", "Корею", "Кореей"], ["Штаты", "Штатов", "Штатах"],
    ["Південна", "Південної", "Південній"], ["Korea", "Korei", "Koreą", "Koreje"], ["Zjednoczone", "Zjednoczonych"],
    ["Νότια", "Νότιας"], ["Πολιτείες", "Πολιτειών"],
  ];
  for (const forms of same) assert.deepEqual(new Set(forms.map((f) => declensionStem(foldKey(f)))).size, 1, forms.join(" "));
  // A stem keeps three letters: the genitive of Рим is not cut to one.
  assert.equal(declensionStem(foldKey("Рима")), declensionStem(foldKey("Рим")));
  assert.notEqual(declensionStem(foldKey("Нижний")), declensionStem(foldKey("Новый")));
});

test("a country of two or three words is found in every case, and is no person", () => {
  const cases: [string, string, string][] = [
    ["ru", "Президент Южной Кореи провёл встречу. В Южной Корее выросли цены.", "place:KR"],
    ["ru", "Министр Соединённых Штатов прибыл в Объединённые Арабские Эмираты.", "place:US"],
    ["ru", "Министр прибыл в Объединённые Арабские Эмираты.", "place:AE"],
    ["uk", "Президент Південної Кореї провів зустріч у Сеулі.", "place:KR"],
    ["pl", "Prezydent Korei Południowej spotkał się z ministrami.", "place:KR"],
    ["pl", "Delegacja przybyła do Zjednoczonych Emiratów Arabskich i do Nowej Zelandii.", "place:AE"],
    ["pl", "Delegacja przybyła do Zjednoczonych Emiratów Arabskich i do Nowej Zelandii.", "place:NZ"],
    ["pl", "Minister pojechał do Arabii Saudyjskiej.", "place:SA"],
    ["cs", "Prezident Jižní Koreje se setkal s ministry.", "place:KR"],
    ["cs", "Ministr odletěl do Spojených států.", "place:US"],
    ["el", "Ο πρόεδρος της Νότιας Κορέας συναντήθηκε με υπουργούς.", "place:KR"],
    ["el", "Ο υπουργός των Ηνωμένων Πολιτειών συναντήθηκε με τον πρέσβη.", "place:US"],
  ];
  for (const [lang, text, place] of cases) {
    const e = enrichText(text, lang);
    const detail = `${lang}: ${JSON.stringify(e.entities.map((x) => [x.id, x.name]))}`;
    assert.ok(ids(e, "place").includes(place), detail);
    assert.deepEqual(ofType(e, "person"), [], detail);
  }
});

test("a city of two declined words is that city, not another with one of its words", () => {
  const e = enrichText("Совещание прошло в Нижнем Новгороде.", "ru");
  assert.deepEqual(ids(e, "place"), [NIZHNY_NOVGOROD]);
});

test("a name in -я or -ea after a vowel is restored from its cases, not cut to a shorter town", () => {
  const cases: [string, string][] = [
    ["ru", "Переговоры прошли в Нагое."],
    ["uk", "Переговори відбулися в Нагої."],
    ["pl", "Rozmowy odbyły się w Nagoi."],
  ];
  for (const [lang, text] of cases) assert.deepEqual(ids(enrichText(text, lang), "place"), [NAGOYA], lang);
  assert.ok(ids(enrichText("Делегация прибыла в Гвинею.", "ru"), "place").includes("place:GN"));
  assert.ok(ids(enrichText("Delegacja przybyła do Gwinei.", "pl"), "place").includes("place:GN"));
});

test("Greek names a city in the genitive", () => {
  assert.ok(ids(enrichText("Ο δήμαρχος της Αθήνας μίλησε στους δημοσιογράφους.", "el"), "place").includes(ATHENS));
  assert.ok(ids(enrichText("Η κυβέρνηση του Λιβάνου συνεδρίασε.", "el"), "place").includes("place:LB"));
});

test("a Japanese name in Chinese characters is read as the Japanese one, and a chairman's name in Korean and Hindi is found", () => {
  const toyoda = ofType(enrichText("Akio Toyoda said so.", "en"), "person")[0]!.id;
  const zh = enrichText("丰田汽车董事长丰田章男周二在名古屋表示，该公司将在波兰建设一座电池工厂。", "zh");
  assert.deepEqual(ofType(zh, "person").map((p) => p.id), [toyoda], JSON.stringify(zh.entities));
  const ko = enrichText("도요타자동차의 도요다 아키오 회장은 화요일 나고야에서 배터리 공장을 건설하겠다고 밝혔다.", "ko");
  assert.deepEqual(ofType(ko, "person").map((p) => p.name), ["도요다 아키오"]);
  assert.ok(ids(ko, "place").includes(NAGOYA), JSON.stringify(ko.entities));
  const hi = enrichText("टोयोटा के चेयरमैन अकियो टोयोडा ने मंगलवार को कहा कि कंपनी एक बैटरी संयंत्र बनाएगी।", "hi");
  assert.deepEqual(ofType(hi, "person").map((p) => p.id), [toyoda]);
});

test("Persian names a city GeoNames lists with its province after an Arabic comma", () => {
  assert.ok(ids(enrichText("رئیس هیئت مدیره روز سه‌شنبه در ناگویا اعلام کرد.", "fa"), "place").includes(NAGOYA));
});

test("a Thai verb of announcing is no surname", () => {
  // "President Biden announced that …": the phrase after the name opens with the verb.
  const e = enrichText("ประธานาธิบดีไบเดน ประกาศว่าจะเดินทางไปญี่ปุ่น", "th");
  assert.ok(ofType(e, "person").every((p) => !p.name.includes("ประกาศ")), JSON.stringify(e.entities));
});

test("a name an abjad or Devanagari writes without the vowel between t and s keeps its t: Tusk", () => {
  const tusk = matchKey("Donald Tusk");
  for (const spelling of ["دونالد توسك", "דונלד טוסק", "डोनाल्ड टस्क", "Дональд Туск"]) assert.equal(matchKey(spelling), tusk, spelling);
  assert.equal(matchKey("أولاف شولتس"), matchKey("Olaf Scholz"));
});

test("a city of several words takes its case ending on the last word, or on a hyphenated whole", () => {
  const NEW_YORK = "place:gn:5128581";
  const LOS_ANGELES = "place:gn:5368361";
  const cases: [string, string, string][] = [
    ["ru", "Встреча прошла в Нью-Йорке.", NEW_YORK],
    ["uk", "Зустріч відбулася в Нью-Йорку.", NEW_YORK],
    ["uk", "Делегація прибула до Лос-Анджелеса.", LOS_ANGELES],
    ["fi", "Tapaaminen pidettiin New Yorkissa.", NEW_YORK],
    ["fi", "Valtuuskunta matkusti Los Angelesiin.", LOS_ANGELES],
    ["hu", "A találkozó New Yorkban volt.", NEW_YORK],
    ["hu", "A küldöttség Los Angelesbe utazott.", LOS_ANGELES],
  ];
  for (const [lang, text, place] of cases) {
    const e = enrichText(text, lang);
    assert.deepEqual(ids(e, "place"), [place], `${lang}: ${JSON.stringify(e.entities.map((x) => [x.id, x.name]))}`);
  }
  // Ukrainian softens a last г in the locative: у Петербурзі.
  assert.ok(ids(enrichText("Зустріч відбулася в Санкт-Петербурзі.", "uk"), "place").includes("place:gn:498817"));
});

test("a city opening a quoted name that goes on is the name's, not a place; a quoted city alone stays one", () => {
  const stadium = enrichText("Матч прошёл на стадионе «Сантьяго Бернабеу» в среду.", "ru");
  assert.ok(!ids(stadium, "place").includes("place:gn:3871336"), JSON.stringify(stadium.entities.map((x) => [x.id, x.name])));
  assert.ok(ids(enrichText("Крейсер «Москва» вышел из Севастополя.", "ru"), "place").includes("place:gn:524901"));
});

test("a coach is a role in Russian, Arabic and Korean", () => {
  const cases: [string, string, string][] = [
    ["ru", "Главный тренер Карло Анчелотти похвалил команду.", "Карло Анчелотти"],
    ["ar", "وأشاد المدرب كارلو أنشيلوتي بفريقه بعد المباراة.", "كارلو أنشيلوتي"],
    ["ko", "카를로 안첼로티 감독은 팀을 칭찬했다.", "카를로 안첼로티"],
  ];
  for (const [lang, text, name] of cases) {
    const e = enrichText(text, lang);
    assert.deepEqual(ofType(e, "person").map((p) => p.name), [name], `${lang}: ${JSON.stringify(e.entities.map((x) => [x.id, x.name]))}`);
  }
});

test("a Katakana name with a part that is a capital or a big city is a club or a paper, not a person", () => {
  const e = enrichText("水曜日、レアル・マドリードはバイエルン・ミュンヘンに2－1で勝利した。アンチェロッティ監督はチームを称賛した。", "ja");
  assert.deepEqual(ofType(e, "person").map((p) => p.name), ["アンチェロッティ"]);
  const people = ofType(enrichText("ナレンドラ・モディ首相とキア・スターマー首相が会談した。", "ja"), "person").map((p) => p.name);
  assert.deepEqual(people, ["ナレンドラ・モディ", "キア・スターマー"]);
});

test("Polish cities declined: a soft stem's -iu and -ia, and a declined own name over another town's alternate spelling", () => {
  const places = (text: string) => ofType(enrichText(text, "pl"), "place").map((p) => p.name);
  assert.deepEqual(places("Byłem wczoraj w Poznaniu, a dziś jadę z Wrocławia do Torunia."), ["Poznań", "Wrocław", "Toruń"]);
  // GeoNames also spells Lodi, California "Lodzi": in Polish that word is Łódź in the locative.
  assert.deepEqual(places("Pokaz dronów był w Łodzi i w Sosnowcu."), ["Łódź", "Sosnowiec"]);
  // Plural names: the locative -ach and the bare genitive (Katowice, Tychy); Czech -ách, -ích (Benátky, Pardubice).
  assert.deepEqual(places("Mecz w Katowicach przeniesiono, kibice z Katowic protestowali, w Tychach też."), ["Katowice", "Tychy"]);
  assert.deepEqual(ofType(enrichText("Festival v Benátkách a koncert v Pardubicích.", "cs"), "place").map((p) => p.name), ["Venice", "Pardubice"]);
  // "do" (to) is a Polish preposition, not a name's particle: "Jadę do Łodzi" names no one.
  assert.deepEqual(ofType(enrichText("Jadę do Łodzi w piątek.", "pl"), "person"), []);
});

test("a preposition of place that opens its sentence cues the town after it", () => {
  assert.deepEqual(ofType(enrichText("In Venetië regende het gisteren de hele dag.", "nl"), "place").map((p) => p.name), ["Venice"]);
  // Serbian in either alphabet: "у" is the Cyrillic "u", and a small foreign town after it is named as in Latin text.
  assert.deepEqual(ofType(enrichText("Министар је у среду боравио у Венецији.", "sr"), "place").map((p) => p.name), ["Venice"]);
  assert.deepEqual(ofType(enrichText("Ministar je u sredu boravio u Veneciji.", "sr"), "place").map((p) => p.name), ["Venice"]);
});

test("towns with plural names in the plural's locative: Russian, Ukrainian and Slovak", () => {
  const places = (text: string, lang: string) => ofType(enrichText(text, lang), "place").map((p) => p.name);
  assert.deepEqual(places("Взрывы прогремели в Черкассах и в Сумах.", "ru"), ["Cherkasy", "Sumy"]);
  assert.deepEqual(places("Вибухи пролунали в Черкасах, у Сумах і в Чернівцях.", "uk"), ["Cherkasy", "Sumy", "Chernivtsi"]);
  assert.deepEqual(places("Зустріч відбулася в Афінах.", "uk"), ["Athens"]);
  assert.deepEqual(places("Stretnutie bolo v Košiciach.", "sk"), ["Košice"]);
});

test("a foreign town's name that is a home town declined is the home town where the language is official", () => {
  assert.deepEqual(ofType(enrichText("Kohtumine toimus Tallinnas ja Tartus.", "et"), "place").map((p) => p.name), ["Tallinn", "Tartu"]);
});

test("Finnish says in and from by a case ending: a town's short stem takes the inessive or elative", () => {
  const places = (text: string) => ofType(enrichText(text, "fi"), "place").map((p) => p.name);
  assert.deepEqual(places("Presidentti julisti Soulissa sotatilan."), ["Seoul"]);
  assert.deepEqual(places("Kokous pidettiin Oslossa, ja ministeri palasi Riiasta."), ["Oslo", "Riga"]);
  assert.deepEqual(places("Talossa oli hiljaista. Koulussa opiskeltiin."), []);
});

test("a longer name whose last word is declined wins over the shorter one written as is", () => {
  assert.deepEqual(ofType(enrichText("Pormestari puhui Mexico Cityssä ja New Yorkissa.", "fi"), "place").map((p) => p.name), ["Mexico City", "New York City"]);
  assert.deepEqual(ofType(enrichText("Mexico voitti ottelun.", "fi"), "place").map((p) => p.name), ["Mexico"]);
});
