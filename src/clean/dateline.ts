import type { Dateline, PartialDate } from "../types.js";
import { parseDate, validDay } from "./dates.js";

/**
 * The dateline that opens wire copy: place, optional date, optional agency, then a dash.
 *   "DOUCHANBE, 17 septembre (Xinhua) --", "PARIS (AFP) -", "WASHINGTON, March 3 (Reuters) -",
 *   "BERLIN, 3. März (dpa) –", "NEW YORK —", "Madrid, 4 mar (EFE).-", "ROMA, 3 MAR -".
 * The dateline stays in the article text (it is part of what the writer filed); it is also parsed.
 */

/** Place names in datelines are a few words ("RIO DE JANEIRO", "SAN FRANCISCO"). */
const MAX_PLACE_CHARS = 40;
/** Agency names in parentheses are short ("Xinhua", "AFP", "Reuters", "dpa", "Agence France-Presse"). */
const MAX_AGENCY_CHARS = 30;
/** The date part between the place and the agency ("17 septembre", "March 3", "3. März 2021"). */
const MAX_DATE_CHARS = 30;

const DASH = String.raw`(?:--|—|–|-|\.-)`;
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’ .\-/]{0,${MAX_PLACE_CHARS}}?`;
const DATELINE = new RegExp(
  String.raw`^(${PLACE})(?:\s*,\s*([^()\n]{1,${MAX_DATE_CHARS}}?))?\s*(?:\(([^()\n]{1,${MAX_AGENCY_CHARS}})\))?\s*${DASH}\s+(?=\S)`,
  "u",
);

/** A full date that opens a text and a dash after it: the day a press release or a news item gives itself. */
const OPENING_DATE_END = new RegExp(String.raw`^\s*${DASH}\s+\S`, "u");
/**
 * What a line opening with a full date and a dash holds: four digits (a year's at least), the last of them right before
 * the dash (a full date ends in its year or its time), and a space after it.
 */
const OPENING_DATE_HINT = /^(?=(?:\P{Nd}*\p{Nd}){4})[^\n]*?\p{Nd}\s*(?:--|—|–|-)\s/u;
/** Characters of a line the opening date is looked for in ("Mittwoch, 29. November 2022, 10:30 Uhr"). */
const MAX_OPENING_DATE_CHARS = 48;

/**
 * The day a text opens with, set off by a dash ("29.11.2022 – Mehrfach und vehement hatte die Branche …",
 * "27.1.2022 - Bei der Erinnerung …"): press releases and short news items date themselves so, with no place
 * before the date to make it a dateline. A date without its year, or one the sentence goes on from, is not it.
 */
export function openingDate(line: string): PartialDate | null {
  const head = line.slice(0, MAX_OPENING_DATE_CHARS);
  // Asked of the first paragraphs of every undated text: a year's digits and a dash first, before parsing.
  if (!OPENING_DATE_HINT.test(head)) return null;
  const date = parseDate(head);
  if (date === null || date.year === undefined || date.day === undefined || !line.startsWith(date.text)) return null;
  return OPENING_DATE_END.test(line.slice(date.text.length)) ? date : null;
}

/** Words never used as a dateline place, though capitalised at the start of a sentence. */
const NOT_PLACES = /^(?:le|la|les|l'|the|a|an|der|die|das|el|los|il|lo|o|os|un|une|ein|eine|update|updated|breaking|exclusive|exclusif|eilmeldung|urgent)$/iu;

function isUpperCasePlace(place: string): boolean {
  const letters = place.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/**
 * Datelines of scripts without capitals, where no upper-case place marks them, in their wire services'
 * own shapes: Chinese "新华社杜尚别9月17日电（记者…）" (agency, place, month and day, 电/讯), Japanese
 * "【ワシントン共同】", Korean "(두샨베=연합뉴스) …", and Arabic-script, Hebrew or Devanagari "دوشنبه (رويترز) -"
 * (a place of a few words, the agency in parentheses, a dash: the agency is required, as for a place not
 * written in capitals).
 */
const CHINESE_WIRE = /^(\p{Script=Han}{1,6}?(?:社|网|網|报|報|台))(\p{Script=Han}{2,8}?)(\d{1,2})月(\d{1,2})日(?:电|電|讯|訊)/u;
const JAPANESE_WIRE = /^【([^】\s]{1,20}?)(共同|時事|ロイター|ＡＦＰ|AFP|ＡＰ|AP|新華社|聯合)】/u;
const KOREAN_WIRE = /^[(（]([^=()（）\n]{1,15})=([^()（）\n]{1,12})[)）]/u;
const CASELESS_PLACE_WIRE = new RegExp(
  String.raw`^([\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]+(?: [\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]+){0,2})\s*(?:${DASH}\s*)?\(([^()\n]{1,${MAX_AGENCY_CHARS}})\)\s*${DASH}`,
  "u",
);

function caselessDateline(text: string): Dateline | null {
  const zh = CHINESE_WIRE.exec(text);
  if (zh) {
    const [written, agency, place, month, day] = zh;
    const date = { month: Number(month), day: Number(day), precision: "day" as const, text: `${month}月${day}日` };
    return { place, agency, text: written, ...(validDay(date.month, date.day) ? { date } : {}) };
  }
  const ja = JAPANESE_WIRE.exec(text);
  if (ja) return { place: ja[1], agency: ja[2], text: ja[0] };
  const ko = KOREAN_WIRE.exec(text);
  if (ko) return { place: ko[1].trim(), agency: ko[2].trim(), text: ko[0] };
  const other = CASELESS_PLACE_WIRE.exec(text);
  if (other) return { place: other[1], agency: other[2].trim(), text: other[0].trim() };
  return null;
}

/** Parse the dateline opening `text`; null when the paragraph does not open with one. */
export function parseDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return caselessDateline(text);
  const place = m[1].trim().replace(/[,.]$/u, "");
  const dateText = m[2]?.trim();
  const agency = m[3]?.trim();
  if (place === "" || NOT_PLACES.test(place)) return null;
  // Without an agency only an upper-case place ("NEW YORK —") marks a dateline: "Paris - ..." may be prose.
  if (agency === undefined && !isUpperCasePlace(place)) return null;
  if (!isUpperCasePlace(place) && place.split(/\s+/u).length > 3) return null;
  const date = dateText === undefined ? null : parseDate(dateText);
  // A comma-separated part that is not a date ("PARIS, France (AFP)") belongs to the place.
  const fullPlace = dateText !== undefined && !date ? `${place}, ${dateText}` : place;
  if (dateText !== undefined && !date && fullPlace.length > MAX_PLACE_CHARS) return null;
  const dateline: Dateline = { place: fullPlace, text: m[0].trim() };
  if (date) dateline.date = date;
  if (agency !== undefined) dateline.agency = agency;
  return dateline;
}
