import { test } from "node:test";
import assert from "node:assert/strict";
import { peopleNamed } from "./helpers.js";

test("a role's single word that is an institution's, or goes on in a capitalised word, is no one (Polish)", () => {
  const text = "Rada zebrała się w poniedziałek.\nRozporządzenie Ministra Zdrowia weszło w życie. Jacek Kurski, prezes Telewizji Polskiej, " +
    "oraz Sekretarz Generalny ONZ napisali na Twitterze, że premier Morawiecki się zgadza.";
  assert.deepEqual(peopleNamed(text, "pl"), ["Jacek Kurski", "Morawiecki"]);
});
