import { test } from "node:test";
import assert from "node:assert/strict";
import {
  addToEntityFrequencies, createEntityFrequencies, entityOverlap, MIN_RARITY_DOCS, rarityOf, type Enrichment,
} from "../../src/enrich/index.js";

/** Signals with only unclassified names, each named once in the body (salience 0). */
function named(...names: string[]): Enrichment {
  return { entities: [], eventDate: null, publishedDate: null, names, nameSalience: names.map(() => 0) };
}

/** Frequencies where `common` is named by every article and `rare` by two. */
function corpus(common: string, rare: string, docs = 40): ReturnType<typeof createEntityFrequencies> {
  const f = createEntityFrequencies();
  for (let i = 0; i < docs; i++) addToEntityFrequencies(f, named(common, `filler${i}`, ...(i < 2 ? [rare] : [])));
  return f;
}

test("a shared rare name counts for more than a shared common one", () => {
  const f = corpus("polizei", "soleimani");
  const shareRare = entityOverlap(named("soleimani", "polizei", "bagdad"), named("soleimani", "kabul", "teheran"), f);
  const shareCommon = entityOverlap(named("polizei", "soleimani", "bagdad"), named("polizei", "kabul", "teheran"), f);
  assert.ok(shareRare > shareCommon, `${shareRare} > ${shareCommon}`);
  // Without frequencies the two pairs are the same shape and score alike.
  assert.equal(entityOverlap(named("soleimani", "polizei", "bagdad"), named("soleimani", "kabul", "teheran")), entityOverlap(named("polizei", "soleimani", "bagdad"), named("polizei", "kabul", "teheran")));
});

test("too few articles counted: no rarity, the plain overlap", () => {
  const small = corpus("polizei", "soleimani", MIN_RARITY_DOCS - 1);
  assert.equal(rarityOf(small), null);
  const a = named("soleimani", "polizei");
  const b = named("polizei", "kabul");
  assert.equal(entityOverlap(a, b, small), entityOverlap(a, b));
});

test("a table that grows after a comparison gives the new rarities, not remembered ones", () => {
  const f = corpus("polizei", "soleimani");
  const a = named("soleimani", "polizei", "bagdad");
  const b = named("soleimani", "kabul", "teheran");
  const before = entityOverlap(a, b, f);
  for (let i = 0; i < 200; i++) addToEntityFrequencies(f, named("soleimani")); // now the common one
  assert.ok(entityOverlap(a, b, f) < before);
  assert.equal(entityOverlap(a, a, f), 1);
});
