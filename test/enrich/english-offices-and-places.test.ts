import { test } from "node:test";
import assert from "node:assert/strict";
import { enrichText, ofType, peopleNamed } from "./helpers.js";

const placesNamed = (text: string, lang: string) => ofType(enrichText(text, lang), "place").map((p) => p.name);

test("English offices and their abbreviations open a name and are no part of it", () => {
  assert.deepEqual(peopleNamed("The hearing was led by Chair Adam Schiff on Monday.", "en"), ["Adam Schiff"]);
  assert.deepEqual(peopleNamed("Inspector Frank Lempka said officers were called. Commissioner Charles P. Rettig agreed.", "en"), ["Frank Lempka", "Charles P Rettig"]);
  assert.deepEqual(peopleNamed("Sen. Tim Scott and Tanaiste Leo Varadkar spoke on Monday.", "en"), ["Tim Scott", "Leo Varadkar"]);
  // A title's own words before its role are the title's, not a name: a state and "Gov.", "Detective Senior Sergeant".
  assert.deepEqual(peopleNamed("Florida Gov. Ron DeSantis said he would run.", "en"), ["Ron DeSantis"]);
  assert.deepEqual(peopleNamed("Detective Senior Sergeant Tim Williams said the cards were stolen.", "en"), ["Tim Williams"]);
  assert.deepEqual(peopleNamed("The Florida Emergency Manager Jared Moskowitz said the storm was near.", "en"), ["Jared Moskowitz"]);
});

test("in English a single capitalised word is a person only right after its role", () => {
  assert.deepEqual(peopleNamed("The governor said her company uses Twitter daily.", "en"), []);
  assert.deepEqual(peopleNamed("The senator told reporters that Merck would pay.", "en"), []);
  assert.deepEqual(peopleNamed("Ballots were counted, President Biden said.", "en"), ["Biden"]);
  assert.deepEqual(peopleNamed("CEO JK Shin said on Monday that sales would rise.", "en"), ["Shin"]);
});

test("English runs ending in the head of a place, or written before a body's head, are no people", () => {
  const text =
    "Tourists flocked to Palm Beach, Silicon Valley and Penn Station. Broward County and Pana Township voted. " +
    "Staff at Ryman Auditorium and Bronzeville Winery left. The House Intelligence Committee met on Capitol Hill near Central Park.";
  assert.deepEqual(peopleNamed(text, "en"), []);
  // A party's adjective after a place or a body names its members, no one.
  assert.deepEqual(peopleNamed("Officials met on Monday.\nThe Kentucky Republican and a Senate Democratic aide spoke.", "en"), []);
  // The same heads are surnames after a common given name.
  assert.deepEqual(peopleNamed("Benny Hill and Grace Park laughed, and David Hall did not.", "en"), ["Benny Hill", "Grace Park", "David Hall"]);
});

test("an English pair opening with a word the article writes in lower case, not a given name, is no person", () => {
  assert.deepEqual(peopleNamed("Payments from Social Security fall this year, and social programmes grow.", "en"), []);
  // A given name that is also a word stays a given name: "Bill Mott" where the article writes "the bill".
  assert.deepEqual(peopleNamed("Trainer Bill Mott won again, and the bill was paid.", "en"), ["Bill Mott"]);
});

test("an English place named with 'New' or a compass point before another place's name is not that other place", () => {
  const text = "Officials met on Monday.\nThe governor of South Carolina met the mayor of Newark, New Jersey, and a minister from Northern Ireland.";
  const places = placesNamed(text, "en");
  assert.ok(places.includes("Newark"), places.join(", "));
  for (const wrong of ["Carolina", "Jersey", "Ireland"]) assert.ok(!places.includes(wrong), `${wrong} in ${places.join(", ")}`);
  // A large city's quarters lie in it.
  assert.ok(placesNamed("Officials met on Monday.\nProtesters marched in South London on Sunday.", "en").includes("London"));
});

test("a city's name after a common given name is a surname", () => {
  const text = "Officials met on Monday.\nThe film starred Joaquin Phoenix, and the song was sung by Whitney Houston.";
  assert.deepEqual(peopleNamed(text, "en"), ["Joaquin Phoenix", "Whitney Houston"]);
  assert.deepEqual(placesNamed(text, "en"), []);
});

test("English auxiliaries and past forms capitalised in a title-case line are no name's words", () => {
  const text = "Officials met on Monday.\nRead more: Why Michelle Obama Does Not Run. Police confirmed the arrest.\nMomo Confirmed Dead, Rao Is Unrecognisable.";
  assert.deepEqual(peopleNamed(text, "en"), ["Michelle Obama"]);
});

test("a city's name translated into a building's is no name of the city: the White House is not Casablanca", () => {
  assert.deepEqual(placesNamed("Officials met on Monday.\nTrump White House officials said the talks would go on.", "en"), []);
  assert.ok(placesNamed("Officials met on Monday.\nThe ship docked in Casablanca on Sunday.", "en").includes("Casablanca"));
});
