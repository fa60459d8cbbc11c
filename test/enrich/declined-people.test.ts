import { test } from "node:test";
import assert from "node:assert/strict";
import { personMatchKey } from "../../src/enrich/person-key.js";
import { englishPersonId, enrichText, matchKey, ofType } from "./helpers.js";

const idOf = englishPersonId;

test("the partner of a Slavic verb of meeting is a person in whatever case, keyed as the nominative", () => {
  const cases: [string, string, string][] = [
    ["ru", "Он встретился с Дональдом Туском.", "Donald Tusk"],
    ["ru", "Он встретился с Сергеем Лавровым.", "Sergei Lavrov"],
    ["uk", "Він зустрівся з Дональдом Туском.", "Donald Tusk"],
    ["pl", "On spotkał się z Donaldem Tuskiem.", "Donald Tusk"],
    ["cs", "Ministr se setkal s Emmanuelem Macronem.", "Emmanuel Macron"],
    ["hr", "Ministar se sastao s Andrejem Plenkovićem.", "Andrej Plenković"],
  ];
  for (const [lang, text, name] of cases) {
    const e = enrichText(text, lang);
    assert.deepEqual(ofType(e, "person").map((p) => p.id), [idOf(name)], `${lang}: ${JSON.stringify(e.entities.map((x) => [x.id, x.name]))}`);
  }
});

test("a role in the instrumental cues the name after it, in Croatian and Slovene too", () => {
  const hr = enrichText("Premijer se sastao s njemačkim kancelarom Friedrichom Merzom u Berlinu.", "hr");
  assert.deepEqual(ofType(hr, "person").map((p) => p.id), [idOf("Friedrich Merz")]);
  const sl = enrichText("Predsednik vlade se je v Ljubljani srečal s hrvaškim premierjem Andrejem Plenkovićem.", "sl");
  assert.deepEqual(ofType(sl, "person").map((p) => p.id), [idOf("Andrej Plenković")]);
});

test("Hungarian case endings on a name's last word are read off where the article writes the bare word", () => {
  const e = enrichText("Orbán Viktor miniszterelnök fogadta Robert Ficót. Fico szerint a tárgyalás jó volt.", "hu");
  assert.ok(ofType(e, "person").some((p) => p.id === idOf("Robert Fico")), JSON.stringify(e.entities.map((x) => [x.id, x.name])));
  const merz = enrichText("Friedrich Merz kancellár Orbán Viktorral tárgyalt Budapesten. Orbán Viktor szerint a megbeszélés jó volt.", "hu");
  assert.deepEqual(new Set(ofType(merz, "person").map((p) => p.id)), new Set([idOf("Friedrich Merz"), idOf("Viktor Orbán")]));
});

test("a Ukrainian apostrophe is part of its word: Хав'єр is one given name", () => {
  const e = enrichText("Президент Аргентини Хав'єр Мілей прибув до Києва.", "uk");
  assert.deepEqual(ofType(e, "person").map((p) => [p.name, p.id]), [["Хав'єр Мілей", idOf("Javier Milei")]]);
});

test("an Arabic or Hebrew name of four words runs through its particle (Luiz Inácio Lula da Silva)", () => {
  const lula = matchKey("Luiz Inácio Lula da Silva");
  for (const [lang, text] of [
    ["ar", "التقى الرئيس البرازيلي لويز إيناسيو لولا دا سيلفا بنظيره."],
    ["he", "נשיא ברזיל לואיס אינסיו לולה דה סילבה נפגש עם עמיתו."],
  ] as const) {
    const e = enrichText(text, lang);
    assert.deepEqual(ofType(e, "person").map((p) => personMatchKey(p.id)), [lula], `${lang}: ${JSON.stringify(e.entities.map((x) => [x.id, x.name]))}`);
  }
});

test("Lithuanian, Latvian and Estonian roles cue a name, and a locative after the name is the place, not its word", () => {
  const lt = enrichText("Prezidentas Gitanas Nausėda Vilniuje susitiko su Lenkijos prezidentu Andrzejumi Duda.", "lt");
  assert.deepEqual(ofType(lt, "person").map((p) => p.name), ["Gitanas Nausėda", "Andrzejumi Duda"]);
  assert.ok(ofType(lt, "place").some((p) => p.name === "Vilnius"));
  const lv = enrichText("Prezidents Edgars Rinkēvičs Rīgā tikās ar Polijas prezidentu.", "lv");
  assert.deepEqual(ofType(lv, "person").map((p) => p.name), ["Edgars Rinkēvičs"]);
  assert.ok(ofType(lv, "place").some((p) => p.name === "Riga"));
  const et = enrichText("President Alar Karis kohtus Tallinnas Poola presidendiga.", "et");
  assert.deepEqual(ofType(et, "person").map((p) => p.name), ["Alar Karis"]);
});

test("the genitive of what a Polish role heads is not the given name after it", () => {
  const cases: [string, string][] = [
    ["Wczoraj prezes Orlenu Daniel Obajtek ogłosił wyniki.", "Daniel Obajtek"],
    ["Marszałek Sejmu Szymon Hołownia otworzył posiedzenie.", "Szymon Hołownia"],
  ];
  for (const [text, name] of cases) assert.deepEqual(ofType(enrichText(text, "pl"), "person").map((p) => p.name), [name]);
  assert.deepEqual(ofType(enrichText("Jedną z nich przedstawił Marszałek Senatu.", "pl"), "person"), []);
  // A woman's given name in the genitive ends as Komisji does: still a name.
  assert.deepEqual(ofType(enrichText("Wyrok ogłosiła prezes Trybunału Julia Przyłębska.", "pl"), "person").map((p) => p.name), ["Julia Przyłębska"]);
});

test("another language's country name cut short is no country in Russian: Герман is a given name", () => {
  const e = enrichText("Глава банка Герман Греф заявил о росте.", "ru");
  assert.deepEqual(e.entities.filter((x) => x.type === "place"), []);
  assert.ok(ofType(enrichText("Германия ответила на заявление.", "ru"), "place").some((p) => p.id === "place:DE"));
  // A name that begins another language's longer name of two words is still the country ("Macedonia del Nord").
  assert.ok(ofType(enrichText("He crossed into Serbia from Macedonia on 7 October.", "en"), "place").some((p) => p.id === "place:MK"));
});

test("a state's hyphenated name is no given name, and a word GeoNames gives a city as another name is no city right after a role", () => {
  const ru = enrichText("Губернатор штата Риу-Гранди-ду-Сул Эдуарду Лейти сообщил о жертвах.", "ru");
  assert.deepEqual(ofType(ru, "person").map((p) => p.name), ["Эдуарду Лейти"]);
  // A romanised Korean given name ends on a lower-case part: still a name.
  assert.deepEqual(ofType(enrichText("North Korean leader Kim Jong-un met officials on Monday.", "en"), "person").map((p) => p.name), ["Kim Jong-un"]);
  const tr = enrichText("Devlet Başkanı Lula kentin üzerinde uçtu.", "tr");
  assert.deepEqual(ofType(tr, "person").map((p) => p.name), ["Lula"]);
  assert.deepEqual(ofType(tr, "place"), []);
});

test("a governor is a role in Persian and Hindi, where the name stands apart from the state", () => {
  const fa = enrichText("ادواردو لیته، فرماندار ایالت ریو گرانده دو سول، گفت سیل دست‌کم ۴۰ کشته برجای گذاشت.", "fa");
  assert.equal(ofType(fa, "person").length, 1);
  const hi = enrichText("रियो ग्रांडे डो सुल के गवर्नर एडुआर्डो लेइटे ने कहा कि बाढ़ से 40 लोगों की मौत हो गई।", "hi");
  assert.deepEqual(ofType(hi, "person").map((p) => p.name), ["एडुआर्डो लेइटे"]);
});
