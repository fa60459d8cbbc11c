import { CALENDAR_WORDS, GERMAN_NOUN_ENDINGS, HONORIFICS, NAME_PARTICLES, NOT_NAMES, REPORTING, ROLES } from "./lexicon.js";
import { negativeWords } from "./lexicon-negative.js";
import { foldKey } from "./fold.js";
import { inCapsRun, type Token } from "./tokens.js";
import { classAt, UNSPACED } from "./word-chars.js";
import { withoutKoreanParticle } from "../text/korean.js";

/** Name keys shorter than this are mostly particles and initials. */
const MIN_NAME_KEY = 3;
/** Names kept per article: enough for any news story, bounded for storage. */
const MAX_NAMES = 100;

/**
 * Arabic function words (prepositions, pronouns, conjunctions, auxiliaries, reporting verbs and the participles
 * that follow them, "مشيرا إلى", pointing out that; فى is في as Egypt writes it): Arabic
 * has no capitals, so every word is a candidate name and these would make most of the overlap.
 */
export const ARABIC_STOPWORDS = new Set(
  `في من على إلى الى عن مع أن إن ان أو او ثم بل لا لم لن ما ماذا هل قد كان كانت يكون تكون كل بعض غير بين حتى عند
   منذ خلال بعد قبل حول ضد دون لدى نحو هذا هذه ذلك تلك هؤلاء أولئك هناك هنا الذي التي الذين اللذين اللتين اللواتي
   هو هي هم هن أنا نحن أنت أنتم أيضا أيضاً وقد فقد لقد إذا اذا إذ كما لكن لكنه ولكن أنه انه أنها انها إنه إنها
   قال وقال قالت وقالت يقول تقول أكد وأكد أضاف وأضاف أشار وأشار وفق وفقا وفقاً حيث عام العام اليوم يوم أمس غدا
   كيف أين متى لماذا التى الذى عليه عليها عليهم منه منها منهم فيه فيها فيهم إليه إليها له لها لهم به بها بهم
   وهو وهي وهم وفي ومن وعلى وإلى وعن ومع وأن وإن ولا ولم وما وكان وكانت بأن بان لأن لان مثل أكثر أقل جدا جداً
   ذات ذو ليس ليست أمام وراء فوق تحت أي أيه عدة عدد مدى أجل سوف سيتم يتم تم وتم التي
   مما ممن بأنه بأنها بشأن كلما عندما بينما حين حينما كذلك لذلك لذا بهذه بهذا لهذا لهذه وذلك جزء عددا رسميا
   مشيرا موضحا مؤكدا مضيفا لافتا فى
   مؤخرا مؤخراً حاليا حالياً سابقا سابقاً لاحقا لاحقاً أخيرا أخيراً مجددا مجدداً دائما دائماً تقريبا تقريباً فورا فوراً
   يوميا سنويا حديثا مسبقا خصوصا خصوصاً معا جميعا`.split(/\s+/).filter(Boolean),
);
/**
 * Arabic article and one-letter proclitics written onto a noun: "والصين", "للصين" and "الصين" are one
 * name, and "وفيروس" is "فيروس" (and + virus). A bare و or ف is taken off only before three more
 * letters, as src/similarity/document.ts's stemOf does, so short words that begin with the letter stay.
 */
const ARABIC_PREFIX_RE = /^(?:[وفبلك]?ال|لل|[وف](?=[^\s]{3}))/;
/**
 * Polish case endings, longest first, of nouns and of adjectival surnames ("Morawieckim", "Nowickiego"):
 * "Dudy", "Dudzie" and "Duda" lose them to one stem (the
 * language writes endings onto names without an apostrophe, unlike Turkish).
 */
const POLISH_ENDINGS = ["owie", "iego", "iemu", "ami", "ach", "ego", "emu", "iem", "owi", "ich", "ych", "om", "em", "ie", "ii", "im", "ym", "ej", "y", "a", "u", "i", "e"];
/** A Polish stem must keep this many letters ("Dud" of "Duda", "Dudy", "Dudą"; keys are folded, so "ą" is "a"). */
const MIN_POLISH_STEM = 3;
/**
 * German determiners, possessives and quantifiers, and preposition-article contractions: a capitalised word
 * after one is a common noun ("unserer Webseite", "alle Bürger").
 */
const GERMAN_DETERMINERS = new Set(
  ("der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines zum zur im am vom beim ins ans aufs " +
    "dieser diese dieses diesen diesem jeder jede jedes jeden jedem jene jener jenes jenen jenem sein seine seinen seinem seiner seines " +
    "ihr ihre ihren ihrem ihrer ihres unser unsere unserer unseren unserem unseres euer eure eurer euren eurem mein meine meinen meinem " +
    "meiner meines dein deine alle allen aller viele vielen vieler mehrere mehreren beide beiden solche solchen welche welcher welches welchen").split(" "),
);
/** German prepositions: after one, a capitalised word belongs to the preposition's phrase, not to a determiner before it. */
const GERMAN_PREPOSITIONS = new Set(
  "in nach aus von bei mit zu für über unter an auf vor hinter neben zwischen durch gegen ohne um seit bis ab gegenüber nahe".split(" ").map(foldKey),
);
/** German auxiliaries and modals: no adjective between a determiner and its noun (reporting verbs are `REPORTING`'s). */
const GERMAN_AUXILIARIES = new Set(
  "ist war sind waren hat hatte haben hatten wird wurde werden wurden kann konnte muss musste soll sollte will wollte darf durfte".split(" "),
);
/** Lower-case words (adjectives) allowed between a German determiner and its noun. */
const GERMAN_ADJECTIVES_BETWEEN = 2;

/**
 * German nouns the article itself marks as common: capitalised words written after a determiner
 * ("die Regierung", "der ehemalige Bürgermeister"). Names rarely take one, and those that do (countries
 * such as "die Türkei") are found by the gazetteer first. `notPlaces` reads them strictly, leaving out
 * what a city may also be found after: a relative pronoun, a determiner of the noun the city word names,
 * a line break. One pass gives both.
 */
export function germanCommonNouns(tokens: readonly Token[]): { nouns: Set<string>; notPlaces: Set<string> } {
  const nouns = new Set<string>();
  const notPlaces = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || t.upper) continue;
    // A word naming the noun after it is no common noun of its own for places ("der Toronto Street", "des Milan Mayor").
    let strict = !(tokens[i + 1]?.cap === true && tokens[i + 1]!.gap === " ");
    for (let k = i - 1; k >= 0 && k >= i - 1 - GERMAN_ADJECTIVES_BETWEEN; k--) {
      const w = tokens[k]!;
      const gap = tokens[k + 1]!.gap;
      if (GERMAN_DETERMINERS.has(w.key)) {
        nouns.add(t.key);
        // After a comma, "das" and "die" start a relative clause ("ein Militär, das Washington fürchtet"), and a
        // line break or a stop between them parts two phrases (a title ending "… ein", the dateline "Teheran (dpa)").
        if (strict && !/,/.test(w.gap) && !/[\n.!?;:()]/.test(gap)) notPlaces.add(t.key);
        break;
      }
      // "die in Berlin lebende Autorin": a preposition between them starts a phrase of its own; so does a verb, after
      // which the determiner was a pronoun ("Das sagte Peter Müller", "Das ist Jeremy Corbyn").
      if (w.cap || GERMAN_PREPOSITIONS.has(w.key) || GERMAN_AUXILIARIES.has(w.key) || REPORTING.has(w.key) || /[.!?;:,()"„“]/.test(gap)) break;
      if (gap.includes("\n")) strict = false;
    }
  }
  // "Ursula von der Leyen", "Alexander Van der Bellen": after a given name and its particles, "der" is part
  // of the surname, which stays a name wherever the article writes it ("Von der Leyen sagte").
  for (let i = 3; i < tokens.length; i++) {
    const [given, particle, article, surname] = [tokens[i - 3]!, tokens[i - 2]!, tokens[i - 1]!, tokens[i]!];
    if (!surname.cap || !given.cap || !NAME_PARTICLES.has(particle.key) || !GERMAN_DETERMINERS.has(article.key)) continue;
    for (const set of [nouns, notPlaces]) if (!set.has(given.key)) set.delete(surname.key);
  }
  return { nouns, notPlaces };
}

/** The key a name is compared by: Arabic article and proclitics off, Korean particles off, Polish case endings off. */
export function nameKey(key: string, lang: string): string {
  if (lang === "ar") return arabicNameKey(key);
  if (lang === "ko") return withoutKoreanParticle(key);
  if (lang === "pl") {
    for (const e of POLISH_ENDINGS) if (key.endsWith(e) && key.length - e.length >= MIN_POLISH_STEM) return key.slice(0, -e.length);
  }
  return key;
}

/**
 * Arabic spells a word-final ta marbuta as ه or ة and an alef maqsura as ى or ي (Egyptian print often
 * writes the second): both are unified before the proclitics come off, so "منظمة" meets "منظمه".
 */
function arabicNameKey(key: string): string {
  const bare = key.replace(/ة$/, "ه").replace(/ى$/, "ي");
  if (bare.length <= 4) return bare;
  return bare.replace(ARABIC_PREFIX_RE, "");
}

/**
 * Other proper names with their salience, most first-seen order: capitalised words past a sentence's
 * start that are not calendar words, roles or known non-names, and in spaced scripts without case every
 * word that is not a function word.
 */
export function otherNames(
  tokens: readonly Token[], lang: string, lowerWords: ReadonlySet<string>, salience: (firstAt: number, lastAt: number, count: number, inLead: boolean) => number,
  leadEnd: number, skip?: Uint8Array,
): { names: string[]; nameSalience: number[] } {
  const seen = new Map<string, { first: number; last: number; count: number; lead: boolean }>();
  const negative = negativeWords(lang);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (skip !== undefined && skip[i] !== 0) continue;
    if (!((t.cap && !t.sentStart) || t.caseless) || t.key.length < MIN_NAME_KEY) continue;
    if (CALENDAR_WORDS.has(t.key) || NOT_NAMES.has(t.key) || HONORIFICS.has(t.key) || ROLES.has(t.key) || negative.has(t.key)) continue;
    // A capitalised word the article also writes in lower case is a common word in a title or a banner.
    if (lowerWords.has(t.key)) continue;
    if (t.caseless && ARABIC_STOPWORDS.has(t.key)) continue;
    // A word of Chinese, Japanese, Thai … is a run of text up to the next space or punctuation, a clause
    // more often than a name: names there are the people, places and organisations found.
    if (t.caseless && classAt(t.text, 0) & UNSPACED) continue;
    if (lang === "de" && GERMAN_NOUN_ENDINGS.some((e) => t.key.endsWith(e))) continue; // German capitalises every noun: "Regierung", "Krise" are none
    if (abbreviationBeforeNumber(tokens, i) || inCapsRun(tokens, i)) continue;
    const key = nameKey(t.key, lang);
    if (key.length < MIN_NAME_KEY || negative.has(key)) continue;
    const s = seen.get(key);
    if (s !== undefined) {
      s.count++;
      s.last = t.start;
      s.lead ||= t.start < leadEnd;
    } else if (seen.size < MAX_NAMES) seen.set(key, { first: t.start, last: t.start, count: 1, lead: t.start < leadEnd });
  }
  // Sentence-initial mentions of a name seen mid-sentence count too ("Bloomberg erklärte …").
  {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!(t.cap && t.sentStart) || (skip !== undefined && skip[i] !== 0)) continue;
      const s = seen.get(nameKey(t.key, lang));
      if (s !== undefined) {
        s.count++;
        s.lead ||= t.start < leadEnd;
        s.first = Math.min(s.first, t.start);
      }
    }
  }
  const names = [...seen.keys()];
  return { names, nameSalience: names.map((n) => { const s = seen.get(n)!; return salience(s.first, s.last, s.count, s.lead); }) };
}

/** Longest abbreviation read as one before a number: "Jan. 1", "Nr. 5", "Vol. 2" are dates and labels, not names. */
const MAX_ABBREVIATION = 4;

function abbreviationBeforeNumber(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.text.length <= MAX_ABBREVIATION && t.dot && next !== undefined && /^\.\s+$/.test(next.gap) && /^\p{N}/u.test(next.text);
}
