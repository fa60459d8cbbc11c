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
  sw: "Rais wa Kenya William Ruto amekutana na viongozi wa Umoja wa Afrika jijini Nairobi siku ya Alhamisi kujadili usalama wa kanda hiyo. Alisema kwamba serikali yake itaendelea kushirikiana na nchi jirani katika kupambana na ugaidi.",
  ha: "Shugaban kasar Najeriya Bola Tinubu ya gana da shugabannin kungiyar Tarayyar Afirka a Abuja ranar Alhamis domin tattauna batun tsaro a yankin. Ya ce gwamnatinsa za ta ci gaba da aiki tare da kasashe makwabta.",
  so: "Madaxweynaha Soomaaliya Xasan Sheekh Maxamuud ayaa la kulmay hoggaamiyeyaasha Midowga Afrika magaalada Muqdisho maalinta Khamiista si ay uga wada hadlaan amniga gobolka. Wuxuu sheegay in dowladdiisu ay sii wadi doonto iskaashiga.",
  af: "Die president van Suid-Afrika het Donderdag in Pretoria met leiers van die Afrika-unie vergader om die veiligheid in die streek te bespreek. Hy het gesê dat sy regering sal voortgaan om met buurlande saam te werk, en hulle is nie bekommerd nie.",
  cy: "Mae Prif Weinidog Cymru wedi cyfarfod ag arweinwyr busnes yng Nghaerdydd ddydd Iau i drafod yr economi. Dywedodd y byddai’r llywodraeth yn parhau i gefnogi cwmnïau bach.",
  ga: "Bhuail an Taoiseach le ceannairí gnó i mBaile Átha Cliath Déardaoin chun an geilleagar a phlé. Dúirt sé go leanfadh an rialtas ar aghaidh ag tacú le gnólachtaí beaga agus go bhfuil sé dóchasach.",
  gl: "O presidente da Xunta reuniuse o xoves en Santiago con empresarios galegos para falar da economía. Dixo que o goberno seguirá apoiando as pequenas empresas do país e que xa hai unha nova axuda.",
  uz: "O‘zbekiston Prezidenti payshanba kuni Toshkentda xorijiy investorlar bilan uchrashdi va iqtisodiy hamkorlikni muhokama qildi. U bu yil yangi loyihalar uchun katta mablag‘ ajratilishini aytdi.",
  ps: "د افغانستان د بهرنیو چارو وزیر د پنجشنبې په ورځ په کابل کې له بهرنیو پانګوالو سره وکتل او د اقتصادي همکارۍ په اړه یې خبرې وکړې.",
  ti: "ፕረዚደንት ኤርትራ ኢሳይያስ ኣፈወርቂ ኣብ ኣስመራ ምስ ላዕለዎት ሰበ ስልጣን ናይ ኣፍሪቃ ሕብረት ተራኺቦም። እዚ ርክብ ብዛዕባ ድሕነት ናይቲ ዞባ እዩ።",
  am: "የኢትዮጵያ ጠቅላይ ሚኒስትር ዐቢይ አሕመድ ሐሙስ ዕለት በአዲስ አበባ ከውጭ ባለሀብቶች ጋር ተወያይተዋል። ውይይቱ በኢኮኖሚ ትብብር ላይ ያተኮረ ነው።",
  nl: "De minister-president van Nederland heeft donderdag in Den Haag met buitenlandse investeerders gesproken over de economie. Hij zei dat de regering niet van plan is de belastingen te verhogen.",
  fa: "وزیر امور خارجه ایران روز پنجشنبه در تهران با سرمایه‌گذاران خارجی دیدار و درباره همکاری اقتصادی گفتگو کرد.",
  ar: "وزير الخارجية الإيراني يلتقي المستثمرين الأجانب في طهران يوم الخميس لمناقشة التعاون الاقتصادي بين البلدين.",
};

describe("languages told by facts of their writing where the model is silent or unsure", () => {
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`calls ${lang} ${lang}`, () => {
      const guess = detectLanguage(text);
      assert.equal(guess.code, lang);
      assert.ok(guess.confidence > 0 && guess.confidence <= 1, String(guess.confidence));
    });
  }

  it("names the language of nearly every event rendering, in every event's languages and scripts", () => {
    const renderings = LABELLED_EVENTS.flatMap((e) => e.renderings);
    const wrong = renderings.filter((r) => detectLanguage(`${r.title}\n\n${r.text}`).code !== (r.lang === "nb" ? "no" : r.lang));
    // One in a hundred at most: a two-sentence Indonesian or Danish report may read as Malay or Norwegian.
    assert.ok(wrong.length <= Math.ceil(renderings.length / 100), wrong.map((r) => `${r.lang}: ${r.title}`).join("; "));
  });

  it("calls a Russian sentence without ы or э Russian by its own words", () => {
    const quake = "Землетрясение магнитудой 6,1 произошло в понедельник в районе Газиантепа на юге Турции, погибли по меньшей мере 12 человек, сообщил министр внутренних дел Али Ерликая.";
    assert.equal(detectLanguage(quake).code, "ru");
  });

  it("tells Bulgarian from Russian by its own words when a short text has one ъ", () => {
    assert.equal(detectLanguage("Германският канцлер Фридрих Мерц се срещна в сряда в Марсилия с френския президент Еманюел Макрон. Мерц и Макрон обсъдиха подкрепата за Украйна.").code, "bg");
    assert.equal(detectLanguage("Канцлер Германии Фридрих Мерц в среду встретился в Марселе с президентом Франции Эммануэлем Макроном.").code, "ru");
  });

  it("tells Indonesian from Malay by the weekday each spells its own way when no other word of theirs differs", () => {
    assert.equal(detectLanguage("Presiden Rusia menerima Presiden Turki di Sochi pada Jumat untuk membahas ekspor gandum dan energi.").code, "id");
    assert.equal(detectLanguage("Presiden Rusia menerima Presiden Turki di Sochi pada hari Jumaat untuk membincangkan eksport gandum dan tenaga.").code, "ms");
  });

  it("tells Indonesian from Malay by the spellings of 'that', 'company' and 'factory' on a weekday both write alike", () => {
    assert.equal(detectLanguage("Ketua Toyota Akio Toyoda mengatakan di Nagoya pada hari Selasa bahwa perusahaan akan membangun pabrik baterai di Polandia.").code, "id");
    assert.equal(detectLanguage("Pengerusi Toyota Akio Toyoda berkata di Nagoya pada hari Selasa bahawa syarikat itu akan membina kilang bateri di Poland.").code, "ms");
  });

  it("tells Serbian from Macedonian by its words when ј is its only letter of its own", () => {
    assert.equal(detectLanguage("Председник Србије примио је у петак у Београду амбасадора Јапана. Разговарали су о инвестицијама.").code, "sr");
  });

  it("calls Afrikaans by its article 'die' where no Dutch-only word stands", () => {
    assert.equal(detectLanguage("Die Keniaanse president het Maandag in Nairobi die Duitse kanselier ontvang. Die twee leiers het ooreenkomste oor handel onderteken.").code, "af");
    assert.equal(detectLanguage("De Keniaanse president heeft maandag in Nairobi de Duitse kanselier ontvangen, die een akkoord over handel tekende.").code, "nl");
  });

  it("calls a Turkish sentence full of foreign names Turkish by ı and ğ, and an Azerbaijani one by ə", () => {
    const turkish = "Ramaphosa, Ruto'yu Pretoria'da ağırladı\n\nGüney Afrika Devlet Başkanı Cyril Ramaphosa, salı günü Kenya Devlet Başkanı William Ruto'yu Pretoria'da ağırladı. İki lider ticaret ve vize anlaşmaları imzaladı.";
    assert.equal(detectLanguage(turkish).code, "tr");
    assert.equal(detectLanguage("Prezident İlham Əliyev Bakıda görüşüb. Azərbaycan və Türkiyə arasında əməkdaşlıq müzakirə olunub.").code, "az");
  });

  it("calls a Swahili match report Swahili by its function words, however many names it holds", () => {
    const report = "Vinícius afunga mara mbili, Real yashinda Munich\n\nReal Madrid iliifunga Bayern 2-1 mjini Munich siku ya Jumatano, mabao yote mawili yakifungwa na Vinícius Júnior. Kocha Carlo Ancelotti alisema timu iliteseka lakini ilistahili ushindi.";
    assert.equal(detectLanguage(report).code, "sw");
  });

  it("leaves mixed or letterless text undetermined", () => {
    assert.equal(detectLanguage("12 345 678 — 2024-03-01 · 09:30").code, "und");
    assert.equal(detectLanguage("Москва Moscow 莫斯科 موسكو Μόσχα").code, "und");
  });
});

describe("Han text: Chinese without kana, Japanese with it", () => {
  it("settles a short text eld is unsure about, or has read as the other language", async () => {
    const { refineLanguage } = await import("../../src/clean/language-facts.js");
    const zh = "印度总理纳伦德拉·莫迪14日在东京会见日本首相岸田文雄，双方同意合作建设高速铁路。";
    const ja = "インドのモディ首相は14日、東京で岸田文雄首相と会談し、高速鉄道の共同建設で合意した。";
    assert.equal(refineLanguage(zh, { code: "und", confidence: 0 }).code, "zh");
    assert.equal(refineLanguage(zh, { code: "ja", confidence: 0.5 }).code, "zh");
    assert.equal(refineLanguage(ja, { code: "zh", confidence: 0.5 }).code, "ja");
    // A sure guess of the right language is left as it is.
    assert.deepEqual(refineLanguage(zh, { code: "zh", confidence: 0.9 }), { code: "zh", confidence: 0.9 });
    // Korean (Hangul) is no Han text.
    assert.equal(refineLanguage("나렌드라 모디 인도 총리는 14일 도쿄에서 기시다 후미오 일본 총리와 회담했다.", { code: "ko", confidence: 0.8 }).code, "ko");
  });
});

describe("short Scandinavian and Indonesian reports full of names", () => {
  it("a short Swedish text eld cannot part from Danish and Norwegian is Swedish by its ä and ö", () => {
    const text = "Sinner besegrade Alcaraz i finalen i Turin\n\nItalienaren Jannik Sinner besegrade på söndagen spanjoren Carlos Alcaraz med 7–6, 7–5 i finalen av ATP-slutspelet i Turin.";
    assert.equal(detectLanguage(text).code, "sv");
    // Indonesian's "Sunday" and "Spain" (Malay writes Ahad and Sepanyol).
    assert.equal(detectLanguage("Petenis Italia Jannik Sinner mengalahkan Carlos Alcaraz dari Spanyol 7-6, 7-5 dalam final ATP Finals di Turin pada hari Minggu.").code, "id");
  });
  it("a short Danish report eld reads as Norwegian is Danish by its strong verbs' past (slog, not slo)", () => {
    const text = "Sinner slog Alcaraz i finalen i Torino\n\nItalienske Jannik Sinner slog søndag spanske Carlos Alcaraz 7-6, 7-5 i finalen ved ATP Finals i Torino.";
    assert.equal(detectLanguage(text).code, "da");
  });
});
