import { test } from "node:test";
import assert from "node:assert/strict";
import { enrichText, matchKey, ofType } from "./helpers.js";

/**
 * People named with no office or title before them, as sports and culture pages write them: introduced by their
 * nationality or country instead ("the Italian Jannik Sinner", "Italy's", "야닉 시너(이탈리아)").
 */
const SINNER = matchKey("Jannik Sinner");
const ALCARAZ = matchKey("Carlos Alcaraz");

/** The cross-script keys of the people found in a title and text. */
function peopleKeys(title: string, text: string, lang: string): string[] {
  return ofType(enrichText(text, lang, { title }), "person").map((p) => matchKey(p.mentions[0]!.text));
}

test("Korean: a name with its country in brackets after it", () => {
  const found = ofType(enrichText("야닉 시너(이탈리아)가 16일 토리노에서 열린 결승에서 카를로스 알카라스(스페인)를 꺾었다.", "ko", { title: "시너, 알카라스 꺾고 토리노서 2연패" }), "person");
  // The word before the given name ends in a particle ("결승에서", in the final): not part of the name.
  assert.deepEqual(found.flatMap((p) => p.mentions.map((m) => m.text)).filter((t) => t.includes(" ")).sort(), ["야닉 시너", "카를로스 알카라스"]);
  assert.ok(found.some((p) => matchKey(p.name) === ALCARAZ));
  // A city with its country in brackets is no person.
  assert.deepEqual(peopleKeys("토리노 결승", "대회는 토리노(이탈리아)에서 열렸다.", "ko"), []);
});

test("Arabic, Hebrew and Georgian: a noun of nationality before a name whose surname the article repeats", () => {
  assert.deepEqual(
    peopleKeys("سينر يهزم ألكاراز في تورينو", "فاز الإيطالي يانيك سينر على الإسباني كارلوس ألكاراز يوم الأحد في تورينو.", "ar"),
    [SINNER, ALCARAZ],
  );
  assert.ok(peopleKeys("אלקראס הפסיד בגמר", "ביום ראשון ניצח את הספרדי קרלוס אלקראס בגמר בטורינו.", "he").includes(ALCARAZ));
  assert.ok(peopleKeys("ალკარასი დამარცხდა", "ფინალში ესპანელი კარლოს ალკარასი დამარცხდა.", "ka").includes(ALCARAZ));
  // An irregular adjective of a country, from the supplement: Hebrew איטלקי (of Italy, איטליה).
  assert.ok(peopleKeys("סינר ניצח", "האיטלקי יאניק סינר ניצח ביום ראשון בטורינו.", "he").includes(SINNER));
});

test("a noun of nationality is no cue as an adjective, in the plural, or before words the article does not repeat", () => {
  // After the definite noun it qualifies: "the Italian team".
  assert.deepEqual(peopleKeys("المنتخب يفوز", "قال المنتخب الإيطالي يانيك سينر إن الفريق فاز. سينر", "ar"), []);
  // A people ("the Egyptians"), not a person.
  assert.deepEqual(peopleKeys("الدولار", "نجح البنك في جذب المصريين مرة أخرى إلى البنوك مرة أخرى.", "ar"), []);
  // The two words after it are the sentence going on, written once.
  assert.deepEqual(peopleKeys("النهائي", "وصل الإيطالي مباشرة بعد فوزه في تورينو.", "ar"), []);
});

test("Hindi, Bengali and Tamil: two name words after a country's genitive, the surname written again", () => {
  assert.deepEqual(peopleKeys("सिनर ने अल्काराज़ को हराया", "इटली के यानिक सिनर ने रविवार को स्पेन के कार्लोस अल्काराज़ को हराया।", "hi"), [SINNER, ALCARAZ]);
  assert.ok(peopleKeys("ফাইনালে জিতলেন সিনার", "ইতালির ইয়ানিক সিনার রবিবার তুরিনে জিতেছেন।", "bn").includes(SINNER));
  assert.ok(peopleKeys("சின்னர் வெற்றி", "இத்தாலியின் யானிக் சின்னர் ஞாயிற்றுக்கிழமை டுரினில் வென்றார்.", "ta").includes(SINNER));
  // "India's many states": a qualifier and a plural noun, though the noun comes again.
  assert.deepEqual(peopleKeys("बारिश", "भारत के कई राज्यों में बारिश हुई। राज्यों ने मदद मांगी।", "hi"), []);
  // A phrase the title repeats whole ("Qatar's welcome did") is no name named again.
  assert.deepEqual(peopleKeys("السیسی نے امیر قطر کا استقبال کیا", "صدر نے قطر کا استقبال کیا۔", "ur").filter((k) => !k.includes("-s")), []);
});

test("Persian: the adjective of nationality after the name, directly or after a noun in apposition", () => {
  const keys = peopleKeys(
    "سینر در فینال آلکاراس را شکست داد",
    "یانیک سینر، تنیسور ایتالیایی، روز یکشنبه در فینال کارلوس آلکاراس اسپانیایی را شکست داد.",
    "fa",
  );
  assert.deepEqual(keys.sort(), [ALCARAZ, SINNER].sort());
});

test("a foreign name's آل or أل is no article: its key keeps the Al (Alcaraz), as an Arabic family name's article goes", () => {
  assert.equal(matchKey("كارلوس ألكاراز"), ALCARAZ);
  assert.equal(matchKey("کارلوس آلکاراس"), ALCARAZ);
  assert.equal(matchKey("أحمد الكاظمي"), matchKey("Ahmed al-Kadhimi"));
  assert.equal(matchKey("تميم بن حمد آل ثاني"), matchKey("Tamim bin Hamad Al Thani"));
});

test("Bengali and Georgian write a name's first y as i before the vowel (ইয়ানিক, იანიკ: Jannik)", () => {
  assert.equal(matchKey("ইয়ানিক সিনার"), SINNER);
  assert.equal(matchKey("იანიკ სინერი"), SINNER);
  assert.equal(matchKey("ইউসুফ পাঠান").split("-")[0], matchKey("Yusuf Pathan").split("-")[0]);
});

test("Vietnamese: the country after người (the Italian) opens no name, and Chủ nhật (Sunday) is no town", () => {
  const e = enrichText("Tay vợt người Ý Jannik Sinner đã đánh bại Carlos Alcaraz hôm Chủ nhật tại Turin.", "vi", { title: "Sinner đánh bại Alcaraz" });
  assert.deepEqual(ofType(e, "person").map((p) => p.name).sort(), ["Carlos Alcaraz", "Jannik Sinner"]);
  assert.deepEqual(ofType(e, "place").map((p) => p.name), ["Turin"]);
});

