import { DEFAULT_STORY_OPTIONS, type StoryArticle, type StoryOptions } from "../src/stories/index.js";
import { benchStories, type StoriesBench } from "../bench/stories-measure.js";
import { DEFAULT_THREAD_OPTIONS, type ThreadOptions } from "../src/threads/index.js";
import { loadRpm2, loadWikiRef, RPM2_DIR, WIKIREF_DIR, type LabelledArticle } from "./stories-data.js";
import { FIT_START, fitStoriesAndThreads, goldStories, goldThreads, leaveOneTopicOut, memoExtractor, runStories, type Fitted, type HeldOutScores } from "./stories-fit.js";
import { scoreClustering, type ClusteringScores } from "./stories-metrics.js";
import { orderSensitivity, type OrderSensitivity } from "./stories-order.js";

/**
 * Stories and threads against labelled sets (issue 4): RPM2-fr at story (topic + cluster) and thread
 * (topic) level, WikiRef220 at thread level (its topics); B-cubed (Bagga & Baldwin 1998), pairwise F1
 * and ARI with the shipped parameters, the same parameters refitted on RPM2-fr in-sample and
 * leave-one-topic-out (`heldOut`), order sensitivity, and optionally the cost benchmark.
 */
export interface StoriesEvaluation {
  rpm2: { articles: number; story: ClusteringScores; thread: ClusteringScores; order: OrderSensitivity };
  wikiref: { articles: number; story: ClusteringScores; thread: ClusteringScores; order: OrderSensitivity } | null;
  /** What the fitting procedure gives when rerun on all of RPM2-fr (in-sample). */
  refit: Fitted | null;
  heldOut: HeldOutScores | null;
  bench: StoriesBench | null;
  shipped: { story: typeof DEFAULT_STORY_OPTIONS; thread: typeof DEFAULT_THREAD_OPTIONS };
}

export interface EvaluateStoriesOptions {
  /** The folder holding `data/` (../shared). */
  sharedDir: string;
  story?: StoryOptions;
  thread?: ThreadOptions;
  /** Refit in-sample and leave-one-topic-out (about a minute and a half). Default true. */
  heldOut?: boolean;
  /** Run `benchStories` on RPM2-fr replicated to 10k and 100k articles (about a minute). Default false. */
  bench?: boolean;
  benchSizes?: readonly number[];
  now?: () => number;
}

export function evaluateStories(options: EvaluateStoriesOptions): StoriesEvaluation | { skipped: string } {
  const rpm2 = loadRpm2(options.sharedDir);
  if (!rpm2) return { skipped: `no ${RPM2_DIR} under ${options.sharedDir}` };
  const story = options.story ?? {};
  const thread = options.thread ?? {};
  const extract = memoExtractor();
  const wiki = loadWikiRef(options.sharedDir);
  const score = (set: LabelledArticle[]) => {
    const articles = set.map((x) => x.article);
    const run = runStories(articles, story, thread, extract);
    const gs = goldStories(set);
    const gt = goldThreads(set);
    return {
      articles: set.length,
      story: scoreClustering(gs, run.story),
      thread: scoreClustering(gt, run.thread),
      order: orderSensitivity(articles, gs, gt, story, thread, extract),
    };
  };
  const heldOut = options.heldOut ?? true;
  const benchArticles: StoryArticle[] = rpm2.map((x) => x.article);
  return {
    rpm2: score(rpm2),
    wikiref: wiki ? score(wiki) : null,
    refit: heldOut ? fitStoriesAndThreads(rpm2, FIT_START, extract) : null,
    heldOut: heldOut ? leaveOneTopicOut(rpm2, FIT_START, extract) : null,
    bench: options.bench ? benchStories({ articles: benchArticles, sizes: options.benchSizes, storyOptions: story, now: options.now }) : null,
    shipped: { story: DEFAULT_STORY_OPTIONS, thread: DEFAULT_THREAD_OPTIONS },
  };
}

/** Markdown for `newsfold eval stories` and docs/EVALUATION.md. */
export function formatStoriesEvaluation(e: StoriesEvaluation | { skipped: string }): string {
  if ("skipped" in e) return `stories: skipped (${e.skipped})`;
  const f = (x: number) => (Number.isNaN(x) ? "n/a" : x.toFixed(3));
  const row = (set: string, level: string, s: ClusteringScores) =>
    `| ${set} | ${level} | ${s.items} | ${s.clusters} / ${s.classes} | ${f(s.bcubed.precision)} | ${f(s.bcubed.recall)} | **${f(s.bcubed.f1)}** | ${f(s.pairwise.precision)} | ${f(s.pairwise.recall)} | ${f(s.pairwise.f1)} | ${f(s.ari)} |`;
  const lines = [
    `Story clustering (online, Miranda et al. 2018) and thread linking against labelled sets, with the shipped parameters. ` +
      `RPM2-fr (\`${RPM2_DIR}\`): story = topic + cluster, thread = topic; its texts carry no dates, so each topic's first cluster ` +
      `is dated from one common start, documents 8 hours apart, the second cluster 30 days later (the corpus readme: "a month after"). ` +
      `WikiRef220 (\`${WIKIREF_DIR}\`): thread = topic (noise topics kept, each its own class), all articles given one date.`,
    "",
    "| set | level | articles | clusters / gold | B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 | ARI |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    row("RPM2-fr", "story", e.rpm2.story),
    row("RPM2-fr", "thread", e.rpm2.thread),
  ];
  if (e.wikiref) lines.push(row("WikiRef220", "story (vs topics)", e.wikiref.story), row("WikiRef220", "thread", e.wikiref.thread));
  lines.push("");
  if (e.heldOut) {
    lines.push(
      `Held out (leave one topic out: fitted on nine RPM2 topics, run on the whole stream, B³ scored on the tenth; pooled): ` +
        `story B³ P ${f(e.heldOut.story.precision)} R ${f(e.heldOut.story.recall)} **F1 ${f(e.heldOut.story.f1)}**; ` +
        `thread B³ P ${f(e.heldOut.thread.precision)} R ${f(e.heldOut.thread.recall)} **F1 ${f(e.heldOut.thread.f1)}**.`,
      "",
    );
  }
  if (e.refit) {
    lines.push(`Refit on all of RPM2-fr (coordinate ascent, eval/stories-fit.ts): story ${JSON.stringify(e.refit.story)} → B³ F1 ${f(e.refit.storyF1)}; ` +
      `thread ${JSON.stringify(e.refit.thread)} → B³ F1 ${f(e.refit.threadF1)}.`, "");
  }
  const order = (name: string, o: OrderSensitivity) =>
    `- ${name}: story B³ F1 ${o.orders.map((x) => f(x.story)).join(", ")} (spread over the 5 seeds ${f(o.storySpread)}); ` +
    `thread ${o.orders.map((x) => f(x.thread)).join(", ")} (spread ${f(o.threadSpread)})`;
  lines.push("Order sensitivity (publication order; same-day ties reversed; shuffled within each day with seeds 1–5):", order("RPM2-fr", e.rpm2.order));
  if (e.wikiref) lines.push(order("WikiRef220 (one day: a full shuffle)", e.wikiref.order));
  const continued = (name: string, o: OrderSensitivity) =>
    `- ${name}: story B³ F1 ${f(o.continued.story)} (replay ${f(o.replayed.story)}); thread ${f(o.continued.thread)} (replay ${f(o.replayed.thread)})`;
  lines.push("", "The last tenth in publication order added to the saved clustering of the first nine tenths, as an ingest between replays does:",
    continued("RPM2-fr", e.rpm2.order));
  if (e.wikiref) lines.push(continued("WikiRef220", e.wikiref.order));
  if (e.bench) {
    lines.push("", "Cost of assignment (RPM2-fr replicated with fresh ids and shifted dates):", "",
      "| already clustered | measured | articles/s | open stories | stories |", "| ---: | ---: | ---: | ---: | ---: |");
    for (const r of e.bench.rows) lines.push(`| ${r.size} | ${r.measured} | ${Math.round(r.articlesPerSecond)} | ${r.openStories} | ${r.stories} |`);
    lines.push("", `Ratio (largest ÷ smallest): **${f(e.bench.ratio)}** (target ≥ 0.8).`);
  }
  const s = e.shipped.story;
  const t = e.shipped.thread;
  lines.push("", `Shipped: stories threshold ${s.threshold}, weights text ${s.weights.text} / entities ${s.weights.entities} / names ${s.weights.names}, ` +
    `time weight ${s.timeWeight}, half-life ${s.timeHalfLifeDays} d, window ${s.windowDays} d; threads threshold ${t.threshold}, ` +
    `weights entities ${t.weights.entities} / names ${t.weights.names} / terms ${t.weights.terms}, window ${t.windowDays} d.`);
  return lines.join("\n");
}
