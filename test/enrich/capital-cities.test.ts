import { test } from "node:test";
import assert from "node:assert/strict";
import { enrich } from "../../src/enrich/index.js";

const placesOf = (text: string, lang: string): string[] =>
  enrich({ title: null, text, lang, published: null }).entities.filter((e) => e.type === "place").map((e) => e.name);

test("a capital named like its country is the capital after a word for 'city'", () => {
  assert.deepEqual(placesOf("Spotkanie odbyło się w poniedziałek. Burmistrz miasta Meksyk przyjechała do Kanady.", "pl"), ["Mexico City", "Canada"]);
  assert.deepEqual(placesOf("Срещата беше в понеделник. Съдът заседава в столицата Бразилия.", "bg"), ["Brasília"]);
  assert.deepEqual(placesOf("Cuộc họp diễn ra hôm thứ Hai. Thị trưởng Thành phố Mexico đã phát biểu.", "vi"), ["Mexico City"]);
  // Without the word, the country.
  assert.deepEqual(placesOf("Spotkanie odbyło się w poniedziałek. Prezydent przyjechał do Meksyku.", "pl"), ["Mexico"]);
});

test("a country's name in another language is the capital where it is the capital's own: French 'Mexico'", () => {
  assert.deepEqual(placesOf("Le conseil s'est réuni lundi. L'ancienne maire de Mexico a gagné l'élection au Mexique.", "fr"), ["Mexico City", "Mexico"]);
  assert.deepEqual(placesOf("Officials met on Monday. The president flew to Mexico on Tuesday.", "en"), ["Mexico"]);
});
