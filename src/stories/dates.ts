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
