/**
 * Thai, which writes no spaces between words (a space ends a phrase) and no capitals: how its names are
 * read into Latin letters for keys, and the words its news sets before and after a name. General
 * vocabulary of the language, not words of any article.
 */

/** Honorifics written onto the given name ("นายเซอร์เกย์ ลาฟรอฟ", Mr Sergei Lavrov): Mr, Mrs, Miss, Khun, Dr. */
/** Longest first: "นายแพทย์" and "แพทย์หญิง" (a physician's title, Dr) before "นาย" and "นาง" (Mr, Mrs). */
export const THAI_HONORIFICS: readonly string[] = ["นายแพทย์", "แพทย์หญิง", "นางสาว", "นาง", "นาย", "คุณ", "ดร"];

/**
 * Roles written onto a name or before one ("ประธานาธิบดีวลาดิมีร์ ปูติน", President Vladimir Putin), longest
 * first: prime minister, president, foreign minister (two forms), deputy prime minister, minister, mayor,
 * spokesman, ambassador, secretary-general, chancellor, king, queen, leader, cardinal.
 */
export const THAI_ROLES: readonly string[] = [
  "รัฐมนตรีว่าการกระทรวงการต่างประเทศ", "รัฐมนตรีต่างประเทศ", "รองนายกรัฐมนตรี", "นายกรัฐมนตรี", "ประธานาธิบดี",
  "นายกเทศมนตรี", "รัฐมนตรี", "เอกอัครราชทูต", "เลขาธิการ", "นายกฯ", "โฆษก", "นายกรัฐมนตรีหญิง", "สมเด็จพระราชินี",
  "กษัตริย์", "ราชินี", "ผู้นำ", "พระคาร์ดินัล",
].sort((a, b) => b.length - a.length);

/**
 * Words that end a name inside a phrase or open what follows it: of, at, and, with, from, to, in, on the day
 * of, when, for, by, that, who, said, met, went, will, has, is, the verbs of meeting and welcoming, of announcing and confirming.
 */
export const THAI_STOPS: ReadonlySet<string> = new Set(
  ("แห่ง ที่ และ กับ จาก ถึง ใน เมื่อ วัน เพื่อ โดย ว่า ซึ่ง ได้ จะ ไป มา เป็น คือ ของ ต่อ หรือ แต่ ก็ ยัง ได้แก่ " +
    "กล่าว เผย ระบุ ประกาศ แถลง เปิดเผย ยืนยัน พบ หารือ ต้อนรับ ต้อน รับ เดินทาง เดิน ทาง เยือน ประชุม ลงนาม ตกลง พร้อม ร่วม ทั้ง สอง ฝ่าย " +
    "ว่าการ กระทรวง การ ต่าง ประเทศ ปี เดือน สัปดาห์").split(" "),
);

/** A word (between spaces, a phrase) written in Thai. */
export const THAI_RE = /^\p{Script=Thai}/u;
/** Whether a text holds Thai letters: most do not, and skip the Thai readers. */
export const THAI_TEXT_RE = /[\u0E00-\u0E7F]/;

const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/** The words of a Thai phrase, by ICU's dictionary (foreign names come out as syllables: "ปู", "ติน"). */
export function thaiWords(phrase: string): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  for (const s of segmenter.segment(phrase)) if (s.isWordLike) out.push({ word: s.segment, index: s.index });
  return out;
}

/** Vowels written before the consonant they follow in speech: เ แ โ ใ ไ. */
const LEADING_VOWEL_RE = /([\u0E40-\u0E44])([\u0E01-\u0E2E])/gu;
/** แ, the open e, is how Thai writes a foreign name's e ("ปาแลร์โม", Palermo; "แมร์ซ", Merz), not any-ascii's "ae". */
const OPEN_E_RE = /แ/gu;
/** อ carrying a vowel at a syllable's start is silent ("โอลาฟ" is Olaf): it is dropped before one. */
const SILENT_O_RE = /อ(?=[\u0E30-\u0E39\u0E40-\u0E44\u0E47])/gu;
/** ห before a sonorant only sets the tone ("หลี่" is Li). */
const TONE_H_RE = /ห(?=[งญนมยรลว])/gu;
/**
 * Aspirated stops as a foreign name's plain ones: Thai writes the k of Kishida with ค and the p of a name with
 * พ, which any-ascii reads "kh" and "ph" (and keys would read as h and f).
 */
const ASPIRATES: Readonly<Record<string, string>> = { "ข": "k", "ค": "k", "ฆ": "k", "ผ": "p", "พ": "p", "ภ": "p" };
const ASPIRATES_RE = /[ขคฆผพภ]/gu;

/**
 * A Thai name in the order it is spoken, for any-ascii to read: the open e as e, leading vowels after their consonant, the
 * silent อ and tone-setting ห left out, aspirated stops as plain ones ("โมดี" → Modi, "คิชิดะ" → Kishida).
 */
export function thaiReading(name: string): string {
  return name
    .replace(OPEN_E_RE, "เ")
    .replace(LEADING_VOWEL_RE, "$2$1")
    .replace(SILENT_O_RE, "")
    .replace(TONE_H_RE, "")
    .replace(ASPIRATES_RE, (c) => ASPIRATES[c] ?? c);
}
