/**
 * Dates of the Solar Hijri calendar, which Iran and Afghanistan print ("۲۵ شهریور ۱۴۰۰" is 16 September 2021),
 * converted to the Gregorian calendar with ICU's Persian calendar (`Intl`), the reference implementation.
 */

/** Month names as CLDR writes them: Iran's (fa) and Afghanistan's Dari (fa-AF); index 0 is the first month. */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
  ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"],
];
const MONTH_OF: ReadonlyMap<string, number> = new Map(MONTHS.flatMap((names) => names.map((name, i) => [name, i + 1] as const)));

/**
 * Persian pages often type the Arabic keyboard's yeh and kaf (ي ى ك) for Persian's own (ی ک): "2 تير 1399" is
 * 2 Tir. Month names match either, and a matched name is read in Persian letters.
 */
const persianLetters = (text: string): string => text.replace(/[يى]/gu, "ی").replace(/ك/gu, "ک");
const eitherKeyboard = (name: string): string => name.replace(/ی/gu, "[یيى]").replace(/ک/gu, "[کك]");

/**
 * Day, month name and year, the year required: several names are also common words ("مهر" is a seal, "اسد" a
 * lion), and a year of this calendar beside them makes the date unmistakable. "ماه" ("month") may follow the name.
 */
const SOLAR_HIJRI_DATE = new RegExp(
  String.raw`(?<!\d)(\d{1,2})\s*(${[...MONTH_OF.keys()].sort((a, b) => b.length - a.length).map(eitherKeyboard).join("|")})\u0654?\s*(?:ماه\s*)?(1[34]\d\d)(?!\d)`,
  "u",
);

export interface SolarHijriMatch {
  year: number;
  month: number;
  day: number;
  index: number;
  end: number;
}

/** The first Solar Hijri date in `text` (ASCII digits), as a Gregorian day; null when there is none. */
export function findSolarHijriDate(text: string): SolarHijriMatch | null {
  const m = SOLAR_HIJRI_DATE.exec(text);
  if (!m) return null;
  const month = MONTH_OF.get(persianLetters(m[2]))!;
  const day = Number(m[1]);
  if (day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  const gregorian = toGregorian(Number(m[3]), month, day);
  if (gregorian === null) return null;
  return { ...gregorian, index: m.index, end: m.index + m[0].length };
}

const DAY_MS = 86_400_000;
let persian: Intl.DateTimeFormat | undefined;

/** The Persian calendar's year, month and day of a UTC instant, as ICU computes them. */
function persianDay(ms: number): [number, number, number] {
  persian ??= new Intl.DateTimeFormat("fa-u-ca-persian-nu-latn", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });
  const parts = persian.formatToParts(ms);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [value("year"), value("month"), value("day")];
}

/**
 * Gregorian day of a Solar Hijri one: the year starts at the March equinox (Nowruz, 19–22 March of year + 621);
 * its first six months have 31 days, the next five 30, the last 29 or 30.
 */
function toGregorian(year: number, month: number, day: number): { year: number; month: number; day: number } | null {
  for (let march = 19; march <= 22; march++) {
    const nowruz = Date.UTC(year + 621, 2, march, 12);
    const [y, m, d] = persianDay(nowruz);
    if (y !== year || m !== 1 || d !== 1) continue;
    const at = nowruz + ((month - 1) * 31 - Math.max(0, month - 7) + day - 1) * DAY_MS;
    const check = persianDay(at);
    if (check[0] !== year || check[1] !== month || check[2] !== day) return null; // 30 Esfand of a common year
    const date = new Date(at);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  return null;
}
