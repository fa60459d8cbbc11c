import { test } from "node:test";
import assert from "node:assert/strict";
import { personKey } from "../../src/enrich/person-key.js";
import { enrichText, matchKey, ofType } from "./helpers.js";

/**
 * A son's suffix after a name ("Jr.", "Júnior", "-младший", "ジュニア"): how the name is written, not its surname. The
 * person is found with it and keyed without it, so "Robert F. Kennedy Jr." meets "Kennedy" in the article and the
 * same man in other scripts, and is no longer one key with every other "Robert … Jr.".
 */
const LEAD = "Officials met on Monday.\n";

function people(text: string): { name: string; id: string; mentions: string[] }[] {
  return ofType(enrichText(LEAD + text, "en"), "person").map((p) => ({ name: p.name, id: p.id, mentions: p.mentions.map((m) => m.text) }));
}

test("a name before Jr. is a person keyed by its surname, shown with the suffix, and its surname alone meets it", () => {
  const found = people("Health Secretary Robert F. Kennedy Jr. said on Monday that vaccines would be reviewed. Kennedy added that the panel would meet in June.");
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0]!.name, "Robert F Kennedy Jr");
  assert.equal(found[0]!.id, `person:${personKey("Robert Kennedy")}`);
  assert.deepEqual(found[0]!.mentions, ["Robert F Kennedy Jr", "Kennedy"]);
  // Two sons named Robert are two people.
  const two = people("The actor Robert Downey Jr. starred in the film, and Robert F. Kennedy Jr. watched it.");
  assert.equal(new Set(two.map((p) => p.id)).size, 2, JSON.stringify(two));
});

test("Jr. proves a name: at a sentence's start, after a word that is a role, and after a given name that is a town", () => {
  const found = people("Cal Ripken Jr. was there. The speech recalled Martin Luther King Jr. and his march.");
  assert.deepEqual(found.map((p) => [p.name, p.id]), [
    ["Cal Ripken Jr", `person:${personKey("Cal Ripken")}`],
    ["Martin Luther King Jr", `person:${personKey("Martin King")}`],
  ]);
  // "Jr." alone is no one.
  assert.deepEqual(people("The King Jr. was there, said the report.").filter((p) => p.name === "Jr"), []);
});

test("a son's suffix written in any script leaves the key; after a single word it is the name's own last word", () => {
  const kennedy = matchKey("Robert F. Kennedy Jr.");
  assert.equal(kennedy, matchKey("Robert Kennedy"));
  for (const spelling of ["Роберт Кеннеди-младший", "ロバート・F・ケネディ・ジュニア", "로버트 F. 케네디 주니어"]) assert.equal(matchKey(spelling), kennedy, spelling);
  assert.equal(personKey("Neymar da Silva Santos Júnior"), personKey("Neymar Santos"));
  assert.notEqual(personKey("Vinícius Júnior"), personKey("Vinícius"));
  assert.notEqual(personKey("Vinícius Júnior"), personKey("Jr"));
});

test("Japanese and Chinese write a middle initial between name dots: the name holds it", () => {
  const kennedy = matchKey("Robert F. Kennedy Jr.");
  const keysIn = (text: string, lang: string) => ofType(enrichText(text, lang), "person").map((p) => matchKey(p.name));
  assert.ok(keysIn("保健福祉長官のロバート・F・ケネディ・ジュニア氏は月曜日、ワクチンを見直すと述べた。", "ja").includes(kennedy));
  assert.ok(keysIn("美国卫生部长小罗伯特·F·肯尼迪周一表示，将重新审查疫苗。", "zh").includes(kennedy));
  assert.ok(keysIn("约翰·F·肯尼迪在达拉斯遇刺。", "zh").includes(matchKey("John F. Kennedy")));
});
