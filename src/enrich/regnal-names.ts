/**
 * Monarchs and popes named by a regnal number: "Pope Leo XIV", "König Charles III.", "XIV. Leó pápa", "папа Лев XIV",
 * "教宗良十四世", "ローマ教皇レオ14世", "교황 레오 14세", "البابا لاون الرابع عشر", "האפיפיור לאו ה-14", "पोप लियो चौदहवें",
 * "পোপ চতুর্দশ লিও", "สมเด็จพระสันตะปาปาเลโอที่ 14". The number is read by regnal-numerals.ts; a title beside the name
 * (king, queen, pope, emperor, sultan … in each language) is the cue, since a capitalised word before a Roman numeral
 * is as often a war, a council or a sequel ("World War II", "Vatican II", "Rocky III"). Once cued, the same name and
 * number elsewhere in the article needs no title. The name's key is `personKey`'s regnal key (number and first sound),
 * shared across scripts where the name itself is translated (Carlos, Karl, Карл, 查尔斯).
 */
import { foldToken } from "./fold.js";
import type { PersonMention } from "./people.js";
import { personKey } from "./person-key.js";
import type { Token } from "./tokens.js";
import { arabicTeen, isTen, ordinalWord, prefixNumber, prefixOrdinal, regnalParts, suffixNumber } from "./regnal-numerals.js";

/**
 * Titles of monarchs and popes in the cased scripts, folded, with the declined forms a name follows them in; and the
 * word "name", which a pope's is taken under ("took the name Leo XIV", "sous le nom de Léon XIV", "взял имя Лев XIV").
 */
const TITLES = new Set(`
  king queen pope emperor empress prince princess tsar czar sultan emir shah pharaoh patriarch kaiser
  konig konigin papst kaiserin prinz prinzessin zar schah pharao
  roi reine pape empereur imperatrice princesse chah pharaon patriarche
  rey reina papa emperador emperatriz principe princesa sultan faraon patriarca
  re regina imperatore imperatrice principessa sultano emiro faraone pontefice
  rei rainha imperador principe sultao farao pontifice
  koning koningin paus keizer keizerin prins prinses tsaar sjah
  kung kungen drottning drottningen pave paven pafven kejsare prinsessan kong konge kongen dronning dronningen keiser prinsesse
  kuningas kuningatar paavi keisari prinssi sulttaani
  krol krola krolem krolowi krolowa krolowej papiez papieza papiezem papiezowi cesarz cesarza ksiaze
  kral krale kralem kralovna papez papeze papezem papezi cisar cisare princ krala kralom kralovnej papeza papezom
  kralj kralja kraljem kraljica pape papom car cara
  regele rege regina papei papii imparatul printul sultanul
  kralice imparator prens
  raja ratu kaisar pangeran
  vua hoang
  mfalme malkia sultani
  король короля королём королем королю королева королевы папа папы папой папе папу римский римского римскому римским
  император императора императором царь царя царём принц принца султан султана
  папи папою імператор імператора королеви
  крал краля кралят кралица папата
  краљ краља краљица
  βασιλιας βασιλια βασιλισσα βασιλισσας παπας παπα παπαν αυτοκρατορας αυτοκρατορα πριγκιπας πριγκιπα σουλτανος
  name nom nombre nome namen naam namnet navnet nimen imie jmeno meno ime numele nama jina имя ім'я името ονομα
`.split(/\s+/u).filter(Boolean).map(foldToken));

/** Titles in scripts without case, as written (an Arabic or Hebrew proclitic is cut before looking up). */
const CASELESS_TITLES = new Set(`
  الملك الملكة البابا بابا الأمير الامير السلطان الإمبراطور الامبراطور القيصر
  پاپ شاه پادشاه ملکه امپراتور سلطان شاهزاده پوپ بادشاہ شاہ ملکہ شہنشاہ
  האפיפיור אפיפיור המלך מלך המלכה מלכה הקיסר קיסר הנסיך נסיך הסולטן הצאר
  पोप राजा महाराजा किंग रानी महारानी क्वीन सम्राट सुल्तान प्रिंस राजकुमार
  পোপ রাজা রানি রানী কিং সম্রাট সুলতান
  교황 국왕 여왕 황제 술탄 왕세자 왕
  اسم باسم نام בשם שם नाम নাম 이름
`.split(/\s+/u).filter(Boolean));

/** Titles written after the name: Hungarian (XIV. Leó pápa, III. Károly királlyal), by their stems. */
const HUNGARIAN_TITLE_STEMS = ["papa", "kiraly", "csaszar", "herceg", "szultan", "neve"];
/** Turkish writes "the name" after it too (14. Leo adını aldı). */
const TURKISH_NAME_AFTER = new Set(["adini", "adiyla", "adi"]);

/** Languages that write a regnal number as digits and a full stop after the name (Danish "Frederik 10.", "Leo 14."). */
const DIGIT_ORDINAL_LANGUAGES = new Set(["da", "nb", "no"]);

/** Words, numerals and ordinals as this finder reads them: letters, marks, digits, the keraia, apostrophes, hyphens. */
const WORD_RE = /[\p{L}\p{M}\p{N}ʹ΄'’׳\-־]+/gu;
/** Languages whose press writes the number with a full stop: digits after the name (Danish), or before it (Turkish, Hungarian). */
const DIGIT_STOP_LANGUAGES = new Set([...DIGIT_ORDINAL_LANGUAGES, "tr", "hu"]);
/** The titles of the scripts that write ordinals as words, as one pattern: an article naming none is not scanned. */
const CASELESS_TITLE_RE = new RegExp([...CASELESS_TITLES].join("|"), "u");
const ROMAN_TOKEN_RE = /^[IVX]+$/;
/** A number written onto a Chinese, Japanese or Thai name (十四世, 14世, ที่ 14). */
const UNSPACED_NUMBER_RE = /[\d０-９一二三四五六七八九十]世|ที่\s?[0-9๐-๙]/u;

/**
 * Whether `doc` may name someone by a regnal number, from the words enrichment has read already: a Roman numeral, digits
 * before a full stop where a language writes ordinals so, a Greek keraia, a number onto an unspaced name, or a title of
 * the scripts that spell ordinals out. Most articles have none, and are not scanned again.
 */
function mayHoldRegnalName(doc: string, tokens: readonly Token[], lang: string): boolean {
  let caseless = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = t.text.charCodeAt(0);
    // I, V, X; English "I" is the pronoun.
    if ((c === 73 || c === 86 || c === 88) && ROMAN_TOKEN_RE.test(t.text) && !(t.text === "I" && lang === "en")) return true;
    if (t.dot && c >= 48 && c <= 57 && DIGIT_STOP_LANGUAGES.has(lang)) return true;
    caseless ||= t.caseless;
  }
  if (doc.includes("΄") || doc.includes("ʹ")) return true;
  // Han, Thai and spelled-out ordinals only where a script without case is written.
  return caseless && (UNSPACED_NUMBER_RE.test(doc) || CASELESS_TITLE_RE.test(doc));
}

interface Word {
  text: string;
  start: number;
  end: number;
}

interface Candidate {
  start: number;
  end: number;
  key: string;
  cued: boolean;
}

/** People named by a regnal number in `doc` (already read as simplified Chinese where it was traditional). */
export function findRegnalNames(doc: string, tokens: readonly Token[], lang: string): PersonMention[] {
  if (!mayHoldRegnalName(doc, tokens, lang)) return [];
  const found = [...spacedCandidates(doc, lang), ...unspacedCandidates(doc)];
  const cued = new Set(found.filter((c) => c.cued).map((c) => c.key));
  if (cued.size === 0) return [];
  const out: PersonMention[] = [];
  for (const c of found) {
    if (!cued.has(c.key) || out.some((o) => o.start < c.end && c.start < o.end)) continue;
    out.push({ key: c.key, text: doc.slice(c.start, c.end), start: c.start, end: c.end, full: true });
  }
  // A name the unspaced scripts write onto their words again, untitled (查尔斯三世表示): its text found once more.
  for (const c of [...out]) {
    if (!/[\p{Script=Han}\p{Script=Katakana}\p{Script=Thai}]/u.test(c.text)) continue;
    for (let at = doc.indexOf(c.text); at >= 0; at = doc.indexOf(c.text, at + c.text.length)) {
      if (!out.some((o) => o.start < at + c.text.length && at < o.end)) out.push({ ...c, start: at, end: at + c.text.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function spacedCandidates(doc: string, lang: string): Candidate[] {
  const words: Word[] = [];
  for (const m of doc.matchAll(WORD_RE)) words.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  const spaced = (a: number, b: number): boolean => a >= 0 && b < words.length && /^[ \t\u00a0]+$/u.test(doc.slice(words[a]!.end, words[b]!.start));
  const out: Candidate[] = [];
  const push = (start: number, end: number, cued: boolean) => {
    const text = doc.slice(start, end);
    if (regnalParts(text) !== null) out.push({ start, end, key: personKey(text), cued });
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const stop = doc.charCodeAt(w.end) === 46; // a full stop
    let first = i; // the numeral's first word
    let n = suffixNumber(w.text, stop && DIGIT_ORDINAL_LANGUAGES.has(lang));
    // An Arabic unit before عشر is a teen's first word (الرابع عشر), read at عشر.
    if (n !== null && isTen(words[i + 1]?.text ?? "") && spaced(i, i + 1) && arabicTeen(w.text, words[i + 1]!.text) !== null) continue;
    if (n === null && isTen(w.text) && spaced(i - 1, i)) {
      n = arabicTeen(words[i - 1]!.text, w.text);
      first = i - 1;
    }
    if (lang === "ro" && (words[first - 1]?.text === "al" || words[first - 1]?.text === "a") && spaced(first - 1, first)) first--;
    const j = first - 1;
    if (n !== null && !(w.text === "I" && lang === "en") && j >= 0 && spaced(j, first) && nameWord(words[j]!.text)) {
      // Korean writes its case particle onto 세 (레오 14세는): the name ends with 세.
      // Danish digits keep their full stop, which makes them an ordinal.
      const end = w.text.includes("세") ? w.start + w.text.indexOf("세") + 1 : /^\p{N}+$/u.test(w.text) && stop ? w.end + 1 : w.end;
      const cue = titleBefore(words, j, spaced);
      // A title after: Korean's (레오 14세 교황), and the apposition of Arabic script ("چارلز سوم، پادشاه بریتانیا").
      const after = i + 1 < words.length && (spaced(i, i + 1) || /^[،,][ \t\u00a0]+$/u.test(doc.slice(w.end, words[i + 1]!.start))) && titleAfter(words[i + 1]!.text, lang);
      push(cue === "two" ? words[j - 1]!.start : words[j]!.start, end, cue !== null || after);
      continue;
    }
    // A number before the name: Hungarian and Turkish "XIV. Leó", "14. Leo"; Bengali's ordinal (চতুর্দশ লিও).
    const next = words[i + 1];
    if (next === undefined) continue;
    const prefixed = (lang === "hu" || lang === "tr") && stop ? prefixNumber(w.text) : null;
    const ordinal = prefixed === null ? prefixOrdinal(w.text) : null;
    if (prefixed !== null ? !/^\.[ \t\u00a0]+$/u.test(doc.slice(w.end, next.start)) : ordinal === null || !spaced(i, i + 1)) continue;
    if (!nameWord(next.text)) continue;
    const cued = (spaced(i - 1, i) && isTitle(words[i - 1]!.text)) || (spaced(i + 1, i + 2) && titleAfter(words[i + 2]!.text, lang));
    push(w.start, next.end, cued);
  }
  return out;
}

/** The name word beside a number: capitalised in the cased scripts; no title and no ordinal itself. */
function nameWord(text: string): boolean {
  const first = text[0]!;
  if (/\p{N}/u.test(first) || isTitle(text) || ordinalWord(text) !== null) return false;
  const upper = first.toUpperCase();
  return first === upper && (first !== first.toLowerCase() || /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}]/u.test(first));
}

/**
 * "one": a title right before the name word at j ("Pope Leo", "the British King Charles", "le roi britannique
 * Charles" across one lower-case adjective, "الملك البريطاني تشارلز" across one Arabic adjective); "two": before a
 * name of two words ("Pope John Paul", "الملك عبد الله"); null: none.
 */
function titleBefore(words: readonly Word[], j: number, spaced: (a: number, b: number) => boolean): "one" | "two" | null {
  const k = j - 1;
  if (!spaced(k, j)) return null;
  const before = words[k]!.text;
  if (isTitle(before)) return "one";
  if (!spaced(k - 1, k) || !isTitle(words[k - 1]!.text)) return null;
  const lower = before[0] !== before[0]!.toUpperCase();
  if (lower || /^ال/u.test(before)) return "one";
  return nameWord(before) ? "two" : null;
}

function isTitle(text: string): boolean {
  if (CASELESS_TITLES.has(text)) return true;
  // Arabic's and Hebrew's one-letter proclitics (والبابا, للملك, והמלך, של המלך is two words already).
  if (/^[وفبلك]ال/u.test(text) && CASELESS_TITLES.has(text.slice(1))) return true;
  if (/^لل/u.test(text) && CASELESS_TITLES.has(`ال${text.slice(2)}`)) return true;
  if (/^[ושלבמכ]ה/u.test(text) && CASELESS_TITLES.has(text.slice(1))) return true;
  return TITLES.has(foldToken(text));
}

/** A title or "name" written after the name: Hungarian's, declined ("pápát", "királlyal", "nevet"), Turkish "adını", Korean's (레오 14세 교황). */
function titleAfter(text: string, lang: string): boolean {
  if (lang === "hu") {
    const folded = foldToken(text);
    return HUNGARIAN_TITLE_STEMS.some((s) => folded.startsWith(s.slice(0, -1)));
  }
  if (lang === "tr") return TURKISH_NAME_AFTER.has(foldToken(text));
  if (lang === "ko") return CASELESS_TITLES.has(text.replace(/(?:은|는|이|가|의|을|를|과|와|에게|께서)$/u, ""));
  // Hindi and Bengali write "name" after it (लियो चौदहवें नाम अपनाया); Arabic script a title in apposition.
  return (lang === "fa" || lang === "ur" || lang === "ar" || lang === "hi" || lang === "bn") && CASELESS_TITLES.has(text);
}

/** Chinese (title needed), Japanese (a Katakana name and N世) and Thai (title needed) names with their number. */
const UNSPACED_RES: readonly (readonly [RegExp, boolean])[] = [
  [/(?:教宗|教皇|国王|女王|皇帝|苏丹|沙皇|亲王|王子|英王|国君|君主|王储|取名|名为|名号)(?<name>[\p{Script=Han}·]{1,10}?[一二三四五六七八九十]{1,3}世)/gu, true],
  [/(?<name>[\p{Script=Katakana}ー・]{2,}[0-9０-９]{1,2}世)/gu, true],
  [/(?:สมเด็จพระสันตะปาปา|สมเด็จพระสันตปาปา|พระสันตะปาปา|พระสันตปาปา|โป๊ป|สมเด็จพระเจ้า|พระเจ้า|กษัตริย์|สมเด็จพระราชาธิบดี|สมเด็จพระราชินีนาถ|สมเด็จพระราชินี)\s?(?<name>\p{Script=Thai}+?ที่\s?[0-9๐-๙]{1,2})/gu, true],
];

function unspacedCandidates(doc: string): Candidate[] {
  if (!/[世ที]/u.test(doc)) return [];
  const out: Candidate[] = [];
  for (const [re, cued] of UNSPACED_RES) {
    for (const m of doc.matchAll(re)) {
      const name = m.groups!.name!;
      const start = m.index! + m[0].length - name.length;
      if (regnalParts(name) !== null) out.push({ start, end: start + name.length, key: personKey(name), cued });
    }
  }
  return out;
}
