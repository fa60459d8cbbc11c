import { test } from "node:test";
import assert from "node:assert/strict";
import { enrich } from "../../src/enrich/index.js";
import { UNSPACED_REPORTS } from "../fixtures/unspaced-news.js";
import { matchKey, peopleNamed } from "./helpers.js";

const PUBLISHED = { year: 2024, month: 6, day: 3, precision: "day" as const, text: "2024-06-03" };
const enriched = (lang: string, text: string, title: string | null = null) => enrich({ title, text, lang, published: PUBLISHED });
const places = (lang: string, text: string) => enriched(lang, text).entities.filter((e) => e.type === "place").map((e) => e.name);

test("a city written right after a number is found (Chinese and Japanese write numbers against words)", () => {
  // 雅安 (Ya'an) after "17时" (17 o'clock), with and without the number.
  assert.ok(places("zh", "中国地震台网测定，6月1日17时在四川雅安市芦山县发生6.1级地震。").includes("Ya'an"));
  assert.ok(places("zh", "中国地震台网测定，在四川雅安市芦山县发生地震。").includes("Ya'an"));
  assert.ok(places("ja", "3日午前10時ごろ大阪市で会合が開かれた。").includes("Osaka"));
});

const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

test("names in unspaced scripts are the entities found, never clauses", () => {
  for (const r of UNSPACED_REPORTS.filter((x) => x.lang !== "ko")) {
    const { names } = enriched(r.lang, r.text, r.title);
    assert.deepEqual(names.filter((n) => UNSPACED_RE.test(n)), [], r.lang);
  }
});

test("Korean names are keyed without the particle written onto them", () => {
  const { names } = enriched("ko", "이창용 총재는 기자간담회에서 말했다. 기자간담회는 길었다.");
  assert.ok(names.includes("기자간담회"), names.join(" | "));
  assert.ok(!names.some((n) => n.startsWith("기자간담회") && n !== "기자간담회"), names.join(" | "));
});

const people = (lang: string, text: string) => enriched(lang, text).entities.filter((e) => e.type === "person").map((e) => e.mentions[0]?.text);

test("people beside roles beyond government: central banks, companies, cities, international bodies", () => {
  assert.deepEqual(people("ja", "会見した植田和男総裁は、賃金と物価の好循環を見極める必要があると述べた。"), ["植田和男"]);
  assert.deepEqual(people("ja", "トヨタ自動車の豊田章男会長は記者団に語った。"), ["豊田章男"]);
  assert.deepEqual(people("zh", "世界卫生组织总干事谭德塞说，疫情仍在继续。"), ["谭德塞"]);
  assert.deepEqual(people("zh", "北京市长陈吉宁说，将加快建设。"), ["陈吉宁"]);
  assert.deepEqual(people("ko", "김동연 경기도지사는 3일 기자회견에서 밝혔다."), ["김동연"]);
  // Korean names the role's ministry or bank between name and role: that word is no name.
  assert.deepEqual(people("ko", "박진 외교부 장관은 3일 기자회견에서 말했다."), ["박진"]);
  assert.deepEqual(people("ko", "이창용 한국은행 총재는 기자간담회에서 말했다."), ["이창용"]);
  assert.deepEqual(people("ko", "김지원 장관은 말했다. 회의 의장은 말했다."), ["김지원"]);
  // A role closing a common compound names nobody: film director, the national team, "a US senator said".
  assert.deepEqual(people("ja", "映画監督として知られる。サッカー日本代表は3日、試合に臨んだ。"), []);
  assert.deepEqual(people("zh", "美国参议员表示反对。该公司总经理表示将裁员。"), []);
});

test("a Thai city is found after a word of place written against it, and Thai function words are none", () => {
  // น้ำท่วมหนักในเชียงใหม่: heavy floods in Chiang Mai (a city of 130,000: its name alone is not enough).
  assert.deepEqual(places("th", "น้ำท่วมหนักในเชียงใหม่ ประชาชนเดือดร้อนหลายพันครัวเรือน"), ["Chiang Mai"]);
  assert.deepEqual(places("th", "ในขณะที่ที่ประชุมได้ตัดสินใจในวันที่สาม ไปยังที่ทำการใหม่ สู่อนาคต ในที่สุด จากนั้น"), []);
});

test("a day of the month beats a time word beside it, and times or characters inside words are no dates", () => {
  const day = (lang: string, text: string) => enriched(lang, text).eventDate?.date ?? null;
  // 截至2日凌晨: as of early on the 2nd (凌晨 alone would be read as the day of publication, the 3rd).
  assert.deepEqual(day("zh", "据应急管理厅消息，截至2日凌晨，地震共造成4人死亡。"), { year: 2024, month: 6, day: 2, precision: "day", text: "2日" });
  // 连夜, overnight: 夜 (night) inside it is no "tonight". 一時, for a while (also one o'clock): no day.
  assert.equal(day("zh", "救援人员连夜进入震区开展搜救。"), null);
  assert.equal(day("ja", "JR東日本は安全確認のため在来線の運転を一時見合わせた。"), null);
  // A relative day word still counts: 昨晚, last night.
  assert.equal(day("zh", "在昨晚进行的比赛中，中国队获胜。")?.day, 2);
});

test("cities as news writes them in Chinese and Korean: without 市, without GeoNames' D.C.", () => {
  // GeoNames lists 雅安市 (Ya'an city); reports write 雅安 too, a short name found only after a word of place.
  assert.deepEqual(places("zh", "救援队赶赴雅安。"), ["Ya'an"]);
  assert.deepEqual(places("zh", "雅安茶叶很有名。"), []);
  // GeoNames lists Washington in Hangul only as "워싱턴 D.C.".
  assert.ok(places("ko", "윤석열 대통령은 26일 워싱턴에서 조 바이든 미국 대통령과 정상회담을 가졌다.").includes("Washington"));
});

test("a given name's character that also opens a time word ends a Chinese name only before the rest of that word", () => {
  assert.deepEqual(peopleNamed("韩国总统李在明举行三方会谈。", "zh"), ["李在明"]);
  assert.deepEqual(peopleNamed("外交部长王毅明天将访问东京。", "zh"), ["王毅"]);
  assert.deepEqual(peopleNamed("国家主席习近平周三会见了他。", "zh"), ["习近平"]);
});

test("a foreign name Chinese writes with 夏 keeps it (夏巴兹·谢里夫, Shehbaz Sharif)", () => {
  const names = peopleNamed("巴基斯坦总理夏巴兹·谢里夫周四视察了苏库尔。", "zh");
  assert.deepEqual(names.map((n) => matchKey(n)), [matchKey("Shehbaz Sharif")]);
});
