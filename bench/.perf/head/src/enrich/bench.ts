import { enrichArticle } from "./enrich-article.js";
import { getGazetteer } from "./gazetteer.js";
import { resolveEnrichOptions } from "./options.js";
import type { EnrichInput, EnrichOptions } from "./types.js";

export interface EnrichBench {
  docs: number;
  bytes: number;
  seconds: number;
  docsPerSecond: number;
  /** Gazetteer start-up in ms, as measured when this process first loaded it. */
  loadMs: number;
  entities: number;
}

/**
 * Time the enrich stage over `texts` on one core, after loading the gazetteers (timed apart). A
 * string is enriched as an untitled English-or-unknown article; pass EnrichInput for real metadata.
 */
export function benchEnrich(
  texts: readonly (string | EnrichInput)[], options: EnrichOptions = {}, now: () => number = () => performance.now(),
): EnrichBench {
  const gaz = getGazetteer(now);
  const resolved = resolveEnrichOptions(options);
  const inputs: EnrichInput[] = texts.map((t) => (typeof t === "string" ? { title: null, text: t, lang: "en", published: null } : t));
  let bytes = 0;
  for (const i of inputs) bytes += (i.title?.length ?? 0) + i.text.length;
  let entities = 0;
  const t0 = now();
  for (const input of inputs) entities += enrichArticle(input, resolved, gaz).entities.length;
  const seconds = (now() - t0) / 1000;
  return { docs: inputs.length, bytes, seconds, docsPerSecond: seconds > 0 ? inputs.length / seconds : 0, loadMs: gaz.loadMs, entities };
}
