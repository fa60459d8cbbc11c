import { test } from "node:test";
import assert from "node:assert/strict";
import { enrichText, ids, ofType } from "./helpers.js";

/** A place name in context, the language, and the id it must resolve to. */
const PLACES: readonly [string, string, string][] = [
  ["fr", "Il s'est rendu en Chine la semaine passée.", "place:CN"],
  ["en", "He travelled to China last week.", "place:CN"],
  ["zh", "外交部长访问中国。", "place:CN"],
  ["ru", "Министр прибыл в Китай во вторник.", "place:CN"],
  ["pl", "Minister przyjechał do Kazachstanu we wtorek.", "place:KZ"],
  ["tr", "Bakan Çin'in tutumunu eleştirdi.", "place:CN"],
  ["de", "Die Regierung Deutschlands reagierte.", "place:DE"],
  ["fr", "La délégation chinoise est arrivée.", "place:CN"],
  ["fr", "Le ministre allemand a parlé.", "place:DE"],
  ["de", "Die deutsche Regierung reagierte.", "place:DE"],
  ["en", "The German government reacted.", "place:DE"],
  ["es", "El gobierno chino reaccionó.", "place:CN"],
  ["it", "Il governo cinese ha reagito.", "place:CN"],
  ["pt", "O governo chinês reagiu.", "place:CN"],
  ["fr", "Les relations franco-allemandes progressent.", "place:FR"],
  ["ar", "وصل الوزير إلى الصين.", "place:CN"],
];

test("countries are found by name and adjective in many languages", () => {
  for (const [lang, text, id] of PLACES) assert.ok(ids(enrichText(text, lang)).includes(id), `${lang}: ${text}`);
});

/** Exonyms and renamed capitals resolve to one GeoNames place with its country and coordinates. */
const CITIES: readonly [string, string, string, string][] = [
  ["fr", "Il est arrivé à Pékin mardi.", "Beijing", "CN"],
  ["de", "Er ist in Peking gelandet.", "Beijing", "CN"],
  ["fr", "La réunion s'est tenue à Douchanbé.", "Dushanbe", "TJ"],
  ["en", "The meeting was held in Astana.", "Astana", "KZ"], // GeoNames names the capital Astana again
  ["en", "The meeting was held in Nur-Sultan.", "Astana", "KZ"],
  ["pl", "Spotkanie odbyło się w Warszawie.", "Warsaw", "PL"],
  ["es", "El encuentro fue en Londres.", "London", "GB"],
  ["en", "Talks in Paris ended.", "Paris", "FR"], // the capital, not Paris, Texas
  // A city's own name before another city's alternate one (Amman's ancient name), an exonym still its city's.
  ["en", "Officials in Philadelphia met on Tuesday.", "Philadelphia", "US"],
  ["en", "Flights from Peking resumed.", "Beijing", "CN"],
];

test("cities resolve through exonyms to one id with country and coordinates", () => {
  for (const [lang, text, name, country] of CITIES) {
    const city = enrichText(text, lang).entities.find((e) => e.name === name);
    assert.ok(city !== undefined, `${lang}: ${text}`);
    assert.equal(city.country, country);
    assert.ok(city.id.startsWith("place:gn:") && typeof city.lat === "number" && typeof city.lon === "number");
  }
  const a = enrichText("Il est arrivé à Pékin.", "fr").entities.find((e) => e.name === "Beijing");
  const b = enrichText("He arrived in Beijing.", "en").entities.find((e) => e.name === "Beijing");
  assert.equal(a?.id, b?.id);
});

/** Organisations: curated aliases meet across languages; others are kept by pattern as strings. */
test("organisation aliases share one id across languages", () => {
  const cases: [string, string][] = [
    ["fr", "Le sommet de l'OCS s'est ouvert."],
    ["en", "The SCO summit opened."],
    ["fr", "L'Organisation de coopération de Shanghai se réunit."],
    ["ru", "Саммит ШОС открылся."],
  ];
  for (const [lang, text] of cases) assert.ok(ids(enrichText(text, lang)).includes("org:sco"), text);
  assert.ok(ids(enrichText("L'ONU et l'OTAN ont réagi.", "fr")).includes("org:un"));
  assert.ok(ids(enrichText("L'ONU et l'OTAN ont réagi.", "fr")).includes("org:nato"));
});

test("unknown organisations are kept by pattern", () => {
  const e = enrichText("Le Ministère des Finances a publié un rapport, selon la Banque de France.", "fr");
  const names = ofType(e, "organisation").map((o) => o.name);
  assert.ok(names.some((n) => n.startsWith("Ministère des Finances")), JSON.stringify(names));
  const t = enrichText("Dışişleri Bakanlığı bir açıklama yaptı.", "tr");
  assert.ok(ofType(t, "organisation").some((o) => o.name === "Dışişleri Bakanlığı"));
});

/** People found through honorifics, roles and reporting verbs, per language. */
const PEOPLE: readonly [string, string, string][] = [
  ["fr", "Le président Emmanuel Macron a déclaré jeudi que rien ne changerait.", "Emmanuel Macron"],
  ["en", "Chancellor Olaf Scholz said the plan would go ahead.", "Olaf Scholz"],
  ["de", "Bundeskanzlerin Angela Merkel sagte am Montag, der Plan bleibe.", "Angela Merkel"],
  ["es", "El presidente Pedro Sánchez dijo que el plan sigue.", "Pedro Sánchez"],
  ["it", "Il premier Mario Draghi ha detto che il piano resta.", "Mario Draghi"],
  ["pt", "O presidente Jair Bolsonaro disse que o plano continua.", "Jair Bolsonaro"],
  ["pl", "Premier Mateusz Morawiecki powiedział, że plan zostaje.", "Mateusz Morawiecki"],
  ["tr", "Dışişleri Bakanı Mevlüt Çavuşoğlu açıklama yaptı ve konuştu, dedi.", "Mevlüt Çavuşoğlu"],
];

test("Turkish roles with the possessive suffix ('Yardımcısı', 'Müdürü', 'Valisi') introduce a name and are no part of it", () => {
  const e = enrichText("Toplantıya İl Müdürü Ahmet Demir ve Vali Yardımcısı Selin Aksoy katıldı. Yönetmen Kerem Tan da oradaydı.", "tr");
  assert.deepEqual(ofType(e, "person").map((p) => p.name).sort(), ["Ahmet Demir", "Kerem Tan", "Selin Aksoy"]);
});

test("people are found through titles, roles and reporting verbs in eight languages", () => {
  for (const [lang, text, name] of PEOPLE) {
    const names = ofType(enrichText(text, lang), "person").map((p) => p.name);
    assert.ok(names.includes(name), `${lang}: ${JSON.stringify(names)}`);
  }
});

test("countries carry their capital's coordinates, and near places overlap more than far ones", async () => {
  const { placeProximity } = await import("../../src/enrich/index.js");
  const de = enrichText("Die Regierung in Deutschland reagierte.", "de").entities.find((e) => e.id === "place:DE");
  assert.ok(de !== undefined && typeof de.lat === "number" && typeof de.lon === "number");
  const berlin = enrichText("Talks in Berlin ended.", "en");
  const prague = enrichText("Talks in Prague ended.", "en");
  const lima = enrichText("Talks in Lima ended.", "en");
  assert.ok(placeProximity(berlin, prague) > placeProximity(berlin, lima));
  assert.equal(placeProximity(berlin, berlin), 1);
});

test("a city written just before a full name is a place of its own, not the person's first name", () => {
  const cases = [
    { lang: "de", text: "Der Regierende Bürgermeister in Berlin Kai Wegner sagte, die Stadt werde helfen.", place: "Berlin", person: "Kai Wegner" },
    { lang: "fr", text: "Le maire de Lyon Gérard Collomb a déclaré lundi que la ville était prête.", place: "Lyon", person: "Gérard Collomb" },
    { lang: "en", text: "Speaking in New York Eric Adams said the city would recover.", place: "New York City", person: "Eric Adams" },
  ];
  for (const c of cases) {
    const e = enrichText(c.text, c.lang);
    assert.deepEqual(ofType(e, "person").map((p) => p.name), [c.person], c.text);
    assert.ok(ofType(e, "place").some((p) => p.name === c.place), `${c.place} in ${c.text}`);
  }
});
