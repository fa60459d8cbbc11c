import { fold } from "./fold.js";

/**
 * Hungarian writes its people family name first ("Orbán Viktor", "Novák Katalin"), where other languages write
 * "Viktor Orbán": keys put the given name first, so the article meets the others. Foreigners keep their order in
 * Hungarian text ("Olaf Scholz"), so a name is turned only when its last word is a common Hungarian given name
 * and its first word is none. The given names: the most frequent of the official register (Utónévjegyzék) in
 * the population, folded; a case ending on the last word is read off first ("Orbán Viktorral", with Viktor Orbán).
 */
const HUNGARIAN_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `laszlo istvan jozsef janos zoltan sandor ferenc gabor attila peter tamas zsolt tibor andras csaba imre lajos gyorgy
  balazs robert mihaly viktor karoly david gergely miklos adam krisztian bela daniel norbert gyula mark bence mate
  levente szabolcs roland pal akos richard kristof arpad antal denes barnabas botond erno jeno kalman lorinc vilmos
  zsigmond geza endre marton benedek milan oliver patrik szilard tivadar
  maria erzsebet katalin eva ilona anna zsuzsanna margit judit agnes andrea erika krisztina iren eszter julia monika
  edit gabriella szilvia anita csilla timea ildiko viktoria nikolett klara rita piroska rozalia magdolna eniko beata
  dora orsolya zsofia reka petra boglarka kinga noemi lilla hajnalka emese tunde marianna gizella terez etelka`
    .split(/\s+/)
    .filter(Boolean),
);
/** Hungarian case endings a name takes, longest first (with, -nak dative, -t accusative, -é possessive …). */
const HUNGARIAN_ENDINGS = /(?:nak|nek|val|vel|ral|rel|tal|tel|lal|lel|nal|nel|ban|ben|rol|tol|hoz|hez|ert|ra|re|on|en|ot|et|ig|t|e)$/;

/**
 * The folded Hungarian given name a word is, with a case ending read off ("Viktorral" → "viktor": the ending
 * doubles a last consonant it assimilates), or null.
 */
function givenNameIn(word: string): string | null {
  const w = fold(word);
  if (HUNGARIAN_GIVEN_NAMES.has(w)) return w;
  const bare = w.replace(HUNGARIAN_ENDINGS, "");
  if (bare === w) return null;
  if (HUNGARIAN_GIVEN_NAMES.has(bare)) return bare;
  const single = bare.replace(/(.)\1$/, "$1");
  return HUNGARIAN_GIVEN_NAMES.has(single) ? single : null;
}

/** A name's words in the order keys read them (given name first), for the article's language. */
export function keyOrder(words: readonly string[], lang: string): readonly string[] {
  if (lang !== "hu" || words.length < 2) return words;
  const last = words[words.length - 1]!;
  const given = givenNameIn(last);
  if (given === null || givenNameIn(words[0]!) !== null) return words;
  // Folding keeps a word's length (á is a), so the given name is the word's first letters.
  return [last.slice(0, given.length), ...words.slice(0, -1)];
}
