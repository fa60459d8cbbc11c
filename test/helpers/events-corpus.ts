/**
 * A synthetic news feed of many small events, for fold tests that need real stories without shared data:
 * each event has words of its own, and its articles each draw a different sample of them (so they tell
 * one story without being copies of each other). Made-up words keep every language rule out of the way.
 */

import { seeded } from "./seeded.js";

const SYLLABLES = ["ka", "lo", "mi", "ren", "to", "vas", "qui", "dor", "sel", "ban", "tu", "fir", "po", "gal", "ne", "zu", "ish", "mor"];

export interface FeedArticle {
  url: string;
  title: string;
  text: string;
  /** Set on the dated share of the feed only. */
  date?: string;
  /** The event it was written about. */
  event: number;
}

/**
 * `overlap` is the share of an event's own words taken from the event before it: the higher, the more
 * borderline the story decisions (and the more they would depend on the order articles come in).
 */
export function eventFeed(options: { events: number; perEvent: number; datedShare?: number; overlap?: number; seed?: number }): FeedArticle[] {
  const next = seeded(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const word = (): string => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join("");
  const common = Array.from({ length: 60 }, word);
  const feed: FeedArticle[] = [];
  let previous: string[] = [];
  for (let event = 0; event < options.events; event++) {
    const own = Array.from({ length: 24 }, () => (previous.length > 0 && next() < (options.overlap ?? 0) ? pick(previous) : word()));
    previous = own;
    const names = [0, 1, 2].map(() => word().replace(/^./, (c) => c.toUpperCase()));
    for (let n = 0; n < options.perEvent; n++) {
      const sentences = Array.from({ length: 8 }, () => {
        const words = Array.from({ length: 12 }, () => (next() < 0.5 ? pick(own) : pick(common)));
        return `${pick(names)} ${words.join(" ")}.`;
      });
      const dated = next() < (options.datedShare ?? 0);
      feed.push({
        url: `https://news.example/${event}/${n}`,
        title: `${names[0]} ${pick(own)} ${pick(own)} ${pick(own)}`,
        text: sentences.join(" "),
        // Several articles share a day, so ties in date are common.
        ...(dated ? { date: `2024-03-${String(1 + (event % 28)).padStart(2, "0")}` } : {}),
        event,
      });
    }
  }
  return feed;
}

/** The feed as JSONL lines, in the order given. */
export function toJsonl(feed: readonly FeedArticle[]): string {
  return `${feed.map(({ url, title, text, date }) => JSON.stringify({ url, title, text, ...(date ? { published: date } : {}) })).join("\n")}\n`;
}
