import { test } from "node:test";
import assert from "node:assert/strict";
import { clean } from "../../src/clean/index.js";
import { createEnricher } from "../../src/enrich/index.js";
import type { RawDocument } from "../../src/types.js";

const page = (content: string): RawDocument => ({
  provenance: { file: "wire.txt", format: "text" },
  kind: "text",
  content,
  meta: {},
  encoding: { name: "utf-8", repaired: false },
  bytes: Buffer.byteLength(content),
});

test("a wire dateline in a script without capitals names its city once, resolved in the gazetteer", () => {
  const enricher = createEnricher();
  const wires = [
    "新华社杜尚别9月17日电（记者李奥）上海合作组织成员国元首理事会第二十一次会议17日举行。各方就地区安全问题交换意见。",
    "دوشنبه (رويترز) - عقدت قمة منظمة شنغهاي للتعاون يوم الجمعة وناقش القادة الأمن الإقليمي والتعاون الاقتصادي.",
  ];
  for (const text of wires) {
    const cleaned = clean(page(text));
    assert.ok(cleaned.dateline, `no dateline in ${text.slice(0, 20)}`);
    const places = enricher.enrich(cleaned).entities.filter((e) => e.type === "place");
    assert.deepEqual(places.map((p) => p.name), ["Dushanbe"], JSON.stringify(places.map((p) => p.id)));
  }
});
