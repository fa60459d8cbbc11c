import * as chrono from "chrono-node";
import type { PartialDate } from "../types.js";
import { fold } from "./fold.js";

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
  uk: chrono.uk.casual, sv: chrono.sv.casual, fi: chrono.fi.casual,
};
/** Characters of body text searched for the event date: the lead and the paragraph after it. */
const EVENT_SCAN_CHARS = 900;
/** Confidence of a date in the first paragraph, where wire stories state when the event happened. */
const LEAD_CONFIDENCE = 0.8;
/** Confidence of a date found further down: often a background date, not the event's. */
const BODY_CONFIDENCE = 0.5;
/** Confidence lost when the year is unknown (the reference date has none). */
const NO_YEAR_PENALTY = 0.3;
const DAY_MS = 86_400_000;

/** Weekday words chrono-node lacks (pl, tr) and "yesterday"/"today", as days before the reference. */
const WEEKDAYS: Readonly<Record<string, number>> = {
  poniedzialek: 1, wtorek: 2, sroda: 3, czwartek: 4, piatek: 5, sobota: 6, niedziela: 0,
  poniedzialku: 1, wtorku: 2, srode: 3, czwartku: 4, piatku: 5, sobote: 6, niedziele: 0,
  pazartesi: 1, sali: 2, carsamba: 3, persembe: 4, cuma: 5, cumartesi: 6, pazar: 0,
};
const RELATIVE_DAYS: Readonly<Record<string, number>> = { wczoraj: 1, dzisiaj: 0, dzis: 0, dun: 1, bugun: 0 };

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
  const slice = doc.slice(bodyStart, scanEnd);
  const refDate = reference !== null && reference.year !== undefined && reference.month !== undefined && reference.day !== undefined
    ? Date.UTC(reference.year, reference.month - 1, reference.day, 12)
    : null;
  const parser = PARSERS[lang] ?? PARSERS.en!;
  const results = parser.parse(slice, { instant: new Date(refDate ?? Date.UTC(2000, 0, 1, 12)), timezone: 0 });
  const candidates: EventDate[] = [];
  for (const r of results) {
    const offset = bodyStart + r.index;
    if (skip !== null && offset < skip.end && offset + r.text.length > skip.start) continue; // the dateline's date is the filing date
    const date = resolve(r, reference, refDate);
    if (date === null) continue;
    candidates.push(scored(date, r.text, offset, leadEnd, reference));
  }
  if (candidates.length === 0) candidates.push(...fallbackWords(slice, bodyStart, leadEnd, reference, refDate));
  candidates.sort((a, b) => b.confidence - a.confidence || a.offset - b.offset);
  return candidates[0] ?? null;
}

function scored(date: PartialDate, text: string, offset: number, leadEnd: number, reference: PartialDate | null): EventDate {
  let confidence = offset < leadEnd ? LEAD_CONFIDENCE : BODY_CONFIDENCE;
  if (date.year === undefined || reference?.year === undefined) confidence -= NO_YEAR_PENALTY;
  return { date, text, offset, confidence };
}

function resolve(r: chrono.ParsedResult, reference: PartialDate | null, refDate: number | null): PartialDate | null {
  const c = r.start;
  const hasDigits = /\d/.test(r.text);
  const dayCertain = c.isCertain("day");
  const weekdayOnly = c.isCertain("weekday") && !dayCertain;
  if (!dayCertain && !c.isCertain("weekday") && !c.isCertain("month") && !c.isCertain("year") && hasDigits) return null; // a time alone
  if (weekdayOnly) {
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

function dayDate(ms: number, text: string): PartialDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision: "day", text };
}

function paragraphEnd(doc: string, from: number): number {
  const i = doc.indexOf("\n", from);
  return i < 0 ? doc.length : i;
}

/** Weekday and "yesterday" words in languages chrono-node does not parse (Polish, Turkish). */
function fallbackWords(slice: string, base: number, leadEnd: number, reference: PartialDate | null, refDate: number | null): EventDate[] {
  if (refDate === null) return [];
  const out: EventDate[] = [];
  for (const m of slice.matchAll(/\p{L}+/gu)) {
    const key = fold(m[0]);
    const weekday = WEEKDAYS[key];
    const rel = RELATIVE_DAYS[key];
    if (weekday === undefined && rel === undefined) continue;
    const back = weekday !== undefined ? (new Date(refDate).getUTCDay() - weekday + 7) % 7 : (rel ?? 0);
    out.push(scored(dayDate(refDate - back * DAY_MS, m[0]), m[0], base + (m.index ?? 0), leadEnd, reference));
    break;
  }
  return out;
}
