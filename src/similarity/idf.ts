import { addToEntityFrequencies, createEntityFrequencies, type Enrichment } from "../enrich/index.js";
import { prepareDocument, type PreparedDocument } from "./document.js";
import type { IdfTable } from "./types.js";

/** What an IDF table counts: any article (title optional), or a prepared document. */
export interface IdfDocument {
  title?: string | null;
  text: string;
  lang: string;
  /** Counted into the table's entity frequencies when given. */
  enrichment?: Enrichment | null;
}

/** Document frequencies of the words and character n-grams of `docs`, per language. */
export function createIdfTable(docs: Iterable<IdfDocument | PreparedDocument> = []): IdfTable {
  const table: IdfTable = { version: 1, languages: new Map(), entities: createEntityFrequencies() };
  for (const d of docs) addToIdfTable(table, d);
  return table;
}

/** Count one more document into `table` (in place): each term and n-gram once. */
export function addToIdfTable(table: IdfTable, doc: IdfDocument | PreparedDocument): void {
  const p = "terms" in doc ? doc : prepareDocument({ title: doc.title ?? null, text: doc.text, lang: doc.lang, published: null, enrichment: null });
  let f = table.languages.get(p.lang);
  if (f === undefined) {
    f = { docs: 0, terms: new Map(), grams: new Map() };
    table.languages.set(p.lang, f);
  }
  f.docs++;
  for (const t of p.terms.keys()) f.terms.set(t, (f.terms.get(t) ?? 0) + 1);
  for (const g of p.grams.keys()) f.grams.set(g, (f.grams.get(g) ?? 0) + 1);
  const enrichment = doc.enrichment ?? null;
  if (enrichment !== null && table.entities !== undefined) addToEntityFrequencies(table.entities, enrichment);
}
