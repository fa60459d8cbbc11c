import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Entity } from "../../src/enrich/index.js";
import type { NewArticle, SearchHit, Store } from "../../src/store/index.js";
import type { PartialDate } from "../../src/types.js";
import { onEveryBackend } from "../support/postgres.js";
import { newArticle } from "./store-contract.js";

/**
 * Search by entity pages through an entity's articles newest first (ties and undated articles by id,
 * newest id first; undated last), on both backends, whatever indexes serve it.
 */
const mention = (text: string) => [{ text, start: 0, end: text.length }];
const place = (id: string, name: string, salience: number): Entity => ({ type: "place", id, name, mentions: mention(name), salience });

/** Dates deliberately out of id order, with ties, a year-only date and undated articles. */
function dateOf(n: number): PartialDate | null {
  if (n % 9 === 0) return null;
  if (n % 11 === 0) return { year: 2020, precision: "year", text: "2020" };
  const day = (n * 7) % 5 + 1; // repeats: several articles share a day
  return { year: 2021, month: (n * 5) % 12 + 1, day, precision: "day", text: `day ${n}` };
}

function article(n: number): NewArticle {
  const base = newArticle(n, `report ${n} ${n % 3 === 0 ? "harbour strike" : "council vote"} text`, { published: dateOf(n) });
  const entities: Entity[] = [];
  // Most articles name the harbour town; some also name its namesake region (both match "Portmere").
  if (n % 7 !== 0) entities.push(place("place:gn:1001", "Portmere", 0.4 + (n % 5) / 10));
  if (n % 4 === 0) entities.push(place("place:gn:1002", "Portmere County", 0.95));
  return { ...base, enrichment: { entities, eventDate: null, publishedDate: null, names: [] } };
}

async function pages(store: Store, entity: string, size: number, query?: string): Promise<SearchHit[]> {
  const all: SearchHit[] = [];
  for (let offset = 0; ; offset += size) {
    const hits = await store.searchByEntity(entity, { limit: size, offset }, query);
    all.push(...hits);
    if (hits.length < size) return all;
  }
}

function contract(name: string, open: () => Promise<Store>): void {
  describe(`search by entity, newest first: ${name}`, () => {
    it("pages through an entity's articles newest first, with and without words, without duplicates", async () => {
      const store = await open();
      const articles = Array.from({ length: 40 }, (_, i) => article(i + 1));
      const ids = await store.commitBatch({ articles: articles.slice(0, 25), groupChanges: [] });
      ids.push(...(await store.commitBatch({ articles: articles.slice(25), groupChanges: [] })));
      const sortOf = new Map<number, string | null>();
      for (const id of ids) sortOf.set(id, (await store.getArticle(id))!.publishedSort);
      assert.ok([...sortOf.values()].includes(null), "the fixture has undated articles");
      const newestFirst = (a: number, b: number): number => {
        const [x, y] = [sortOf.get(a)!, sortOf.get(b)!];
        if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? 1 : -1;
        return b - a;
      };
      const naming = (pick: (n: number) => boolean) => ids.filter((_, i) => pick(i + 1)).sort(newestFirst);

      const town = naming((n) => n % 7 !== 0);
      const townHits = await pages(store, "place:gn:1001", 4);
      assert.deepEqual(townHits.map((h) => h.id), town, "one entity: every page in order");
      assert.equal(new Set(townHits.map((h) => h.id)).size, townHits.length);
      assert.deepEqual(
        (await store.searchByEntity("place:gn:1001", { limit: 5, offset: 5 })).map((h) => h.id),
        town.slice(5, 10),
        "a page taken alone is the same page",
      );
      const first = townHits[0];
      assert.equal(first.title, `Title ${ids.indexOf(first.id) + 1}`);
      assert.match(first.snippet, /^report \d+ /);

      const strike = naming((n) => n % 7 !== 0 && n % 3 === 0);
      assert.deepEqual((await pages(store, "place:gn:1001", 3, "harbour")).map((h) => h.id), strike, "with words: only matches, same order");
      assert.deepEqual(await store.searchByEntity("place:gn:1001", { limit: 5 }, "nowhere"), []);

      // A name standing for both entities: an article naming both appears once, with its higher salience.
      const either = naming((n) => n % 7 !== 0 || n % 4 === 0);
      const eitherHits = await pages(store, "portmere", 6);
      assert.deepEqual(eitherHits.map((h) => h.id), either, "several entities: every page in order, once each");
      const both = eitherHits.find((h) => (ids.indexOf(h.id) + 1) % 4 === 0 && (ids.indexOf(h.id) + 1) % 7 !== 0)!;
      assert.equal(both.score, 0.95);
      assert.deepEqual((await pages(store, "portmere", 2, "harbour")).map((h) => h.id), naming((n) => (n % 7 !== 0 || n % 4 === 0) && n % 3 === 0));

      assert.deepEqual(await store.searchByEntity("place:gn:9999", { limit: 10 }), [], "an entity nobody names");
      assert.deepEqual(await store.searchByEntity("place:gn:9999", { limit: 10 }, "harbour"), []);
      await store.close();
    });

    it("finds words rare among a frequent entity's articles, and words on its old articles only, in the same order", async () => {
      const store = await open();
      // 300 articles naming one region: newer ones mention a ferry often, a lighthouse rarely; only the
      // oldest mention a quarry (more links than a store checks one by one before listing the words' matches).
      const articles = Array.from({ length: 300 }, (_, i) => {
        const n = i + 1;
        const words = [n % 2 === 0 ? "ferry" : "bus", n % 37 === 0 ? "lighthouse" : "pier", n <= 12 ? "quarry" : "field"];
        const base = newArticle(n, `news ${n} ${words.join(" ")}`, {
          published: { year: 2021, month: Math.ceil(n / 28) > 12 ? 12 : Math.ceil(n / 28), day: (n % 28) + 1, precision: "day", text: `day ${n}` },
        });
        const entities = [place("place:gn:2001", "Northvale", 0.5)];
        if (n % 5 === 0) entities.push(place("place:gn:2002", "Northvale Bay", 0.7));
        return { ...base, enrichment: { entities, eventDate: null, publishedDate: null, names: [] } };
      });
      const ids: number[] = [];
      for (let i = 0; i < articles.length; i += 100) ids.push(...(await store.commitBatch({ articles: articles.slice(i, i + 100), groupChanges: [] })));
      const sortOf = new Map<number, string>();
      for (const id of ids) sortOf.set(id, (await store.getArticle(id))!.publishedSort!);
      const newestFirst = (a: number, b: number): number => (sortOf.get(a)! < sortOf.get(b)! ? 1 : sortOf.get(a)! > sortOf.get(b)! ? -1 : b - a);
      const naming = (pick: (n: number) => boolean) => ids.filter((_, i) => pick(i + 1)).sort(newestFirst);

      for (const [entity, names] of [["place:gn:2001", () => true], ["northvale", () => true], ["place:gn:2002", (n: number) => n % 5 === 0]] as const) {
        assert.deepEqual((await pages(store, entity, 25)).map((h) => h.id), naming(names), `${entity} alone`);
        for (const [word, has] of [["ferry", (n: number) => n % 2 === 0], ["lighthouse", (n: number) => n % 37 === 0], ["quarry", (n: number) => n <= 12]] as const) {
          const expected = naming((n) => names(n) && has(n));
          assert.deepEqual((await pages(store, entity, 4, word)).map((h) => h.id), expected, `${entity} with ${word}`);
          assert.deepEqual((await store.searchByEntity(entity, { limit: 3, offset: 2 }, word)).map((h) => h.id), expected.slice(2, 5), `${entity} with ${word}, one page`);
        }
      }
      await store.close();
    });
  });
}

onEveryBackend("search by entity, newest first", contract);
