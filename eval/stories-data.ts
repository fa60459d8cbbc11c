import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { clean } from "../src/clean/index.js";
import { enrich } from "../src/enrich/index.js";
import { daysToIso, isoToDays } from "../src/stories/dates.js";
import { storyArticle, type StoryArticle } from "../src/stories/index.js";
import type { PartialDate, RawDocument } from "../src/types.js";

/** An article of a labelled set: the clusterer's input plus its gold story and thread. */
export interface LabelledArticle {
  article: StoryArticle;
  file: string;
  /** Gold story (RPM2: topic + cluster); null where the set labels threads only. */
  story: string | null;
  thread: string;
}

export const RPM2_DIR = "data/stories/rpm2-fr";
export const WIKIREF_DIR = "data/stories/wikiref-en/WikiRef220";

const RPM2_FILE = /^T(\d+)_C(\d+)_(\d+)\.txt$/;
/**
 * RPM2 texts carry no dates; its readme says a topic's second cluster dates from a month after the
 * first. We give every topic's first cluster the same start (all topics run side by side, so time
 * never tells topics apart), space a cluster's documents `RPM2_DOC_SPACING_HOURS` apart in file
 * order, and start the second cluster `RPM2_CLUSTER_GAP_DAYS` after the first.
 */
export const RPM2_START = "2008-07-01T08:00";
/** Ten documents over three days: the usual spread of coverage of one event. */
export const RPM2_DOC_SPACING_HOURS = 8;
/** "Le cluster 2 est composé de documents datant d'un mois après le cluster 1" (rpm2-fr/readme.txt). */
export const RPM2_CLUSTER_GAP_DAYS = 30;
/**
 * WikiRef texts carry no dates either and its topics are not events in time, so every article gets the
 * same date: time gives no help, text and entities decide alone.
 */
export const WIKIREF_DATE = "2016-01-01T00:00";

/** RPM2-fr: 200 French articles, story = T+C, thread = T, ids in file-name order. */
export function loadRpm2(sharedDir: string): LabelledArticle[] | null {
  const dir = join(sharedDir, RPM2_DIR);
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => RPM2_FILE.test(f)).sort();
  const start = isoToDays(RPM2_START) as number;
  return files.map((file, i) => {
    const [, topic, cluster, doc] = RPM2_FILE.exec(file) as RegExpExecArray;
    const days = start + (Number(cluster) - 1) * RPM2_CLUSTER_GAP_DAYS + ((Number(doc) - 1) * RPM2_DOC_SPACING_HOURS) / 24;
    return {
      article: prepare(i + 1, join(dir, file), daysToIso(days)),
      file, story: `T${topic}_C${cluster}`, thread: `T${topic}`,
    };
  });
}

const WIKIREF_TOPIC = /^(.*?)(?: ?\(\d+\)|\.\d+)?\.txt$/;

/** WikiRef220: 220 English articles, thread = topic from the file name (noise topics included, each its own class). */
export function loadWikiRef(sharedDir: string): LabelledArticle[] | null {
  const dir = join(sharedDir, WIKIREF_DIR);
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  return files.map((file, i) => ({
    article: prepare(i + 1, join(dir, file), WIKIREF_DATE),
    file, story: null, thread: (WIKIREF_TOPIC.exec(file) as RegExpExecArray)[1].toLowerCase(),
  }));
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
/** WikiRef files are mostly Windows-1252 (see its readme's bullets); anything not valid UTF-8 is read so. */
const CP1252 = new TextDecoder("windows-1252");

/** Reads, cleans and enriches one file, giving it `published` (also enrich's reference for relative dates). */
function prepare(id: number, path: string, published: string): StoryArticle {
  const bytes = readFileSync(path);
  let content: string;
  let encoding = "utf-8";
  try {
    content = UTF8.decode(bytes);
  } catch {
    content = CP1252.decode(bytes);
    encoding = "windows-1252";
  }
  const doc: RawDocument = {
    provenance: { file: path, format: "text" }, kind: "text", content, meta: {},
    encoding: { name: encoding, repaired: false }, bytes: bytes.length,
  };
  const cleaned = clean(doc);
  const date = toPartial(published);
  const enrichment = enrich({ ...cleaned, published: cleaned.published ?? date });
  return storyArticle(id, cleaned, enrichment, published);
}

function toPartial(iso: string): PartialDate {
  const [y, mo, d, h, mi] = iso.split(/[-T:]/).map(Number);
  return { year: y, month: mo, day: d, hour: h, minute: mi, precision: "minute", text: iso };
}
