import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { clean } from "../../src/clean/index.js";
import assert from "node:assert/strict";
import { enrich, personKey, type EnrichInput, type Enrichment, type Entity } from "../../src/enrich/index.js";
import { personMatchKey } from "../../src/enrich/person-key.js";
import type { CleanedArticle } from "../../src/types.js";

/** A seed page from examples/, through the clean stage. */
export function seed(name: string): CleanedArticle {
  const path = fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
  const content = readFileSync(path, "utf8");
  return clean({ kind: "text", content, meta: {}, provenance: { file: path, format: "text" }, encoding: { name: "utf-8", repaired: false }, bytes: content.length });
}

/** Enrich a bare text in a language, published on 2021-09-17 (a Friday) unless told otherwise. */
export function enrichText(text: string, lang: string, extra: Partial<EnrichInput> = {}): Enrichment {
  return enrich({ title: null, text, lang, published: { year: 2021, month: 9, day: 17, precision: "day", text: "2021-09-17" }, ...extra });
}

export function ofType(e: Enrichment, type: Entity["type"]): Entity[] {
  return e.entities.filter((x) => x.type === type);
}

/** The names of the people found in a bare text (`enrichText`). */
export function peopleNamed(text: string, lang: string): string[] {
  return ofType(enrichText(text, lang), "person").map((p) => p.name);
}

export function ids(e: Enrichment, type?: Entity["type"]): string[] {
  return e.entities.filter((x) => type === undefined || x.type === type).map((x) => x.id);
}

/** The cross-script keys of the people found in a bare text (`enrichText`), with its headline when given. */
export function personKeysIn(text: string, lang: string, title?: string): string[] {
  return ofType(enrichText(text, lang, title === undefined ? {} : { title }), "person").map((p) => personMatchKey(p.id));
}

/** The cross-script key of a name as written (`personMatchKey`). */
export function matchKey(name: string): string {
  return personMatchKey(`person:${personKey(name)}`);
}

/** Every spelling of a group meets the first one's cross-script key. */
export function assertSameMatchKeys(groups: readonly (readonly string[])[]): void {
  for (const group of groups) for (const name of group) assert.equal(matchKey(name), matchKey(group[0]!), `${name} / ${group[0]}`);
}

/** The id English text gives a person's name ("X said so."): what another language's spelling must be keyed as. */
export function englishPersonId(name: string): string {
  return ofType(enrichText(`${name} said so.`, "en"), "person")[0]!.id;
}

/** An enrichment's entities, short, for an assertion's message. */
export function showEntities(e: Enrichment): string {
  return JSON.stringify(e.entities.map((x) => [x.type, x.name, x.id]));
}
