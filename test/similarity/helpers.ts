import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { clean } from "../../src/clean/index.js";
import { enrich } from "../../src/enrich/index.js";
import type { SimilarityInput } from "../../src/similarity/index.js";
import type { PartialDate } from "../../src/types.js";

/** A seed page from examples/, cleaned and enriched, as `similarity` takes it. */
export function seedArticle(name: string): SimilarityInput {
  const path = fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
  const content = readFileSync(path, "utf8");
  const c = clean({ provenance: { file: path, format: "text" }, kind: "text", content, meta: {}, encoding: { name: "utf-8", repaired: false }, bytes: Buffer.byteLength(content) });
  return { id: name, title: c.title, text: c.text, lang: c.lang.code, published: c.published, updated: c.updated, enrichment: enrich(c) };
}

export function day(year: number | undefined, month: number, d: number): PartialDate {
  return { year, month, day: d, precision: "day", text: `${year ?? "?"}-${month}-${d}` };
}

/** A hand-written article, enriched. */
export function article(title: string, text: string, lang: string, published: PartialDate | null = day(2024, 3, 12)): SimilarityInput {
  return { title, text, lang, published, enrichment: enrich({ title, text, lang, published }) };
}

/** One event told in German and in English: same people, places and numbers, translated by hand. */
export const FLOOD_DE = article(
  "Hochwasser in Passau: 1200 Menschen evakuiert",
  "Nach tagelangem Regen hat die Donau in Passau am Dienstag einen Pegel von 9,8 Metern erreicht. Die Stadt ließ 1200 Bewohner der Altstadt evakuieren. " +
    "Oberbürgermeister Jürgen Dupper sprach von der schwersten Lage seit 2013. Ministerpräsident Markus Söder besuchte Passau am Nachmittag und versprach 50 Millionen Euro Soforthilfe. " +
    "Das Technische Hilfswerk und die Bundeswehr unterstützen die Feuerwehr mit 400 Helfern.",
  "de",
);
export const FLOOD_EN = article(
  "Passau floods: 1,200 people evacuated",
  "After days of rain the Danube reached 9.8 metres in Passau on Tuesday. The city evacuated 1200 residents of the old town. " +
    "Mayor Jürgen Dupper called it the worst situation since 2013. Bavarian premier Markus Söder visited Passau in the afternoon and promised 50 million euros in emergency aid. " +
    "The THW relief agency and the Bundeswehr are supporting the fire brigade with 400 helpers.",
  "en",
);
/** Unrelated news in the same two languages. */
export const CHIPS_DE = article(
  "Chiphersteller baut Werk in Sachsen aus",
  "Ein Halbleiterkonzern investiert in Dresden in eine neue Fertigungslinie für Leistungshalbleiter. Die Produktion soll im Herbst beginnen. " +
    "Der Vorstand verwies auf die hohe Nachfrage der Autoindustrie nach Chips für Elektroautos. Die Landesregierung lobte die Entscheidung als Stärkung des Standorts.",
  "de",
);
export const TENNIS_EN = article(
  "Teenager wins first tennis title in Miami",
  "A 19-year-old qualifier won her first professional title in Miami on Sunday, beating the second seed in three sets. " +
    "She served eleven aces and saved four break points in the deciding set. Her coach said the win would lift her into the top fifty of the world rankings.",
  "en",
);
