import type { LanguageGuess } from "../types.js";

/**
 * Languages eld's 60 leave out or cannot tell apart, decided by facts of their writing rather than a model:
 *
 * - A script only one language writes in news: Khmer (km), Sinhala (si), Myanmar (my), Tibetan (bo),
 *   Thaana (dv), Mongolian script (mn). eld knows none of them and answers "und".
 * - Cyrillic letters Russian, Ukrainian, Belarusian, Bulgarian and Serbian never use: Tajik ӣ ӯ ҷ, Tatar җ,
 *   Bashkir ҡ ҙ ҫ, Kazakh ә ұ һ (and қ ғ), Uzbek ў with қ ғ ҳ, Macedonian ѓ ќ ѕ, Kyrgyz ң with ө ү, Mongolian
 *   ө ү alone (the alphabets' own letter tables, tried from the most particular).
 * - Indonesian and Malay (one model in eld, "ms"): the standard languages' own words for the same
 *   things, weekdays and months (uang / wang, karena / kerana, bahwa / bahawa, perusahaan / syarikat, polisi / polis,
 *   Kamis / Khamis, Agustus / Ogos …;
 *   the exclusive-word approach of Ranaivo-Malançon 2006, "Automatic identification of close languages").
 * - Nepali beside Hindi and Marathi (eld has no Nepali): its postpositions and copula (लाई, छ, छन्, थियो,
 *   भएको, गरेको, पनि) against Hindi's (में, है, हैं, था, और) and Marathi's (आहे, आणि, केले).
 * - Where eld is unsure (a sentence or two of close languages) and answers "und": Russian, Ukrainian,
 *   Belarusian, Bulgarian, Serbian by their letters (Serbian's ј alone with its own words: је, су, у); Arabic, Persian,
 *   Urdu by theirs; Czech and Slovak by theirs; Turkish beside Azerbaijani by ı and ğ without ə; Macedonian beside
 *   Serbian by their words where no letter of one alone is written; Danish beside Norwegian by the words each spells its way.
 * - Pashto by the letters only it writes (ټ ډ ړ ږ ښ ګ ڼ ې ۍ); Tigrinya beside Amharic by its ኣ and its words.
 * - Latin-script languages of the world's news services eld lacks (Swahili, Hausa, Somali, Oromo, Igbo, Welsh,
 *   Irish, Scottish Gaelic, Galician, Uzbek) by their most frequent function words, and Afrikaans beside Dutch by
 *   the words the two do not share (nie, 'n, vir, hulle against niet, een, voor, de), and its article "die" where no
 *   Dutch-only word stands.
 */

/** Share of a sample's letters one script must hold for the sample to be called by it. */
const SCRIPT_SHARE = 0.6;
/** Marker letters or words a sample needs before its language is changed on their evidence. */
const MIN_MARKERS = 2;

const ONE_LANGUAGE_SCRIPTS: readonly [RegExp, string][] = [
  [/\p{Script=Khmer}/gu, "km"],
  [/\p{Script=Sinhala}/gu, "si"],
  [/\p{Script=Myanmar}/gu, "my"],
  [/\p{Script=Tibetan}/gu, "bo"],
  [/\p{Script=Thaana}/gu, "dv"],
  [/\p{Script=Mongolian}/gu, "mn"],
];
/** Letters and the marks written on them (Khmer, Sinhala, Myanmar … write vowels as marks). */
const LETTER = /[\p{L}\p{M}]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const DEVANAGARI = /\p{Script=Devanagari}/gu;
const ARABIC = /\p{Script=Arabic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Cyrillic-script languages eld knows; the letter facts below may correct them, never "be" for "uz". */
const ELD_CYRILLIC = new Set(["ru", "uk", "bg", "sr", "be", "und"]);

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** Each pair names one thing in the two standards; words both use for other things (kerajaan, polisi, kereta) are left out. */
// The weekdays each writes its own way (Senin / Isnin, Kamis / Khamis, Jumat / Jumaat): news dates its events by them.
const INDONESIAN_WORDS = /(?<!\p{L})(?:uang|karena|pemerintah|kemarin|bisa|kantor|pengadilan|pernyataan|rupiah|mobil|yaitu|sepak bola|tahun lalu|rumah sakit|universitas|kampanye|anggaran|ujarnya|Rp|Senin|Kamis|Jumat|bahwa|perusahaan|pabrik|Serikat|Maret|Agustus|Desember|Spanyol|hari Minggu|pelatih|direktur|komite|mantan|kudeta|wali kota|militer|oposisi|parlemen|kejuaraan|Brasil|Meksiko|Jenewa|Jepang|Prancis|Inggris)(?!\p{L})/giu;
const MALAY_WORDS = /(?<!\p{L})(?:wang|kerana|sahaja|polis|pejabat|mahkamah|kenyataan|ringgit|iaitu|bola sepak|tahun lepas|hospital|universiti|kempen|bajet|menerusi|RM|Isnin|Khamis|Jumaat|bahawa|syarikat|kilang|Mac|Ogos|Disember|Sepanyol|hari Ahad|jurulatih|pengarah|jawatankuasa|bekas presiden|rampasan kuasa|datuk bandar|tentera|pembangkang|parlimen|kejohanan|Brazil|Jepun|Perancis|Inggeris)(?!\p{L})/giu;
// Nepali also by its weekdays in -बार (Hindi and Marathi write -वार) and "while doing" (गर्दै).
const NEPALI_WORDS = /(?<!\p{L})(?:लाई|छ|छन्|थियो|भएको|गरेको|गरेका|पनि|हुन्छ|गर्नुभयो|गरिन्|भने|गर्दै|आइतबार|सोमबार|मंगलबार|बुधबार|बिहीबार|शुक्रबार|शनिबार)(?![\p{L}\p{M}])|(?<=\p{L}\p{M}?)लाई(?![\p{L}\p{M}])/gu;
const HINDI_WORDS = /(?<!\p{L})(?:में|है|हैं|था|थे|और|किया|गया|के|की)(?![\p{L}\p{M}])/gu;
// Marathi also by its "in" and "at" (मध्ये, येथे) and the genitive -च्या it writes onto a noun (भारताच्या).
const MARATHI_WORDS = /(?<!\p{L})(?:आहे|आहेत|आणि|होते|केले|झाले|यांनी|त्यांनी|मध्ये|येथे)(?![\p{L}\p{M}])|(?<=\p{L}\p{M}?)च्या(?![\p{L}\p{M}])/gu;
/** Confidence given to a language settled by its letters or words: above the floor, below a clear model score. */
const SETTLED_BY_LETTERS = 0.7;
/** Function words settle less than letters: a quoted sentence of another language can bring its own. */
const SETTLED_BY_WORDS = 0.6;

const PASHTO_LETTERS = /[ټډړږښګڼېۍ]/gu;
const ETHIOPIC = /\p{Script=Ethiopic}/u;
const TIGRINYA_WORDS = /(?<!\p{L})(?:ናይ|ኣብ|እዩ|ምስ|እዚ|ከም)(?![\p{L}\p{M}])/gu;
const AMHARIC_WORDS = /(?<!\p{L})(?:ነው|እና|ላይ|ውስጥ|ጋር|ወደ)(?![\p{L}\p{M}])/gu;

/**
 * The most frequent function words of each language (articles, particles, conjunctions, prepositions, copulas
 * and the reporting verb of news), from the languages' grammars and frequency lists; words two of them share
 * count for both. A language is named when its words are at least MIN_FUNCTION_WORDS and FUNCTION_WORD_SHARE of
 * the sample's, and half again as many as the runner-up's.
 */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  sw: "na wa ya kwa za katika ni kuwa hiyo huo amesema alisema serikali pia baada wakati kama hata lakini zaidi",
  ha: "da ta ya cewa wanda ba sun shi ne ce kuma amma domin game daga akwai gwamnati wannan kasar",
  so: "iyo ee ka ku oo waxa ayaa la in u wuxuu waxay uu ay kale dowladda sidoo iyada ahaa lagu",
  om: "fi kan irratti akka keessatti jedhe ture waliin kana sana kun isaan ni turan garuu biyya mootummaa irraa",
  ig: "na nke ya ka ndị bụ maka anyị ebe mgbe nwere kwuru ga ha gị",
  cy: "y yr ac yn mae wedi ei bod ar gan am hefyd ond roedd dywedodd fel sydd byddai gyda",
  ga: "an na agus ar le go ag is sé sí bhí atá ach seo sin don leis faoi",
  gd: "an na agus air gu tha ann bha ris aig mar le bho sin seo chaidh nach ach",
  gl: "o os as da do das dos que non unha un coa co na no pola polo xa tamén máis foi",
  uz: "va bilan uchun bu ham esa deb bo‘lgan boʻlgan qilish yil hukumat emas edi kerak ko‘ra koʻra qarshi yangi katta kuni qildi ikki bo‘yicha boʻyicha qabul imzoladi",
};
const FUNCTION_WORD_SETS = Object.entries(FUNCTION_WORDS).map(([code, words]) => [code, new Set(words.split(" "))] as const);
const MIN_FUNCTION_WORDS = 4;
const FUNCTION_WORD_LEAD = 1.5;
/** Running text is a fifth to a half function words; a few scattered short words ("in", "an", "no") are not a language. */
const FUNCTION_WORD_SHARE = 0.15;
/** eld's codes for the Scandinavian languages, which it confuses with each other on a short text. */
const SCANDINAVIAN: ReadonlySet<string> = new Set(["sv", "da", "no", "nb", "nn"]);
const DANISH_ONLY = new Set(["imod", "mod", "efter", "blev", "havde", "mig", "dig", "sig", "nogle", "mellem", "uden", "hvad", "præsident", "sagde", "af", "drøftede", "diskuterede", "slog", "fik", "gik", "tabte"]);
const NORWEGIAN_ONLY = new Set(["imot", "mot", "etter", "ble", "hadde", "meg", "deg", "seg", "noen", "mellom", "uten", "hva", "president", "sa", "diskuterte", "drøftet", "slo", "fikk", "gikk", "tapte"]);
const AFRIKAANS_ONLY = new Set(["nie", "'n", "’n", "vir", "hulle", "gesê", "sy", "hy", "ons", "oor", "deur", "baie", "mense", "gister", "hom", "teen", "sê", "julle"]);
/** Afrikaans' article, which Dutch writes as a demonstrative: counted for Afrikaans where no Dutch-only word stands. */
const AFRIKAANS_ARTICLE = "die";
const DUTCH_ONLY = new Set(["niet", "een", "voor", "de", "zijn", "wordt", "zij", "hij", "ons"]);

/** Lower-case words with the apostrophes and modifier letters some orthographies write inside them (o‘z, 'n). */
function wordsOf(sample: string): string[] {
  return sample.toLowerCase().match(/['’‘ʻ]?[\p{L}\p{M}]+(?:['’‘ʻ][\p{L}\p{M}]+)*/gu) ?? [];
}

function latinByFunctionWords(sample: string): string | null {
  const words = wordsOf(sample);
  let best: string | null = null;
  let bestHits = 0;
  let secondHits = 0;
  for (const [code, set] of FUNCTION_WORD_SETS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      secondHits = bestHits;
      bestHits = hits;
      best = code;
    } else if (hits > secondHits) secondHits = hits;
  }
  // The share is of the words written in lower case: names ("Real Madrid iliifunga Bayern … Vinícius Júnior") are no
  // language's, and a short report of a match or a summit is half names.
  const running = words.length - (sample.match(CAPITALISED_WORD_RE) ?? []).length;
  return bestHits >= MIN_FUNCTION_WORDS && bestHits >= FUNCTION_WORD_LEAD * secondHits && bestHits >= FUNCTION_WORD_SHARE * running ? best : null;
}

/** A word's capital first letter. */
const CAPITALISED_WORD_RE = /(?<![\p{L}\p{M}'’‘ʻ])\p{Lu}/gu;

/** Letters of the Cyrillic alphabets below that Russian and its kin never write: most samples have none. */
const NON_RUSSIAN_CYRILLIC = /[әұһқғңөүӣӯҷѓќѕўҳҗҡҙҫӘҰҺҚҒҢӨҮӢӮҶЃЌЅЎҲҖҠҘҪ]/u;

/** The guess, corrected or filled in by the facts above; `sample` is the text the guess was made on. */
export function refineLanguage(sample: string, guess: LanguageGuess, unsure: string = guess.code): LanguageGuess {
  let letters: number | undefined; // counted once, and only when a rule needs a script's share
  const shareOf = (script: RegExp): number => {
    letters ??= count(sample, LETTER);
    return letters === 0 ? 0 : count(sample, script) / letters;
  };
  if (guess.code === "und") {
    for (const [script, code] of ONE_LANGUAGE_SCRIPTS) {
      if (!script.test(sample)) continue;
      script.lastIndex = 0;
      const share = shareOf(script);
      if (share >= SCRIPT_SHARE) return { code, confidence: Math.min(1, Math.round(share * 1000) / 1000) };
    }
  }
  // Han without kana is Chinese, Han with kana Japanese: a Japanese sentence writes its particles and endings in kana,
  // and eld, scoring the same characters for both, is often unsure between them on a short text.
  if ((guess.code === "und" || guess.code === "zh" || guess.code === "ja") && shareOf(HAN_OR_KANA) >= SCRIPT_SHARE) {
    const kana = count(sample, KANA);
    const code = kana >= MIN_MARKERS ? "ja" : kana === 0 ? "zh" : null;
    if (code !== null && code !== guess.code) return { code, confidence: Math.max(guess.confidence, SETTLED_BY_LETTERS) };
  }
  if (ELD_CYRILLIC.has(guess.code) && NON_RUSSIAN_CYRILLIC.test(sample) && shareOf(CYRILLIC) >= SCRIPT_SHARE) {
    const code = cyrillicByLetters(sample);
    if (code !== null && !(guess.code === "be" && code === "uz")) return { code, confidence: Math.max(guess.confidence, 0.8) };
  }
  // eld unsure between Russian, Ukrainian, Belarusian, Bulgarian and Serbian (a sentence or two): their letters tell.
  if (guess.code === "und" && shareOf(CYRILLIC) >= SCRIPT_SHARE) {
    const code = eldCyrillicByLetters(sample.toLowerCase());
    if (code !== null) return { code, confidence: SETTLED_BY_LETTERS };
  }
  if ((guess.code === "und" || guess.code === "fa" || guess.code === "ur" || guess.code === "ar") && count(sample, PASHTO_LETTERS) >= MIN_MARKERS + 1) {
    return { code: "ps", confidence: Math.max(guess.confidence, SETTLED_BY_LETTERS) };
  }
  // Urdu read as Persian or Arabic: Urdu's retroflex letters, nasal noon and bari ye, which neither writes (ٹ ڈ ڑ ں ے).
  if ((guess.code === "fa" || guess.code === "ar") && count(sample, /[ٹڈڑںےۓ]/gu) >= MIN_MARKERS + 1) return { code: "ur", confidence: Math.max(guess.confidence, SETTLED_BY_LETTERS) };
  // eld unsure between Arabic, Persian and Urdu: Urdu's retroflex letters, Persian's yeh and keheh (ی ک) and
  // its four letters (پ چ ژ گ), Arabic's ta marbuta and Arabic yeh and kaf (ة ي ك).
  if (guess.code === "und" && shareOf(ARABIC) >= SCRIPT_SHARE) {
    const code = arabicScriptByLetters(sample);
    if (code !== null) return { code, confidence: SETTLED_BY_LETTERS };
  }
  // Czech and Slovak, when eld cannot part them: ř ů ě are Czech alone, ľ ĺ ŕ ô Slovak alone.
  if (guess.code === "und" && shareOf(LATIN) >= SCRIPT_SHARE) {
    const czech = count(sample, /[řůěŘŮĚ]/gu);
    const slovak = count(sample, /[ľĺŕôĽĹŔÔ]/gu);
    if (Math.max(czech, slovak) >= MIN_MARKERS && czech !== slovak) return { code: czech > slovak ? "cs" : "sk", confidence: SETTLED_BY_LETTERS };
  }
  // Turkish and Azerbaijani, when eld cannot part them (a sentence full of names): ə is Azerbaijani's alone, and
  // without it Turkish's dotless ı and ğ tell.
  if (guess.code === "und" && shareOf(LATIN) >= SCRIPT_SHARE && !/[əƏ]/u.test(sample) && count(sample, /[ığİ]/gu) >= MIN_MARKERS) {
    return { code: "tr", confidence: SETTLED_BY_LETTERS };
  }
  if ((guess.code === "und" || guess.code === "am") && ETHIOPIC.test(sample)) {
    const tigrinya = count(sample, /ኣ/gu) + count(sample, TIGRINYA_WORDS);
    const amharic = count(sample, /አ/gu) + count(sample, AMHARIC_WORDS);
    if (tigrinya >= MIN_MARKERS && tigrinya > amharic) return { code: "ti", confidence: Math.max(guess.confidence, SETTLED_BY_LETTERS) };
  }
  if (guess.code === "und" && shareOf(LATIN) >= SCRIPT_SHARE) {
    const code = latinByFunctionWords(sample);
    if (code !== null) return { code, confidence: SETTLED_BY_WORDS };
  }
  // Swedish when eld leans to a Scandinavian language but cannot part them (a short text full of names): Swedish writes
  // ä and ö, Danish and Norwegian æ and ø for the same vowels.
  if (guess.code === "und" && SCANDINAVIAN.has(unsure) && /[äöÄÖ]/u.test(sample) && !/[æøÆØ]/u.test(sample)) return { code: "sv", confidence: SETTLED_BY_LETTERS };
  // Danish and Norwegian Bokmål, when eld cannot part them: the words each spells its own way (imod / imot, efter /
  // etter, blev / ble, havde / hadde, mig / meg; the strong verbs' past, slog / slo, fik / fikk). Not in Swedish, which
  // writes ä and ö and shares some of them (efter, sig).
  if (guess.code === "und" && shareOf(LATIN) >= SCRIPT_SHARE && !/[äöÄÖ]/u.test(sample)) {
    const words = wordsOf(sample);
    const danish = words.filter((w) => DANISH_ONLY.has(w)).length;
    const norwegian = words.filter((w) => NORWEGIAN_ONLY.has(w)).length;
    if (Math.max(danish, norwegian) >= MIN_MARKERS && danish !== norwegian) return { code: danish > norwegian ? "da" : "no", confidence: SETTLED_BY_WORDS };
  }
  if (guess.code === "nl") {
    const words = wordsOf(sample);
    const dutch = words.filter((w) => DUTCH_ONLY.has(w)).length;
    const afrikaans = words.filter((w) => AFRIKAANS_ONLY.has(w) || (dutch === 0 && w === AFRIKAANS_ARTICLE)).length;
    if (afrikaans >= MIN_MARKERS + 1 && afrikaans > 2 * dutch) return { code: "af", confidence: guess.confidence };
  }
  if (guess.code === "ms" || guess.code === "id") {
    const indonesian = count(sample, INDONESIAN_WORDS);
    const malay = count(sample, MALAY_WORDS);
    if (indonesian !== malay) return { code: indonesian > malay ? "id" : "ms", confidence: guess.confidence };
  }
  if (guess.code === "und" || guess.code === "hi" || guess.code === "mr") {
    const nepali = count(sample, NEPALI_WORDS);
    const hindi = count(sample, HINDI_WORDS);
    const marathi = count(sample, MARATHI_WORDS);
    const best = Math.max(nepali, hindi, marathi);
    if (best >= MIN_MARKERS && shareOf(DEVANAGARI) >= SCRIPT_SHARE) {
      // eld knows Hindi and Marathi: only an undecided guess is settled for them, Nepali whenever its words lead.
      if (nepali === best && nepali > hindi && nepali > marathi) return { code: "ne", confidence: Math.max(guess.confidence, SETTLED_BY_LETTERS) };
      if (guess.code === "und" && hindi === best && hindi > marathi) return { code: "hi", confidence: SETTLED_BY_LETTERS };
      if (guess.code === "und" && marathi === best && marathi > hindi) return { code: "mr", confidence: SETTLED_BY_LETTERS };
    }
  }
  return guess;
}

/**
 * Russian, Ukrainian, Belarusian, Bulgarian or Serbian by the letters each alphabet alone writes: Serbian
 * ђ ћ џ (or ј with љ њ), Ukrainian ї є ґ (or і without ы э), Belarusian ў with і, Russian ы э without
 * і ў, Bulgarian ъ inside words without ы э. Null when the sample shows none of these.
 */
function eldCyrillicByLetters(lower: string): string | null {
  const has = (letters: RegExp) => count(lower, letters) >= 1;
  if (has(/[ђћ]/gu)) return "sr";
  // ј, љ, њ and џ are Macedonian's too: where ѓ, ќ, ѕ do not tell, the two languages' own words do (је, су, у; во, го, ќе).
  if (has(/[јљњџ]/gu)) {
    const serbian = count(lower, SERBIAN_WORDS);
    const macedonian = count(lower, MACEDONIAN_WORDS);
    if (macedonian > serbian) return "mk";
    if (serbian >= MIN_MARKERS || (serbian > 0 && has(/ј/gu) && has(/[љњџ]/gu))) return "sr";
  }
  if (has(/[їєґ]/gu) || (has(/і/gu) && !has(/[ыэў]/gu))) return "uk";
  if (has(/ў/gu) && has(/і/gu)) return "be";
  if (has(/[ыэ]/gu) && !has(/[іў]/gu)) return "ru";
  // A sentence may have no ы or э ("погибли по меньшей мере 12 человек, сообщил министр"): Russian's own words tell.
  if (!has(/[іўїєґъ]/gu) && count(lower, RUSSIAN_WORDS) >= MIN_MARKERS) return "ru";
  // Bulgarian writes ъ inside words and its definite article -ът onto nouns, and has words Russian lacks: the
  // reflexive "се", "ще" (will), "са" (are), "със", "във", "това". Russian writes ы or э in most sentences.
  if (!has(/[ыэ]/gu) && count(lower, /\p{L}ъ\p{L}|\p{L}ът(?!\p{L})/gu) + count(lower, BULGARIAN_WORDS) >= MIN_MARKERS) return "bg";
  return null;
}

/**
 * Words Russian writes and Ukrainian, Bulgarian and Serbian do not (or spell otherwise): "что", "это", "его", "был",
 * "также", "который", "года", "более", "человек", "сообщил", "заявил", its weekdays and verbs of meeting.
 */
const RUSSIAN_WORDS = /(?<!\p{L})(?:что|это|его|её|был|была|было|были|также|который|которая|которое|которые|года|более|меньшей|человек|сообщил|сообщила|сообщили|заявил|заявила|заявили|понедельник|четверг|пятницу|субботу|воскресенье|встретился|встретилась|встретились|обсудили)(?!\p{L})/gu;
const KYRGYZ_WORDS = /(?<!\p{L})(?:жана|менен|деп|күнү|үчүн|болуп|алды|берди|кабыл|президенти|бейшемби)(?!\p{L})/gu;
const MONGOLIAN_WORDS = /(?<!\p{L})(?:ба|нь|юм|байна|байгаа|болон|хүлээн|гарагт|ерөнхийлөгч|авлаа)(?!\p{L})/gu;
/** Words Macedonian writes and Serbian does not: in, him, them, will, is ("во", "го", "ги", "ќе", "е"). */
const MACEDONIAN_WORDS = /(?<!\p{L})(?:во|го|ги|ќе|е|беше|со|кој|која|кое|што)(?!\p{L})/gu;
/** Words Serbian writes and Macedonian does not: is, are, in, from, which ("је", "су", "у", "из", "који"). */
const SERBIAN_WORDS = /(?<!\p{L})(?:је|су|у|из|који|која|које|није|били|била|био)(?!\p{L})/gu;
/** Words Bulgarian writes and Russian does not (the reflexive "се", "ще", "са", "със", "във", "това", "беше"). */
const BULGARIAN_WORDS = /(?<!\p{L})(?:се|ще|са|със|във|това|беше|бяха)(?!\p{L})/gu;

function arabicScriptByLetters(sample: string): string | null {
  const urdu = count(sample, /[ٹڈڑںےۓھ]/gu);
  const persian = count(sample, /[یکپچژگ]/gu);
  const arabic = count(sample, /[ةيكى]/gu);
  // Persian and Arabic never write ٹ ڈ ڑ ں ے: three of them settle it, whatever the shared ی and ک say.
  if (urdu >= MIN_MARKERS + 1 || (urdu >= MIN_MARKERS && urdu * 2 >= persian)) return "ur";
  if (persian >= MIN_MARKERS && persian > arabic) return "fa";
  if (arabic >= MIN_MARKERS && arabic > persian) return "ar";
  return null;
}

/** A Cyrillic alphabet's own letters, or null when the sample has none of them (Russian and its kin). */
function cyrillicByLetters(sample: string): string | null {
  const lower = sample.toLowerCase();
  const has = (letters: RegExp) => count(lower, letters) >= MIN_MARKERS;
  if (has(/[ӣӯҷ]/gu)) return "tg";
  if (has(/җ/gu)) return "tt";
  if (has(/[ҡҙҫ]/gu)) return "ba";
  if (has(/[әұһ]/gu)) return "kk";
  if (has(/ў/gu) && has(/[қғҳ]/gu)) return "uz";
  if (has(/[қғ]/gu)) return "kk";
  if (has(/[ѓќѕ]/gu)) return "mk";
  if (has(/ң/gu) && has(/[өү]/gu)) return "ky";
  // Without ң, Kyrgyz and Mongolian by their words (жана, менен, күнү; ба, нь, юм, байна).
  if (has(/[өү]/gu)) return count(lower, KYRGYZ_WORDS) > count(lower, MONGOLIAN_WORDS) ? "ky" : "mn";
  return null;
}
