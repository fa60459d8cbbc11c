import type { PartialDate } from "./types.js";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * Sortable ISO prefix of a partial date, as precise as the date is ("2021-09-17T15:56", "2021-09").
 * A date without a year has no place on a timeline: null, never a guessed year.
 */
export function sortableDate(date: PartialDate | null | undefined): string | null {
  if (!date || date.year === undefined) return null;
  let out = pad(date.year, 4);
  if (date.month === undefined) return out;
  out += `-${pad(date.month)}`;
  if (date.day === undefined) return out;
  out += `-${pad(date.day)}`;
  if (date.hour === undefined) return out;
  out += `T${pad(date.hour)}:${pad(date.minute ?? 0)}`;
  if (date.second !== undefined) out += `:${pad(date.second)}`;
  return out;
}

/** Month and day (and time) of a date without a year, for placing it in a story (see StoryInput.partialDate). */
export function monthDayOf(date: PartialDate | null | undefined): { month: number; day: number; hour?: number; minute?: number } | null {
  if (!date || date.month === undefined || date.day === undefined) return null;
  return { month: date.month, day: date.day, ...(date.hour === undefined ? {} : { hour: date.hour, minute: date.minute ?? 0 }) };
}
