import anyAscii from "any-ascii";
import { boundedCache } from "./bounded-cache.js";
import { fold, foldLatin, foldToken } from "./fold.js";
import { GENERATIONAL_SUFFIXES, HONORIFICS, NAME_PARTICLES } from "./lexicon.js";
import { CHINESE_SURNAMES, KOREAN_SURNAMES, TRANSCRIPTION } from "./lexicon-scripts.js";
import { regnalParts } from "./regnal-numerals.js";
import { thaiReading } from "./thai.js";
import { soundsJapanese } from "./japanese-names.js";

/**
 * Spellings that sound alike across languages and transliteration schemes, rewritten to one form.
 * Vowels are kept ("Scholz" ≠ "Schulz"): only known alternations collapse. In order:
 *  - consonant digraphs: German "tsch"/French "tch"/Polish "cz", "sch"/"sz", "kh", "zh", "w"/"v", "z"/"s", "c"/"k",
 *    and the Greek "ch" before r or l, a k everywhere (Christine, Кристин, كريستين; Chloé); a c before e, i or y is
 *    soft in every Latin orthography but Turkish (s, ts or ch, one class in keys: Cyril, Сирил; Pence, Пенс; Vincent);
 *  - vowel spellings: French "ou" (Poutine), German "oe"/"ue" for umlauts, Polish "ie" after a
 *    consonant (Pieskow), "y"/"i" and "j" after a vowel (Sergey, Sergei, Sergej), a glide between
 *    vowels, written y or j (Tokayev, Tokaev, Tokajew), and after an i (Aliyev, Алиев), a silent final "e" (Poutine);
 *  - the Russian ё after hushing consonants, "-ev" in English and French, "-ow"/"-ov" in German and Polish
 *    (Gorbachev, Gorbatschow);
 *  - a reduced vowel between a first consonant and l or r, as Turkic names are transliterated with or
 *    without it;
 *  - doubled letters.
 */
const SPELLING: readonly (readonly [RegExp, string])[] = [
  [/yj$/, "y"], [/^gi(?=[aou])/, "j"], [/iy(?=[aeiou])/g, "i"], [/^ch(?=[rl])/, "k"], [/tsch|tch|cz/g, "ch"], [/sch|sz/g, "sh"], [/ck/g, "k"], [/ph/g, "f"], [/th/g, "t"], [/kh/g, "h"],
  [/gh/g, "g"], [/dzh|dj|dsch/g, "j"], [/zh/g, "j"], [/w/g, "v"], [/q/g, "k"], [/c(?=[eiy])/g, "s"], [/c(?!h)/g, "k"], [/x/g, "ks"], [/z/g, "s"],
  [/ou/g, "u"], [/oe/g, "o"], [/ue/g, "u"], [/([^aeiouy])ie/g, "$1e"], [/y/g, "i"], [/([aeiou])j(?![aeiou])/g, "$1i"], [/([aeiou])j(?=[aeiou])/g, "$1i"],
  [/([aeiou])i(?=[aeiou])/g, "$1"], [/([^aeiou])e$/, "$1"], [/([cs]h|j)[eo]v$/, "$1ov"], [/^([^aeiou])i([lr])(?=[aeiou])/, "$1$2"],
  [/(.)\1+/g, "$1"],
];
const VOWELS_RE = /[aeiou]/g;
/** Pinyin's x and q, which open a syllable only before i and u (Xi, Xie, Qiang, Qin, Xu). */
const PINYIN_XQ_RE = /^[xq][iu]/;
/** A word of pinyin syllables without tones ("jinping", "xiaoping"), as English writes Chinese names. */
const PINYIN_FINAL = "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)";
/** Only a word's first syllable may lack an initial: inside a word pinyin writes y, w or an apostrophe there. */
const PINYIN_WORD_RE = new RegExp(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?${PINYIN_FINAL}(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])${PINYIN_FINAL})*$`);

/**
 * A Chinese name in pinyin ("Xi Jinping", "Li Qiang"; every word pinyin, one with x or q) with its x and q read as
 * the s and ch they sound, as Han names are romanised here (习近平, 李强) and as Russian writes them (Си, Цян); other
 * Latin spellings read x as ks and q as k ("Xavier", "Qureshi", whose other words are no pinyin).
 */
function pinyinRead(parts: readonly string[]): readonly string[] {
  if (!parts.some((w) => PINYIN_XQ_RE.test(w)) || !parts.every((w) => PINYIN_WORD_RE.test(w))) return parts;
  return parts.map((w) => (!PINYIN_XQ_RE.test(w) ? w : w[0] === "x" ? `s${w.slice(1)}` : `ch${w.slice(1)}`));
}

/** A name word in its key form: folded, Cyrillic transliterated, alternations collapsed ("Gorbatschow" → "gorbachov"). */
export function nameForm(word: string): string {
  let w = foldLatin(word).replace(/[^\p{L}]/gu, "");
  if (!/^[a-z]+$/.test(w)) return w; // other scripts: as written
  for (const [re, to] of SPELLING) w = w.replace(re, to);
  return w;
}

/** A word's consonant skeleton: first letter, then consonants ("Gorbatchev", "Gorbaczow" → "grbchv"). Coarser than `nameForm`. */
export function nameSkeleton(word: string): string {
  const w = nameForm(word);
  return (w[0] ?? "") + w.slice(1).replace(VOWELS_RE, "").replace(/(.)\1+/g, "$1");
}

/** Vowel classes of a given name's first vowel: enough to keep John and Jane, Joe and Jill apart, not Sergei and Sergueï. */
const VOWEL_CLASS: Readonly<Record<string, string>> = { a: "a", e: "e", i: "e", o: "o", u: "o" };

/**
 * The canonical key of a person's name, shared by the spellings of one person across articles and
 * languages: `<given>-<surname>`, where `<surname>` is the `nameForm` of the last word and `<given>` the
 * initial of the given name followed by the class of its first vowel ("Olaf Scholz" → "oa-sholz").
 *  - accents, case and Cyrillic script fold away ("Sánchez", "Путин");
 *  - known transliteration alternations do not matter ("Gorbatchev" = "Gorbaczow", "Zelensky" =
 *    "Selenskyj", "Poutine" = "Putin"), other vowels do ("Scholz" ≠ "Schulz");
 *  - middle names and particles ("von der", "da") are ignored;
 *  - "John Smith" ≠ "Jane Smith"; an initial alone ("O. Scholz") keys as "o-sholz": the article merges
 *    it into the full name it fits (see people.ts), across articles it stays apart;
 *  - a surname alone (no given name known) keys as `-<surname>`, distinct from any full name.
 * The surname is the last word, also for names written surname first ("Xi Jinping"): the rule only has
 * to be the same for every spelling, not right about which part is the family name.
 */
export function personKey(name: string): string {
  return cachedKey(name);
}

/**
 * Keys already computed, by spelling (a corpus' people fit many times in it): a name is keyed for each of its mentions
 * and again in every article naming it, and the key (two dozen regular expressions, any-ascii) is a pure function of it.
 */
const cachedKey = boundedCache(50_000, (name) => keyOf(name));

/**
 * The key of a Han name known to be a foreign one spelled by sound (after another country's role: 印度总理莫迪), read
 * whole as a surname: "-modi", not a Chinese surname and given name.
 */
export function soundSpelledKey(name: string): string {
  return `-${nameForm(pinyinLatin(name).toLowerCase())}`;
}

/**
 * An Arabic family name's article as Latin, Cyrillic and Greek letters write it: lower-case, assimilated to the name's
 * first consonant and hyphenated ("al-Assad", "el-Sisi", "ash-Sharaa", "ас-Сиси", "аль-Асад"). Keys leave it out: a
 * surname written alone with it ("President al-Sisi") is the surname.
 */
export const ARABIC_ARTICLE_RE = /^(?:al|el|as|es|ash|esh|ad|ed|ar|er|at|et|az|ez|an|en|ul|аль|ал|эль|ель|ас|эс|ес|аш|ад|ар|ат|аз|ан|αλ|ελ)[-‐‑](?=\p{Lu})/u;

/**
 * Russian, Ukrainian and Bulgarian spell Japanese names by Polivanov's system (Такаити, Судзуки, Кисида) where other
 * scripts follow Hepburn's sounds (Takaichi, Suzuki, Kishida; 다카이치, ताकाइची): a Cyrillic given name and surname that
 * read so as a Japanese name the name table knows are keyed by Hepburn. Longest first.
 */
const POLIVANOV_TO_HEPBURN: readonly (readonly [RegExp, string])[] = [
  [/dzy([aou])/g, "j$1"], [/dzi/g, "ji"], [/dz/g, "z"], [/ty([aou])/g, "ch$1"], [/ti/g, "chi"], [/sy([aou])/g, "sh$1"], [/si/g, "shi"],
];
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const OPENING_YO_RE = /(^|\s)[Ёё]/gu;

function polivanovRead(parts: readonly string[], name: string): readonly string[] {
  if (parts.length !== 2 || !CYRILLIC_RE.test(name)) return parts;
  const hepburn = parts.map((w) => POLIVANOV_TO_HEPBURN.reduce((s, [re, to]) => s.replace(re, to), w));
  // Most Russian names read the same either way: the name table is asked only when the spelling would change.
  if (hepburn[0] === parts[0] && hepburn[1] === parts[1]) return parts;
  return soundsJapanese(hepburn[1]!, hepburn[0]!) ? hepburn : parts;
}

const FOREIGN_OVA_RE = /[aeiouyéí]ová$/u;

function keyOf(name: string): string {
  const regnal = regnalParts(name);
  if (regnal !== null) {
    const initial = regnalInitial(regnal.word);
    if (initial !== "") return `@${regnal.number}-${initial}`;
  }
  if (ABJAD_RE.test(name)) return abjadKey(name);
  // A word's first ё is "yo" (Ёсихидэ, Yoshihide), which folding writes e.
  const spelled = withoutGenerationalSuffix(name).replace(ARABIC_ARTICLE_RE, "").replace(OPENING_YO_RE, "$1Йо");
  const words = romanise(spelled)
    .split(/[\s\-‐‑.]+/)
    .filter((w) => w.length > 0 && !HONORIFICS.has(w));
  // Particles inside a name ("Ursula von der Leyen"), not a first word ("Ван И" romanised is "van i"), and only
  // in scripts that write them: a romanised Hangul or Han syllable is no particle (모디 is "mo di", Modi).
  const particles = !OTHER_SCRIPT_RE.test(foldLatin(name));
  const core = words.filter((w, k) => k === 0 || !particles || !NAME_PARTICLES.has(w));
  const parts = polivanovRead(pinyinRead(core.length > 0 ? core : words), name);
  // Czech and Slovak add -ová to a foreign woman's name (Meloniová, Giorgia Meloni): after a vowel no Czech name has it.
  const last = parts.length - 1;
  const surname = FOREIGN_OVA_RE.test(name) && parts[last]!.endsWith("ova") ? parts[last]!.slice(0, -3) : parts[last];
  if (surname === undefined) return "";
  const given = parts[0] ?? "";
  const glide = /^[jy]/.test(given) || GLIDE_LETTER_RE.test(spelled.trimStart());
  return `${parts.length > 1 ? givenKey(given, glide) : ""}-${nameForm(surname)}`;
}

/** Where a name's words part, as scripts write it: spaces, hyphens, full stops, Japanese and Chinese middle dots. */
const NAME_PART_RE = /[\s\-‐‑.・·]+/u;

/**
 * The name without a son's suffix after its surname ("Robert F. Kennedy Jr." → "Robert F. Kennedy", "Роберт
 * Кеннеди-младший", "ロバート・F・ケネディ・ジュニア"): the surname is the word before it. After a single word the suffix is
 * the name's own last word ("Vinícius Júnior").
 */
function withoutGenerationalSuffix(name: string): string {
  const parts = name.split(NAME_PART_RE).filter((w) => w.length > 0);
  const last = parts[parts.length - 1];
  if (parts.length < 3 || last === undefined || !GENERATIONAL_SUFFIXES.has(foldToken(last))) return name;
  return name.slice(0, name.lastIndexOf(last));
}

/**
 * Russian, Bulgarian and Japanese write an English W before a vowel as u (Уильям, ウィリアム for William; Уэйн for
 * Wayne): a given name opening with u and another vowel is read with the w, as "v" (`nameForm` writes w so).
 */
const OPENING_W = /^u(?=[aeio])/;

/**
 * Spanish given names whose j is the sound every other script writes h or kh (Javier: Хавьер, خافيير, Χαβιέρ, 하비에르,
 * 哈维尔), keyed with h so that they meet; English j (John: Джон, جون, 존) stays j. José and Jorge are read as Spanish,
 * the commoner in the news; Portuguese João and Joaquim are not listed.
 */
const SPANISH_J_NAMES: ReadonlySet<string> = new Set(["javier", "javiera", "juan", "juana", "jose", "jorge", "joaquin", "jesus", "jaime", "jimena"]);

/**
 * A given name's opening y-sound before a, o or u, written j (Joachim, Jürgen, Jan, Julia), y (Yoav, Yulia), й, ю, я
 * (Йоахим, Юрген, Ян, Юлия) or as other scripts romanise it (Γιόακιμ, 요아힘, योआखिम: "yo"): `nameForm` reads y as i,
 * and the key writes j for them all. Not before e, where Russian and Ukrainian fold е and є to a bare e (Yelena,
 * Елена, Elena), and not a Latin I, a vowel (Ian, Iyad).
 */
const OPENING_GLIDE = /^i(?=[aou])/;
/** A first word opening with a glide letter: Latin j or y, Cyrillic й (which `foldLatin` writes i). */
const GLIDE_LETTER_RE = /^[JjYyЙй]/;

/** One of those names, or one declined (Polish and Czech Javiera, Slovene Javierja, Croatian Javierom), not Joseph or Josef. */
function spanishJ(folded: string): boolean {
  if (SPANISH_J_NAMES.has(folded)) return true;
  const ending = /^(.*?)(?:a|u|e|i|om|em|ja|ju|jem|ovi|owi)$/.exec(folded);
  return ending !== null && SPANISH_J_NAMES.has(ending[1]!);
}

function givenKey(word: string, glide: boolean): string {
  const folded = foldLatin(word);
  let w = nameForm(spanishJ(folded) ? `h${folded.slice(1)}` : word).replace(OPENING_W, "v");
  if (glide) w = w.replace(OPENING_GLIDE, "j");
  if (w.length <= 1) return w;
  const vowel = /[aeiou]/.exec(w.slice(1))?.[0];
  return (w[0] ?? "") + (vowel === undefined ? "" : VOWEL_CLASS[vowel] ?? "");
}

/** Scripts that write few vowels (Arabic, Persian, Hebrew): their names are keyed by consonants alone. */
const ABJAD_RE = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
/** Letters other than Latin and Cyrillic (which `foldLatin` handles). */
const OTHER_SCRIPT_RE = /[^\p{Script=Latin}\p{Script=Cyrillic}\P{L}]/u;
/** Han and Hangul names are written without spaces, one syllable a character: 王毅 → "Wang Yi". */
const SYLLABIC_RE = /[\p{Script=Han}\p{Script=Hangul}]/u;
/** Chinese and Korean names run to three syllables (compound surnames aside): a longer one is a foreign name spelled by sound ("古特雷斯"). */
const MAX_SYLLABIC_NAME = 3;
/** Greek spellings of sounds Greek letters lack, at a word's start: Γου- for W, Γι- for Y, Ντ- for D, Μπ- for B, Τζ- for J. */
const GREEK_ONSETS: readonly (readonly [RegExp, string])[] = [
  [/(^|\s)γου(?=[αεηιοωυ])/gu, "$1w"], [/(^|\s)γι/gu, "$1y"], [/(^|\s)ντ/gu, "$1d"], [/(^|\s)μπ/gu, "$1b"], [/(^|\s)τζ/gu, "$1j"], [/γκ/gu, "g"],
  // Between vowels too, a foreign d and b are written ντ and μπ ("Μόντι" for Modi, "Κισίντα" for Kishida).
  [/(?<=[αεηιοωυ])ντ(?=[αεηιοωυ])/gu, "d"], [/(?<=[αεηιοωυ])μπ(?=[αεηιοωυ])/gu, "b"],
  // So is a foreign j (Αμπούτζα, Abuja; Νιράτζ, Neeraj).
  [/(?<=[αεηιοωυ])τζ/gu, "j"],
  // After a liquid too ("Ερντογάν", Erdoğan; "Γκόρμπατσοφ" Gorbachev): after a nasal they stay nt, mp (Κλίντον).
  [/(?<=[λρ])ντ/gu, "d"], [/(?<=[λρ])μπ/gu, "b"],
  // Greek χ is the h (or kh) of foreign names (Νετανιάχου, Netanyahu; Χίλαρι, Hillary), not the ch any-ascii writes.
  [/χ/gu, "h"],
  // Greek writes the Spanish surname ending -ez with θ, as Castilian says it ("Σάντσεθ", Sánchez; "Λόπεθ", López). Other
  // final θ are mostly an English th (Σμιθ, Smith), left as they are.
  [/εθ(?=\s|$)/gu, "ες"],
  // ου is one vowel, u ("Ρούτο", Ruto; "Πούτιν"), which any-ascii writes "oy".
  [/ου/gu, "u"],
];

/**
 * Katakana spells a foreign "ti" with チ (chi) in the older names news keeps (プーチン, Putin), and an opening "vl"
 * or "wl" with ウ and an r-row syllable (ウラジーミル, Vladimir), since Japanese has no cluster: read as ti and v.
 * チ before a small ャ, ュ, ョ or ェ is the ch of "Richard" (リチャード).
 */
const KATAKANA_CHI_RE = /チ(?![ャュョェ])/gu;
const KATAKANA_VL_RE = /(^|[\s・·])ウ(?=[ラリルレロ])/gu;
/**
 * The small ッ doubles the consonant after it (クック, Cook; マッカーシー, McCarthy), which any-ascii writes as a t of its
 * own ("kutku"): left out, a doubled consonant is one in a key.
 */
const SOKUON_RE = /[ッｯ]/gu;

/** Devanagari letters any-ascii writes in ISO 15919 without its diacritics (c, s, j'), as names are spelled in English. */
const DEVANAGARI: Readonly<Record<string, string>> = { "च": "ch", "छ": "chh", "श": "sh", "ष": "sh", "ज\u093c": "z", "फ\u093c": "f", "ं": "n" };
const DEVANAGARI_RE = /ज\u093c|फ\u093c|[चछशषं]/gu;

/**
 * The retroflex flap, ḍa and ḍha with a nukta in Devanagari, Bengali and Odia (ड़, ঢ়, ଡ଼; precomposed or not): an r in every
 * Latin spelling of a name (चोपड़ा, চোপড়া: Chopra), where any-ascii writes the stop's d. Offsets 0x21 (ḍa) and 0x22
 * (ḍha) with the nukta 0x3c in each block; U+095C/D, U+09DC/D and U+0B5C/D are the precomposed letters.
 */
const FLAP_RE = /[\u0921\u0922]\u093c|[\u09a1\u09a2]\u09bc|[\u0b21\u0b22]\u0b3c|[\u095c\u095d\u09dc\u09dd\u0b5c\u0b5d]/gu;
const FLAPS: ReadonlySet<number> = new Set([0x21, 0x5c]);

/** Scripts of India and its neighbours, laid out alike from Devanagari to Malayalam (ISCII's order, 128 code points each). */
const BRAHMIC_RE = /[\u0900-\u0d7f]/u;
const BRAHMIC_OPENING_Y_RE = /(^|\s)iy(?=[aeiou])|(^|\s)i(?=u)/g;
const GEORGIAN_OPENING_Y_RE = /(^|\s)i(?=[aeou])/g;

/** Offsets in a Brahmic block: consonants, and the signs written onto one (vowel signs, virama, length marks). */
function brahmicOffset(c: string | undefined): number {
  if (c === undefined || !BRAHMIC_RE.test(c)) return -1;
  return c.codePointAt(0)! & 0x7f;
}
const isConsonant = (off: number): boolean => (off >= 0x15 && off <= 0x39) || (off >= 0x58 && off <= 0x5f);
const isDependentSign = (off: number): boolean => (off >= 0x3e && off <= 0x4d) || (off >= 0x55 && off <= 0x57) || off === 0x62 || off === 0x63;
const NUKTA = 0x3c;

/**
 * A Brahmic consonant without a sign carries the vowel a, which any-ascii leaves out ("ரமபோசா" → "rmpoca", "कमला" →
 * "kmla"): written out here inside a word ("ramaposa", "kamala"), so a key's first vowel and its nasal before a lip
 * read as in Latin spellings. Not at a word's end, where Hindi, Bengali and Marathi do not say it (राम, Ram).
 */
function withInherentVowels(s: string): string {
  let out = "";
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    out += c;
    if (!isConsonant(brahmicOffset(c))) continue;
    if (brahmicOffset(chars[i + 1]) === NUKTA) out += chars[++i];
    const next = brahmicOffset(chars[i + 1]);
    if (next >= 0 && !isDependentSign(next) && next !== NUKTA) out += "a";
  }
  return out;
}

/** The name in Latin letters: Cyrillic by our table, other scripts by any-ascii (Han as pinyin syllables). */
export function romanise(name: string): string {
  const folded = foldLatin(name);
  if (!OTHER_SCRIPT_RE.test(folded)) return folded;
  let s = folded;
  if (/\p{Script=Greek}/u.test(s)) for (const [re, to] of GREEK_ONSETS) s = s.replace(re, to);
  const brahmic = BRAHMIC_RE.test(s);
  if (brahmic) s = withInherentVowels(s).replace(FLAP_RE, (c) => (FLAPS.has(c.codePointAt(0)! & 0x7f) ? "r" : "rh"));
  if (/\p{Script=Devanagari}/u.test(s)) s = s.replace(DEVANAGARI_RE, (c) => DEVANAGARI[c] ?? c);
  // Bengali's anusvara is always the velar nasal (বাংলা, Bangla; মিয়ং, Myung), which any-ascii writes m.
  if (/\p{Script=Bengali}/u.test(s)) s = s.replace(/ং/gu, "ng");
  if (/\p{Script=Thai}/u.test(s)) s = thaiReading(s);
  if (/\p{Script=Katakana}/u.test(s)) s = s.replace(KATAKANA_CHI_RE, "ティ").replace(KATAKANA_VL_RE, "$1ヴ").replace(SOKUON_RE, "");
  if (SYLLABIC_RE.test(s)) {
    // Surname first, one syllable; the given name the rest, as Latin spellings write it ("Wang Yi", "Xi Jinping").
    // A name written in parts ("纳伦德拉 莫迪", "나렌드라 모디") is a foreign one, spelled by sound: its parts stay whole.
    // So is a Han name of transcription characters that no common surname opens ("朔尔茨", Scholz).
    const parted = /\s/.test(s.trim());
    s = s.split(/\s+/).map((w) => {
      if (!parted && SYLLABIC_RE.test(w) && w.length >= 2 && w.length <= MAX_SYLLABIC_NAME && !transcribed(w)) {
        // A Korean given name is written in Latin, Cyrillic, Arabic and Hebrew letters a syllable a word or hyphenated
        // ("Kim Jong Un", "Moon Jae-in", "Ким Чен Ын", "كيم جونغ أون"): its syllables are split the same way here.
        // Not after a surname Hangul writes as Mandarin says it (시진핑, Xi Jinping; 리창; 왕후닝): a Chinese name's
        // given name is one word in pinyin.
        if (HANGUL_RE.test(w) && !MANDARIN_HANGUL_SURNAMES.includes(w[0]!)) return `${koreanSurname(w[0]!)} ${[...w.slice(1)].join(" ")}`;
        return `${w.slice(0, 1)} ${w.slice(1)}`;
      }
      // Spelled by sound, 基 (ji) stands for ki: -斯基 is the -sky of Slavic names (泽连斯基, Zelensky), 基尔 Keir.
      return w.replace(/基/g, "Ki");
    }).join(" ");
  }
  let latin = pinyinLatin(s);
  // any-ascii writes the Indic palatal (च, ச, చ, চ) c, as ISO 15919 does; names in Latin letters write it ch (Tamil s).
  if (brahmic) latin = latin.replace(/c(?!h)/g, "ch");
  // Bengali has no letter for a word's first y (its য is j): it writes i and the glide (ইয়ানিক, Jannik; ইয়াসির, Yasir)
  // or i and u (ইউসুফ, Yusuf).
  if (brahmic) latin = latin.replace(/['`]/g, "").replace(BRAHMIC_OPENING_Y_RE, "$1y");
  // Nor has Georgian: a foreign name's first y is its i before the vowel (იანიკ, Jannik; იოჰანი, Johann).
  if (/\p{Script=Georgian}/u.test(s)) latin = latin.replace(GEORGIAN_OPENING_Y_RE, "$1y");
  // any-ascii closes a Hangul syllable with g, d, b (석 "Seog"); names in Latin letters write k, t, p (Suk, Seok).
  if (HANGUL_RE.test(s)) latin = latin.replace(HANGUL_FINAL_RE, (_, v: string, c: string) => v + (HANGUL_FINAL[c] ?? c));
  return latin.toLowerCase().replace(/['`]/g, "");
}

const HANGUL_FINAL: Readonly<Record<string, string>> = { g: "k", d: "t", b: "p" };
const HANGUL_FINAL_RE = /([aeiouy])([gdb])(?=[A-Z\s]|$)/g;
const HANGUL_RE = /\p{Script=Hangul}/u;
/** Xi, Li and Wang in Hangul: a South Korean 李 is 이 and 施, 王 are rare, so these open Chinese names. */
const MANDARIN_HANGUL_SURNAMES = "시리왕";
/** Initial consonants of Hangul syllables, by their index in the Unicode syllable block: ㄱ 0, ㄷ 3, ㅋ 15, ㅌ 16. */
export const HANGUL_INITIAL = { g: 0, d: 3, k: 15, t: 16 } as const;
const HANGUL_SYLLABLES = 0xac00;
/** Syllables one initial consonant spans in the Unicode block (21 vowels × 28 finals). */
const HANGUL_PER_INITIAL = 21 * 28;
const HANGUL_INITIALS = 19;

/** A Hangul syllable read with another initial consonant where it has `from` (김 → 킴), or as given. */
export function hangulWithInitial(c: string, from: number, to: number): string {
  const code = c.charCodeAt(0) - HANGUL_SYLLABLES;
  if (code < 0 || code >= HANGUL_INITIALS * HANGUL_PER_INITIAL || Math.floor(code / HANGUL_PER_INITIAL) !== from) return c;
  return String.fromCharCode(c.charCodeAt(0) + (to - from) * HANGUL_PER_INITIAL) + c.slice(1);
}

/**
 * A Korean surname as Latin spellings write it: ㄱ as k (김 Kim, 강 Kang, 고 Ko, 권 Kwon), where any-ascii writes g,
 * and 이 as Lee. Other characters are returned as they are.
 */
function koreanSurname(c: string): string {
  // 이, the commonest surname after 김, lost its r in the South (the initial-sound law): Latin writes it Lee, Rhee.
  if (c === "이") return "리";
  return hangulWithInitial(c, HANGUL_INITIAL.g, HANGUL_INITIAL.k);
}

/**
 * Whether a Hangul word spells a foreign word by sound: Korean breaks a foreign consonant cluster with the vowel ㅡ
 * (크, 트, 스, 르, 츠 in 마크롱, Macron; 메르츠, Merz), and Korean names use no such open syllable.
 */
function hangulTranscription(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const code = w.charCodeAt(k) - HANGUL_SYLLABLES;
    if (code >= 0 && code < HANGUL_INITIALS * HANGUL_PER_INITIAL && code % 28 === 0 && Math.floor(code / 28) % 21 === HANGUL_VOWEL_EU) return true;
  }
  return false;
}
/** The vowel ㅡ (eu), by its index among the 21 vowels of the Unicode syllable block. */
const HANGUL_VOWEL_EU = 18;

function transcribed(w: string): boolean {
  // 블링컨 (Blinken) is no Korean 블 + 링컨, nor 마크롱 (Macron) 마 + 크롱.
  if (/^\p{Script=Hangul}+$/u.test(w)) return !KOREAN_SURNAMES.has(w[0]!) || hangulTranscription(w);
  return /^\p{Script=Han}+$/u.test(w) && !CHINESE_SURNAMES.has(w[0]!) && [...w].every((c) => TRANSCRIPTION.has(c));
}

/**
 * Pinyin initials whose letters read otherwise in Latin spellings (any-ascii writes each Han syllable
 * capitalised, "XieErGai"): x is an s sound, q a ch, c a ts, so 谢尔盖 meets Sergei and 朔尔茨 Scholz.
 */
const PINYIN_INITIALS: Readonly<Record<string, string>> = { X: "S", Q: "Ch", C: "Ts" };
const PINYIN_INITIALS_RE = /[XQ]|C(?!h)/g;

/** Latin letters by any-ascii, pinyin's initials as Latin spellings read them (谢尔盖 "XieErGai" → "SieErGai"). */
function pinyinLatin(s: string): string {
  return anyAscii(s).replace(PINYIN_INITIALS_RE, (c) => PINYIN_INITIALS[c] ?? c);
}

/**
 * Arabic and Hebrew write long vowels as the consonant letters و ي ا (ו י א) and short ones not at all:
 * "Medvedev" is ميدفيديف, m-y-d-f-y-d-y-f. A word keeps its first letter (a vowel letter there reads "a")
 * and drops the vowel letters after it; what remains is compared by `nameSkeleton` form. So the key of an
 * abjad name is `~<given initial>-<surname skeleton>`, and `personMatchKey` brings every other key to the
 * same form: Медведев, Medvedev and ميدفيديف meet there, as Wang Yi and وانغ يي do.
 */
/** Hebrew letters with a geresh, for sounds Hebrew lacks: "רג'פ" is Recep, "סנצ'ס" Sánchez. */
const HEBREW_GERESH: Readonly<Record<string, string>> = { "ג": "j", "ד": "dh", "ז": "zh", "ח": "kh", "ע": "gh", "צ": "ch", "ץ": "ch", "ת": "th" };
const HEBREW_GERESH_RE = /([גדזחעצץת])['׳’]/g;

/** Hebrew letters with a geresh in Latin letters ("רג'פ" → "רjפ"): the sounds Hebrew lacks, read before the rest. */
export function readGeresh(text: string): string {
  return text.replace(HEBREW_GERESH_RE, (_, c: string) => HEBREW_GERESH[c] ?? c);
}

/** A word's first alef with hamza or madda before lam: the article is written with a bare alef. */
const FOREIGN_AL_RE = /(^|\s)[أآ](?=ل\p{L})/gu;

function abjadKey(name: string): string {
  // A first أل or آل is no article but a foreign name's "Al" (ألكاراز, آلکاراس: Alcaraz), which folding would make
  // one: its alef is written as the alef wasla (ٱ), which folding keeps and no name opens with.
  const words = readGeresh(fold(name.replace(FOREIGN_AL_RE, "$1\u0671"))).split(/[\s\-‐‑.]+/).filter((w) => w.length > 0);
  const core = words.filter((w) => !HONORIFICS.has(w) && !ABJAD_PARTICLES.has(w));
  // The article of a family name ("السيسي", el-Sisi) is left out, as Latin spellings' "al-", "el-" particles are.
  const parts = (core.length > 0 ? core : words).map((w, k, all) => (k > 0 && k === all.length - 1 && /^ال.{3,}/.test(w) ? w.slice(2) : w)).map((w, k, all) => {
    // A first alef or ayin (ع, ע) is a vowel in Latin spellings: Ahmed, Ali (علي), Abdel (عبد), Omar (عمر). A given
    // name's first ي or י is the glide other keys write j (Yahya, Yoav, Yoon: see OPENING_GLIDE). A first כ is k:
    // Hebrew reads b, k and p at a word's start as plosives (כריסטין, Christine), never the kh inside one.
    const first = /^[اأإآٱאعע]/.test(w) ? "a" : k === 0 && all.length > 1 && /^[يیי]/.test(w) ? "j" : w[0] === "כ" ? "ק" : w.slice(0, 1);
    // Hebrew ends a name's final vowel with ה ("קישידה", Kishida): a vowel letter there, as ة in Arabic.
    // و after the long vowel ا and before a consonant is itself a consonant, v or w (Persian لاوروف, Lavrov; داود, Dawud);
    // so is the first of two, whose second is the vowel (Persian پرووست, Prevost; داوود), and Hebrew's doubled וו, its v.
    // Urdu writes aspiration with ھ after the consonant (گاندھی, Gandhi; بھٹو, Bhutto): no sound of its own in a key.
    // A written h (ه, ح, خ, ה, ח) after a consonant is one, where a short vowel goes unwritten between (بخاري, Bukhari;
    // دحلان, Dahlan): a vowel set before it keeps the skeleton from reading the two as one aspirated consonant.
    // Persian's silent ه ends a part before the non-joiner (خامنه‌ای, Khamenei): a vowel, as a final ה is.
    return first + w.replace(/ه(?=\u200c)/gu, "").replace(WRITTEN_H_RE, "e$1").slice(1).replace(/ھ/g, "").replace(/(?<=.)ה$/, "").replace(/وو|וו/g, "v").replace(/(?<=ا)و(?=[^اأإآىةويی])/g, "v").replace(/[اأإآىةويאוי]/g, "");
  }).map((w) => nameForm(anyAscii(w).replace(/['`]/g, "")));
  const surname = parts[parts.length - 1];
  if (surname === undefined) return "";
  return `~${parts.length > 1 ? skeletonInitial(parts[0] ?? "") : ""}-${skeletonOf(surname, true)}`;
}

/** Arabic name particles: "bin", "ibn", the article and "Al" (house of: آل ثاني, Al Thani, folded alike), and the "von der" of foreign names, are not the surname. */
/** A written h inside an abjad word (not a final ه or ה, a vowel there): the vowel letters before it go, so it may meet a consonant. */
const WRITTEN_H_RE = /(?<=\S)([هحخہהח])(?!$)/gu;

const ABJAD_PARTICLES = new Set(["بن", "ابن", "بنت", "ال", "فون", "فان", "دير"]);

/**
 * A g inside a name is written by some scripts and not by others: Turkish ğ is silent (Erdoğan is
 * ארדואן, 埃尔多安, エルドアン, 에르도안, but Эрдоган and أردوغان), and a final -ng loses its g in Russian
 * (Цзиньпин for Jinping). Only the first letter keeps it.
 */
const INNER_G = /(?<=.)gh?/g;
/** An m before a lip sound in an abjad name, written n as in other scripts (ترامب, טראמפ: Trump). */
const ABJAD_M_BEFORE_LIP = /(?<=.)m(?=[bpfv])/g;
/** d and g as the voicing class of t and k (b is the lips' class already): for a given name's initial. */
const VOICED = /[dg]/g;
/** An m before the lips' class in a skeleton (not its first letter: Mbappé). */
const NASAL_BEFORE_LIP = /(?<=.)m(?=b)/g;
const VOICELESS: Readonly<Record<string, string>> = { d: "t", g: "k" };
const voiceless = (s: string): string => s.replace(VOICED, (c) => VOICELESS[c]!);

/** The h of an aspirated consonant after it (dh, bh, jh, gh): Indic spellings write it, most other scripts do not. */
const ASPIRATION = /(?<=[bdgjkpt])h/g;
/** "sh", "ch" and "tsh" (Arabic تش) as a skeleton writes them: "s". */
const SIBILANTS = /t?[cs]h/g;

/**
 * A romanised word as consonants: vowels after the first letter dropped, spellings of one sound made one. `abjad`:
 * the word comes from Arabic or Hebrew, whose short vowels are unwritten, so two consonants side by side there may
 * stand apart in speech (خامنئي, Khamenei: the m is no nasal before n).
 */
function skeletonOf(w: string, abjad = false): string {
  const s = w
    .replace(/[mn]g$/, "n") // Wang, Ван, वांग
    // Scholz, Шольц, شولتس: "ts" before a vowel or at the end. Before a consonant it is a t and an s a vowel divides in
    // Latin and an abjad or Devanagari leaves unwritten (Tusk: توسك, टस्क, t-s-k), so both keep the t.
    .replace(/t[sz](?=[aeiouy]|$)/g, "s")
    // Hushing sounds are one class: Greek has no "sh" (Σολτς) nor "ch" (Σάντσεθ), Arabic writes "ch" as ش or تش
    // (سانشيز for Sánchez, سوتشي for Sochi), Hebrew as צ' (סנצ'ס).
    .replace(SIBILANTS, "s")
    // An aspirated consonant is its plain one: Hindi and Urdu write Gandhi's dh (गांधी, گاندھی), Arabic, Persian,
    // Hebrew and Russian the d alone (غاندي, گاندی, גנדי, Ганди).
    // In an abjad only the h of a digraph one letter makes (ذ, ظ: dh; غ: gh): `abjadKey` keeps a written h apart.
    .replace(ASPIRATION, "")
    // A nasal before a consonant is one sound class: Devanagari's anusvara, Katakana's ン and Chinese syllables
    // write n where Latin writes m before a lip sound (Trump: ट्रंप, トランプ, 特朗普). Abjads only before a lip
    // sound, where no vowel can stand unwritten between (خامنئي, Khamenei, has one between m and n).
    .replace(abjad ? ABJAD_M_BEFORE_LIP : /(?<=.)m(?=[^aeiouym])/g, "n")
    // Lips: Arabic has no p (Putin, بوتين) nor v (Lavrov, لافروف); Korean and Japanese write v as b
    // (라브로프, ラブロフ) and f as p (블라디미르 for Vladimir, 레제프 for Recep's final p): one class.
    .replace(/[pfv]/g, "b")
    .replace(/r/g, "l") // Chinese writes r as l (古特雷斯, Guterres), Japanese and Korean have one liquid for both
    .replace(INNER_G, "");
  // A first h is a vowel's breath: French, Spanish and Italian names do not sound theirs (Huppert is Юппер, ユペール,
  // أوبير; Hollande Олланд; Hidalgo Идальго), so no script's surname key keeps it, and the scripts that write it meet
  // again. A given name's initial keeps it (`skeletonInitial`).
  const first = /[aeiouyh]/.test(s[0] ?? "") ? "a" : (s[0] ?? "");
  // An m before a lip sound once the vowels are gone is the nasal class too: Hebrew writes Ramaphosa רמפוזה, whose
  // m and p no letter parts, as it writes Trump טראמפ.
  return (first + s.slice(1).replace(/[aeiouy]/g, "")).replace(/(.)\1+/g, "$1").replace(NASAL_BEFORE_LIP, "n").replace(SILENT_FINAL, "");
}

/**
 * A final t or d after r or l, which French leaves unsounded and scripts writing French names by ear leave out
 * (Huppert: Юппер, Ιπέρ, ユペール; Bernard: Бернар; Gérard: Жерар): dropped in every key, so both spellings meet.
 */
const SILENT_FINAL = /(?<=.l)[td]$/;

/**
 * A given name's first sound class: as `skeletonOf`, with j and ch (c) one affricate, since Chinese (乔 for Joe,
 * 乔治 for George), Thai (จ) and Korean (ㅈ) write both alike, and d and g one class with t and k, since Chinese and
 * Korean spell a foreign d and g with letters read t and k (唐纳德, Donald) and Tamil and Thai write no voicing. Only
 * the given name's initial: in the surname the distinction keeps apart more people than it joins spellings.
 */
function skeletonInitial(w: string): string {
  // A given name keeps its h: the initial alone parts Hugh from Annie, Henry from Alex.
  if (w.startsWith("h")) return "h";
  const first = skeletonOf(w).slice(0, 1);
  return first === "c" ? "j" : voiceless(first);
}

/**
 * A regnal name's key is its number and the first sound of the name word beside it, in classes coarse enough that every
 * language's form of the name meets: Charles, Karl, Carlos, Κάρολος, Карл, 查尔斯, تشارلز, צ'ארלס and चार्ल्स all open with
 * a velar or a hushing sound (one class), Leo, León, Лев, 良, レオ and لاون with a liquid (r is l, as in Japanese and
 * Korean). Every vowel is one class: Arabic and Hebrew write a name's first vowel as a bare alef or ayin (إليزابيث,
 * עבדאללה). Two monarchs of one number whose names open alike share the key (Elizabeth II and Abdullah II): the
 * number, not the name, is what the scripts agree on.
 */
export function regnalInitial(word: string): string {
  // Arabic's article is no part of the name's sound (الحسن الثاني, Hassan II), unless it leaves a stub (الله).
  const bare = /^ال\p{L}{3}/u.test(word) ? word.slice(2) : word;
  if (/^[اأإآعאע]/u.test(bare)) return "a";
  const latin = romanise(bare).replace(/[^a-z]/g, "");
  if (latin === "") return "";
  if (/^[aeiouy]/.test(latin)) return "a";
  if (/^kh/.test(latin)) return "h"; // Харальд, Harald
  if (/^(?:t?[cs]h|ts|dz|[ckqgj])/.test(latin)) return "k";
  if (/^h/.test(latin)) return "h";
  if (/^[pfbvw]/.test(latin)) return "b";
  if (/^[lr]/.test(latin)) return "l";
  if (/^[dt]/.test(latin)) return "t";
  if (/^[sxz]/.test(latin)) return "s";
  return latin[0]!;
}

/**
 * The key two people are compared by across scripts, in `person~<given initial>-<surname skeleton>`
 * form: the same for Ван И, Wang Yi, 王毅 and وانغ يي, and for Медведев, Medvedev and ميدفيديف. Coarser
 * than the id (Wang Yi and Wang Yu share it): stories and similarity use it, entity pages keep ids.
 */
export function personMatchKey(id: string): string {
  const key = id.startsWith("person:") ? id.slice(7) : id;
  if (key.startsWith("@")) return `person~${key}`; // a regnal name's key is coarse already
  // An abjad id stored before the g, sibilant, nasal, voicing, first-h and final t/d rules keeps its g, "ch", a voiced
  // given initial, a first h or a final t: brought to today's form, so old and new ids meet. (One stored with an Urdu
  // aspiration's h, "dh" of گاندھی, keeps it until its article is ingested again: an abjad's h beside a consonant is
  // now a sound, the h of بخاري.)
  if (key.startsWith("~")) {
    const dash = key.indexOf("-");
    return dash < 0 ? `person${key}` : `person${voiceless(key.slice(0, dash + 1))}${key.slice(dash + 1).replace(INNER_G, "").replace(SIBILANTS, "s").replace(ABJAD_M_BEFORE_LIP, "n").replace(/(.)\1+/g, "$1").replace(/^h/, "a").replace(SILENT_FINAL, "")}`;
  }
  const dash = key.indexOf("-");
  const given = dash > 0 ? skeletonInitial(key.slice(0, dash)) : "";
  return `person~${given}-${skeletonOf(key.slice(dash + 1))}`;
}

/**
 * The surname part of a `personMatchKey` ("person~a-sls" → "person~-sls"), or null when the key is a surname
 * already: Chinese, Japanese and Korean reports often name a foreigner by the surname alone ("朔尔茨").
 */
export function surnameMatchKey(key: string): string | null {
  const tilde = key.indexOf("~");
  if (key[tilde + 1] === "@") return null; // a regnal name has no surname: "Leo XIV" is no "Leo"
  const dash = key.indexOf("-", tilde + 1);
  return tilde >= 0 && dash > tilde + 1 ? `${key.slice(0, tilde + 1)}${key.slice(dash)}` : null;
}
