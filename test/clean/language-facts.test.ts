import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectLanguage } from "../../src/clean/index.js";
import { LABELLED_EVENTS } from "../../eval/multilingual-events.js";

/** One news sentence or two per language, written for this test. */
const SAMPLES: Record<string, string> = {
  km: "នាយករដ្ឋមន្ត្រីកម្ពុជាបានជួបជាមួយវិនិយោគិនបរទេសនៅរាជធានីភ្នំពេញកាលពីថ្ងៃព្រហស្បតិ៍",
  si: "ශ්‍රී ලංකා ජනාධිපතිවරයා බ්‍රහස්පතින්දා කොළඹදී විදේශ ආයෝජකයින් හමුවිය.",
  my: "မြန်မာနိုင်ငံ ဝန်ကြီးချုပ်သည် ကြာသပတေးနေ့တွင် နေပြည်တော်၌ နိုင်ငံခြားရင်းနှီးမြှုပ်နှံသူများနှင့် တွေ့ဆုံခဲ့သည်။",
  ne: "नेपालका प्रधानमन्त्री बिहीबार काठमाडौंमा विदेशी लगानीकर्तासँग भेटघाट गर्नुभयो। उनले लगानी बढाउन सरकार प्रतिबद्ध रहेको बताउनुभयो र यो वर्ष धेरै परियोजना सुरु भएको छ।",
  hi: "भारत के प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को टोक्यो में जापान के प्रधानमंत्री से मुलाकात की और दोनों देशों के बीच सहयोग पर चर्चा की।",
  mr: "भारताचे पंतप्रधान नरेंद्र मोदी यांनी गुरुवारी टोकियो येथे जपानच्या पंतप्रधानांशी चर्चा केली आणि दोन्ही देशांमधील सहकार्य वाढवण्यावर भर दिला आहे.",
  kk: "Қазақстан Премьер-министрі бейсенбі күні Астанада шетелдік инвесторлармен кездесті.",
  mn: "Монгол Улсын Ерөнхий сайд пүрэв гарагт Улаанбаатарт гадаадын хөрөнгө оруулагчидтай уулзлаа.",
  mk: "Претседателот на Владата на Северна Македонија во четвртокот се сретна со странски инвеститори во Скопје и разговараше за ѓубрето и ќе се најде решение.",
  ru: "Премьер-министр России в четверг встретился в Москве с иностранными инвесторами и обсудил экономическое сотрудничество.",
  uk: "Прем’єр-міністр України у четвер зустрівся в Києві з іноземними інвесторами.",
  bg: "Министър-председателят на България се срещна в четвъртък в София с чуждестранни инвеститори и обсъди икономическото сътрудничество.",
  sr: "Председник Владе Србије састао се у четвртак у Београду са страним инвеститорима и разговарао о економској сарадњи.",
  id: "Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang Fumio Kishida di Tokyo pada hari Kamis untuk membahas kerja sama ekonomi karena pemerintah ingin menarik investasi.",
  ms: "Perdana Menteri Malaysia Anwar Ibrahim berkata kerajaan akan meneruskan usaha untuk menarik pelaburan asing ke negara ini kerana ia penting, katanya dalam satu kenyataan semalam.",
};

describe("languages told by facts of their writing where the model is silent or unsure", () => {
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`calls ${lang} ${lang}`, () => {
      const guess = detectLanguage(text);
      assert.equal(guess.code, lang);
      assert.ok(guess.confidence > 0 && guess.confidence <= 1, String(guess.confidence));
    });
  }

  it("names the language of nearly every event rendering, in 27 languages and 10 scripts", () => {
    const renderings = LABELLED_EVENTS.flatMap((e) => e.renderings);
    const wrong = renderings.filter((r) => detectLanguage(`${r.title}\n\n${r.text}`).code !== (r.lang === "nb" ? "no" : r.lang));
    assert.ok(wrong.length <= 2, wrong.map((r) => `${r.lang}: ${r.title}`).join("; "));
  });

  it("leaves mixed or letterless text undetermined", () => {
    assert.equal(detectLanguage("12 345 678 — 2024-03-01 · 09:30").code, "und");
    assert.equal(detectLanguage("Москва Moscow 莫斯科 موسكو Μόσχα").code, "und");
  });
});
