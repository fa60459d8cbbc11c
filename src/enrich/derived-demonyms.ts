/**
 * Adjectives of a country derived from its name, for languages whose packages give none (i18n-nationality covers eight
 * European languages): "المستشار الألماني" (the German chancellor), "دولت آلمانی", "इंडोनेशियाई राष्ट्रपति", Georgian
 * "გერმანელი", Hebrew "הגרמני" and Hungarian "nigériai" name Germany, Indonesia and Nigeria as often as the country's name does. Regular formations
 * only; an irregular adjective (Persian فرانسوی, Hindi भारतीय) is missed, and what the rule makes of its name instead is
 * no word ("فرانسی"). The common irregular ones are in place-aliases.ts's DEMONYM_SUPPLEMENT.
 */

/** Serbian, Croatian, Bosnian, Slovenian and Macedonian: country adjectives in -ski (španski, njemački, италијански). */
const SOUTH_SLAVIC = ["sr", "hr", "bs", "sl", "mk"];
/**
 * Languages whose derived adjectives are read in their own pages alone: a form in -ski is a surname in others' (Klaus
 * Kinski), where the other rules' forms are in scripts of their own (Arabic, Devanagari) or written as no name is.
 */
export const OWN_LANGUAGE_DEMONYM_LANGS: ReadonlySet<string> = new Set(SOUTH_SLAVIC);

/** Languages whose adjectives of a country `derivedDemonyms` forms. */
export const DERIVED_DEMONYM_LANGS: ReadonlySet<string> = new Set(["ar", "fa", "hi", "ka", "he", "hu", ...SOUTH_SLAVIC]);

/** A stem of this many letters or fewer makes adjectives that are other words. */
const MIN_STEM_LETTERS = 2;

/**
 * Forms the rule makes that are words of their own: Hindi भारती is a given name (Uma Bharti) and a company's (Bharti
 * Airtel), not India's adjective (भारतीय). South Slavic "kinski" is a surname (China's adjective is "kineski"), and Serbian
 * "slovenski" is Slavic (Slovenia's is "slovenački"; Croatian and Slovenian lists name it, not this rule).
 */
const NOT_DEMONYMS: ReadonlySet<string> = new Set(["भारती", "kinski", "кински", "slovenski", "словенски"]);

/** The adjectives of the one-word country name `name` in `lang` (see DERIVED_DEMONYM_LANGS), or none. */
export function derivedDemonyms(lang: string, name: string): string[] {
  const word = name.trim();
  if (word === "" || /\s/u.test(word)) return [];
  const forms =
    lang === "ar" ? arabicNisbas(word)
    : lang === "fa" ? persianAdjectives(word)
    : lang === "hi" ? hindiAdjectives(word)
    : lang === "ka" ? georgianDemonyms(word)
    : lang === "he" ? hebrewAdjectives(word)
    : lang === "hu" ? hungarianAdjectives(word)
    : SOUTH_SLAVIC.includes(lang) ? southSlavicAdjectives(lang, word)
    : [];
  return forms.filter((f) => !NOT_DEMONYMS.has(f));
}

/**
 * Hungarian's -i, written onto the country's name in lower case (Nigéria → nigériai, Mexikó → mexikói, Kanada → kanadai,
 * Irán → iráni, Dél-Korea → dél-koreai): the common irregular adjectives (német, francia, orosz) are in DEMONYM_SUPPLEMENT.
 */
function hungarianAdjectives(word: string): string[] {
  // A hyphenated name too (Dél-Korea → dél-koreai, Új-Zéland → új-zélandi).
  if (!/^\p{Script=Latin}+(?:-\p{Script=Latin}+)?$/u.test(word)) return [];
  const lower = word.toLowerCase();
  return lower.endsWith("i") ? [] : [`${lower}i`];
}

/**
 * Arabic's nisba: the name without its article and its final alif or tā' marbūṭa, then -ī (ألمانيا → ألماني, الصين →
 * صيني, السعودية → سعودي, مصر → مصري), feminine -iyya, plural -iyyūn / -iyyīn, each with the article and without
 * ("المستشار الألماني", "الحكومة المصرية").
 */
function arabicNisbas(word: string): string[] {
  if (!/^\p{Script=Arabic}+$/u.test(word)) return [];
  // A name ending in -iyā or -iyya holds the nisba's -ī already: ألمانيا → ألماني, not ألمانيي.
  const bare = word.replace(/^ال/u, "");
  const stem = /(?:يا|ية)$/u.test(bare) ? bare.slice(0, -2) : bare.replace(/[اةى]$/u, "");
  if ([...stem].length <= MIN_STEM_LETTERS) return [];
  return ["ي", "ية", "يون", "يين"].flatMap((ending) => [`${stem}${ending}`, `ال${stem}${ending}`]);
}

/**
 * Persian's adjective in -ī: آلمان → آلمانی, روسیه → روسی (a final silent he goes), ایتالیا → ایتالیایی and اندونزی
 * → اندونزیایی (a vowel takes -yī, a final ی -āyī).
 */
function persianAdjectives(word: string): string[] {
  if (!/^\p{Script=Arabic}+$/u.test(word)) return [];
  let form: string;
  if (word.endsWith("ه")) form = `${word.slice(0, -1)}ی`;
  else if (word.endsWith("ا") || word.endsWith("و")) form = `${word}یی`;
  else if (word.endsWith("ی")) form = `${word}ایی`;
  else form = `${word}ی`;
  return [...form].length <= MIN_STEM_LETTERS + 1 ? [] : [form];
}

/**
 * Hindi's adjective in -ī: रूस → रूसी, चीन → चीनी, अमेरिका → अमेरिकी (a final -ā turns -ī), इंडोनेशिया →
 * इंडोनेशियाई (-iyā takes -ī), जर्मनी → जर्मन (a name in -ī is the adjective's stem).
 */
function hindiAdjectives(word: string): string[] {
  if (!/^[\p{Script=Devanagari}\p{M}]+$/u.test(word)) return [];
  let form: string;
  if (word.endsWith("या")) form = `${word}ई`;
  else if (word.endsWith("ा")) form = `${word.slice(0, -1)}ी`;
  else if (word.endsWith("ी")) form = word.slice(0, -1);
  else form = `${word}ी`;
  return [...form].length <= MIN_STEM_LETTERS + 1 ? [] : [form];
}

/**
 * Georgian's noun of nationality in -ელი: the name without its -ეთი ("land of"), -ია, -ი or -ა, then -ელი (იტალია →
 * იტალიელი, ესპანეთი → ესპანელი, გერმანია → გერმანელი, ჩინეთი → ჩინელი). Irregular ones (რუსი, ფრანგი) are missed,
 * and what the rule makes of their names instead is no word.
 */
function georgianDemonyms(word: string): string[] {
  if (!/^\p{Script=Georgian}+$/u.test(word)) return [];
  // A name in -ია keeps its ი in some (იტალიელი, ავსტრალიელი) and not in others (გერმანელი, იაპონელი): both are formed.
  const stems = [word.replace(/(?:ეთი|ია|ი|ა)$/u, ""), ...(word.endsWith("ია") ? [word.slice(0, -1)] : [])];
  return stems.filter((stem) => [...stem].length > MIN_STEM_LETTERS).map((stem) => `${stem}ელი`);
}

/**
 * Hebrew's adjective in -י, with the article only (הספרדי, the Spaniard; הגרמני; הסיני): without it the form is often a
 * name or a word of its own (קנדי is Kennedy as well as Canadian, קובי a given name). A final -ה goes (גרמניה → גרמני,
 * רוסיה → רוסי), a final -ו turns -י (הודו → הודי). Irregular ones (איטלקי, מצרי) are missed.
 */
const HEBREW_MEDIAL: Readonly<Record<string, string>> = { "ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ" };

function hebrewAdjectives(word: string): string[] {
  if (!/^\p{Script=Hebrew}+$/u.test(word)) return [];
  // A final letter takes its medial form once an ending follows (פקיסטן → הפקיסטני, יפן → היפני).
  const stem = word.replace(/[הו]$/u, "").replace(/[ךםןףץ]$/u, (c) => HEBREW_MEDIAL[c]!);
  return [...stem].length <= MIN_STEM_LETTERS ? [] : [`ה${stem}י`, `ה${stem}ית`];
}

/**
 * South Slavic adjectives of a country in -ski, in Latin or Cyrillic letters, from its one-word name: a name that is an
 * adjective already loses its -a (Njemačka → njemački, Hrvatska → hrvatski, Турска → турски); -ija gives -ski, -ijski or
 * -ijanski, of which the language uses one and the others are no words (Španija → španski, Indija → indijski, Italija →
 * italijanski; Slovenian Nemčija → nemški); -ka and -ko, and a final k, turn -čki (Amerika → američki, Meksiko → meksički,
 * Irak → irački); another -a or -o goes (Kanada → kanadski); a consonant takes -ski (Japan → japanski). Irregular ones
 * (kineski, francuski, srpski) are in DEMONYM_SUPPLEMENT.
 */
function southSlavicAdjectives(lang: string, word: string): string[] {
  const cyrillic = /^\p{Script=Cyrillic}+$/u.test(word);
  if (!cyrillic && !/^\p{Script=Latin}+$/u.test(word)) return [];
  const [ski, cki, ij, ijan, ski2] = cyrillic ? ["ски", "чки", "иј", "ијан", "шки"] : ["ski", "čki", "ij", "ijan", "ški"];
  const w = word.toLowerCase();
  // -ski after an s or š is -ki (Rus-ija → ruski, Bangladeš → bangladeški).
  const stemOf = (n: number) => w.slice(0, w.length - n);
  const withSki = (stem: string) => (/[sšсш]$/u.test(stem) ? `${stem}${ski.slice(1)}` : `${stem}${ski}`);
  let forms: string[];
  if (/(?:ska|ška|čka|ска|шка|чка)$/u.test(w)) forms = [`${stemOf(1)}${cyrillic ? "и" : "i"}`];
  else if (/(?:ija|ија)$/u.test(w)) {
    const stem = stemOf(3);
    forms = lang === "sl" && /č$/u.test(stem) ? [`${stem.slice(0, -1)}${ski2}`] : [withSki(stem), `${stem}${ij}${ski}`, `${stem}${ijan}${ski}`];
  } else if (/(?:ka|ko|ка|ко)$/u.test(w)) forms = [`${stemOf(2)}${cki}`];
  else if (/[kк]$/u.test(w)) forms = [`${stemOf(1)}${cki}`];
  else if (/[aoао]$/u.test(w)) forms = [withSki(stemOf(1))];
  else if (/[^aeiouаеиоу]$/u.test(w)) forms = [withSki(w)];
  else forms = [];
  // The stem before -ski keeps more than MIN_STEM_LETTERS letters (Rus-ki, not a two-letter stem).
  return forms.filter((f) => [...f].length >= MIN_STEM_LETTERS + 1 + "ki".length);
}
