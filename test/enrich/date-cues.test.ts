import { test } from "node:test";
import assert from "node:assert/strict";
import * as chrono from "chrono-node";
import { cuedParser, cuedRuns, dateCues } from "../../src/enrich/date-cues.js";
import { findEventDate } from "../../src/enrich/event-date.js";
import { LABELLED_EVENTS } from "../../eval/multilingual-events.js";

const REFERENCE = new Date(Date.UTC(2021, 8, 17, 12));
const PARSERS: Readonly<Record<string, chrono.Chrono>> = {
  en: chrono.en.casual, fr: chrono.fr.casual, de: chrono.de.casual, es: chrono.es.casual, pt: chrono.pt.casual, it: chrono.it.casual,
  nl: chrono.nl.casual, ru: chrono.ru.casual, uk: chrono.uk.casual, sv: chrono.sv.casual, fi: chrono.fi.casual,
};

/**
 * A chrono-node match that stops inside a word: its patterns end with ASCII-only boundaries, so a Cyrillic letter passes
 * for one and "в Марселе" (in Marseille) yields "в Мар", a month. Such a match is no date, and a run without a cue may
 * rightly miss it: the comparison leaves it out on both sides.
 */
function endsInsideWord(text: string, index: number, match: string): boolean {
  return /\p{L}$/u.test(match) && /^\p{L}/u.test(text.slice(index + match.length, index + match.length + 1));
}

/** What chrono finds, as (offset, text) pairs: on the whole text, or run by run; matches ending inside a word left out. */
function whole(parser: chrono.Chrono, text: string): string[] {
  return parser.parse(text, REFERENCE).filter((r) => !endsInsideWord(text, r.index, r.text)).map((r) => `${r.index}:${r.text}`);
}
function byRuns(parser: chrono.Chrono, text: string): string[] {
  return cuedRuns(text, dateCues(parser)).flatMap((run) => {
    const slice = text.slice(run.start, run.end);
    return parser.parse(slice, REFERENCE).filter((r) => !endsInsideWord(slice, r.index, r.text)).map((r) => `${run.start + r.index}:${r.text}`);
  });
}
/** Run by run, each run read only by the patterns whose cue it holds. */
function byCuedPatterns(parser: chrono.Chrono, text: string): string[] {
  const cues = dateCues(parser)!;
  return cuedRuns(text, cues).flatMap((run) => {
    const slice = text.slice(run.start, run.end);
    const reader = cuedParser(parser, cues, slice);
    return reader === null ? [] : reader.parse(slice, REFERENCE).filter((r) => !endsInsideWord(slice, r.index, r.text)).map((r) => `${run.start + r.index}:${r.text}`);
  });
}

test("cues are read from each spaced language's own patterns: month and weekday names, time units, relative days", () => {
  const en = dateCues(chrono.en.casual);
  assert.ok(en !== null);
  for (const w of ["september", "thursday", "yesterday", "weeks", "tonight"]) assert.ok(en.words.has(w), w);
  for (const w of ["the", "in", "on", "and"]) assert.ok(!en.words.has(w), `${w} is no cue`);
  const fr = dateCues(chrono.fr.casual);
  for (const w of ["jeudi", "hier", "septembre", "semaines"]) assert.ok(fr?.words.has(w), w);
  for (const lang of Object.keys(PARSERS)) assert.ok(dateCues(PARSERS[lang]!) !== null, lang);
  // Chinese and Japanese write no spaces between words: parsed whole.
  assert.equal(dateCues(chrono.zh.casual), null);
  assert.equal(dateCues(chrono.ja.casual), null);
});

test("sentences without a cue are left out, cued neighbours are parsed as one run", () => {
  const text = "The talks ended. Officials met on Thursday. It was cold in Paris. Prices rose by 5 percent. Nobody spoke.";
  const runs = cuedRuns(text, dateCues(chrono.en.casual)).map((r) => text.slice(r.start, r.end).replace(/^[.\s]+/, ""));
  assert.deepEqual(runs, ["Officials met on Thursday.", "Prices rose by 5 percent."]);
  const joined = cuedRuns("On Sept. 16 at 10 a.m. the talks began.", dateCues(chrono.en.casual));
  assert.equal(joined.length, 1, "an abbreviation's full stop does not cut a date in two");
});

/** Texts in the parsers' own languages, with dates in every form chrono reads and sentences without any. */
const TEXTS: readonly [string, string][] = [
  ["en", "The ministers met on Thursday, 16 September 2021, in Dushanbe. The summit had been planned for months.\nTwo days ago a delegation arrived. It left last night at 10 p.m. Talks resume next week."],
  ["en", "Nothing was said. The vote, held yesterday, was close. Results came three hours later. Sept. 12 was the deadline."],
  ["fr", "Les ministres se sont rencontrés jeudi à Paris. Rien n'a filtré.\nIl y a deux semaines, le sommet du 12 septembre avait été reporté. Hier soir, la délégation est partie."],
  ["de", "Die Minister trafen sich am Donnerstag in Berlin. Es wurde viel gesprochen.\nVor drei Tagen war alles anders. Gestern Abend reiste die Delegation ab, am 16. September."],
  ["es", "Los ministros se reunieron ayer en Madrid. No hubo acuerdo.\nEl 16 de septiembre se firmará el texto. Hace dos semanas nadie lo esperaba."],
  ["ru", "Министры встретились в четверг в Душанбе. Переговоры были трудными.\nВчера вечером делегация уехала. 16 сентября будет подписан договор."],
];

test("the dates chrono finds run by run are the ones it finds in the whole text", () => {
  const samples = [...TEXTS, ...LABELLED_EVENTS.flatMap((e) => e.renderings.map((r) => [r.lang, `${r.title}\n\n${r.text}`] as [string, string]))];
  let compared = 0;
  for (const [lang, text] of samples) {
    const parser = PARSERS[lang];
    if (parser === undefined) continue;
    assert.deepEqual(byRuns(parser, text), whole(parser, text), `${lang}: ${text}`);
    assert.deepEqual(byCuedPatterns(parser, text), whole(parser, text), `patterns by cue, ${lang}: ${text}`);
    compared++;
  }
  assert.ok(compared >= 10, `compared ${compared} texts`);
});

test("a run is read only by the patterns whose cue it holds, and none when it holds no cue of any", () => {
  const en = chrono.en.casual;
  const cues = dateCues(en)!;
  const monthOnly = cuedParser(en, cues, "Talks resumed in September.");
  assert.ok(monthOnly !== null && monthOnly.parsers.length < en.parsers.length, "a month name calls the month patterns, not all");
  assert.equal(cuedParser(en, cues, "Nothing happened there."), null);
  assert.equal(cuedParser(en, cues, "Nothing happened there."), null);
  assert.equal(cuedParser(en, cues, "Talks resumed in September."), monthOnly, "subsets are built once");
});

test("a weekday cue inside a longer word is no weekday: Polish 'Według', Turkish 'satış', German 'früher' date nothing", () => {
  const reference = { year: 2020, month: 3, day: 15, precision: "day" as const, text: "2020-03-15" };
  const cases: [string, string][] = [
    ["pl", "Posiedzenie rządu trwało długo. Według ministra budżet na 2020 rok jest gotowy."],
    ["tr", "Benzinin litresi 7 liradan satıldı. Satış fiyatları 2020 yılında artacak."],
    ["de", "Der frühere Minister sprach über 30 Prozent der Stimmen."],
  ];
  for (const [lang, text] of cases) assert.equal(findEventDate(text, 0, lang, reference, null), null, `${lang}: ${text}`);
});
