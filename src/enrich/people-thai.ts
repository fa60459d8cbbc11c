import type { GazMatch } from "./gazetteer-match.js";
import type { PersonMention } from "./people.js";
import { personKey } from "./person-key.js";
import { THAI_HONORIFICS, THAI_RE, THAI_ROLES, THAI_STOPS, thaiWords } from "./thai.js";
import { spaceGap, type Token } from "./tokens.js";

/** Letters of a given name at least: "นาย" followed by one letter is another word ("นายก", chief). */
const MIN_NAME_CHARS = 2;
/** A phrase longer than this after a role is a clause, not a given name. */
const MAX_GIVEN_CHARS = 16;

export type ThaiFound = PersonMention & { lastToken: number };

/** Characters a cue (a role, then perhaps an honorific) and a given name span at most, the end of a phrase. */
const MAX_CUE_AND_GIVEN = Math.max(...THAI_ROLES.map((r) => r.length)) + Math.max(...THAI_HONORIFICS.map((h) => h.length)) + MAX_GIVEN_CHARS;

/**
 * A person named in Thai at phrase `i`, the way Thai news writes one: an honorific or a role written onto
 * the given name, the surname the next phrase ("นายเซอร์เกย์ ลาฟรอฟ รัฐมนตรี…", "ประธานาธิบดีวลาดิมีร์ ปูติน
 * แห่งรัสเซีย"). The surname phrase ends at the first word (by ICU's Thai dictionary) that is a function word,
 * a verb of meeting or saying, a role or a place ("ปูตินแห่งรัสเซีย", Putin of Russia). A middle name makes three
 * phrases when "of" or a role follows the third ("เรเจป ตายยิป แอร์โดอาน แห่งตุรกี"). An honorific with no
 * surname phrase after it names a person by one word ("นายปูติน กล่าวว่า"), keyed as a surname alone.
 */
export function thaiPersonAt(tokens: readonly Token[], i: number, places: readonly GazMatch[]): ThaiFound | null {
  const t = tokens[i]!;
  if (!THAI_RE.test(t.text)) return null;
  // The cue may open the phrase or follow a verb in it ("ต้อนรับนายเปโดร ซานเชซ", welcomed Mr Pedro Sánchez). The given
  // name runs to the phrase's end, so only a cue among its last characters can open one: a long phrase costs one pass.
  const from = t.text.length - MAX_CUE_AND_GIVEN;
  const bounds = wordBounds(t.text);
  for (const at of bounds) {
    if (at < from || at === t.text.length) continue;
    const found = nameAfterCue(tokens, i, at, bounds, places);
    if (found !== null) return found;
  }
  // The segmenter may join an honorific to the word before it when an unknown name follows ("จำ|คุ|กนายฌา|อีร์" for
  // จำคุกนายฌาอีร์, imprisoned Mr Jair): the words up to the honorific, read alone, end where it begins.
  for (const h of THAI_HONORIFICS) {
    for (let at = t.text.indexOf(h, Math.max(from, 1)); at > 0; at = t.text.indexOf(h, at + 1)) {
      if (bounds.has(at) || THAI_ROLES.some((r) => t.text.startsWith(r, at)) || !wordBounds(t.text.slice(0, at + h.length)).has(at)) continue;
      const found = nameAfterCue(tokens, i, at, new Set([...bounds, at, at + h.length]), places);
      if (found !== null) return found;
    }
  }
  return nameBeforeRole(tokens, i, places);
}

/**
 * A name with no honorific that opens a sentence, its role after it ("ยานนิก ซินเนอร์ นักเทนนิสชาวอิตาลี", Jannik
 * Sinner, the Italian tennis player; "อากิโอะ โทโยดะ ประธานกรรมการโตโยต้า", Akio Toyoda, chairman of Toyota): Thai
 * leads name a sportsman, an executive or an artist so. Two whole phrases of name words, then a phrase opening
 * with a role or the head of an appositive (a doer's นัก, ผู้, a chairman's ประธาน, a former holder's อดีต).
 */
function nameBeforeRole(tokens: readonly Token[], i: number, places: readonly GazMatch[]): ThaiFound | null {
  const given = tokens[i]!;
  const surname = tokens[i + 1];
  const after = tokens[i + 2];
  if (!given.sentStart || surname === undefined || after === undefined) return null;
  if (![surname, after].every((t) => THAI_RE.test(t.text) && spaceGap(t.gap))) return null;
  if (!uncuedNamePhrase(given, places) || !uncuedNamePhrase(surname, places) || surnameLength(surname, places) < surname.text.length) return null;
  if (!(cueAt(after.text, 0, wordBounds(after.text))?.role === true || APPOSITIVE_HEADS.some((head) => after.text.startsWith(head)))) return null;
  const text = `${given.text} ${surname.text}`;
  return { key: personKey(text), text, start: given.start, end: surname.end, full: true, lastToken: i + 1 };
}

/** Heads of a phrase set after a name to say who the person is: a doer (นัก…), one who (ผู้…), a chairman, a former. */
const APPOSITIVE_HEADS: readonly string[] = ["นัก", "ผู้", "ประธาน", "อดีต"];

/**
 * Words a sentence opens with that no name holds: latest, in this regard, for, besides, meanwhile, as for, however, on
 * the side of, therefore, then, later, while, if, although, because; this, that, the said, all, many, some, every; we,
 * they, he. With no honorific to say a name follows, two such phrases before an expert ("สำหรับ กรณีนี้ ผู้เชี่ยวชาญ…",
 * as for this case, experts…) are no name.
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  "ล่าสุด ทั้งนี้ สำหรับ นอกจาก ขณะ ขณะที่ เดียวกัน ส่วน อย่างไรก็ตาม ด้าน ดังนั้น จากนั้น ต่อมา ขณะนี้ หาก ถ้า แม้ เพราะ นี้ นั้น ดังกล่าว ทั้งหมด หลาย บาง ทุก เรา เขา พวก ตน".split(" "),
);

/** A phrase short enough for one part of a name, of name words only, no cue and no place at its start. */
function uncuedNamePhrase(t: Token, places: readonly GazMatch[]): boolean {
  if (t.text.length < MIN_NAME_CHARS || t.text.length > MAX_GIVEN_CHARS || startsPlace(places, t.start) || cueAt(t.text, 0, wordBounds(t.text)) !== null) return false;
  return thaiWords(t.text).every((w) => !THAI_STOPS.has(w.word) && !SENTENCE_OPENERS.has(w.word));
}

function nameAfterCue(tokens: readonly Token[], i: number, from: number, bounds: ReadonlySet<number>, places: readonly GazMatch[]): ThaiFound | null {
  const t = tokens[i]!;
  const cue = cueAt(t.text, from, bounds);
  if (cue === null) return null;
  let givenAt = from + cue.length;
  // A role then an honorific ("นายกรัฐมนตรีนายเศรษฐา"): the name follows the second.
  const honorific = cue.role ? honorificAt(t.text, givenAt, bounds) : null;
  if (honorific !== null) givenAt += honorific.length;
  const given = t.text.slice(givenAt);
  const givenStart = t.start + givenAt;
  if (given.length < MIN_NAME_CHARS || given.length > MAX_GIVEN_CHARS) return null;
  if (startsPlace(places, givenStart) || !nameWords(given) || cueAt(t.text, givenAt, bounds) !== null) return null;
  const parts: { text: string; start: number; end: number }[] = [{ text: given, start: givenStart, end: t.end }];
  let last = i;
  for (let k = i + 1; k < tokens.length && parts.length < 4; k++) {
    const next = tokens[k]!;
    if (!THAI_RE.test(next.text) || !spaceGap(next.gap)) break;
    let length = surnameLength(next, places);
    if (length < next.text.length && parts.length === 1 && transcribedSurname(next, tokens[k + 1], places)) length = next.text.length;
    if (length === 0) break;
    // A third phrase, or a third and a fourth (two given names and two surnames: "อันเดรส มานูเอล โลเปซ โอบราดอร์"), is
    // the name's only when "of" or a role closes it.
    if (parts.length >= 2 && !(length === next.text.length && (closesName(tokens[k + 1], places) || (parts.length === 2 && fourthPhraseCloses(tokens, k + 1, places))))) break;
    parts.push({ text: next.text.slice(0, length), start: next.start, end: next.start + length });
    last = k;
    if (length < next.text.length) break;
  }
  // After a bare role the phrase may be its complement ("รัฐมนตรีคลัง", minister of finance): a name needs its surname.
  if (parts.length === 1 && cue.role && honorific === null) return null;
  const text = parts.map((p) => p.text).join(" ");
  return { key: personKey(text), text, start: parts[0]!.start, end: parts[parts.length - 1]!.end, full: parts.length >= 2, lastToken: last };
}

/** The phrase at `k` is a whole surname phrase, and "of" or a role closes it. */
function fourthPhraseCloses(tokens: readonly Token[], k: number, places: readonly GazMatch[]): boolean {
  const t = tokens[k];
  return t !== undefined && THAI_RE.test(t.text) && spaceGap(t.gap) && surnameLength(t, places) === t.text.length && closesName(tokens[k + 1], places);
}

/** Where ICU's Thai dictionary starts a word in `phrase`, and its end: one segmentation a phrase. */
function wordBounds(phrase: string): Set<number> {
  const bounds = new Set(thaiWords(phrase).map((w) => w.index));
  bounds.add(phrase.length);
  return bounds;
}

/** A role or honorific at `at` in `phrase` ending on a word boundary ("นาย|โอ|ลาฟ" is Mr Olaf, "นายก|รัฐมนตรี" the prime minister). */
function cueAt(phrase: string, at: number, bounds: ReadonlySet<number>): { length: number; role: boolean } | null {
  const role = THAI_ROLES.find((r) => phrase.startsWith(r, at) && bounds.has(at + r.length));
  if (role !== undefined) return { length: role.length, role: true };
  const honorific = honorificAt(phrase, at, bounds);
  return honorific === null ? null : { length: honorific.length, role: false };
}

function honorificAt(phrase: string, at: number, bounds: ReadonlySet<number>): string | null {
  return THAI_HONORIFICS.find((h) => phrase.startsWith(h, at) && (bounds.has(at + h.length) || cutInside(bounds, at, at + h.length))) ?? null;
}

/**
 * The segmenter cut between `from` and `to`: it read no word of its dictionary opening there, so a compound that opens
 * with the honorific (นายก, prime minister; นางแบบ, model) does not, and the honorific stands before a name it does not
 * know, whose first letters it joined to the honorific's last ("นา|งอิ|ซา|เบล" for นางอิซาเบล, Mrs Isabelle).
 */
function cutInside(bounds: ReadonlySet<number>, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (bounds.has(k)) return true;
  return false;
}

/** No word of `phrase` is a function word, a verb of the news or a role's complement. */
function nameWords(phrase: string): boolean {
  return thaiWords(phrase).every((w) => !THAI_STOPS.has(w.word));
}

function startsPlace(places: readonly GazMatch[], at: number): boolean {
  return places.some((m) => m.start === at);
}

/** Characters of a surname at the start of phrase `t`: up to its first stop word, role or place; 0 when it opens with one. */
function surnameLength(t: Token, places: readonly GazMatch[]): number {
  const words = thaiWords(t.text);
  const bounds = new Set(words.map((w) => w.index)).add(t.text.length);
  for (const w of words) {
    if (THAI_STOPS.has(w.word) || cueAt(t.text, w.index, bounds) !== null || startsPlace(places, t.start + w.index)) return w.index;
  }
  return t.text.length;
}

/**
 * A foreign surname spelled by sound may open with a syllable the dictionary reads as a word ("มาครง", Macron: มา,
 * come), or hold one ("รามาโฟซา", Ramaphosa): the phrase after a given name is the surname when a role or "of" follows
 * it and no word after its first is a function word longer than such a syllable ("กล่าวว่า", said that, is none).
 */
function transcribedSurname(t: Token, next: Token | undefined, places: readonly GazMatch[]): boolean {
  if (t.text.length > MAX_GIVEN_CHARS || next === undefined || !spaceGap(next.gap) || !THAI_RE.test(next.text)) return false;
  if (!(next.text.startsWith("แห่ง") || cueAt(next.text, 0, wordBounds(next.text))?.role === true) || startsPlace(places, t.start)) return false;
  return thaiWords(t.text).slice(1).every((w) => !THAI_STOPS.has(w.word) || w.word.length <= SYLLABLE_CHARS);
}

/** A function word this short is one syllable (มา, come), which a name spelled by sound may hold. */
const SYLLABLE_CHARS = 2;

/** What may follow a third name phrase: a role, "of" (แห่ง), punctuation or the end. */
function closesName(next: Token | undefined, places: readonly GazMatch[]): boolean {
  if (next === undefined || /[,.;:!?()"“”]/.test(next.gap)) return true;
  return THAI_RE.test(next.text) && (next.text.startsWith("แห่ง") || cueAt(next.text, 0, wordBounds(next.text))?.role === true || startsPlace(places, next.start));
}
