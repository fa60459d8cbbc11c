const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?)?)?/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC, fractional) of a sortable ISO date; null when absent or unreadable. */
export function isoToDays(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = ISO.exec(iso);
  if (!m) return null;
  const n = (s: string | undefined, fallback: number): number => (s === undefined ? fallback : Number(s));
  const ms = Date.UTC(n(m[1], 0), n(m[2], 1) - 1, n(m[3], 1), n(m[4], 0), n(m[5], 0), n(m[6], 0));
  return ms / MS_PER_DAY;
}

/** The ISO minute ("2021-09-17T15:56") of a day count from `isoToDays`. */
export function daysToIso(days: number): string {
  return new Date(Math.round(days * MS_PER_DAY)).toISOString().slice(0, 16);
}

/**
 * The day count of `partial` in the year that puts it closest to `near` (trying that year and its
 * neighbours), provided it lies within `windowDays` of `near` and not before `notBefore` (an article
 * cannot report an event that had not happened yet); null when no year fits. A date without a year is
 * never completed for storage: this only asks whether any year could make the article fit a story.
 */
export function partialDateFits(
  partial: { month: number; day: number; hour?: number; minute?: number },
  near: number,
  windowDays: number,
  notBefore: number | null,
): number | null {
  const year = new Date(Math.round(near * MS_PER_DAY)).getUTCFullYear();
  let best: number | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const days = Date.UTC(y, partial.month - 1, partial.day, partial.hour ?? 0, partial.minute ?? 0) / MS_PER_DAY;
    if (Math.abs(days - near) > windowDays) continue;
    if (notBefore !== null && days < Math.floor(notBefore)) continue;
    if (best === null || Math.abs(days - near) < Math.abs(best - near)) best = days;
  }
  return best;
}
