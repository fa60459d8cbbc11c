import { test } from "node:test";
import assert from "node:assert/strict";
import { personKey } from "../../src/enrich/index.js";
import { personMatchKey } from "../../src/enrich/person-key.js";
import { englishPersonId, enrichText, ids, matchKey, ofType, peopleNamed, showEntities } from "./helpers.js";

const idOf = englishPersonId;
const show = showEntities;
const FRANKFURT_AM_MAIN = "place:gn:2925533";

test("what a role heads, between the role and the name, is not the name's first word", () => {
  const cases: [string, string, string][] = [
    // A word after the role's genitive article: an acronym Italian writes in lower case, a government.
    ["it", "La presidente della Bce Christine Lagarde ha parlato a Francoforte.", "Christine Lagarde"],
    ["es", "El presidente de la Generalitat Salvador Illa dijo que no.", "Salvador Illa"],
    // A long word in the genitive right after the role, in the declining languages.
    ["ru", "Президент Бундесбанка Йоахим Нагель поддержал решение.", "Joachim Nagel"],
    ["uk", "Президент Бундесбанку Йоахім Нагель підтримав рішення.", "Joachim Nagel"],
    ["cs", "Prezident Bundesbanky Joachim Nagel rozhodnutí podpořil.", "Joachim Nagel"],
    // Set off by commas after the role: the name between the commas holds it.
    ["ro", "Președintele Bundesbank, Joachim Nagel, a susținut decizia.", "Joachim Nagel"],
  ];
  for (const [lang, text, name] of cases) {
    const e = enrichText(text, lang);
    assert.deepEqual(ofType(e, "person").map((p) => p.id), [idOf(name)], `${lang}: ${show(e)}`);
  }
});

test("a genitive between a role and a Russian name is dropped, not the given name it also is", () => {
  const e = enrichText("Глава Сбербанка Герман Греф заявил об этом.", "ru");
  assert.deepEqual(ofType(e, "person").map((p) => p.id), [`person:${personKey("Герман Греф")}`], show(e));
});

test("a genitive after a role and before an acronym and a name is no person; a Korean syllable declines in Russian", () => {
  const e = enrichText("Премьер Госсовета КНР Ли Цян встретился с президентом Южной Кореи Ли Чжэ Мёном в Сеуле.", "ru");
  assert.deepEqual(ofType(e, "person").map((p) => personMatchKey(p.id)).sort(), [matchKey("Li Qiang"), matchKey("Lee Jae-myung")].sort(), show(e));
});

test("three names after a role stay one person where they are one: patronymics, two given names, Korean syllables", () => {
  const putin = enrichText("Президент Владимир Владимирович Путин заявил об этом.", "ru");
  assert.deepEqual(ofType(putin, "person").map((p) => p.name), ["Владимир Владимирович Путин"], show(putin));
  assert.deepEqual(ids(putin, "place"), [], "Владимир before a patronymic is the given name, not the city");
  const machado = enrichText("Лидер оппозиции Мария Корина Мачадо заявила об этом.", "ru");
  assert.deepEqual(ofType(machado, "person").map((p) => p.name), ["Мария Корина Мачадо"], show(machado));
  const lee = enrichText("Президент Ли Чжэ Мён заявил об этом.", "ru");
  assert.deepEqual(ofType(lee, "person").map((p) => p.name), ["Ли Чжэ Мён"], show(lee));
  // A list of people after a role is no apposition: the first keeps the role.
  const list = enrichText("President Biden, Donald Trump and Kamala Harris met on Tuesday.", "en");
  assert.ok(ofType(list, "person").some((p) => p.name === "Biden"), show(list));
});

test("an institution's name opening with a town's words is the institution", () => {
  const ecb = enrichText("El Banco Central Europeo mantuvo los tipos de interés.", "es");
  assert.deepEqual(ids(ecb), ["org:ecb"], show(ecb));
  const spain = enrichText("El Banco de España mantuvo los tipos de interés.", "es");
  assert.deepEqual(ofType(spain, "organisation").map((o) => o.name), ["Banco de España"], show(spain));
  const town = enrichText("Vive en El Banco, Magdalena, desde 2010.", "es");
  assert.equal(ofType(town, "place").length, 1, show(town));
});

test("a country's name cut of its article is no country where the language writes the article", () => {
  const es = enrichText("El presidente Salvador Sánchez Cerén visitó El Salvador. Ayer Salvador Illa habló en Barcelona.", "es");
  assert.deepEqual(ids(es, "place").filter((id) => id === "place:SV").length, 1, show(es));
  assert.deepEqual(new Set(ofType(es, "person").map((p) => p.name)), new Set(["Salvador Sánchez Cerén", "Salvador Illa"]), show(es));
  // Czech writes the country "Salvador".
  assert.ok(ids(enrichText("Prezident navštívil Salvador minulý týden.", "cs"), "place").includes("place:SV"));
});

test("a German city's first part, as another script writes it, is the city in use, not a smaller namesake", () => {
  const ja = enrichText("ラガルド総裁はフランクフルトで記者団に述べた。", "ja");
  assert.ok(ids(ja, "place").includes(FRANKFURT_AM_MAIN), show(ja));
});

test("a Thai name bridging two dictionary words is no name", () => {
  const th = enrichText("เงินเฟ้อในยูโรโซนใกล้เป้าหมาย", "th");
  assert.deepEqual(ids(th, "place"), [], show(th));
});

test("a Hebrew role with the institution after it names the person after that", () => {
  const he = enrichText("נשיאת הבנק כריסטין לגארד אמרה בפרנקפורט כי האינפלציה קרובה ליעד.", "he");
  assert.deepEqual(ofType(he, "person").map((p) => matchKey(p.name)), [matchKey("Christine Lagarde")], show(he));
});

test("spellings of one name share a key: a given name's opening j, y, й, ю, я, ё, a Greek-born ch, Polivanov's Japanese", () => {
  const groups = [
    ["Joachim Nagel", "Йоахим Нагель", "Γιόακιμ Νάγκελ", "योआखिम नागेल", "요아힘 나겔"],
    ["Yulia Navalnaya", "Юлия Навальная"],
    ["Jan Lipavský", "Ян Липавский"],
    ["Christine Lagarde", "Кристин Лагард"],
    ["Ilham Aliyev", "Ильхам Алиев", "Ilham Aliev"],
    // Japanese names Russian spells by Polivanov's system, and a first ё.
    ["Sanae Takaichi", "Санаэ Такаити"],
    ["Fumio Kishida", "Фумио Кисида"],
    ["Yoshihide Suga", "Ёсихидэ Суга"],
  ];
  for (const [first, ...others] of groups) for (const other of others) assert.equal(personKey(other), personKey(first!), `${other} vs ${first}`);
  // A Latin I is a vowel, not the glide; an English J stays the j Cyrillic writes дж; a Russian name stays as spelled.
  assert.equal(personKey("Дмитрий Песков"), personKey("Dmitry Peskov"));
  assert.notEqual(personKey("Ian Smith"), personKey("Jan Smith"));
  assert.equal(personKey("Jeremy Corbyn"), personKey("Джереми Корбин"));
  assert.equal(matchKey("يواخيم ناغل"), matchKey("Joachim Nagel"));
  assert.equal(matchKey("יאיר לפיד"), matchKey("Yair Lapid"));
});

test("a role counted (the two leaders) is a plural subject: the word after it is no name", () => {
  assert.deepEqual(peopleNamed("দুই নেতা বাণিজ্য ও ভিসা চুক্তিতে সই করেন।", "bn"), []);
  assert.deepEqual(peopleNamed("دو رهبر توافق‌نامه‌هایی درباره تجارت و روادید امضا کردند.", "fa"), []);
});

test("after a role, a complement of two words in the genitive is what the role heads; who holds it opens with a given name (Russian, Polish)", () => {
  assert.deepEqual(peopleNamed("Совет собрался в понедельник.\nДиректор Центра Гамалеи Александр Гинцбург сообщил о новой вакцине.", "ru"), ["Александр Гинцбург"]);
  assert.deepEqual(peopleNamed("Rada zebrała się w poniedziałek.\nPrezes Zarządu Orlenu Daniel Obajtek mówił o cenach paliw.", "pl"), ["Daniel Obajtek"]);
});
