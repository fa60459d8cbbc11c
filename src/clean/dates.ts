import type { DatePrecision, PartialDate } from "../types.js";
import { MONTH_WORD, isWeekday, monthNumber } from "./month-names.js";
import { findSolarHijriDate } from "./solar-hijri.js";

/**
 * Dates as news pages print them, read without guessing: a date written without a year keeps
 * `year` undefined ("14/09" → { month: 9, day: 14 }), a time without a zone keeps no offset.
 * Day-first is assumed for numeric dates ("03/04/2021" is 3 April) unless the first number cannot
 * be a month; that is the convention of every language we target except US English.
 */

/** Two-digit years below this are read as 20xx, others as 19xx ("12.03.21" → 2021, "31/12/98" → 1998). */
const TWO_DIGIT_YEAR_PIVOT = 70;
/** Years outside this range are not publication dates (phone numbers, ids, prices). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Characters allowed between a date and its time ("le 14/09 à 09h10", "March 4, 2021, 3:15 PM"). */
const MAX_DATE_TIME_GAP = 12;

/** Zone abbreviations whose offset is unambiguous; "ET", "CST" or "IST" are not, so they set nothing. */
const ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ["utc", 0], ["gmt", 0], ["z", 0], ["cet", 60], ["mez", 60], ["cest", 120], ["mesz", 120],
  ["bst", 60], ["est", -300], ["edt", -240], ["pst", -480], ["pdt", -420], ["jst", 540],
]);

interface DatePart {
  year?: number;
  month: number;
  day?: number;
  index: number;
  end: number;
  /** Written the Chinese, Japanese or Korean way, whose times follow their own forms. */
  cjk?: true;
}

interface TimePart {
  hour: number;
  minute?: number;
  second?: number;
  tzOffsetMinutes?: number;
  index: number;
  end: number;
}

const ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/u;
const NUMERIC_DATE = /(?<![\d.:/])(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/:])/u;
/** Arabic marks a Gregorian year with م (ميلادي) written onto it or after it: "5 مارس 2023م". */
const GREGORIAN_MARK = String.raw`(?:\s?م)?`;
/**
 * Vietnamese writes day, month and year as numbers after their nouns: "ngày 5 tháng 3 năm 2023" (day 5, month 3, year
 * 2023), "5 tháng 3, 2023".
 */
const VIETNAMESE_DATE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?!\d)/iu;
/** A second name of the same month, as Levantine Arabic prints them: "16 أيلول/سبتمبر 2021". */
const OTHER_NAME = String.raw`(?:\s*[/(]\s*[\p{L}\p{M}]{3,12}\)?)?`;
const DAY_MONTH = new RegExp(
  String.raw`(?<!\d)(\d{1,2})(?:er|re|st|nd|rd|th|º|°|\.)?\s*(?:de\s+|-)?(${MONTH_WORD})${OTHER_NAME}(?:[\s,-]+(?:de\s+)?(\d{4})${GREGORIAN_MARK})?(?![\p{L}\p{M}])`,
  "giu",
);
const MONTH_DAY = new RegExp(String.raw`(?<![\p{L}\p{M}])(${MONTH_WORD})\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{4}))?`, "giu");
const MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\p{M}])(${MONTH_WORD})\s+(\d{4})(?!\d)`, "giu");
/** Year first, as Chinese, Japanese, Korean and Hungarian sites print numbers: "2021/09/16", "2021. 9. 16.". */
const YEAR_FIRST = /(?<![\d.:/])(\d{4})\s?([./])\s?(\d{1,2})\s?\2\s?(\d{1,2})(?![\d:/])\.?/u;
/** Hungarian and Lithuanian put the year before the month's name: "2021. szeptember 16.". */
const YEAR_MONTH_DAY = new RegExp(String.raw`(?<!\d)(\d{4})\.?\s+(${MONTH_WORD})\s+(\d{1,2})(?!\d)\.?`, "iu");
/**
 * Dates in Chinese, Japanese and Korean: "2021年9月16日", "9月16日", "2021년 9월 16일", and a Japanese era year
 * ("令和3年9月16日"). 号 is the Chinese day of the spoken form ("9月16号").
 */
const CJK_DATE = /(?:(\d{4}|(?:令和|平成|昭和|民國|民国)\s?(?:\d{1,3}|元))\s?[年년]\s?)?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일号號]/u;
/**
 * The year before each era's first: 令和3年 is 2021; the Republic of China's calendar (Taiwan's official
 * dates, "民國112年9月16日") counts from 1912.
 */
const JAPANESE_ERAS: ReadonlyMap<string, number> = new Map([["令和", 2018], ["平成", 1988], ["昭和", 1925], ["民國", 1911], ["民国", 1911]]);
/**
 * Thai news prints months abbreviated, with dots ("16 ก.ย. 2566", "16 ก.ย. 66"): the Royal Institute's
 * abbreviations, January to December. Their years are of the Buddhist era, two-digit ones too.
 */
const THAI_MONTH_ABBREVIATIONS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
const THAI_ABBREVIATED_DATE = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*(${THAI_MONTH_ABBREVIATIONS.map((m) => m.replaceAll(".", "\\.")).join("|")})(?:\\s*(?:พ\\.ศ\\.\\s*)?(\\d{4}|\\d{2})(?!\\d))?`,
  "u",
);
/** Two-digit Buddhist-era years are of the 2500s: "66" is 2566, that is 2023. */
const BUDDHIST_CENTURY = 2500;
/** A time in Chinese, Japanese or Korean after its date: "15時30分", "下午3:20", "오후 3시 20분". */
const CJK_TIME = /^[\s,、，]*(午前|午後|上午|下午|오전|오후)?\s?(\d{1,2})\s?(?:[時时시]\s?(?:(\d{1,2})\s?[分분])?|:(\d{2}))/u;
const CJK_AFTERNOON = new Set(["午後", "下午", "오후"]);
/** The Thai Buddhist era runs 543 years ahead: "16 กันยายน 2564" is 2021. */
const BUDDHIST_ERA_OFFSET = 543;
const THAI = /\p{Script=Thai}/u;
const TIME = /(?<![\d.:])(\d{1,2})\s?(?:(:|h|H|\.)\s?(\d{2})(?::(\d{2}))?|h(?![a-z]))(?:\s*(Uhr|hrs?))?(?:\s*([aApP])\.?\s?[mM]\.?(?![a-zA-Z]))?(?:\s*(?:\(?\s*)?(UTC|GMT|Z|[A-Z]{3,4})?\s*([+-]\d{1,2}(?::?\d{2})?)?)?/u;
const TIME_AMPM = /(?<![\d.:])(\d{1,2})\s?([ap])\.?\s?m\.?(?![a-z])/iu;

function validYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function expandYear(written: string): number {
  const n = Number(written);
  if (written.length === 4) return n;
  return n < TWO_DIGIT_YEAR_PIVOT ? 2000 + n : 1900 + n;
}

export function validDay(month: number, day: number | undefined): boolean {
  return month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= 31));
}

function findIso(text: string): { date: DatePart; time?: TimePart } | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!validYear(year) || !validDay(month, day)) return null;
  const end = m.index + m[0].length;
  const date: DatePart = { year, month, day, index: m.index, end };
  if (m[4] === undefined) return { date };
  const time: TimePart = { hour: Number(m[4]), minute: Number(m[5]), index: m.index, end };
  if (m[6] !== undefined) time.second = Number(m[6]);
  if (m[7] !== undefined) time.tzOffsetMinutes = parseOffset(m[7]);
  return { date, time };
}

function parseOffset(written: string): number {
  if (written === "Z") return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/u.exec(written);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

function findTextualDate(text: string): DatePart | null {
  const candidates: DatePart[] = [];
  // Every match is tried: the first "15 PM" or "Updated 3" that looks like a date may not be one.
  for (const dm of text.matchAll(DAY_MONTH)) {
    const month = monthNumber(dm[2]);
    const day = Number(dm[1]);
    if (month === undefined || !validDay(month, day)) continue;
    const part: DatePart = { month, day, index: dm.index, end: dm.index + dm[0].length };
    const year = dm[3] === undefined ? undefined : calendarYear(Number(dm[3]), dm[2]);
    if (year !== undefined) part.year = year;
    else if (dm[3] !== undefined) part.end -= dm[3].length;
    candidates.push(part);
    break;
  }
  for (const md of text.matchAll(MONTH_DAY)) {
    const month = isWeekday(md[1]) ? undefined : monthNumber(md[1]);
    const day = Number(md[2]);
    if (month === undefined || !validDay(month, day)) continue;
    const part: DatePart = { month, day, index: md.index, end: md.index + md[0].length };
    if (md[3] !== undefined && validYear(Number(md[3]))) part.year = Number(md[3]);
    candidates.push(part);
    break;
  }
  for (const my of text.matchAll(MONTH_YEAR)) {
    const month = monthNumber(my[1]);
    if (month === undefined || !validYear(Number(my[2]))) continue;
    candidates.push({ month, year: Number(my[2]), index: my.index, end: my.index + my[0].length });
    break;
  }
  const ymd = YEAR_MONTH_DAY.exec(text);
  const ymdMonth = ymd ? monthNumber(ymd[2]) : undefined;
  if (ymd && ymdMonth !== undefined && validYear(Number(ymd[1])) && validDay(ymdMonth, Number(ymd[3]))) {
    candidates.push({ year: Number(ymd[1]), month: ymdMonth, day: Number(ymd[3]), index: ymd.index, end: ymd.index + ymd[0].length });
  }
  if (candidates.length === 0) return null;
  // The earliest match wins; at the same position the one that knows more (a day) wins.
  candidates.sort((a, b) => a.index - b.index || Number(b.day !== undefined) - Number(a.day !== undefined));
  return candidates[0];
}

/** A Gregorian year as written beside a month's name, or undefined; Thai months count in the Buddhist era. */
function calendarYear(written: number, monthWord: string): number | undefined {
  if (validYear(written)) return written;
  const gregorian = written - BUDDHIST_ERA_OFFSET;
  return validYear(gregorian) && THAI.test(monthWord) ? gregorian : undefined;
}

function findYearFirst(text: string): DatePart | null {
  const m = YEAR_FIRST.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (!validYear(year) || !validDay(month, day)) return null;
  return { year, month, day, index: m.index, end: m.index + m[0].length };
}

function findThaiAbbreviatedDate(text: string): DatePart | null {
  const m = THAI_ABBREVIATED_DATE.exec(text);
  if (!m) return null;
  const month = THAI_MONTH_ABBREVIATIONS.indexOf(m[2]) + 1;
  const day = Number(m[1]);
  if (!validDay(month, day)) return null;
  const part: DatePart = { month, day, index: m.index, end: m.index + m[0].length };
  if (m[3] !== undefined) {
    const written = m[3].length === 2 ? BUDDHIST_CENTURY + Number(m[3]) : Number(m[3]);
    const year = calendarYear(written, m[2]);
    if (year !== undefined) part.year = year;
    else part.end -= m[3].length;
  }
  return part;
}

function findVietnameseDate(text: string): DatePart | null {
  const m = VIETNAMESE_DATE.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (!validDay(month, day)) return null;
  const part: DatePart = { month, day, index: m.index, end: m.index + m[0].length };
  if (m[3] !== undefined && validYear(Number(m[3]))) part.year = Number(m[3]);
  return part;
}

function findCjkDate(text: string): DatePart | null {
  const m = CJK_DATE.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!validDay(month, day)) return null;
  const part: DatePart = { month, day, index: m.index, end: m.index + m[0].length, cjk: true };
  if (m[1] !== undefined) {
    const era = JAPANESE_ERAS.get(m[1].slice(0, 2));
    const year = era === undefined ? Number(m[1]) : era + (m[1].endsWith("元") ? 1 : Number(m[1].slice(2).trim()));
    if (validYear(year)) part.year = year;
  }
  return part;
}

function findCjkTime(text: string, from: number): TimePart | null {
  const m = CJK_TIME.exec(text.slice(from));
  if (!m) return null;
  let hour = Number(m[2]);
  if (m[1] !== undefined && CJK_AFTERNOON.has(m[1]) && hour < 12) hour += 12;
  const minute = m[3] ?? m[4];
  if (hour > 23 || (minute !== undefined && Number(minute) > 59)) return null;
  const time: TimePart = { hour, index: from + m[0].length - m[0].trimStart().length, end: from + m[0].length };
  if (minute !== undefined) time.minute = Number(minute);
  return time;
}

function findNumericDate(text: string): DatePart | null {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  const sep = m[2];
  const a = Number(m[1]);
  const b = Number(m[3]);
  const hasYear = m[4] !== undefined;
  // "15.56" or "3-4" alone is a time, a decimal or a range, not a date; "14/09" is a date.
  if (!hasYear && sep !== "/") return null;
  let day = a;
  let month = b;
  if (a <= 12 && b > 12) {
    day = b;
    month = a;
  }
  if (!validDay(month, day)) return null;
  const part: DatePart = { month, day, index: m.index, end: m.index + m[0].length };
  if (hasYear) {
    const year = expandYear(m[4]);
    if (!validYear(year)) return null;
    part.year = year;
  }
  return part;
}

/** The first time of day in `text` at or after `from`: "15:56", "09h10", "9h", "3:15 PM", "15.56 Uhr". */
export function findTime(text: string, from = 0): TimePart | null {
  const rest = text.slice(from);
  const m = TIME.exec(rest);
  const ampm = TIME_AMPM.exec(rest);
  if (ampm && (!m || ampm.index < m.index)) {
    const hour = to24(Number(ampm[1]), ampm[2]);
    if (hour === undefined) return null;
    return { hour, index: from + ampm.index, end: from + ampm.index + ampm[0].length };
  }
  if (!m) return null;
  const sep = m[2];
  // "12.5" is a number; a dot only separates hours and minutes when "Uhr" or am/pm follows.
  if (sep === "." && m[5] === undefined && m[6] === undefined) return null;
  let hour: number | undefined = Number(m[1]);
  if (m[6] !== undefined) hour = to24(hour, m[6]);
  const minute = m[3] === undefined ? undefined : Number(m[3]);
  if (hour === undefined || hour > 23 || (minute !== undefined && minute > 59)) return null;
  const time: TimePart = { hour, index: from + m.index, end: from + m.index + m[0].length };
  if (minute !== undefined) time.minute = minute;
  if (m[4] !== undefined) time.second = Number(m[4]);
  const zone = m[7]?.toLowerCase();
  let consumed = m[0];
  if (m[8] !== undefined && (zone === undefined || zone === "utc" || zone === "gmt")) {
    time.tzOffsetMinutes = parseOffset(m[8].includes(":") || m[8].length > 3 ? m[8] : `${m[8]}:00`);
  } else if (zone !== undefined && ZONE_OFFSETS.has(zone)) {
    time.tzOffsetMinutes = ZONE_OFFSETS.get(zone);
  } else if (m[7] !== undefined) {
    // An unknown or ambiguous zone ("ET") states no offset we can keep: leave it out of the span.
    consumed = consumed.slice(0, consumed.lastIndexOf(m[7]));
  }
  time.end = from + m.index + consumed.replace(/[\s(]+$/u, "").length;
  return time;
}

function to24(hour: number, meridiem: string): number | undefined {
  if (hour < 1 || hour > 12) return undefined;
  const pm = meridiem.toLowerCase() === "p";
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

function precisionOf(date: DatePart | null, time: TimePart | null): DatePrecision {
  if (time) {
    if (time.second !== undefined) return "second";
    return time.minute !== undefined ? "minute" : "hour";
  }
  if (date?.day !== undefined) return "day";
  if (date?.month !== undefined) return "month";
  return "year";
}

/**
 * A machine-written date that is the Unix epoch, 1970-01-01 (1969-12-31 west of Greenwich): what a CMS
 * prints for a timestamp never set (0), not a day anything was published. Only for dates a page or a
 * record states in its metadata; a text may well speak of that day.
 */
export function isEpochPlaceholder(date: PartialDate): boolean {
  return (date.year === 1970 && date.month === 1 && date.day === 1) || (date.year === 1969 && date.month === 12 && date.day === 31);
}

/**
 * The first date in `text`, with the time written next to it when there is one, as far as the text
 * states it. Returns null when the text holds no date ("hier", "il y a 2 heures": relative dates
 * are resolved later, against the publication date).
 */
export function parseDate(written: string): PartialDate | null {
  const text = asciiDigits(written);
  // Every form read below holds a digit: most texts asked (bylines, titles, sentences) have none, and are done here.
  if (!ASCII_DIGIT.test(text)) return null;
  const iso = findIso(text);
  let date: DatePart | null = iso?.date ?? null;
  let time: TimePart | null = iso?.time ?? null;
  if (!date) {
    for (const found of [findTextualDate(text), findNumericDate(text), findYearFirst(text), findCjkDate(text), findThaiAbbreviatedDate(text), findSolarHijriDate(text), findVietnameseDate(text)]) {
      if (found !== null && (date === null || found.index < date.index)) date = found;
    }
  }
  if (!date) return null;
  if (!time && date.cjk) time = findCjkTime(text, date.end);
  if (!time) time = nearbyTime(text, date);
  // C's asctime and Java's Date print the year after the time: "Tue Jan 28 15:28:56 CET 2020".
  const yearAfterTime = date.year === undefined && time !== null && time.index >= date.end ? YEAR_AFTER_TIME.exec(text.slice(time.end)) : null;
  if (yearAfterTime && time && validYear(Number(yearAfterTime[1]))) {
    date = { ...date, year: Number(yearAfterTime[1]) };
    time = { ...time, end: time.end + yearAfterTime[0].length };
  }
  const start = Math.min(date.index, time?.index ?? date.index);
  const end = Math.max(date.end, time?.end ?? date.end);
  const result: PartialDate = { precision: precisionOf(date, time), text: written.slice(start, end).trim() };
  if (date.year !== undefined) result.year = date.year;
  result.month = date.month;
  if (date.day !== undefined) result.day = date.day;
  if (time) {
    result.hour = time.hour;
    if (time.minute !== undefined) result.minute = time.minute;
    if (time.second !== undefined) result.second = time.second;
    if (time.tzOffsetMinutes !== undefined) result.tzOffsetMinutes = time.tzOffsetMinutes;
  }
  return result;
}

/** The year written right after a time, past a zone abbreviation the time did not take. */
const YEAR_AFTER_TIME = /^\s*(?:[A-Z]{2,5}\s+)?(\d{4})(?!\d)/u;

/** A time just after the date ("17 sept. 2021 15:56") or just before it ("09h10 le 14/09"). */
function nearbyTime(text: string, date: DatePart): TimePart | null {
  const after = findTime(text, date.end);
  if (after && after.index - date.end <= MAX_DATE_TIME_GAP) return after;
  const windowStart = Math.max(0, date.index - MAX_DATE_TIME_GAP - 8);
  const before = findTime(text.slice(0, date.index), windowStart);
  if (before && date.index - before.end <= MAX_DATE_TIME_GAP) return before;
  return null;
}

/**
 * `text` with the decimal digits of every script read as ASCII ("١٦" and "१६" and "１６" are 16), one code unit
 * for one, so positions in it are positions in `text`. Unicode encodes each script's digits as a run from 0 to 9.
 */
export function asciiDigits(text: string): string {
  if (!OTHER_DIGIT.test(text)) return text;
  return text.replace(OTHER_DIGITS, (digit) => String.fromCharCode(0x30 + digitValue(digit.charCodeAt(0))));
}

const OTHER_DIGIT = /(?![0-9])[\p{Nd}]/u;
const ASCII_DIGIT = /[0-9]/;
/** BMP digits only: an astral digit is two code units and would shift every position after it. */
const OTHER_DIGITS = /(?![0-9])(?![\ud800-\udfff])\p{Nd}/gu;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

function digitValue(code: number): number {
  let start = code;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCharCode(start - 1))) start--;
  return (code - start) % 10;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/**
 * ISO 8601 text of a partial date, as far as it is known: "2021-09-17T15:56", "--09-14T09:10"
 * (ISO 8601's form for a date without a year), "2021-03".
 */
export function formatPartialDate(date: PartialDate): string {
  let out = date.year === undefined ? "-" : pad(date.year, 4);
  if (date.month !== undefined) out += `-${pad(date.month)}`;
  if (date.day !== undefined) out += `-${pad(date.day)}`;
  if (date.hour !== undefined) out += `T${pad(date.hour)}:${pad(date.minute ?? 0)}`;
  if (date.second !== undefined) out += `:${pad(date.second)}`;
  if (date.tzOffsetMinutes !== undefined) {
    const sign = date.tzOffsetMinutes < 0 ? "-" : "+";
    const abs = Math.abs(date.tzOffsetMinutes);
    out += date.tzOffsetMinutes === 0 ? "Z" : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  }
  return out;
}
