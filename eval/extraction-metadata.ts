import type { CleanedArticle, PartialDate } from "../src/types.js";

/**
 * Metadata accuracy on trafilatura's pages: evaldata.json gives a title, a date (YYYY-MM-DD) and an
 * author for 851 of its pages (an empty string where the page states none; those pages are not
 * counted for that field). A field is right when it matches after normalising case, whitespace and
 * quotes; authors match as a set of names, whatever the separators (", ", "; ", " and ", " und ", " & ") or a list.
 */
export interface MetadataLabels {
  title?: string;
  date?: string;
  /** One string, or a list of names. */
  author?: string | string[];
}

export interface FieldAccuracy {
  /** Pages whose label states this field. */
  labelled: number;
  correct: number;
  /** Pages where we gave no value at all. */
  missing: number;
}

export interface MetadataAccuracy {
  title: FieldAccuracy;
  date: FieldAccuracy;
  author: FieldAccuracy;
}

export function emptyMetadataAccuracy(): MetadataAccuracy {
  return { title: { labelled: 0, correct: 0, missing: 0 }, date: { labelled: 0, correct: 0, missing: 0 }, author: { labelled: 0, correct: 0, missing: 0 } };
}

function normalize(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2018\u2019\u201a\u2032]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb\u2033]/gu, '"')
    .replace(/[\u2013\u2014]/gu, "-")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}

const AUTHOR_SEPARATORS = /\s*(?:[,;&|/]|\s(?:and|und|et|y|e|i|og|och|en)\s)\s*/iu;

function authorSet(text: string): string {
  return normalize(text)
    .split(AUTHOR_SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name !== "")
    .sort()
    .join("|");
}

function sameDay(label: string, date: PartialDate | null): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/u.exec(label.trim());
  if (!m || !date) return false;
  return date.year === Number(m[1]) && date.month === Number(m[2]) && date.day === Number(m[3]);
}

function score(field: FieldAccuracy, label: string | undefined, value: unknown, right: () => boolean): void {
  if (label === undefined || label.trim() === "") return;
  field.labelled++;
  if (value === null || value === undefined || value === "") field.missing++;
  else if (right()) field.correct++;
}

/** Adds one page's metadata against its labels. */
export function scoreMetadata(into: MetadataAccuracy, labels: MetadataLabels, article: CleanedArticle | null): void {
  score(into.title, labels.title, article?.title, () => normalize(article!.title!) === normalize(labels.title!));
  score(into.date, labels.date, article?.published, () => sameDay(labels.date!, article!.published));
  const author = Array.isArray(labels.author) ? labels.author.join("; ") : labels.author;
  score(into.author, author, article?.author, () => authorSet(article!.author!) === authorSet(author!));
}
