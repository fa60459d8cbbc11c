import { test } from "node:test";
import assert from "node:assert/strict";
import { createThreadLinker, type ThreadStory } from "../../src/threads/index.js";
import { isNewsfoldError } from "../../src/errors.js";

const story = (id: number, first: string, entities: string[], terms: string[], last = first): ThreadStory => {
  const w = (keys: string[]) => keys.map((key) => ({ key, weight: 1 / Math.sqrt(keys.length) }));
  return { id, first, last, entities: w(entities), names: w(entities.map((e) => e.split(":").pop() as string)), terms: w(terms.map((t) => `en:${t}`)) };
};

const MEETING = ["person:wang-yi", "person:tleuberdi", "place:CN", "place:KZ"];
const MEETING_TERMS = ["minister", "cooperation", "partnership", "bilateral"];
const FINAL = ["org:real-madrid", "place:gn:2267057", "person:ramos"];
const FINAL_TERMS = ["final", "league", "goal", "champions"];

test("stories about the same actors a year apart join one thread", () => {
  const threads = createThreadLinker().link([
    story(1, "2020-09-12", MEETING, MEETING_TERMS),
    story(2, "2021-09-16", MEETING, [...MEETING_TERMS.slice(0, 2), "pandemic", "vaccine"]),
  ]);
  assert.deepEqual(threads, [{ threadId: 1, storyIds: [1, 2] }]);
});

test("stories with no actor or topic in common stay in separate threads", () => {
  const threads = createThreadLinker().link([story(1, "2014-05-24", FINAL, FINAL_TERMS), story(2, "2014-05-25", MEETING, MEETING_TERMS)]);
  assert.equal(threads.length, 2);
});

test("stories that share only the numbers they write stay in separate threads, in one language or two", () => {
  // As ingested without enrichment: no entities, and the numbers ("#:2015") are the only names.
  const numbers = (id: number, lang: string, terms: string[]): ThreadStory => ({
    id, first: "2015-06-01", last: "2015-06-02", entities: [],
    names: [{ key: "#:2015", weight: 0.8 }, { key: "#:19", weight: 0.6 }],
    terms: terms.map((t) => ({ key: `${lang}:${t}`, weight: 1 / Math.sqrt(terms.length) })),
  });
  const threads = createThreadLinker().link([
    numbers(1, "de", ["buchpreis", "roman", "autor", "jury"]), numbers(2, "de", ["feuerholz", "wald", "gemeinde", "streit"]),
    numbers(3, "en", ["health", "pharmacy", "insurance", "patients"]),
  ]);
  assert.equal(threads.length, 3);
  // The same numbers beside a shared topic: the words link them.
  assert.equal(createThreadLinker().link([numbers(1, "de", ["buchpreis", "roman", "autor", "jury"]), numbers(2, "de", ["buchpreis", "roman", "autor", "preis"])]).length, 1);
});

test("a thread takes no story past its window", () => {
  const linker = createThreadLinker({ windowDays: 365 });
  const threads = linker.link([story(1, "2018-01-10", MEETING, MEETING_TERMS), story(2, "2020-01-10", MEETING, MEETING_TERMS)]);
  assert.equal(threads.length, 2);
});

test("link is deterministic whatever order the stories come in, and addStory builds the same threads", () => {
  const stories = [
    story(1, "2020-09-12", MEETING, MEETING_TERMS), story(2, "2014-05-24", FINAL, FINAL_TERMS),
    story(3, "2021-09-16", MEETING, MEETING_TERMS), story(4, "2015-06-06", FINAL, FINAL_TERMS),
  ];
  const linker = createThreadLinker();
  const once = linker.link(stories);
  assert.deepEqual(linker.link([...stories].reverse()), once);
  assert.deepEqual(once, [{ threadId: 1, storyIds: [1, 3] }, { threadId: 2, storyIds: [2, 4] }]);
  const incremental = createThreadLinker();
  for (const s of [stories[1], stories[3], stories[0], stories[2]]) incremental.addStory(s);
  assert.deepEqual(incremental.threads(), once);
});

test("misused thread options are refused with the field named", () => {
  assert.throws(() => createThreadLinker({ threshold: -1 }), (e) => isNewsfoldError(e) && e.code === "threads.options.invalid" && /threshold/.test(e.message));
});
