import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createCleaner } from "../src/clean/index.js";
import { NewsfoldError } from "../src/errors.js";
import { decodeBytes } from "../src/read/decode.js";
import type { PartialDate, RawDocument } from "../src/types.js";

/**
 * Publication dates on htmldate's labelled pages (github.com/adbar/htmldate, tests/): 1,000 pages with the day each
 * was published, in two sets: `eval_default.json` (800 pages, mostly German and English blogs and news, many of them
 * also in trafilatura's evaluation set) and `eval_mediacloud_2020.json` (200 news pages of 2020 from every continent,
 * in some thirty languages). Not copied here: `--dates <dir>` names a checkout. Scored as htmldate's own evaluation
 * does: a page is right when the day found is the labelled day; precision is right of answered, recall answered of
 * all, accuracy right of all. The labels follow htmldate's reading, which on some pages is the last update (the
 * `dateModified` beside a `datePublished`): newsfold reports the first publication, so those count as wrong here.
 */
export interface DateSetResult {
  name: string;
  pages: number;
  answered: number;
  right: number;
  /** Per language detected on the cleaned text: pages and right answers, most pages first. */
  languages: { lang: string; pages: number; right: number }[];
}

export interface PublicationDatesResult {
  sets: DateSetResult[];
  /** htmldate's own table from the checkout's README (its figures on all 1,000 pages), verbatim rows. */
  published: string[];
}

const SETS: readonly (readonly [string, string])[] = [
  ["news of 2020 in many languages (MediaCloud)", "eval_mediacloud_2020.json"],
  ["htmldate's default set", "eval_default.json"],
];
/** Folders of the checkout's tests/ that hold the labelled pages. */
const PAGE_DIRS = ["test_set", "eval", "cache"];

const dayOf = (date: PartialDate | null | undefined): string | null =>
  date?.year !== undefined && date.month !== undefined && date.day !== undefined
    ? `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`
    : null;

export function evaluatePublicationDates(dir: string, limit?: number): PublicationDatesResult {
  const tests = join(dir, "tests");
  if (!existsSync(join(tests, SETS[0]![1]))) throw new NewsfoldError("eval.data.missing", `${tests} holds no ${SETS[0]![1]}: --dates names a checkout of github.com/adbar/htmldate`);
  const cleaner = createCleaner();
  const sets = SETS.map(([name, file]) => {
    // Pages whose day the labellers could not tell are NaN in the file, which JSON does not allow.
    const labels = JSON.parse(readFileSync(join(tests, file), "utf8").replace(/\bNaN\b/gu, "null")) as Record<string, { file: string; date: string | null }>;
    const result: DateSetResult = { name, pages: 0, answered: 0, right: 0, languages: [] };
    const languages = new Map<string, { lang: string; pages: number; right: number }>();
    for (const [url, label] of Object.entries(labels).slice(0, limit)) {
      const folder = PAGE_DIRS.find((d) => existsSync(join(tests, d, label.file)));
      if (label.date === null || folder === undefined) continue;
      const bytes = readFileSync(join(tests, folder, label.file));
      const doc: RawDocument = { provenance: { file: label.file, format: "html", url }, kind: "html", content: decodeBytes(bytes).text, meta: {}, encoding: { name: "auto", repaired: false }, bytes: bytes.length };
      const article = cleaner.clean(doc);
      const day = dayOf(article?.published);
      const lang = article?.lang.code ?? "und";
      const row = languages.get(lang) ?? { lang, pages: 0, right: 0 };
      languages.set(lang, row);
      result.pages++;
      row.pages++;
      if (day === null) continue;
      result.answered++;
      if (day === label.date) {
        result.right++;
        row.right++;
      }
    }
    result.languages = [...languages.values()].sort((a, b) => b.pages - a.pages || a.lang.localeCompare(b.lang));
    return result;
  });
  const readme = join(dir, "README.md");
  const published = existsSync(readme) ? readFileSync(readme, "utf8").split("\n").filter((line) => /^\| [a-zA-Z]/u.test(line) && !line.startsWith("| Python Package")) : [];
  return { sets, published };
}

const share = (part: number, whole: number): string => (whole === 0 ? "–" : (part / whole).toFixed(3));

export function formatPublicationDates(result: PublicationDatesResult): string {
  const lines = [
    "Publication day on htmldate's labelled pages: right when the day found is the labelled one (precision = right of answered, recall = answered of all, accuracy = right of all).",
    "",
    "| set | pages | precision | recall | accuracy |",
    "| --- | ---: | ---: | ---: | ---: |",
  ];
  for (const set of result.sets) lines.push(`| ${set.name} | ${set.pages} | ${share(set.right, set.answered)} | ${share(set.answered, set.pages)} | **${share(set.right, set.pages)}** |`);
  const all = result.sets.reduce((sum, s) => ({ pages: sum.pages + s.pages, answered: sum.answered + s.answered, right: sum.right + s.right }), { pages: 0, answered: 0, right: 0 });
  lines.push(`| both | ${all.pages} | ${share(all.right, all.answered)} | ${share(all.answered, all.pages)} | **${share(all.right, all.pages)}** |`);
  const news = result.sets[0];
  if (news !== undefined) {
    lines.push("", `${news.name}, accuracy per language detected: ${news.languages.map((l) => `${l.lang} ${l.right}/${l.pages}`).join(", ")}.`);
  }
  if (result.published.length > 0) {
    lines.push("", "htmldate's own figures on both sets together, from the checkout's README (its run, not this one):", "", "| Python package | precision | recall | accuracy | F-score | time |", "| --- | --- | --- | --- | --- | --- |", ...result.published);
  }
  return lines.join("\n");
}
