import { test } from "node:test";
import assert from "node:assert/strict";
import { matchKey, personKeysIn } from "./helpers.js";

const TINUBU = matchKey("Bola Tinubu");
const BUHARI = matchKey("Muhammadu Buhari");

const keysIn = personKeysIn;

test("a headline opening with a name the text writes again, then by its surname, names a person without a role", () => {
  const cases: readonly [string, string, string][] = [
    ["ar", "بولا تينوبو يؤدي اليمين رئيسا لنيجيريا", "أدى بولا تينوبو يوم الاثنين في أبوجا اليمين الدستورية. وأعلن تينوبو في خطاب التنصيب إلغاء دعم الوقود."],
    ["fa", "بولا تینوبو به عنوان رئیس‌جمهور نیجریه سوگند یاد کرد", "بولا تینوبو روز دوشنبه در ابوجا سوگند یاد کرد. تینوبو در سخنرانی تحلیف خود از لغو یارانه سوخت خبر داد."],
    ["he", "בולה טינובו הושבע לנשיא ניגריה", "בולה טינובו הושבע ביום שני באבוג'ה. בנאום ההשבעה הודיע טינובו על ביטול הסובסידיות על הדלק."],
  ];
  for (const [lang, title, text] of cases) assert.ok(keysIn(text, lang, title).includes(TINUBU), `${lang}: ${keysIn(text, lang, title).join(", ")}`);
  // Not without the surname alone again: a phrase the headline opens with and the text repeats whole.
  assert.deepEqual(keysIn("בולה טינובו הושבע ביום שני באבוג'ה.", "he", "בולה טינובו הושבע לנשיא ניגריה"), []);
  assert.deepEqual(keysIn("משבר אנרגיה פוקד את אירופה. משבר אנרגיה חמור מאיים על התעשייה.", "he", "משבר אנרגיה באירופה"), []);
});

test("a Persian successor, a Korean name before its country and role, and what follows a role that is no name", () => {
  assert.ok(keysIn("او جانشین محمدو بوهاری شد.", "fa").includes(BUHARI));
  // A foreign surname ending as a ministry does (티누부, -부) before a country and a new role.
  assert.ok(keysIn("볼라 티누부 나이지리아 신임 대통령이 29일 취임 선서를 했다.", "ko").includes(TINUBU));
  assert.ok(keysIn("박진 외교부 장관이 말했다.", "ko").includes(matchKey("박진")));
  // "the office of president", "as president", "being president" after the role: no one.
  assert.deepEqual(keysIn("उन्होंने नाइजीरिया के राष्ट्रपति पद की शपथ ली।", "hi"), []);
  assert.deepEqual(keysIn("নাইজেরিয়ার প্রেসিডেন্ট হিসেবে শপথ নিলেন।", "bn"), []);
  assert.deepEqual(keysIn("የናይጄሪያ ፕሬዝዳንት ሆነው ቃለ መሃላ ፈጸሙ።", "am"), []);
});


test("a given name the Arabic script's list holds opens a name in any script without a role", () => {
  const cases: readonly [string, string][] = [
    ["de", "Er folgt auf Muhammadu Buhari, der das Land acht Jahre lang regiert hatte."],
    ["nl", "Hij volgt Muhammadu Buhari op, die het land acht jaar leidde."],
    ["sv", "Han efterträder Muhammadu Buhari, som styrt landet i åtta år."],
    ["id", "Ia menggantikan Muhammadu Buhari yang menjabat dua periode."],
    // Not "of Bukhara" (Бухари is its genitive); and in scripts without case, where the list opens names.
    ["ru", "Он сменил Мухаммаду Бухари, который руководил страной два срока."],
    ["he", "הוא נכנס לתפקיד במקומו של מוחמדו בוהארי שכיהן שתי קדנציות."],
    ["hi", "उन्होंने मुहम्मदु बुहारी का स्थान लिया।"],
    ["bn", "তিনি মুহাম্মাদু বুহারির স্থলাভিষিক্ত হলেন।"],
    ["ko", "티누부 대통령은 두 차례 임기를 마친 무함마두 부하리 전 대통령의 뒤를 이었다."],
  ];
  for (const [lang, text] of cases) assert.ok(keysIn(text, lang).includes(BUHARI), `${lang}: ${keysIn(text, lang).join(", ")}`);
  // Any other capitalised pair still needs a cue outside English.
  assert.deepEqual(keysIn("Die Bank folgt auf Lehman Brothers, die 2008 zusammenbrach.", "de"), []);
  assert.deepEqual(keysIn("Hij volgt Grande Boucle op, die het land leidde.", "nl"), []);
});
