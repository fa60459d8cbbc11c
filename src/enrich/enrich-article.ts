import { capitalAfterCityNoun } from "./capital-cities.js";
import { attestCoordinated, caselessCityAttested } from "./caseless-places.js";
import { findEventDate, type EventDate } from "./event-date.js";
import { foldKey, slug } from "./fold.js";
import { getGazetteer, type GazEntry, type Gazetteer } from "./gazetteer.js";
import { foreignTownUnsupported, insideLargerPlaceName, matchGazetteer, placeCuedWords, type GazMatch, type MatchContext } from "./gazetteer-match.js";
import { findArticleNamed } from "./article-named.js";
import { findOrganisations, takenTokens } from "./organisations.js";
import { germanCommonNouns, otherNames } from "./names.js";
import { findPeople } from "./people.js";
import { findCaselessPeople } from "./people-caseless.js";
import { findRegnalNames } from "./regnal-names.js";
import { findHungarianPlaces, findRomanisedPlaces, findThaiPlaces, ROMANISED_SCRIPTS_RE, THAI_TEXT_RE } from "./romanised-places.js";
import { toSimplified } from "./han.js";
import { headlineCaseLines, isHeadlineCase, tokenize, type Token } from "./tokens.js";
import type { EnrichInput, Enrichment, Entity, EntityMention, ResolvedEnrichOptions } from "./types.js";

/** Salience weight of being named in the title. */
const TITLE_WEIGHT = 0.35;
/** Salience weight of being named in the lead (first paragraph or dateline). */
const LEAD_WEIGHT = 0.3;
/** Salience weight of repetition, reached in full at SALIENT_COUNT mentions. */
const COUNT_WEIGHT = 0.35;
/** Mentions after which more repetition adds no salience. */
const SALIENT_COUNT = 4;
/** The lead, when the first paragraph is longer: wire leads are one or two sentences. */
const LEAD_MAX_CHARS = 400;
/** Mentions kept per entity: salience saturates at SALIENT_COUNT, and a page repeating a name is not news. */
const MAX_MENTIONS = 100;
/** A cut document ends at the last space within this many characters of the budget, not inside a word. */
const CUT_SLACK = 200;

/**
 * The enriched document is `title + "\n\n" + text` (just `text` without a title): every mention offset
 * points into it, so a UI can highlight names in the title and the body alike.
 */
export function enrichedDocument(input: Pick<EnrichInput, "title" | "text">): { doc: string; bodyStart: number } {
  const title = input.title !== null && input.title.trim().length > 0 ? input.title : null;
  return title === null ? { doc: input.text, bodyStart: 0 } : { doc: `${title}\n\n${input.text}`, bodyStart: title.length + 2 };
}

interface Draft {
  entity: Entity;
  /** Spellings seen, for the display name of people and unknown names. */
  spellings: Map<string, number>;
  starts: Set<number>;
}

export function enrichArticle(input: EnrichInput, options: ResolvedEnrichOptions, gaz: Gazetteer = getGazetteer()): Enrichment {
  const lang = (typeof input.lang === "string" ? input.lang : input.lang.code).toLowerCase().slice(0, 2);
  const whole = enrichedDocument(input);
  const bodyStart = whole.bodyStart;
  const cutAt = whole.doc.length > options.maxChars ? cutPoint(whole.doc, options.maxChars) : null;
  const written = cutAt === null ? whole.doc : whole.doc.slice(0, cutAt);
  // Chinese in traditional characters is read as simplified, one character for one (han.ts): names, roles and places
  // are looked up so, while mentions quote the text as written.
  const doc = lang === "zh" ? toSimplified(written) : written;
  gaz.prepare(doc);
  if (input.dateline?.place !== undefined) gaz.prepare(input.dateline.place);
  const tokens = tokenize(doc);
  // The title's tokens come first: the body starts at the first token past it.
  let bodyFrom = 0;
  while (bodyFrom < tokens.length && tokens[bodyFrom]!.start < bodyStart) bodyFrom++;
  const headlineEnd = bodyFrom > 0 && isHeadlineCase(tokens.slice(0, bodyFrom)) ? bodyFrom : 0;
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.cap && !t.caseless) lowerWords.add(t.key);
  const german = lang === "de" ? germanCommonNouns(tokens) : null;
  const commonNouns = german?.nouns ?? EMPTY;
  const commonNounsNotPlaces = german?.notPlaces ?? EMPTY;
  const articleNamed = findArticleNamed(tokens, lang, headlineEnd);
  const headlineLines = headlineCaseLines(doc, tokens, bodyFrom, lang);
  const ctx: MatchContext = { lang, lowerWords, headlineEnd, headlineLines, commonNouns, commonNounsNotPlaces, articleNamed, placeCued: placeCuedWords(tokens, lang) };

  const matches = matchGazetteer(tokens, gaz, ctx);
  // A monarch or pope named by number ("Pope Leo XIV", "查尔斯三世") is one person, whatever the other finders made of
  // the name and the numeral ("Leo" alone, "XIV" an acronym).
  const regnal = findRegnalNames(doc, tokens, lang);
  const named = [...findPeople(tokens, matches, ctx), ...findCaselessPeople(doc, tokens, matches, lang, bodyStart)];
  const people = regnal.length === 0 ? named : [...regnal, ...named.filter((p) => !regnal.some((r) => r.start < p.end && p.start < r.end))];
  // A city or country word inside a person's name belongs to the person: "Paris Hilton", "Chad Smith", and the 纽埃
  // (Niue) a Chinese transcription spells inside 埃马纽埃尔 (Emmanuel).
  // Sorted: the caseless finders report names written with the name dot before those found beside a role.
  const inPerson = spanContainment([...people].sort((a, b) => a.start - b.start));
  // So is a country's adjective an Arabic name ends with (محمد شياع السوداني, al-Sudani).
  // Nor is the second word of a place's name the gazetteer does not hold ("New Jersey", "South Carolina").
  const placed = matches.filter((m) => ((m.entry.kind !== "city" && m.entry.kind !== "country" && m.entry.kind !== "demonym") || !inPerson(m.start, m.end)) && !insideLargerPlaceName(m, tokens, lang));
  const docCountries = new Set<string>();
  for (const m of placed) if (m.entry.kind === "country" || m.entry.kind === "demonym") docCountries.add(m.entry.code);
  const attested = placed.map((m) => caselessCityAttested(m, doc, docCountries, gaz, lang));
  attestCoordinated(placed, attested, doc);
  const placeMatches = placed.filter((m, k) => attested[k] && !foreignTownUnsupported(m, tokens, docCountries, ctx));
  if (ROMANISED_SCRIPTS_RE.test(doc)) placeMatches.push(...findRomanisedPlaces(tokens, gaz, takenTokens(tokens.length, matches, [...people].sort((a, b) => a.start - b.start), tokens), docCountries));
  // Cities read by sound inside a Thai phrase or a Hungarian inflected word: kept where no person or place matched already.
  const addUnclaimed = (found: readonly GazMatch[]) =>
    placeMatches.push(...found.filter((m) => !inPerson(m.start, m.end) && !placeMatches.some((p) => p.start < m.end && m.start < p.end)));
  if (THAI_TEXT_RE.test(doc)) addUnclaimed(findThaiPlaces(tokens, gaz, docCountries));
  if (lang === "hu") addUnclaimed(findHungarianPlaces(tokens, gaz, docCountries));
  const orgs = findOrganisations(tokens, takenTokens(tokens.length, placeMatches, people, tokens), lang, lowerWords, articleNamed);

  const drafts = new Map<string, Draft>();
  const add = (base: Omit<Entity, "mentions" | "salience">, mention: EntityMention | null) => {
    let d = drafts.get(base.id);
    if (d === undefined) {
      d = { entity: { ...base, mentions: [], salience: 0 }, spellings: new Map(), starts: new Set() };
      drafts.set(base.id, d);
    }
    if (mention !== null && doc !== written) mention = { ...mention, text: written.slice(mention.start, mention.end) };
    if (mention !== null && d.entity.mentions.length < MAX_MENTIONS && !d.starts.has(mention.start)) {
      d.starts.add(mention.start);
      d.entity.mentions.push(mention);
      d.spellings.set(mention.text, (d.spellings.get(mention.text) ?? 0) + 1);
    }
  };
  for (const m of placeMatches) {
    const entry = capitalAfterCityNoun(m, tokens, gaz, lang) ?? preferDocCountry(m, doc, gaz, docCountries);
    const base = entityOf(entry, gaz);
    if (base !== null) add(base, { text: doc.slice(m.start, m.end), start: m.start, end: m.end });
  }
  for (const p of people) add({ type: "person", id: `person:${p.key}`, name: p.text }, { text: p.text, start: p.start, end: p.end });
  for (const o of orgs) add({ type: "organisation", id: o.id, name: o.name }, { text: doc.slice(o.start, o.end), start: o.start, end: o.end });

  // The dateline place, resolved like any place name; mentioned where the body writes it.
  let datelineSpan: { start: number; end: number } | null = null;
  if (input.dateline?.text !== undefined) {
    const at = written.indexOf(input.dateline.text, bodyStart);
    if (at >= 0) datelineSpan = { start: at, end: at + input.dateline.text.length };
  }
  let datelineId: string | null = null;
  if (input.dateline !== null && input.dateline !== undefined && input.dateline.place.trim().length > 0) {
    const place = input.dateline.place.trim();
    const key = foldKey(place);
    // Names in scripts without case (杜尚别, دوشنبه) are kept apart from the cased ones.
    const entry = (gaz.entries.get(key) ?? gaz.caseless.get(key))?.find((e) => e.kind === "city" || e.kind === "country") ?? null;
    const base = entry !== null ? entityOf(entry, gaz) : null;
    const at = written.indexOf(place, bodyStart);
    const mention = at >= 0 ? { text: place, start: at, end: at + place.length } : null;
    const resolved = base ?? { type: "place" as const, id: `place:name:${slug(place)}`, name: titleCase(place) };
    add(resolved, mention);
    datelineId = resolved.id;
  }

  const leadEnd = Math.min(paragraphEnd(doc, bodyStart), bodyStart + LEAD_MAX_CHARS);
  const entities: Entity[] = [];
  for (const d of drafts.values()) {
    const e = d.entity;
    e.mentions.sort((a, b) => a.start - b.start);
    if (e.type === "person") e.name = bestSpelling(d.spellings, e.name);
    const inTitle = e.mentions.some((m) => m.start < bodyStart);
    const inLead = e.id === datelineId || e.mentions.some((m) => m.start >= bodyStart && m.start < leadEnd);
    e.salience = salience(inTitle, inLead, e.mentions.length);
    entities.push(e);
  }
  entities.sort((a, b) => b.salience - a.salience || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));

  const reference = input.published ?? input.updated ?? null;
  const found = options.dates ? findEventDate(doc, bodyStart, lang, reference, datelineSpan) : null;
  // The words as written (the date's own text is the read one when traditional characters were read as simplified).
  const eventDate = found !== null && doc !== written ? asWritten(found, written) : found;
  const { names, nameSalience } = otherNames(tokens, lang, lowerWords, (first, _last, count, lead) => salience(first < bodyStart, lead && first >= bodyStart, count), leadEnd, takenTokens(tokens.length, placeMatches, [], tokens));
  const out: Enrichment = { entities: entities.slice(0, options.maxEntities), eventDate, publishedDate: input.published ?? null, names, nameSalience };
  if (cutAt !== null) out.cutAt = cutAt;
  return out;
}

/** An event date quoting the words as written at its offset (the same length as those it was read from). */
function asWritten(found: EventDate, written: string): EventDate {
  const text = written.slice(found.offset, found.offset + found.text.length);
  return { ...found, text, date: found.date.text === found.text ? { ...found.date, text } : found.date };
}

/** Where to cut a document at most `max` long: after the last space near the end, never inside a surrogate pair. */
function cutPoint(doc: string, max: number): number {
  const space = doc.lastIndexOf(" ", max);
  if (space > max - CUT_SLACK) return space;
  const code = doc.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Whether [start, end) lies inside one of the spans (sorted by start): a binary search over the running
 * largest end, so testing every match stays linear-logarithmic however many people the page names.
 */
function spanContainment(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const reach: number[] = [];
  for (const s of spans) reach.push(Math.max(s.end, reach[reach.length - 1] ?? -1));
  return (start, end) => {
    let lo = 0;
    let hi = spans.length; // first span starting after `start`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= end;
  };
}

/** In [0, 1], to three decimals: named in the title, in the lead, and how often. */
function salience(inTitle: boolean, inLead: boolean, count: number): number {
  const s = TITLE_WEIGHT * (inTitle ? 1 : 0) + LEAD_WEIGHT * (inLead ? 1 : 0) + COUNT_WEIGHT * Math.min(1, count / SALIENT_COUNT);
  return Math.round(Math.min(1, s) * 1000) / 1000;
}

type EntityBase = Omit<Entity, "mentions" | "salience">;

/** Entity of each gazetteer entry, made once: a place is named in article after article (copied into each draft). */
const BASES = new WeakMap<GazEntry, EntityBase | null>();

function entityOf(entry: GazEntry, gaz: Gazetteer): EntityBase | null {
  let base = BASES.get(entry);
  if (base === undefined) BASES.set(entry, (base = makeEntity(entry, gaz)));
  return base;
}

function makeEntity(entry: GazEntry, gaz: Gazetteer): EntityBase | null {
  switch (entry.kind) {
    case "country":
    case "demonym":
      return countryEntity(entry.code, gaz);
    case "city": {
      const c = entry.city;
      if (gaz.cityStates.has(c.geonameId)) return countryEntity(c.country, gaz);
      if (c.code !== undefined) return { type: "place", id: `place:${c.code}`, name: c.name, country: c.country };
      return { type: "place", id: `place:gn:${c.geonameId}`, name: c.name, country: c.country, lat: c.lat, lon: c.lon };
    }
    case "org":
      return { type: "organisation", id: `org:${entry.id}`, name: entry.name };
    default:
      return null; // news agencies: credits, not entities of the story
  }
}

function countryEntity(code: string, gaz: Gazetteer): EntityBase {
  const at = gaz.countryPoints.get(code);
  const base = { type: "place" as const, id: `place:${code}`, name: gaz.countryNames.get(code) ?? code, country: code };
  return at === undefined ? base : { ...base, lat: at.lat, lon: at.lon };
}

/** Of several cities sharing a name, the one in a country the article names, when there is one. */
function preferDocCountry(m: GazMatch, doc: string, gaz: Gazetteer, countries: ReadonlySet<string>): GazEntry {
  if (m.entry.kind !== "city" || countries.has(m.entry.city.country)) return m.entry;
  const alt = gaz.entries.get(foldKey(doc.slice(m.start, m.end)))?.find((e) => e.kind === "city" && countries.has(e.city.country));
  return alt ?? m.entry;
}

/**
 * The fullest spelling: most words, then most frequent ("Olaf Scholz" over "Scholz"), then the shortest, as a name
 * without its case ending is ("Olaf Scholz" over "Olaf Scholzin", "Putin" over "Putins").
 */
function bestSpelling(spellings: ReadonlyMap<string, number>, fallback: string): string {
  let best = fallback;
  let score = -1;
  for (const [s, n] of spellings) {
    const words = s.split(/\s+/).filter((w) => w.replace(/\./g, "").length > 1).length;
    const v = words * 1000 + n;
    if (v > score || (v === score && s.length < best.length)) (best = s), (score = v);
  }
  return best;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

function paragraphEnd(doc: string, from: number): number {
  const i = doc.indexOf("\n", from);
  return i < 0 ? doc.length : i;
}
