import { test } from "node:test";
import assert from "node:assert/strict";
import { enrichText, ids, ofType } from "./helpers.js";

const CALIFORNIA = "place:US-CA";

test("a state or province is a place under one id in every language and script: California, Kalifornien, 加利福尼亚州, كاليفورنيا, カリフォルニア州", () => {
  const reports: [string, string][] = [
    ["en", "Wildfires spread across California on Tuesday, officials said."],
    ["de", "Die Waldbrände in Kalifornien breiteten sich am Dienstag aus."],
    ["fr", "Les incendies se sont propagés en Californie mardi."],
    ["es", "Los incendios se extendieron por California el martes."],
    ["ru", "Лесные пожары распространились в Калифорнии во вторник."],
    ["zh", "加利福尼亚州周二发生山火。"],
    ["ar", "انتشرت حرائق الغابات في كاليفورنيا يوم الثلاثاء."],
    ["ko", "화요일 캘리포니아 주에서 산불이 번졌다."],
    // GeoNames lists カリフォルニア州 among a small town's names (Hacienda Heights): the state goes first.
    ["ja", "火曜日、カリフォルニア州で山火事が広がった。"],
  ];
  for (const [lang, text] of reports) {
    const places = ids(enrichText(text, lang), "place");
    assert.ok(places.includes(CALIFORNIA), `${lang}: ${places}`);
  }
  const place = ofType(enrichText(reports[0]![1], "en"), "place").find((p) => p.id === CALIFORNIA)!;
  assert.equal(place.name, "California");
  assert.equal(place.country, "US");
});

test("a region is named alone, without its country or a preposition, as a big city is", () => {
  assert.deepEqual(ids(enrichText("Fires hit Bavaria and Catalonia on Monday.", "en"), "place"), ["place:DE-BY", "place:ES-CT"]);
  assert.ok(ids(enrichText("Maharashtra reported new cases.", "en"), "place").includes("place:IN-MH"));
  assert.ok(ids(enrichText("四川省发生地震。", "zh"), "place").includes("place:CN-SC"));
});

test("a name a country or a big city holds stays theirs; a small town's gives way to the region", () => {
  const lagos = ids(enrichText("Officials in Lagos said the roads were closed.", "en"), "place");
  assert.ok(lagos.length === 1 && lagos[0]!.startsWith("place:gn:"), `Lagos is the city: ${lagos}`);
  assert.deepEqual(ids(enrichText("The president of Georgia met him in Tbilisi.", "en"), "place").filter((id) => id.includes("US")), []);
  assert.deepEqual(ids(enrichText("Voters in Virginia went to the polls on Tuesday.", "en"), "place"), ["place:US-VA"]);
  // An article naming the town's country still gets the town.
  assert.ok(!ids(enrichText("In Virginia, South Africa, miners went on strike.", "en"), "place").includes("place:US-VA"));
});

test("a region named by a word of geography or a given name is no place of its own", () => {
  for (const text of ["The Central Committee met in the capital.", "Officials from the Lakes met on Monday."]) {
    assert.deepEqual(ids(enrichText(text, "en"), "place").filter((id) => /^place:[A-Z]{2}-/.test(id)), [], text);
  }
  // "Virginia" is a given name as often: before a surname it is the person's.
  const e = enrichText("Virginia Giuffre said she would testify.", "en");
  assert.deepEqual(ids(e, "place"), []);
  assert.equal(ofType(e, "person")[0]?.name, "Virginia Giuffre");
});
