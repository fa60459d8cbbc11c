import { decodeLeftEntities } from "./html-title.js";

/**
 * An author's name from what a page marks as its byline. Templates wrap the name in labels
 * ("Posted by", "Geschrieben von", "Autor:", "Publié par"), follow it with the date ("Jo Lee
 * 8 January 2020, 3:51 pm", "Jo Lee am 21. April 2020") and fill author fields with form
 * labels or addresses ("Name *", "https://…/author/jo/"). Those go; what is left must look like a
 * name or a desk ("Newsdesk", "Redaktion"), or there is no author.
 */

/** Words that label a byline, in the languages we read, before the name. */
const LABEL = String.raw`(?:post|article|beitrag|artikel|text|texte|interview|story|fotos?|photos?|und|and|&|author|authors|autor(?:in|en)?|auteur|autore|autora|written|geschrieben|veröffentlicht|publiziert|eingestellt|erstellt|verfasst|posted|published|publié|publicado|pubblicato|opublikowane|napisane|redigé|écrit|escrito|scritto)`;
const LEADING_LABELS = new RegExp(String.raw`^(?:[|·•–—:-]\s*)?(?:${LABEL}(?!\p{L})\s*)+(?:(?:von|by|par|por|di|de|from|przez|av|af|door)(?!\p{L}))?\s*:?\s*`, "iu");
const BY_PREFIX = /^(?:by|par|von|vom|por|di|door|av|af|przez|автор|от)\s*:?\s+/iu;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|lu|ma|ju|vi|sá)\.?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\s+`;
const MONTH = String.raw`(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|mär(?:z)?|mar(?:ch|s)?|apr(?:il)?|ma[iy]|mai|jun[ie]?|juin|jul[iy]?|juillet|aug(?:ust)?|août|sep(?:t(?:ember)?)?|septembre|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember|embre)?|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?`;
/**
 * A date or time after the name: " 8 January 2020", " am 21. April", " Fr, 18. Oktober", ", 07 Dezember", and the
 * month-first dates of English templates, " March 9, 2017", " Monday, February 13, 2017".
 */
const TRAILING_DATE = new RegExp(String.raw`\s*[,|·•–—-]?\s+(?:(?:am|on|le|el|il|den|der|the)\s+)?(?:${WEEKDAY})?(?:${MONTH},?\s+)?\d{1,4}(?:[.:/\s-]|$).*$`, "iu");
/** A field after a separator that opens with a digit is a date, a time or an age ("Jo Lee • 8h", "Jo Lee | 3 min"), never the name. */
const TRAILING_NUMBER_FIELD = /\s*[|·•]\s*\d.*$/u;
/** What comment templates append ("X says:", "X Sagt:") and links after the name ("Alle Artikel", "— veröffentlicht …"). */
const SAYS = /\s+(?:says|said|sagt|schreibt|dit|dice|écrit)\b.*$/iu;
const TRAILING_FURNITURE = /(?:^|\s*[—–|·•-]?\s+)(?:alle (?:artikel|beiträge)|alles von|all (?:posts|articles|stories)|mehr|more|kategorien|categories|kontakt|contact|(?:(?:last|zuletzt)\s+)?(?:veröffentlicht|aktualisiert|published|updated)|publié|mis à jour|publicado|actualizado|atualizado|aggiornato)(?!\p{L}).*$/iu;
/**
 * What a date line leaves after the name once its digits are gone: a month or weekday name set apart by a
 * dash or bar ("John Walk - January"; without one it may be a surname, Theresa May), a dangling "at", "on",
 * "am", "um", "seit", "Stand" (German "as of"), or a word for "… ago" written before the number (German "vor",
 * Czech "před", Polish "przed", Spanish "hace", Portuguese "há", French "il y a").
 */
const TRAILING_DANGLING = new RegExp(String.raw`(?:\s*[-–—|·•]\s*(?:${MONTH}|${WEEKDAY.replace(/,\?\\s\+$/u, "")})|\s+(?:at|on|am|um|vor|stand|seit|před|przed|hace|há|il y a))+$`, "iu");
/** Academic degrees after a name ("Grant Tinsley, PhD"): the label names the person without them. */
const TRAILING_DEGREE = /,\s*(?:ph\.?\s?d|m\.?\s?d|m\.?\s?sc|b\.?\s?sc|m\.?\s?a|dr|prof|mph|rd|rn)\.?$/iu;
const NOT_A_NAME = new RegExp(String.raw`https?:|www\.|@|\[at\]|^(?:name|e-?mail|website|no author|unknown|anonymous|admin|null|undefined|follow|folgen|subscribe|abonnieren)\b|[*()]|^(?:(?:on|am|le|el)\s+)?(?:${MONTH}|${WEEKDAY.replace(/,\?\\s\+$/u, "")})$|^\d{1,4}\.?\s*(?:${MONTH}|\d{1,2}\.?)\s*\d{0,4}$`, "iu");
/** Names are short: more is an author box. */
const MAX_NAME_CHARS = 80;

/** Separators a byline template sets between its fields ("10. Dezember 2019 · von Jo Lee · in Politik"). */
const FIELD_SEPARATOR = /\s+[·•|]\s+/u;
/** Lower-case words of one to three letters are words ("von", "and"), not a name; initials ("LD", "AFP") may be. */
const SHORT_WORD = /^\p{Ll}{1,3}$/u;
/** A cue left alone ("By" where the name is in the next element). */
const CUE_ALONE = /^(?:by|par|von|vom|por|di|door|av|af|przez|автор|от)\s*:?$/iu;

/**
 * Newsroom roles set before or after the name in a byline ("Chefredakteur", "FOCUS-Online-Experte",
 * "Staff Writer"): the person is the name without them.
 */
const ROLES = new Set([
  "editor", "editor-in-chief", "writer", "reporter", "correspondent", "columnist", "contributor", "journalist",
  "redakteur", "redakteurin", "chefredakteur", "chefredakteurin", "korrespondent", "korrespondentin", "experte", "expertin",
  "gastautor", "gastautorin", "journalistin", "reporterin", "volontär", "volontärin", "kolumnist", "kolumnistin",
  "rédacteur", "rédactrice", "journaliste", "correspondant", "correspondante", "chroniqueur", "chroniqueuse",
  "periodista", "redactor", "redactora", "corresponsal", "columnista", "giornalista", "redattore", "redattrice", "corrispondente",
  "jornalista", "repórter", "dziennikarz", "dziennikarka", "redaktor", "redaktorka", "verslaggever", "redacteur",
]);
/** Words that qualify a role ("Senior Editor", "Staff Writer", "Freie Redakteurin"). */
const ROLE_QUALIFIERS = new Set(["senior", "staff", "chief", "contributing", "managing", "deputy", "freie", "freier", "leitender", "leitende", "stellvertretender", "stellvertretende"]);

/**
 * Desks a role names after the name ("Ben Silverman, Games Editor", "Jo Lee Science Correspondent"): the desk goes
 * with the role when two words of name are left.
 */
const DESKS = new Set([
  "arts", "business", "climate", "crime", "culture", "data", "digital", "economics", "economy", "education", "energy", "entertainment",
  "environment", "environmental", "fashion", "film", "food", "foreign", "games", "gaming", "graphics", "health", "investigations",
  "legal", "local", "media", "metro", "music", "national", "news", "opinion", "photo", "political", "politics", "science", "sports",
  "sport", "tech", "technology", "travel", "video", "weather", "world",
]);

/** A role word, or a compound ending in one ("FOCUS-Online-Experte"). */
function isRole(word: string): boolean {
  const lower = word.toLowerCase().replace(/[,:;]$/u, "");
  return ROLES.has(lower) || ROLES.has(lower.slice(lower.lastIndexOf("-") + 1));
}

/** The byline without a role set before or after a name of two words or more. */
function withoutRoles(text: string): string {
  const words = text.split(" ");
  let from = 0;
  let to = words.length;
  while (from < to && (isRole(words[from]) || (ROLE_QUALIFIERS.has(words[from].toLowerCase()) && from + 1 < to && isRole(words[from + 1])))) from++;
  while (to > from && isRole(words[to - 1])) {
    to--;
    if (to > from && ROLE_QUALIFIERS.has(words[to - 1].toLowerCase())) to--;
    if (to - from > 2 && DESKS.has(words[to - 1].toLowerCase().replace(/,$/u, ""))) to--;
  }
  const name = words.slice(from, to);
  // What is left must still read as a name: two words or more, the first capitalised.
  return name.length >= 2 && name.length < words.length && /^\p{Lu}/u.test(name[0]) ? name.join(" ").replace(/[,:;]$/u, "") : text;
}

/** The name in a byline, or undefined when the byline holds none. */
export function bylineName(raw: string): string | undefined {
  let text = decodeLeftEntities(raw).replace(/[\s\u00a0]+/gu, " ").trim();
  // A byline of several fields: the one a "by" opens is the name's.
  const fields = text.split(FIELD_SEPARATOR);
  if (fields.length > 1) text = fields.find((f, i) => i > 0 && BY_PREFIX.test(f)) ?? text;
  // Each pass may uncover what the last one strips ("Dezember 10, 2019" → "Dezember 10" → "Dezember").
  for (let pass = 0; pass < 3; pass++) {
    const before = text;
    text = cleanByline(text);
    if (text === before) break;
  }
  if (text.length < 2 || text.length > MAX_NAME_CHARS || !/\p{L}/u.test(text) || SHORT_WORD.test(text) || CUE_ALONE.test(text) || NOT_A_NAME.test(text)) return undefined;
  return text;
}

function cleanByline(raw: string): string {
  let text = raw.replace(/^["'“”„«»]+|["'“”„«»]+$/gu, "").trim();
  text = text.replace(LEADING_LABELS, "").replace(BY_PREFIX, "");
  text = text.replace(SAYS, "").replace(TRAILING_NUMBER_FIELD, "").replace(TRAILING_DATE, "").replace(TRAILING_FURNITURE, "");
  text = text.replace(/[\s|·•–—:,;-]+$/u, "").replace(/^[\s|·•–—:,;~-]+/u, "").trim();
  text = text.replace(TRAILING_DANGLING, "").replace(TRAILING_DEGREE, "").replace(/[\s|·•–—:,;-]+$/u, "").trim();
  return withoutRoles(text);
}
