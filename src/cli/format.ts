/** Plain-text tables and figures for the terminal. */

import { formatPartialDate } from "../clean/index.js";
import type { PartialDate } from "../types.js";

/** Renders rows as an aligned table; `right` names the columns to align right (numbers). */
export function table(headers: string[], rows: (string | number | null)[][], right: Set<number> = new Set()): string {
  const cells = rows.map((r) => r.map((c) => (c === null ? "" : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}

/** Shortens a string to `max` characters with an ellipsis. */
export function clip(text: string | null, max: number): string {
  if (!text) return "";
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function formatRate(count: number, seconds: number): string {
  return seconds > 0 ? Math.round(count / seconds).toLocaleString("en-US") : "–";
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m}m${String(Math.round(seconds % 60)).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

/** "1 thread", "2 threads", "1 story", "2 stories": a count with its noun in the right number. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** The line a story fold ends with, for `ingest` and `recluster`. */
export function formatFold(f: { articles: number; stories: number; threads: number }): string {
  return `${counted(f.articles, "article")} → ${counted(f.stories, "story", "stories")}, ${counted(f.threads, "thread")}`;
}

/** How a fold went: on from the saved clustering, or by replaying the store, and why. */
export function formatFoldWay(f: { continued: number | null; replayed: string | null; seconds: number }): string {
  const way = f.continued !== null ? `${counted(f.continued, "new article")} added to the saved clustering` : `whole store replayed: ${f.replayed}`;
  return `${way}; ${f.seconds.toFixed(1)}s`;
}

/**
 * What to call an article in a listing: its title, else the first sentence of its text (pages without a title
 * exist), else its first line. Every listing of the CLI uses it, so an article reads the same everywhere.
 */
export function articleHeadline(a: { title: string | null; text?: string | null }, max: number): string {
  const title = a.title?.trim();
  if (title) return clip(title, max);
  const firstLine = a.text?.trim().split("\n", 1)[0] ?? "";
  // A sentence ends at . ! ? (or their CJK forms) followed by a space or the end of the line.
  const sentence = /^.+?[.!?。！？](?=\s|$)/u.exec(firstLine)?.[0] ?? firstLine;
  return clip(sentence, max);
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A date for people: ISO where the year is known ("2021-09-17T10:00"); without a year the day and month in words
 * ("17 September (year unknown)"), never the machine form "--09-17". `notes` join the parenthesis.
 */
export function readableDate(date: PartialDate, notes: string[] = []): string {
  const said = notes.length > 0 ? ` (${notes.join("; ")})` : "";
  if (date.year !== undefined) return `${formatPartialDate(date)}${said}`;
  const words = [date.day, date.month === undefined ? undefined : MONTH_NAMES[date.month - 1]].filter((w) => w !== undefined).join(" ");
  const time = date.hour === undefined ? "" : ` ${String(date.hour).padStart(2, "0")}:${String(date.minute ?? 0).padStart(2, "0")}`;
  return `${words || date.text}${time} (${["year unknown", ...notes].join("; ")})`;
}
