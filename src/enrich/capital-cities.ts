import { foldToken } from "./fold.js";
import type { GazEntry, Gazetteer } from "./gazetteer.js";
import type { GazMatch } from "./gazetteer-match.js";
import { spaceGap, type Token } from "./tokens.js";

/**
 * Words for "city" a language sets before a city's name in apposition ("miasto Meksyk", "град Мексико", "Thành phố
 * Mexico", "die Stadt Luxemburg"), and Bulgarian's "the capital" ("в столицата Бразилия", in the capital Brasília):
 * before a country's name they name its capital, which many languages call like the country. Languages that decline
 * set the name in apposition uninflected after any case of the noun; a country in another case is the city's
 * ("największe miasta Polski", the largest cities of Poland), as is the country after the Romance "ville de", "ciudad de"
 * ("une grande ville de France"), which are left out.
 */
const CITY_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    pl: ["miasto", "miasta", "mieście", "miastem", "miastu"],
    cs: ["město", "města", "městě", "městem"],
    sk: ["mesto", "mesta", "meste", "mestom"],
    sl: ["mesto", "mesta", "mestu"],
    hr: ["grad", "grada", "gradu", "gradom"],
    bs: ["grad", "grada", "gradu", "gradom"],
    sr: ["град", "града", "граду", "градом", "grad", "grada", "gradu", "gradom"],
    bg: ["град", "града", "градът", "столицата"],
    mk: ["град", "градот"],
    ru: ["город", "города", "городе", "городом"],
    uk: ["місто", "міста", "місті", "містом"],
    de: ["stadt"],
    nl: ["stad"],
    vi: ["thành phố"],
    id: ["kota"],
    ms: ["kota"],
    he: ["העיר"],
  }).map(([lang, words]) => [lang, new Set(words.map((w) => w.split(" ").map(foldToken).join(" ")))]),
);

/**
 * The capital of the country matched by `m` when a word for "city" stands right before it (see CITY_NOUNS), else null:
 * "miasta Meksyk" is Mexico City, "столицата Бразилия" Brasília.
 */
export function capitalAfterCityNoun(m: GazMatch, tokens: readonly Token[], gaz: Gazetteer, lang: string): GazEntry | null {
  if (m.entry.kind !== "country") return null;
  const nouns = CITY_NOUNS.get(lang);
  const name = tokens[m.i];
  const before = tokens[m.i - 1];
  if (nouns === undefined || name === undefined || before === undefined || !spaceGap(name.gap)) return null;
  const two = twoWordsBefore(tokens, m.i);
  if (!nouns.has(before.key) && (two === null || !nouns.has(two))) return null;
  // The country's name as written, not through a case ending ("Polski", "России").
  const written = tokens.slice(m.i, m.j).map((t) => t.key).join(" ");
  const code = m.entry.code;
  return gaz.entries.get(written)?.some((e) => e.kind === "country" && e.code === code) === true ? capitalOf(gaz, code) : null;
}

function twoWordsBefore(tokens: readonly Token[], i: number): string | null {
  const first = tokens[i - 2];
  const second = tokens[i - 1]!;
  return first === undefined || !spaceGap(second.gap) ? null : `${first.key} ${second.key}`;
}

/** Each gazetteer's capital entry by country code: the most populous PPLC city, made once. */
const CAPITALS = new WeakMap<Gazetteer, Map<string, GazEntry>>();

function capitalOf(gaz: Gazetteer, code: string): GazEntry | null {
  let capitals = CAPITALS.get(gaz);
  if (capitals === undefined) {
    capitals = new Map();
    for (const city of gaz.cities) {
      if (city.featureCode !== "PPLC") continue;
      const known = capitals.get(city.country);
      if (known?.kind === "city" && known.city.population >= city.population) continue;
      capitals.set(city.country, { kind: "city", city, strictCase: false });
    }
    CAPITALS.set(gaz, capitals);
  }
  return capitals.get(code) ?? null;
}
