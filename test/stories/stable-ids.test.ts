import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assignStableIds } from "../../src/stories/stable-ids.js";

/** Earlier membership written as { oldId: [article ids] }. */
const before = (groups: Record<number, number[]>): Map<number, number> =>
  new Map(Object.entries(groups).flatMap(([id, articles]) => articles.map((a) => [a, Number(id)] as [number, number])));

describe("stable story and thread ids", () => {
  const cases: { title: string; previous: Record<number, number[]>; lastId: number; groups: number[][]; ids: number[]; retired: { id: number; to: number | null }[] }[] = [
    { title: "a refold that changes nothing keeps every id", previous: { 4: [1, 2], 9: [3] }, lastId: 9, groups: [[3], [1, 2]], ids: [9, 4], retired: [] },
    { title: "a story that gains articles keeps its id; a new one gets an id above every earlier one", previous: { 4: [1, 2] }, lastId: 12, groups: [[1, 2, 5, 6], [7]], ids: [4, 13], retired: [] },
    { title: "a split: the part holding most articles keeps the id, the other part is new", previous: { 3: [1, 2, 3] }, lastId: 3, groups: [[3], [1, 2]], ids: [4, 3], retired: [] },
    { title: "an even split keeps no id: the old one points to the part listed first", previous: { 3: [1, 2, 3, 4] }, lastId: 3, groups: [[1, 2], [3, 4]], ids: [4, 5], retired: [{ id: 3, to: 4 }] },
    { title: "a merge keeps the id of the story it holds most articles of; the other redirects to it", previous: { 2: [1], 7: [2, 3] }, lastId: 7, groups: [[1, 2, 3]], ids: [7], retired: [{ id: 2, to: 7 }] },
    { title: "a merge of equal stories keeps the lowest id", previous: { 5: [1, 2], 3: [3, 4] }, lastId: 5, groups: [[1, 2, 3, 4]], ids: [3], retired: [{ id: 5, to: 3 }] },
    { title: "a story whose articles all left (became copies) retires to nothing", previous: { 1: [1], 2: [2] }, lastId: 2, groups: [[1]], ids: [1], retired: [{ id: 2, to: null }] },
    { title: "a first fold numbers from one", previous: {}, lastId: 0, groups: [[1], [2, 3]], ids: [1, 2], retired: [] },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const result = assignStableIds(c.groups, before(c.previous), c.lastId);
      assert.deepEqual(result.ids, c.ids);
      assert.deepEqual(result.retired, c.retired);
    });
  }

  it("never gives one id to two groups, whatever the membership", () => {
    let seed = 42;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 7;
    for (let round = 0; round < 200; round++) {
      const previous = new Map(Array.from({ length: 30 }, (_, a) => [a, next()] as [number, number]));
      const groups: number[][] = Array.from({ length: 7 }, () => []);
      for (let a = 0; a < 30; a++) groups[next()].push(a);
      const { ids, retired } = assignStableIds(groups.filter((g) => g.length > 0), previous, 6);
      assert.equal(new Set(ids).size, ids.length);
      for (const r of retired) assert.ok(!ids.includes(r.id), "a retired id is not in use");
    }
  });
});
