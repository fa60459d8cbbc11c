import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Entity } from "../../src/enrich/index.js";
import { sortableDate, type EntityDetail, type NewArticle, type Store } from "../../src/store/index.js";
import type { PartialDate } from "../../src/types.js";
import { onEveryBackend } from "../support/postgres.js";
import { newArticle } from "./store-contract.js";

/**
 * The entity page (`getEntity`): its summary, monthly timeline, co-named entities and threads, checked in
 * full against a model of the fixture on both backends, whatever indexes or stored copies serve them.
 */
const ARTICLES = 48;

/** Undated, year-only, month-only, day and minute dates, out of id order. */
function dateOf(n: number): PartialDate | null {
  if (n % 10 === 0) return null;
  if (n % 9 === 0) return { year: 2020, precision: "year", text: "2020" };
  if (n % 8 === 0) return { year: 2021, month: (n % 12) + 1, precision: "month", text: `month ${n}` };
  if (n % 7 === 0) return { year: 2022, month: (n % 12) + 1, day: (n % 28) + 1, hour: n % 24, minute: 5, precision: "minute", text: `minute ${n}` };
  return { year: 2021 + (n % 2), month: ((n * 5) % 12) + 1, day: ((n * 3) % 28) + 1, precision: "day", text: `day ${n}` };
}

interface EntityFixture extends Omit<Entity, "mentions" | "salience"> {
  names: (n: number) => boolean;
}

const ENTITIES: EntityFixture[] = [
  { type: "person", id: "person:ada-lovelace", name: "Ada Lovelace", names: (n) => n % 5 !== 0 },
  { type: "person", id: "person:ben-brook", name: "Ben Brook", names: (n) => n % 2 === 0 },
  { type: "person", id: "person:cy-crane", name: "Cy Crane", names: (n) => n % 3 === 0 },
  { type: "person", id: "person:di-dunn", name: "Di Dunn", names: (n) => n % 4 === 0 },
  { type: "place", id: "place:gn:300", name: "Harbourtown", country: "GB", lat: 51.5, lon: -0.125, names: (n) => n % 6 === 0 },
  { type: "organisation", id: "org:name:eta", name: "Eta", names: (n) => n % 7 === 0 },
  { type: "organisation", id: "org:name:undated", name: "Undated Press", names: (n) => n % 10 === 0 },
  { type: "person", id: "person:fay-fox", name: "Fay Fox", names: (n) => n === 1 || n === 2 },
  { type: "person", id: "person:gus-gray", name: "Gus Gray", names: (n) => n === 1 || n === 2 },
];

function article(n: number): NewArticle {
  const base = newArticle(n, `report ${n} on the harbour`, { published: dateOf(n) });
  const entities: Entity[] = ENTITIES.filter((e) => e.names(n)).map(({ names: _, ...e }) => ({ ...e, salience: ((n * 7) % 10) / 10, mentions: [{ text: e.name, start: 0, end: e.name.length }] }));
  return { ...base, enrichment: { entities, eventDate: null, publishedDate: null, names: [] } };
}

/** Stories 100–105 by n % 6 for articles 1–40, story 106 (no thread) for 41–42; 43–48 in no story. */
const storyOf = (n: number): number | null => (n <= 40 ? 100 + (n % 6) : n <= 42 ? 106 : null);
const STORIES = [100, 101, 102, 103, 104, 105, 106];
// Threads 1 and 2 tie on stories and articles (14 each), as do 3 and 4 (one story of 6 articles each).
const THREADS = [
  { id: 4, title: "Fourth", storyIds: [105] },
  { id: 2, title: "Second", storyIds: [103, 104] },
  { id: 1, title: "First", storyIds: [101, 102] },
  { id: 3, title: "Third", storyIds: [100] },
];

const range = Array.from({ length: ARTICLES }, (_, i) => i + 1);
const byCountThenId = <T extends { id: string | number; articles: number }>(a: T, b: T): number => b.articles - a.articles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What the page must say about `fixture`, computed from the fixture alone (threads' own figures from getThread). */
async function expected(store: Store, fixture: EntityFixture, related: number): Promise<EntityDetail> {
  const naming = range.filter(fixture.names);
  const dates = naming.map((n) => sortableDate(dateOf(n))).filter((d): d is string => d !== null).sort();
  const months = new Map<string, number>();
  for (const d of dates) if (d.length >= 7) months.set(d.slice(0, 7), (months.get(d.slice(0, 7)) ?? 0) + 1);
  const cooccurring = ENTITIES.filter((e) => e.id !== fixture.id)
    .map((e) => ({ id: e.id, type: e.type, name: e.name, articles: naming.filter(e.names).length }))
    .filter((e) => e.articles > 0)
    .sort(byCountThenId)
    .slice(0, related);
  const stories = new Set(naming.map(storyOf));
  const threads = [];
  for (const t of THREADS) if (t.storyIds.some((s) => stories.has(s))) threads.push((await store.getThread(t.id))!.thread);
  threads.sort((a, b) => b.stories - a.stories || byCountThenId(a, b));
  return {
    entity: {
      id: fixture.id,
      type: fixture.type,
      name: fixture.name,
      country: fixture.country ?? null,
      lat: fixture.lat ?? null,
      lon: fixture.lon ?? null,
      articles: naming.length,
      first: dates[0] ?? null,
      last: dates.at(-1) ?? null,
    },
    timeline: [...months].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([month, articles]) => ({ month, articles })),
    cooccurring,
    threads: threads.slice(0, related),
  };
}

function contract(name: string, open: () => Promise<Store>): void {
  describe(`entity page: ${name}`, () => {
    it("summarises an entity, its months, who is named beside it and its threads, exactly as the articles say", async () => {
      const store = await open();
      const articles = range.map(article);
      const ids = await store.commitBatch({ articles: articles.slice(0, 30), groupChanges: [] });
      ids.push(...(await store.commitBatch({ articles: articles.slice(30), groupChanges: [] })));
      await store.replaceStories({
        stories: STORIES.map((id) => ({ id, threadId: THREADS.find((t) => t.storyIds.includes(id))?.id ?? null, title: `Story ${id}`, articleIds: ids.filter((_, i) => storyOf(i + 1) === id), summary: {} })),
        threads: THREADS,
      });
      const sorts = range.map((n) => sortableDate(dateOf(n)));
      assert.ok(sorts.includes(null) && sorts.some((s) => s?.length === 4) && sorts.some((s) => s?.length === 7) && sorts.some((s) => (s?.length ?? 0) > 10), "the fixture has every kind of date");

      for (const fixture of ENTITIES) {
        for (const related of [2, 20]) {
          assert.deepEqual(await store.getEntity(fixture.id, { related }), await expected(store, fixture, related), `${fixture.id}, ${related} related`);
        }
      }
      const ada = (await store.getEntity("person:ada-lovelace", { related: 20 }))!;
      assert.ok(ada.cooccurring.some((e, i) => i > 0 && e.articles === ada.cooccurring[i - 1].articles), "ties among co-named entities, broken by id");
      assert.deepEqual(ada.threads.map((t) => t.id), [1, 2, 3, 4], "threads tied on stories and articles, by id");
      const undated = (await store.getEntity("org:name:undated", { related: 20 }))!;
      assert.deepEqual([undated.entity.articles, undated.entity.first, undated.entity.last, undated.timeline], [4, null, null, []], "named by undated articles only");
      assert.equal(await store.getEntity("person:nobody", { related: 20 }), null);
      await store.close();
    });
  });
}

onEveryBackend("entity page", contract);
