/**
 * Month and weekday names in the languages newsfold must read well (fr, en, de, es, it, pt, nl),
 * lower-cased and accent-folded, with the abbreviations news sites print ("sept.", "Jan", "März").
 */

const MONTHS: ReadonlyArray<readonly string[]> = [
  ["january", "jan", "janvier", "janv", "januar", "jänner", "jaenner", "enero", "ene", "gennaio", "gen", "janeiro", "januari"],
  ["february", "feb", "fevrier", "fev", "fevr", "februar", "febrero", "febbraio", "fevereiro", "fev", "februari"],
  ["march", "mar", "mars", "marz", "maerz", "marzo", "marco", "maart", "mrt"],
  ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
  ["may", "mai", "mayo", "maggio", "mag", "maio", "mei"],
  ["june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho"],
  ["july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho"],
  ["august", "aug", "aout", "agosto", "ago", "augustus"],
  ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"],
  ["october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out"],
  ["november", "nov", "novembre", "noviembre", "novembro"],
  ["december", "dec", "decembre", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro", "dezembro"],
];

const WEEKDAYS: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend",
  "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
  "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica",
  "segunda-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira",
];

/** Lower-case and strip diacritics so "Février", "fevrier" and "FÉVR." look the same. */
export function foldWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\.$/, "");
}

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

/** Month number (1–12) of a month name or abbreviation, or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_NAME.get(foldWord(word));
}

export function isWeekday(word: string): boolean {
  return WEEKDAY_SET.has(foldWord(word));
}

/** A regex alternation matching any month name as written (letters with accents, optional final dot). */
export const MONTH_WORD = String.raw`\p{L}{3,10}\.?`;
