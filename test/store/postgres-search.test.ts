import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openStore, type Store } from "../../src/store/index.js";
import { dropSchemas, freshSchemaName, POSTGRES_URL, SKIP_REASON } from "../support/postgres.js";
import { newArticle } from "./store-contract.js";

describe("PostgreSQL full-text search per language", { skip: SKIP_REASON }, () => {
  const created: string[] = [];
  let store: Store;
  let ids: number[] = [];

  before(async () => {
    created.push(freshSchemaName());
    store = await openStore({ type: "postgres", url: POSTGRES_URL!, schema: created[0] });
    const lang = (code: string) => ({ lang: { code, confidence: 0.95 } });
    ids = await store.commitBatch({
      articles: [
        newArticle(1, "Les ministres ont salué la coopération entre les deux pays.", lang("fr")),
        newArticle(2, "The ministers held several meetings on trade.", lang("en")),
        newArticle(3, "Die Minister sprachen über die Zusammenarbeit der Länder.", lang("de")),
        newArticle(4, "Los ministros firmaron acuerdos de cooperación.", lang("es")),
        newArticle(5, "Vaziri walikutana mjini Nairobi.", lang("sw")),
      ],
      groupChanges: [],
    });
  });
  after(async () => {
    await store?.close();
    await dropSchemas(created);
  });

  const found = async (query: string) => (await store.search(query, { limit: 10 })).map((h) => h.id);

  const cases: [string, string, number][] = [
    ["a French plural finds the singular (french stemmer)", "coopérations", 0],
    ["French without accents finds the accented word (unaccent)", "cooperations", 0],
    ["an English singular finds the plural (english stemmer)", "meeting", 1],
    ["a German inflected form finds the other (german stemmer)", "Ländern", 2],
    ["a Spanish word is found in a Spanish article", "acuerdo", 3],
    ["a language without a stemmer is searched word for word (simple)", "nairobi", 4],
  ];
  for (const [title, query, index] of cases) {
    it(title, async () => {
      assert.ok((await found(query)).includes(ids[index]), `"${query}" finds article ${index + 1}`);
    });
  }

  it("highlights the words matched in the article's own spelling", async () => {
    const [hit] = await store.search("cooperation", { limit: 1, offset: 0 });
    assert.ok(hit);
    assert.match(hit.snippet, /\[coopération\]|\[cooperación\]/);
  });

  it("ranks a title match above a text match", async () => {
    await store.commitBatch({
      articles: [newArticle(10, "Nothing about trade here.", { title: "Trade talks" }), newArticle(11, "Talks on trade and more trade.", { title: "Other" })],
      groupChanges: [],
    });
    const hits = await store.search("trade talks", { limit: 5 });
    assert.equal(hits[0].title, "Trade talks");
  });

  it("treats operators and quotes as words, never as syntax", async () => {
    for (const nasty of ['"unbalanced', "a & b | !c", "x:*", "(((", "'); DROP SCHEMA x; --", "<->", "\\", "ministres -salué"]) {
      await store.search(nasty, { limit: 5 });
    }
    assert.deepEqual(await found("!!! ### ***"), [], "nothing searchable is an empty result");
  });
});
