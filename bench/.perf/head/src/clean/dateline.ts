import type { Dateline } from "../types.js";
import { parseDate } from "./dates.js";

/**
 * The dateline that opens wire copy: place, optional date, optional agency, then a dash.
 *   "DOUCHANBE, 17 septembre (Xinhua) --", "PARIS (AFP) -", "WASHINGTON, March 3 (Reuters) -",
 *   "BERLIN, 3. März (dpa) –", "NEW YORK —", "Madrid, 4 mar (EFE).-", "ROMA, 3 MAR -".
 * The dateline stays in the article text (it is part of what the writer filed); it is also parsed.
 */

/** Place names in datelines are a few words ("RIO DE JANEIRO", "SAN FRANCISCO"). */
const MAX_PLACE_CHARS = 40;
/** Agency names in parentheses are short ("Xinhua", "AFP", "Reuters", "dpa", "Agence France-Presse"). */
const MAX_AGENCY_CHARS = 30;
/** The date part between the place and the agency ("17 septembre", "March 3", "3. März 2021"). */
const MAX_DATE_CHARS = 30;

const DASH = String.raw`(?:--|—|–|-|\.-)`;
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’ .\-/]{0,${MAX_PLACE_CHARS}}?`;
const DATELINE = new RegExp(
  String.raw`^(${PLACE})(?:\s*,\s*([^()\n]{1,${MAX_DATE_CHARS}}?))?\s*(?:\(([^()\n]{1,${MAX_AGENCY_CHARS}})\))?\s*${DASH}\s+(?=\S)`,
  "u",
);

/** Words never used as a dateline place, though capitalised at the start of a sentence. */
const NOT_PLACES = /^(?:le|la|les|l'|the|a|an|der|die|das|el|los|il|lo|o|os|un|une|ein|eine|update|updated|breaking|exclusive|exclusif|eilmeldung|urgent)$/iu;

function isUpperCasePlace(place: string): boolean {
  const letters = place.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** Parse the dateline opening `text`; null when the paragraph does not open with one. */
export function parseDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const place = m[1].trim().replace(/[,.]$/u, "");
  const dateText = m[2]?.trim();
  const agency = m[3]?.trim();
  if (place === "" || NOT_PLACES.test(place)) return null;
  // Without an agency only an upper-case place ("NEW YORK —") marks a dateline: "Paris - ..." may be prose.
  if (agency === undefined && !isUpperCasePlace(place)) return null;
  if (!isUpperCasePlace(place) && place.split(/\s+/u).length > 3) return null;
  const date = dateText === undefined ? null : parseDate(dateText);
  // A comma-separated part that is not a date ("PARIS, France (AFP)") belongs to the place.
  const fullPlace = dateText !== undefined && !date ? `${place}, ${dateText}` : place;
  if (dateText !== undefined && !date && fullPlace.length > MAX_PLACE_CHARS) return null;
  const dateline: Dateline = { place: fullPlace, text: m[0].trim() };
  if (date) dateline.date = date;
  if (agency !== undefined) dateline.agency = agency;
  return dateline;
}
