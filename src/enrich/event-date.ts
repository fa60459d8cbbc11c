import * as chrono from "chrono-node";
import type { PartialDate } from "../types.js";
import { parseDate } from "../clean/dates.js";
import { cuedParser, cuedRuns, dateCues } from "./date-cues.js";
import { fold } from "./fold.js";
import { EUROPE_WEEKDAYS } from "./lexicon-europe.js";

/** The date an article's event most likely happened, with where it was read. */
export interface EventDate {
  date: PartialDate;
  /** The words it was read from. */
  text: string;
  /** Offset of `text` in the enriched document (title + "\n\n" + text). */
  offset: number;
  /** In [0, 1]: higher for the lead, for dates tied to a known reference, for a year we know. */
  confidence: number;
}

/** chrono-node's casual parser per language it supports; others fall back to English plus our weekday table. */
const PARSERS: Readonly<Record<string, chrono.Chrono>> = {
  en: chrono.en.casual, fr: chrono.fr.casual, de: chrono.de.casual, es: chrono.es.casual, pt: chrono.pt.casual,
  it: chrono.it.casual, nl: chrono.nl.casual, ja: chrono.ja.casual, zh: chrono.zh.casual, ru: chrono.ru.casual,
  uk: chrono.uk.casual, sv: chrono.sv.casual, fi: chrono.fi.casual, id: chrono.id.casual, vi: chrono.vi.casual,
};
/** Characters of body text searched for the event date: the lead and the paragraph after it. */
const EVENT_SCAN_CHARS = 900;
/** Confidence of a date in the first paragraph, where wire stories state when the event happened. */
const LEAD_CONFIDENCE = 0.8;
/** Confidence of a date found further down: often a background date, not the event's. */
const BODY_CONFIDENCE = 0.5;
/**
 * Confidence lost by a time of day chrono-node places on the reference day for want of any other ("night", "ce soir"):
 * below a weekday read in the body.
 */
const TIME_OF_DAY_PENALTY = 0.35;
/** Confidence lost when the year is unknown (the reference date has none). */
const NO_YEAR_PENALTY = 0.3;
const DAY_MS = 86_400_000;

/**
 * Weekday words chrono-node lacks (pl, tr, and the languages it has no parser for: ar, fa, he, el, bg,
 * hi, ko; zh and ja weekdays it misses in running text), folded, as days before the reference. Thai's are
 * found inside phrases (THAI_WEEKDAYS).
 */
const WEEKDAY_NAMES: ReadonlyArray<readonly [string, string]> = [
  ["pl", "niedziela poniedzialek wtorek sroda czwartek piatek sobota"],
  ["pl", "niedziele poniedzialku wtorku srode czwartku piatku sobote"],
  ["tr", "pazar pazartesi sali carsamba persembe cuma cumartesi"],
  ["ar", "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت"],
  ["ar", "الاحد الإثنين الثلاثاء الاربعاء الخميس الجمعة السبت"],
  ["fa", "یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه شنبه"],
  ["he", "ראשון שני שלישי רביעי חמישי שישי שבת"],
  ["el", "κυριακη δευτερα τριτη τεταρτη πεμπτη παρασκευη σαββατο"],
  // The genitive, "on the evening of Thursday": το βράδυ της Πέμπτης.
  ["el", "κυριακης δευτερας τριτης τεταρτης πεμπτης παρασκευης σαββατου"],
  ["bg", "неделя понеделник вторник сряда четвъртък петък събота"],
  ["hi", "रविवार सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार"],
  ["ur", "اتوار پیر منگل بدھ جمعرات جمعہ ہفتہ"],
  ["bn", "রবিবার সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার"],
  ["ko", "일요일 월요일 화요일 수요일 목요일 금요일 토요일"],
  ["zh", "星期日 星期一 星期二 星期三 星期四 星期五 星期六"],
  ["ja", "日曜日 月曜日 火曜日 水曜日 木曜日 金曜日 土曜日"],
  // Georgian, also in the dative a day takes as "on" (ხუთშაბათს, on Thursday); Armenian; Tamil (Monday written two ways).
  ["ka", "კვირა ორშაბათი სამშაბათი ოთხშაბათი ხუთშაბათი პარასკევი შაბათი"],
  ["ka", "კვირას ორშაბათს სამშაბათს ოთხშაბათს ხუთშაბათს პარასკევს შაბათს"],
  ["hy", "կիրակի երկուշաբթի երեքշաբթի չորեքշաբթի հինգշաբթի ուրբաթ շաբաթ"],
  ["uz", "yakshanba dushanba seshanba chorshanba payshanba juma shanba"],
  ["kk", "жексенбі дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі"],
  ["ta", "ஞாயிற்றுக்கிழமை திங்கட்கிழமை செவ்வாய்க்கிழமை புதன்கிழமை வியாழக்கிழமை வெள்ளிக்கிழமை சனிக்கிழமை"],
  ["ta", "ஞாயிறு திங்கள்கிழமை செவ்வாய் புதன் வியாழன் வெள்ளி சனி"],
  ["te", "ఆదివారం సోమవారం మంగళవారం బుధవారం గురువారం శుక్రవారం శనివారం"],
  ["ml", "ഞായറാഴ്ച തിങ്കളാഴ്ച ചൊവ്വാഴ്ച ബുധനാഴ്ച വ്യാഴാഴ്ച വെള്ളിയാഴ്ച ശനിയാഴ്ച"],
  ["kn", "ಭಾನುವಾರ ಸೋಮವಾರ ಮಂಗಳವಾರ ಬುಧವಾರ ಗುರುವಾರ ಶುಕ್ರವಾರ ಶನಿವಾರ"],
  // Marathi, also in the locative a day takes as "on" (गुरुवारी, on Thursday).
  ["mr", "रविवार सोमवार मंगळवार बुधवार गुरुवार शुक्रवार शनिवार"],
  ["mr", "रविवारी सोमवारी मंगळवारी बुधवारी गुरुवारी शुक्रवारी शनिवारी"],
  // Gujarati, also in the locative a day takes as "on" (ગુરુવારે); Punjabi; Nepali.
  ["gu", "રવિવાર સોમવાર મંગળવાર બુધવાર ગુરુવાર શુક્રવાર શનિવાર"],
  ["gu", "રવિવારે સોમવારે મંગળવારે બુધવારે ગુરુવારે શુક્રવારે શનિવારે"],
  ["pa", "ਐਤਵਾਰ ਸੋਮਵਾਰ ਮੰਗਲਵਾਰ ਬੁੱਧਵਾਰ ਵੀਰਵਾਰ ਸ਼ੁੱਕਰਵਾਰ ਸ਼ਨੀਵਾਰ"],
  ["ne", "आइतबार सोमबार मंगलबार बुधबार बिहीबार शुक्रबार शनिबार"],
  // Azerbaijani's one-word days (its two-word ones: DAYS_BY_NEXT_WORD); Kyrgyz and Mongolian.
  ["az", "- - - çərşənbə - cümə şənbə"],
  // Kyrgyz and Mongolian.
  ["ky", "жекшемби дүйшөмбү шейшемби шаршемби бейшемби жума ишемби"],
  ["mn", "ням даваа мягмар лхагва пүрэв баасан бямба"],
  // Tagalog (its Sunday, Linggo, is also "week": left out).
  ["tl", "- lunes martes miyerkules huwebes biyernes sabado"],
  // Indonesian and Malay Sunday, which chrono-node reads only after "hari" (day): also "week", so read capitalised only
  // (CAPITALISED_WEEKDAY_LANGUAGES): "pada Minggu", on Sunday; "minggu lalu", last week.
  ["id", "minggu - - - - - -"],
  ["ms", "minggu - - - - - -"],
  // Amharic, Sunday and Friday in both their spellings.
  ["am", "እሑድ ሰኞ ማክሰኞ ረቡዕ ሐሙስ ዓርብ ቅዳሜ"],
  ["am", "እሁድ ሰኞ ማክሰኞ ረቡዕ ሐሙስ አርብ ቅዳሜ"],
  ...EUROPE_WEEKDAYS,
  ...weekdayCompounds("de", "sonntag montag dienstag mittwoch donnerstag freitag samstag", "morgen vormittag mittag nachmittag abend nacht"),
  ...weekdayCompounds("nl", "zondag maandag dinsdag woensdag donderdag vrijdag zaterdag", "ochtend morgen middag namiddag avond nacht"),
  // Swedish and Norwegian join them with the genitive s, the time of day often in its definite form ("tisdagskvällen").
  ...weekdayCompounds("sv", "söndags måndags tisdags onsdags torsdags fredags lördags", "kväll kvällen morgon morgonen förmiddag förmiddagen eftermiddag eftermiddagen natt natten"),
  ...weekdayCompounds("nb", "søndags mandags tirsdags onsdags torsdags fredags lørdags", "kveld kvelden morgen morgenen formiddag formiddagen ettermiddag ettermiddagen natt natten"),
  ...weekdayCompounds("no", "søndags mandags tirsdags onsdags torsdags fredags lørdags", "kveld kvelden morgen morgenen formiddag formiddagen ettermiddag ettermiddagen natt natten"),
];

/**
 * German, Dutch, Swedish and Norwegian write a weekday and the time of day as one word ("Donnerstagabend",
 * "donderdagavond", "tisdagskvällen"), which
 * chrono-node does not read: the plain weekdays, then each day with each time of day, Sunday first.
 */
function weekdayCompounds(lang: string, days: string, parts: string): [string, string][] {
  const row = days.split(" ");
  return [[lang, days], ...parts.split(" ").map((part): [string, string] => [lang, row.map((day) => day + part).join(" ")])];
}
function weekdayTable(rows: ReadonlyArray<readonly [string, string]>): ReadonlyMap<string, number> {
  return new Map(rows.flatMap(([, row]) => row.split(" ").map((w, day) => [fold(w), day] as const)));
}
/**
 * Weekdays by language: a word is a weekday in its own language only. Persian's Monday, دوشنبه, is how Arabic
 * writes Dushanbe. A language without a row of its own reads them all.
 */
const WEEKDAYS_BY_LANGUAGE: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  [...new Set(WEEKDAY_NAMES.map(([lang]) => lang))].map((lang) => [lang, weekdayTable(WEEKDAY_NAMES.filter(([l]) => l === lang))]),
);

/** Whether a folded word is a weekday in the language's own table (Persian دوشنبه, Monday): false where it has none. */
export function isOwnWeekday(lang: string, key: string): boolean {
  return WEEKDAYS_BY_LANGUAGE.get(lang)?.has(key) === true;
}
const ALL_WEEKDAYS = weekdayTable(WEEKDAY_NAMES);
/** Languages whose weekday is written with a word for "on the day of" before it (Hebrew ביום שני): the word alone ("שני", also "second") needs it. */
const DAY_PREFIXED: ReadonlyMap<string, RegExp> = new Map([["he", /ביום\s*$/]]);
/** Languages whose own weekday word is another word in lower case (Indonesian "minggu", week): read capitalised only. */
const CAPITALISED_WEEKDAY_LANGUAGES: ReadonlySet<string> = new Set(["id", "ms"]);
/**
 * A day of the month alone, as Chinese, Japanese and Korean write it ("16日", "6일") and Thai ("วันที่ 14", the
 * 14th): the latest such day on or before the reference.
 */
const DAY_OF_MONTH_LANGUAGES: ReadonlySet<string> = new Set(["zh", "ja", "ko", "th"]);
const DAY_OF_MONTH_RE = /(?<![\d月])(\d{1,2})\s*(?:日|일)|วันที่\s*(\d{1,2})(?!\d)/u;
/** Scripts that write words together, so a weekday is found inside a phrase: Thai, Lao, Khmer, Myanmar. */
const UNSPACED_DAY_RE = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Thai weekdays written with วัน ("day"), Sunday to Saturday, and the relative days: yesterday, today. */
const THAI_WEEKDAYS = ["วันอาทิตย์", "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์"];
const THAI_RELATIVE: ReadonlyArray<readonly [string, number]> = [["เมื่อวานนี้", 1], ["เมื่อวาน", 1], ["วันนี้", 0]];

/** The first weekday or relative day written inside an unspaced phrase, with its offset there. */
function dayInRun(run: string): { text: string; at: number; weekday?: number; back: number } | null {
  let best: { text: string; at: number; weekday?: number; back: number } | null = null;
  THAI_WEEKDAYS.forEach((name, weekday) => {
    const at = run.indexOf(name);
    if (at >= 0 && (best === null || at < best.at)) best = { text: name, at, weekday, back: 0 };
  });
  for (const [name, back] of THAI_RELATIVE) {
    const at = run.indexOf(name);
    if (at >= 0 && (best === null || at < best.at)) best = { text: name, at, back };
  }
  return best;
}
/** Letters written onto a weekday in front: Arabic wa- ("and") and bi- ("on"), Hebrew le- ("to"). */
const PROCLITIC_FIRST: ReadonlySet<number> = new Set([..."وبל"].map((c) => c.charCodeAt(0)));
/** "Yesterday" and "today" by language, folded when read (chrono-node reads its own languages' words). */
const RELATIVE_DAY_WORDS: ReadonlyArray<readonly [string, Readonly<Record<string, number>>]> = [
  ["pl", { wczoraj: 1, dzisiaj: 0, dzis: 0 }],
  ["tr", { dun: 1, bugun: 0 }],
  ["ar", { أمس: 1, امس: 1, اليوم: 0 }],
  ["he", { אתמול: 1, היום: 0 }],
  ["el", { χθες: 1, σημερα: 0 }],
  ["bg", { вчера: 1, днес: 0 }],
  ["hi", { कल: 1, आज: 0 }],
  ["ko", { 어제: 1, 오늘: 0 }],
  ["ja", { 昨日: 1, 今日: 0 }],
  ["zh", { 昨天: 1, 昨日: 1, 今天: 0, 今日: 0 }],
  ["cs", { vcera: 1, dnes: 0 }],
  ["sk", { vcera: 1, dnes: 0 }],
  ["ro", { ieri: 1, azi: 0 }],
  // The day before yesterday too, as South Slavic writes it in one word (prekjučer, прекјуче).
  ["hr", { jucer: 1, juce: 1, danas: 0, prekjucer: 2 }],
  ["bs", { jucer: 1, juce: 1, danas: 0, prekjucer: 2, prekjuce: 2 }],
  ["sr", { jucer: 1, juce: 1, danas: 0, јуче: 1, данас: 0, prekjuce: 2, прекјуче: 2 }],
  ["mk", { вчера: 1, денес: 0 }],
  ["be", { учора: 1, сёння: 0 }],
  ["ka", { გუშინ: 1, დღეს: 0 }],
  ["hy", { երեկ: 1, այսօր: 0 }],
  ["uz", { kecha: 1, bugun: 0 }],
  ["kk", { кеше: 1, бүгін: 0 }],
  ["ky", { кечээ: 1, бүгүн: 0 }],
  ["az", { dünən: 1 }],
  ["mn", { өчигдөр: 1, өнөөдөр: 0 }],
  ["tl", { kahapon: 1 }],
  ["am", { ትናንት: 1, ዛሬ: 0 }],
  ["ta", { நேற்று: 1, இன்று: 0 }],
  ["te", { నిన్న: 1, నేడు: 0, ఈరోజు: 0 }],
  ["ml", { ഇന്നലെ: 1, ഇന്ന്: 0 }],
  ["kn", { ನಿನ್ನೆ: 1, ಇಂದು: 0 }],
  ["mr", { काल: 1, आज: 0 }],
  ["ne", { हिजो: 1, आज: 0 }],
  ["gu", { ગઈકાલે: 1, આજે: 0 }],
  ["pa", { ਕੱਲ੍ਹ: 1, ਅੱਜ: 0 }],
  ["bn", { গতকাল: 1, আজ: 0 }],
  // Urdu's کل is "yesterday" and, read kul, "all, in total": today alone.
  ["ur", { آج: 0 }],
  ["lt", { vakar: 1, siandien: 0 }],
  ["lv", { vakar: 1, sodien: 0 }],
  ["et", { eile: 1, tana: 0 }],
  ["ms", { semalam: 1 }],
  ["sl", { vceraj: 1, danes: 0 }],
  ["hu", { tegnap: 1 }],
  ["uk", { учора: 1, вчора: 1, сьогодні: 0 }],
  ["fa", { دیروز: 1, امروز: 0 }],
];
/** "Yesterday" in two words (Danish, Norwegian and Swedish "i går"): the second word alone is a verb ("goes"). */
const RELATIVE_AFTER_WORD: ReadonlyMap<string, { back: number; before: RegExp }> = new Map([["gar", { back: 1, before: /(?:^|\s)i\s+$/i }]]);
const RELATIVE_AFTER_LANGUAGES = ["da", "nb", "no", "sv"];

/** The day words the fallback reads in one language: weekdays, "yesterday" and "today", the two-word kind. */
interface DayWords {
  weekdays: ReadonlyMap<string, number>;
  relative: ReadonlyMap<string, number>;
  after: ReadonlyMap<string, { back: number; before: RegExp }>;
}
const NO_WORDS: ReadonlyMap<string, never> = new Map<string, never>();
/** A row of day words keyed as tokens are (`fold`): "dünən" is "dunen", a Tamil or Bengali word keeps its vowel signs. */
const foldedEntries = (words: Readonly<Record<string, number>>): [string, number][] => Object.entries(words).map(([w, back]) => [fold(w), back]);
const ALL_DAY_WORDS: DayWords = {
  weekdays: ALL_WEEKDAYS,
  relative: new Map(RELATIVE_DAY_WORDS.flatMap(([, words]) => foldedEntries(words))),
  after: RELATIVE_AFTER_WORD,
};
const dayWordsCache = new Map<string, DayWords | null>();

/**
 * A language's own day words. A language chrono-node parses and we hold none for has none: chrono reads its
 * weekdays and "yesterday", and another language's words would be misread in it (Slovenian "danes", today, is
 * English "Danes"; Turkish "dün", yesterday, opens "Dun Laoghaire"). A language neither knows reads them all.
 */
function dayWordsOf(lang: string): DayWords | null {
  let words = dayWordsCache.get(lang);
  if (words !== undefined) return words;
  const weekdays = WEEKDAYS_BY_LANGUAGE.get(lang);
  const relativeRow = RELATIVE_DAY_WORDS.find(([l]) => l === lang)?.[1];
  const after = RELATIVE_AFTER_LANGUAGES.includes(lang) ? RELATIVE_AFTER_WORD : undefined;
  if (weekdays === undefined && relativeRow === undefined && after === undefined) words = lang in PARSERS ? null : ALL_DAY_WORDS;
  else words = { weekdays: weekdays ?? NO_WORDS, relative: relativeRow === undefined ? NO_WORDS : new Map(foldedEntries(relativeRow)), after: after ?? NO_WORDS };
  dayWordsCache.set(lang, words);
  return words;
}

/**
 * The event date: relative expressions ("jeudi", "hier", "last Tuesday", "gestern", "ayer") resolved
 * against the reference (publication) date with chrono-node in the article's language, the first one
 * in the lead preferred. A bare weekday is the most recent such day on or before the reference (a wire
 * story filed on Thursday about "jeudi" means that day), never a later one. Without a reference year
 * nothing is invented: weekdays and relative days give null (they cannot be placed), an explicit day
 * and month stay without a year.
 */
export function findEventDate(doc: string, bodyStart: number, lang: string, reference: PartialDate | null, skip: { start: number; end: number } | null): EventDate | null {
  const scanEnd = Math.min(doc.length, bodyStart + EVENT_SCAN_CHARS);
  const leadEnd = paragraphEnd(doc, bodyStart);
  const slice = asChronoReads(doc.slice(bodyStart, scanEnd), lang);
  const refDate = reference !== null && reference.year !== undefined && reference.month !== undefined && reference.day !== undefined
    ? Date.UTC(reference.year, reference.month - 1, reference.day, 12)
    : null;
  const parser = PARSERS[lang] ?? PARSERS.en!;
  const parseReference = { instant: new Date(refDate ?? Date.UTC(2000, 0, 1, 12)), timezone: 0 };
  const candidates: EventDate[] = [];
  // Only the sentences holding a date cue are parsed, each by the patterns whose cue it holds (date-cues.ts): the rest cannot match.
  const cues = dateCues(parser);
  // The best candidate has the highest confidence, then the earliest offset: once one has the most a later run
  // could reach, the rest of the scan cannot change the answer. Not where our own readers may run beside
  // chrono-node (they look at what it found), so the date is the one a full scan gives.
  const stopsEarly = lang in PARSERS && !DAY_OF_MONTH_LANGUAGES.has(lang);
  const penalty = reference?.year === undefined ? NO_YEAR_PENALTY : 0;
  let best = Number.NEGATIVE_INFINITY;
  let stated = false;
  for (const run of cuedRuns(slice, cues)) {
    if (stopsEarly && best >= (bodyStart + run.start < leadEnd ? LEAD_CONFIDENCE : BODY_CONFIDENCE) - penalty) break;
    const text = slice.slice(run.start, run.end);
    // Without a reference day only a date written with digits can be placed (see `resolve`): a run without one holds none.
    if (refDate === null && !ASCII_DIGIT_RE.test(text)) continue;
    const reader = cues === null ? parser : cuedParser(parser, cues, text);
    if (reader === null) continue;
    for (const r of reader.parse(text, parseReference)) {
      const offset = bodyStart + run.start + r.index;
      if (skip !== null && offset < skip.end && offset + r.text.length > skip.start) continue; // the dateline's date is the filing date
      if (lang === "vi" && syllableOfName(text, r.index, r.text)) continue;
      const date = resolve(r, reference, refDate);
      if (date === null || farAhead(date, refDate)) continue;
      // The words as the article writes them, not as rewritten for chrono-node ("tối qua", not "hôm qua").
      const written = doc.slice(offset, offset + r.text.length);
      const candidate = scored({ ...date, text: written }, written, offset, leadEnd, reference);
      // A time of day alone ("a late-night address", "na noite de terça-feira" read as "noite") places nothing: chrono-node
      // gives it the reference day. A day or weekday stated anywhere in the scan comes first.
      const implied = !r.start.isCertain("day") && !r.start.isCertain("weekday") && !r.start.isCertain("month");
      if (implied) candidate.confidence -= TIME_OF_DAY_PENALTY;
      else stated = true;
      candidates.push(candidate);
      best = Math.max(best, candidate.confidence);
    }
  }
  // Without a day from chrono-node our own readers try: when it found nothing, or found a month alone in a language it
  // has no parser for (its English patterns read Danish "5. august" as "august").
  // Chinese, Japanese, Korean and Thai news state the event's day as a day of the month ("2日凌晨", early on the
  // 2nd), which chrono-node does not read: ours runs beside it there, so a time word alone (凌晨) is not taken for today.
  if (!stated || DAY_OF_MONTH_LANGUAGES.has(lang) || (!(lang in PARSERS) && candidates.every((c) => c.date.day === undefined))) candidates.push(...fallbackWords(slice, bodyStart, leadEnd, reference, refDate, lang).filter((c) => !farAhead(c.date, refDate)));
  candidates.sort((a, b) => b.confidence - a.confidence || a.offset - b.offset);
  return candidates[0] ?? null;
}

/**
 * Vietnamese writes every syllable of a name with a capital: one syllable chrono-node reads as a time of day ("tối",
 * evening) is a name's when so written inside a sentence ("Tòa án Tối cao", the Supreme Court).
 */
function syllableOfName(text: string, at: number, read: string): boolean {
  if (/\s/u.test(read) || read.charAt(0) === read.charAt(0).toLowerCase()) return false;
  return !/(?:^|[.!?:\n]\s*)$/u.test(text.slice(0, at));
}

/**
 * A date more than this after publication is a prospect the article weighs ("60年后", "by 2050"), not the
 * event it reports; a preview of next week's summit keeps its day.
 */
const MAX_DAYS_AHEAD = 366;

function farAhead(date: PartialDate, refDate: number | null): boolean {
  if (refDate === null || date.year === undefined) return false;
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1, 12) > refDate + MAX_DAYS_AHEAD * DAY_MS;
}

function scored(date: PartialDate, text: string, offset: number, leadEnd: number, reference: PartialDate | null): EventDate {
  let confidence = offset < leadEnd ? LEAD_CONFIDENCE : BODY_CONFIDENCE;
  if (date.year === undefined || reference?.year === undefined) confidence -= NO_YEAR_PENALTY;
  return { date, text, offset, confidence };
}

const ONE_HAN_RE = /^\p{Script=Han}$/u;
const LATIN_TWO_LETTERS_RE = /^\p{Script=Latin}{1,2}$/u;
/** `resolve`'s test for digits: \d is ASCII only. */
const ASCII_DIGIT_RE = /\d/;

function resolve(r: chrono.ParsedResult, reference: PartialDate | null, refDate: number | null): PartialDate | null {
  const c = r.start;
  const hasDigits = ASCII_DIGIT_RE.test(r.text);
  const dayCertain = c.isCertain("day");
  const weekdayOnly = c.isCertain("weekday") && !dayCertain;
  // A time alone, in digits or in words ("10:30", Japanese 一時, one o'clock, also "for a while"): no day in it.
  if (!dayCertain && !c.isCertain("weekday") && !c.isCertain("month") && !c.isCertain("year") && (hasDigits || c.isCertain("hour"))) return null;
  // One Han character read as a time word is mostly part of another word: 夜 (night) in 连夜, overnight.
  if (ONE_HAN_RE.test(r.text.trim())) return null;
  if (weekdayOnly) {
    // A weekday of two letters is a listing's abbreviation ("Do", "Sa"), in running prose a word of something else: the
    // "do" of "Rio Grande do Sul" is no Donnerstag nor donderdag.
    if (LATIN_TWO_LETTERS_RE.test(r.text.trim())) return null;
    if (refDate === null) return null;
    const weekday = c.get("weekday") ?? 0;
    const back = (new Date(refDate).getUTCDay() - weekday + 7) % 7;
    return dayDate(refDate - back * DAY_MS, r.text);
  }
  if (!hasDigits) {
    // Relative words ("hier", "yesterday", "l'an dernier"): meaningful only against a full reference date.
    if (refDate === null) return null;
    const at = c.date().getTime();
    if (at > refDate + DAY_MS / 2) return null; // past-tense news: a relative day after filing is a prediction
    if (!dayCertain && !c.isCertain("month") && c.isCertain("year")) return { year: c.get("year") ?? undefined, precision: "year", text: r.text };
    // A month named alone ("in August", "last month") says the month, not its first day or the reference's.
    if (!dayCertain && c.isCertain("month")) {
      const d = new Date(at);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, precision: "month", text: r.text };
    }
    return dayDate(at, r.text);
  }
  if (!dayCertain || !c.isCertain("month")) return null;
  const month = c.get("month") ?? undefined;
  const day = c.get("day") ?? undefined;
  if (c.isCertain("year")) return { year: c.get("year") ?? undefined, month, day, precision: "day", text: r.text };
  if (reference?.year === undefined) return { month, day, precision: "day", text: r.text };
  // A day and month without a year: the latest such date not after the reference.
  let year = reference.year;
  if (refDate !== null && Date.UTC(year, (month ?? 1) - 1, day ?? 1, 12) > refDate + DAY_MS / 2) year--;
  return { year, month, day, precision: "day", text: r.text };
}

/**
 * The scan as chrono-node's patterns read it, offsets kept. Ukrainian and Belarusian write an apostrophe inside words
 * ("п’ятницю", Friday), as ’ or ʼ as often as ', and its patterns hold only the ASCII one; Vietnamese day parts below.
 */
function asChronoReads(text: string, lang: string): string {
  if (lang === "vi") return vietnameseDayParts(text);
  return lang === "uk" || lang === "be" ? text.replace(/(?<=\p{Script=Cyrillic})[’ʼ](?=\p{Script=Cyrillic})/gu, "'") : text;
}

/**
 * Vietnamese puts the time of day before the day: "tối thứ Ba" (Tuesday evening), "tối qua" (last night, "evening
 * passed"). chrono-node reads the time word and drops the day after it, so "tối thứ Ba" was the reference day: the time
 * word is blanked before a weekday, and before "qua" written as "hôm qua" (yesterday). Offsets stay.
 */
const VIETNAMESE_DAY_PART_RE = /(?<![\p{L}\p{M}])(sáng|trưa|chiều|tối|đêm|khuya)(\s+)(?=(thứ|chủ nhật|qua)(?![\p{L}\p{M}]))/giu;
function vietnameseDayParts(text: string): string {
  return text.replace(VIETNAMESE_DAY_PART_RE, (_, part: string, space: string, next: string) =>
    next.toLowerCase() === "qua" ? `${" ".repeat(part.length - 3)}hôm${space}` : " ".repeat(part.length) + space);
}

function dayDate(ms: number, text: string): PartialDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision: "day", text };
}

function paragraphEnd(doc: string, from: number): number {
  const i = doc.indexOf("\n", from);
  return i < 0 ? doc.length : i;
}

/** A decimal digit of another script than ASCII (full-width, Arabic-Indic, Devanagari …). */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;

/**
 * Days a word names only with what follows it: Romanian "luni" is Monday and "months", Monday where a comma or a time
 * of day follows ("s-a întâlnit luni, la Islamabad"; "luni seara"), as months never are ("în ultimele luni"); Azerbaijani
 * names three days in two words, the first another day's name: "cümə axşamı" (Friday's eve) is Thursday, "çərşənbə
 * axşamı" Tuesday, "bazar ertəsi" (the day after Sunday) Monday. Matched on the folded text after the word.
 */
const DAYS_BY_NEXT_WORD: ReadonlyMap<string, readonly { word: string; next: RegExp; day: number }[]> = new Map(
  Object.entries({
    ro: [["luni", ",", "seara dimineața după-amiază noaptea", 1]],
    az: [["cümə", "", "axşamı", 4], ["çərşənbə", "", "axşamı", 2], ["bazar", "", "ertəsi", 1]],
  } as Record<string, [string, string, string, number][]>).map(([lang, rows]) => [
    lang,
    rows.map(([word, punctuation, words, day]) => {
      const next = words.split(" ").map((w) => fold(w).replace(/[-‐‑]/g, "[-‐‑]")).join("|");
      const alone = punctuation === "" ? "" : `[ \u00a0]*${punctuation}|`;
      return { word: fold(word), next: new RegExp(`^(?:${alone}[ \u00a0]+(?:${next})(?!\\p{L}))`, "u"), day };
    }),
  ]),
);

function dayByNextWord(lang: string, key: string, slice: string, end: number): number | undefined {
  const rows = DAYS_BY_NEXT_WORD.get(lang);
  if (rows === undefined) return undefined;
  const after = fold(slice.slice(end, end + 24));
  return rows.find((r) => r.word === key && r.next.test(after))?.day;
}

/** Weekday, "yesterday" and day-of-month words in languages chrono-node does not parse, or not in running text. */
function fallbackWords(slice: string, base: number, leadEnd: number, reference: PartialDate | null, refDate: number | null, lang: string): EventDate[] {
  // chrono-node reads the written dates of the languages it parses, in ASCII digits: scanning for them
  // again found nothing and was a tenth of enrichment's CPU on English text. Other digits ("９月１６日") it misses.
  const explicit = lang in PARSERS && !OTHER_DIGIT.test(slice) ? null : writtenDate(slice, base, leadEnd, reference, refDate);
  if (refDate === null) return explicit === null ? [] : [explicit];
  const out: EventDate[] = [];
  const prefix = DAY_PREFIXED.get(lang);
  const dayWords = dayWordsOf(lang);
  for (const m of dayWords === null ? [] : slice.matchAll(/[\p{L}\p{M}\u200c]+/gu)) {
    if (UNSPACED_DAY_RE.test(m[0])) {
      // Thai writes the weekday inside a phrase ("ถึงกรุงไคโรเมื่อวันจันทร์", arrived in Cairo on Monday).
      const inRun = dayInRun(m[0]);
      if (inRun === null) continue;
      const back = inRun.weekday !== undefined ? (new Date(refDate).getUTCDay() - inRun.weekday + 7) % 7 : inRun.back;
      out.push(scored(dayDate(refDate - back * DAY_MS, inRun.text), inRun.text, base + (m.index ?? 0) + inRun.at, leadEnd, reference));
      break;
    }
    const key = fold(m[0]);
    // Most words of a slice are none of these: the proclitic is cut only from a word that starts with one.
    const { weekdays, relative } = dayWords!;
    const end = (m.index ?? 0) + m[0].length;
    const weekday = dayByNextWord(lang, key, slice, end) ?? weekdays.get(key) ?? (PROCLITIC_FIRST.has(key.charCodeAt(0)) ? weekdays.get(key.slice(1)) : undefined);
    const after = dayWords!.after.get(key);
    const rel = relative.get(key) ?? (after !== undefined && after.before.test(slice.slice(0, m.index ?? 0)) ? after.back : undefined);
    if (weekday === undefined && rel === undefined) continue;
    if (weekday !== undefined && prefix !== undefined && !prefix.test(slice.slice(0, m.index ?? 0))) continue;
    if (weekday !== undefined && CAPITALISED_WEEKDAY_LANGUAGES.has(lang) && m[0].charAt(0) === m[0].charAt(0).toLowerCase()) continue;
    const back = weekday !== undefined ? (new Date(refDate).getUTCDay() - weekday + 7) % 7 : (rel ?? 0);
    out.push(scored(dayDate(refDate - back * DAY_MS, m[0]), m[0], base + (m.index ?? 0), leadEnd, reference));
    break;
  }
  const dm = DAY_OF_MONTH_RE.exec(slice);
  // "วันที่ 5 มีนาคม" is the 5th of March, read whole by `writtenDate`: its day alone would be this month's.
  const dmInExplicit = dm !== null && explicit !== null && explicit.offset - base < dm.index + dm[0].length && dm.index < explicit.offset - base + explicit.text.length;
  if (dm !== null && !dmInExplicit && (out.length === 0 || (dm.index ?? 0) < out[0]!.offset - base)) {
    const day = Number(dm[1] ?? dm[2]);
    const ref = new Date(refDate);
    // This month's day if it is not after the reference, else last month's.
    let at = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), day, 12);
    if (at > refDate + DAY_MS / 2) at = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, day, 12);
    if (day >= 1 && day <= 31 && new Date(at).getUTCDate() === day) out.unshift(scored(dayDate(at, dm[0]), dm[0], base + (dm.index ?? 0), leadEnd, reference));
  }
  if (explicit !== null && (out.length === 0 || explicit.offset <= out[0]!.offset)) return [explicit];
  return out.slice(0, 1);
}

/**
 * A day and month written out, in any language the page metadata reader knows (month names of 50 languages from
 * CLDR, "9월 16일", "١٦ سبتمبر"): the languages chrono-node has no parser for. A bare "16/9" is left alone, in
 * running text it is as often a score or a fraction.
 */
function writtenDate(slice: string, base: number, leadEnd: number, reference: PartialDate | null, refDate: number | null): EventDate | null {
  const found = parseDate(slice);
  if (found === null || found.day === undefined || found.month === undefined) return null;
  if (found.year === undefined && /^\d{1,2}\/\d{1,2}$/u.test(found.text)) return null;
  const at = slice.indexOf(found.text);
  let year = found.year;
  if (year === undefined && reference?.year !== undefined) {
    // Without a year, the latest such date not after the reference, as for chrono-node's.
    year = reference.year;
    if (refDate !== null && Date.UTC(year, found.month - 1, found.day, 12) > refDate + DAY_MS / 2) year--;
  }
  const date: PartialDate = { month: found.month, day: found.day, precision: "day", text: found.text };
  if (year !== undefined) date.year = year;
  return scored(date, found.text, base + Math.max(0, at), leadEnd, reference);
}
