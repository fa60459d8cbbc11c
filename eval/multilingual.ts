import { detectLanguage, parseDate } from "../src/clean/index.js";
import { enrich, type Enrichment } from "../src/enrich/index.js";
import { personKey, personMatchKey } from "../src/enrich/person-key.js";
import { SIMILARITY_MODEL, inDifferentScripts, prepareDocument, similarity, type PreparedDocument, type SimilarityModel } from "../src/similarity/index.js";
import { createStoryClusterer, storyArticle } from "../src/stories/index.js";
import { LABELLED_EVENTS, type LabelledEvent } from "./multilingual-events.js";

/**
 * The labelled multilingual check: our own renderings of a few events (eval/multilingual-events.ts)
 * enriched and folded together. Per language, how many of the labelled people (by cross-script key),
 * places and event days are found; per event, how many stories its renderings fall into (1 is right).
 */
export interface MultilingualEvaluation {
  events: { name: string; languages: number; scripts: number; stories: number }[];
  byLanguage: LanguageRecall[];
  total: LanguageRecall;
  /** Whether two different events ever share a story. */
  eventsMerged: boolean;
  /** `similarity` of renderings in two scripts, as shipped and with the within-script models for every pair. */
  acrossScripts: { shipped: ScriptPairScores; withinScriptModels: ScriptPairScores };
}

/** Pairs of renderings written in different scripts: how their similarity tells one event from two. */
export interface ScriptPairScores {
  sameEvent: number;
  differentEvents: number;
  /** Mean overall score of same-event pairs and of different-event pairs. */
  meanSame: number;
  meanDifferent: number;
  /** Chance that a same-event pair scores above a different-event pair (ties count half). */
  auc: number;
  /** Same-event pairs called "same story" or "related". */
  relatedOrSame: number;
}

export interface LanguageRecall {
  lang: string;
  renderings: number;
  /** Renderings whose language `detectLanguage` names from their title and text (nb as eld's "no"). */
  identified: number;
  people: { found: number; wanted: number };
  places: number;
  days: number;
  /** What was missed ("Modi and Kishida in Tokyo: Fumio Kishida"), for reading. */
  misses: string[];
}

export function evaluateMultilingual(events: readonly LabelledEvent[] = LABELLED_EVENTS): MultilingualEvaluation {
  const articles: ReturnType<typeof storyArticle>[] = [];
  const eventOf: string[] = [];
  const rows = new Map<string, LanguageRecall>();
  const prepared: { event: string; doc: PreparedDocument }[] = [];
  for (const ev of events) {
    const published = parseDate(ev.published);
    for (const r of ev.renderings) {
      const e = enrich({ title: r.title, text: r.text, lang: r.lang, published });
      let row = rows.get(r.lang);
      if (row === undefined) rows.set(r.lang, (row = emptyRow(r.lang)));
      row.renderings++;
      if (detectLanguage(`${r.title}\n\n${r.text}`).code === (r.lang === "nb" ? "no" : r.lang)) row.identified++;
      else row.misses.push(`${ev.name}: language ${detectLanguage(`${r.title}\n\n${r.text}`).code}`);
      const keys = new Set(e.entities.filter((x) => x.type === "person").map((p) => personMatchKey(p.id)));
      for (const name of ev.people) {
        row.people.wanted++;
        if (keys.has(personMatchKey(`person:${personKey(name)}`))) row.people.found++;
        else row.misses.push(`${ev.name}: ${name}`);
      }
      if (e.entities.some((x) => x.id === ev.place)) row.places++;
      else row.misses.push(`${ev.name}: ${ev.place}`);
      if (isoDay(e) === ev.day) row.days++;
      else row.misses.push(`${ev.name}: day ${isoDay(e) ?? "none"}`);
      eventOf.push(ev.name);
      prepared.push({ event: ev.name, doc: prepareDocument({ title: r.title, text: r.text, lang: r.lang, published, enrichment: e }) });
      articles.push(storyArticle(articles.length + 1, { title: r.title, text: r.text, published, updated: null, lang: r.lang }, e, ev.published));
    }
  }
  const storyById = new Map(createStoryClusterer().recluster(articles).map((a) => [a.articleId, a.storyId]));
  const storyOf = articles.map((a) => storyById.get(a.id));
  const byLanguage = [...rows.values()].sort((a, b) => a.lang.localeCompare(b.lang));
  const total = byLanguage.reduce((t, r) => ({
    ...t,
    renderings: t.renderings + r.renderings,
    identified: t.identified + r.identified,
    people: { found: t.people.found + r.people.found, wanted: t.people.wanted + r.people.wanted },
    places: t.places + r.places,
    days: t.days + r.days,
  }), emptyRow("all"));
  const storiesOfEvent = (name: string) => new Set(storyOf.filter((_, i) => eventOf[i] === name));
  const eventsMerged = events.some((a, i) => events.some((b, j) => j > i && [...storiesOfEvent(a.name)].some((s) => storiesOfEvent(b.name).has(s))));
  return {
    events: events.map((ev) => ({ name: ev.name, languages: ev.renderings.length, scripts: scriptsOf(ev), stories: storiesOfEvent(ev.name).size })),
    byLanguage,
    total,
    eventsMerged,
    acrossScripts: { shipped: scriptPairScores(prepared, SIMILARITY_MODEL), withinScriptModels: scriptPairScores(prepared, { ...SIMILARITY_MODEL, acrossScripts: undefined }) },
  };
}

function scriptPairScores(docs: readonly { event: string; doc: PreparedDocument }[], model: SimilarityModel): ScriptPairScores {
  const same: number[] = [];
  const different: number[] = [];
  let relatedOrSame = 0;
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      if (!inDifferentScripts(docs[i].doc, docs[j].doc)) continue;
      const r = similarity(docs[i].doc, docs[j].doc, { model });
      if (docs[i].event !== docs[j].event) different.push(r.overall);
      else {
        same.push(r.overall);
        if (r.verdict !== "different") relatedOrSame++;
      }
    }
  }
  let wins = 0;
  for (const s of same) for (const d of different) wins += s > d ? 1 : s === d ? 0.5 : 0;
  const mean = (xs: readonly number[]) => (xs.length === 0 ? Number.NaN : xs.reduce((t, x) => t + x, 0) / xs.length);
  return {
    sameEvent: same.length,
    differentEvents: different.length,
    meanSame: mean(same),
    meanDifferent: mean(different),
    auc: same.length * different.length === 0 ? Number.NaN : wins / (same.length * different.length),
    relatedOrSame,
  };
}

function emptyRow(lang: string): LanguageRecall {
  return { lang, renderings: 0, identified: 0, people: { found: 0, wanted: 0 }, places: 0, days: 0, misses: [] };
}

/** The event's day as YYYY-MM-DD when enrich resolved it to a day. */
export function isoDay(e: Enrichment): string | null {
  const d = e.eventDate?.date;
  if (d?.year === undefined || d.month === undefined || d.day === undefined) return null;
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

const SCRIPTS = [
  "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Devanagari", "Han", "Katakana", "Hangul", "Thai",
  "Bengali", "Tamil", "Telugu", "Gurmukhi", "Gujarati", "Malayalam", "Georgian", "Armenian", "Ethiopic",
] as const;
const SCRIPT_RES = SCRIPTS.map((s) => new RegExp(`\\p{Script=${s}}`, "u"));

/** Scripts the event's renderings are written in (Japanese counts Han and Katakana). */
function scriptsOf(ev: LabelledEvent): number {
  const text = ev.renderings.map((r) => r.title + r.text).join(" ");
  return SCRIPT_RES.filter((re) => re.test(text)).length;
}

export function formatMultilingualEvaluation(e: MultilingualEvaluation): string {
  const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${n}/${d}`);
  return [
    `Our own renderings of ${e.events.length} events (eval/multilingual-events.ts, written for this check, no page copied), enriched with their publication day and folded together by the story clusterer.`,
    "",
    "| event | languages | scripts | stories (1 is right) |",
    "| --- | ---: | ---: | ---: |",
    ...e.events.map((ev) => `| ${ev.name} | ${ev.languages} | ${ev.scripts} | ${ev.stories} |`),
    "",
    `- two events in one story: ${e.eventsMerged ? "yes (wrong)" : "never"}`,
    "",
    `Similarity of renderings in two different scripts (${e.acrossScripts.shipped.sameEvent} pairs of one event, ${e.acrossScripts.shipped.differentEvents} of two):`,
    "",
    "| models | mean overall, one event | mean overall, two events | AUC | one-event pairs called related or same story |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...([["as shipped (across-scripts models)", e.acrossScripts.shipped], ["within-script models for every pair", e.acrossScripts.withinScriptModels]] as const).map(([name, r]) =>
      `| ${name} | ${r.meanSame.toFixed(3)} | ${r.meanDifferent.toFixed(3)} | ${r.auc.toFixed(3)} | ${r.relatedOrSame}/${r.sameEvent} |`),
    "",
    "| language | renderings | language identified | people (cross-script key) | place | event day | missed |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ...[...e.byLanguage, e.total].map((r) =>
      `| ${r.lang} | ${r.renderings} | ${pct(r.identified, r.renderings)} | ${pct(r.people.found, r.people.wanted)} | ${pct(r.places, r.renderings)} | ${pct(r.days, r.renderings)} | ${r.lang === "all" ? "" : r.misses.join("; ")} |`),
  ].join("\n");
}
