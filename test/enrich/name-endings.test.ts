import { test } from "node:test";
import assert from "node:assert/strict";
import { personKey } from "../../src/enrich/index.js";
import { personMatchKey } from "../../src/enrich/person-key.js";
import { enrichText, ids, matchKey, ofType } from "./helpers.js";

/** Published on Wednesday 2024-03-13: a state visit on Tuesday. */
const published = { year: 2024, month: 3, day: 13, precision: "day" as const, text: "2024-03-13" };
const RAMAPHOSA = matchKey("Cyril Ramaphosa");
const RUTO = matchKey("William Ruto");
const PRETORIA = "place:gn:964137";

/** The cross-script key of a found person's id. */
const keyOfId = (id: string): string => personMatchKey(id);

test("a c before e, i or y keys as the s other scripts write (Cyril, Сирил; Pence, Пенс; Bocelli, Бочелли)", () => {
  assert.equal(matchKey("Cyril Ramaphosa"), matchKey("Сирил Рамафоса"));
  assert.equal(matchKey("Mike Pence"), matchKey("Майк Пенс"));
  assert.equal(matchKey("Andrea Bocelli"), matchKey("Андреа Бочелли"));
  assert.equal(matchKey("Carlo Ancelotti"), matchKey("Карло Анчелотти"));
  // A hard c stays k.
  assert.equal(matchKey("Carlos Alcaraz"), matchKey("Карлос Алькарас"));
});

test("an m before a lip sound meets the n of scripts that leave the vowel between unwritten (רמפוזה, Ramaphosa)", () => {
  assert.equal(matchKey("סיריל רמפוזה"), RAMAPHOSA);
  assert.equal(matchKey("سيريل رامافوزا"), RAMAPHOSA);
  assert.equal(matchKey("דונלד טראמפ"), matchKey("Donald Trump"));
});

test("Indic scripts: a consonant's unwritten a and the palatal c read as Latin spellings write them", () => {
  // The id itself is the Latin one: the given name's first vowel is a, as in "Narendra".
  assert.equal(personKey("नरेन्द्र मोदी"), personKey("Narendra Modi"));
  assert.equal(personKey("कमला हैरिस").split("-")[0], personKey("Kamala Harris").split("-")[0]);
  assert.equal(matchKey("సిరిల్ రామఫోసా"), RAMAPHOSA);
  assert.equal(matchKey("சிரில் ரமபோசா").split("-")[1], RAMAPHOSA.split("-")[1]);
});

test("a name's case ending in Bengali, Tamil, Telugu and Georgian is no part of its key", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["bn", "দক্ষিণ আফ্রিকার প্রেসিডেন্ট সিরিল রামাফোসা মঙ্গলবার প্রিটোরিয়ায় কেনিয়ার প্রেসিডেন্ট উইলিয়াম রুটোকে স্বাগত জানান।"],
    ["ta", "தென்னாப்பிரிக்க அதிபர் சிரில் ரமபோசா செவ்வாய்க்கிழமை பிரிட்டோரியாவில் கென்ய அதிபர் வில்லியம் ரூட்டோவை வரவேற்றார்."],
    ["te", "దక్షిణాఫ్రికా అధ్యక్షుడు సిరిల్ రామఫోసా మంగళవారం ప్రిటోరియాలో కెన్యా అధ్యక్షుడు విలియం రూటోకు స్వాగతం పలికారు."],
    ["ka", "სამხრეთ აფრიკის პრეზიდენტმა სირილ რამაფოსამ სამშაბათს პრეტორიაში კენიის პრეზიდენტი უილიამ რუტო მიიღო."],
  ];
  for (const [lang, text] of cases) {
    const e = enrichText(text, lang, { published });
    const keys = ofType(e, "person").map((p) => keyOfId(p.id));
    assert.ok(keys.includes(RUTO), `${lang}: ${JSON.stringify(ids(e))}`);
    if (lang !== "ta") assert.ok(keys.includes(RAMAPHOSA), `${lang}: ${JSON.stringify(ids(e))}`);
    // The city in its case: Bengali's locative -য়, Georgian's -ში after a vowel.
    assert.ok(ids(e, "place").includes(PRETORIA), `${lang}: ${JSON.stringify(ids(e))}`);
  }
  // A Tamil name ending as the genitive does is left whole (புடின், Putin).
  const putin = enrichText("ரஷ்ய அதிபர் விளாடிமிர் புடின் வியாழக்கிழமை சென்னையில் பேசினார்.", "ta", { published });
  assert.deepEqual(ofType(putin, "person").map((p) => keyOfId(p.id)), [matchKey("Vladimir Putin")]);
  // A Georgian name ending in a vowel and -მა keeps it (ობამა, Obama).
  assert.ok(ofType(enrichText("აშშ-ის ყოფილი პრეზიდენტი ბარაკ ობამა თბილისში ჩავიდა.", "ka", { published }), "person").some((p) => keyOfId(p.id) === matchKey("Barack Obama")));
});

test("a Thai surname spelled by sound keeps a syllable the dictionary reads as a word (รามาโฟซา, with มา)", () => {
  const e = enrichText("นายซีริล รามาโฟซา ประธานาธิบดีแอฟริกาใต้ ต้อนรับนายวิลเลียม รูโต ประธานาธิบดีเคนยา ที่กรุงพริทอเรียเมื่อวันอังคาร", "th", { published });
  const keys = ofType(e, "person").map((p) => keyOfId(p.id));
  assert.ok(keys.includes(RAMAPHOSA) && keys.includes(RUTO), JSON.stringify(ids(e)));
});

test("Korean: a two-syllable given name opening its clause before a foreign surname, and South Africa written whole or short", () => {
  for (const country of ["남아프리카공화국", "남아공"]) {
    const e = enrichText(`회담이 열렸다. 시릴 라마포사 ${country} 대통령은 12일 윌리엄 루토 케냐 대통령과 정상회담을 열었다.`, "ko", { published });
    const keys = ofType(e, "person").map((p) => keyOfId(p.id));
    assert.ok(keys.includes(RAMAPHOSA) && keys.includes(RUTO), `${country}: ${JSON.stringify(ids(e))}`);
    assert.ok(ids(e, "place").includes("place:ZA"), `${country}: ${JSON.stringify(ids(e))}`);
  }
  // A Korean surname keeps a two-syllable word before it out of the name.
  assert.deepEqual(ofType(enrichText("서울에서 열린 회의에서 이재명 대통령은 말했다.", "ko", { published }), "person").map((p) => p.name), ["이재명"]);
});

test("a Tamil city in its cases: a final -u gone before the ending, a final ng with its euphonic k, 'from' after a consonant; never a name after a role", () => {
  const english = ids(enrichText("Talks in Colombo, Beijing and London.", "en"), "place").sort();
  const tamil = enrichText("கொழும்பில் தொடங்கிய பேச்சுவார்த்தை பெய்ஜிங்கில் தொடர்ந்தது; அமைச்சர் லண்டனிலிருந்து வந்தார்.", "ta", { published });
  assert.deepEqual(ids(tamil, "place").sort(), english);
  // After a role, a city in a case of place is where the minister was, not a name the city shares ("the minister was in London").
  for (const text of ["அமைச்சர் லண்டனில் இருந்தார்.", "அமைச்சர் லண்டனிலிருந்து வந்தார்."]) {
    const e = enrichText(text, "ta", { published });
    assert.deepEqual([ofType(e, "person").length, ids(e, "place")], [0, ids(enrichText("in London", "en"), "place")], text);
  }
  // Common nouns in the same cases are no cities ("in the year", "in the country", "in the case", "in the account").
  const plain = enrichText("இந்த ஆண்டில் நாட்டில் நடந்த வழக்கில் கணக்கில் பணம் இருந்தது.", "ta", { published });
  assert.deepEqual(ids(plain, "place"), []);
});
