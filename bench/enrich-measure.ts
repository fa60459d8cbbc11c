import { enrichArticle } from "../src/enrich/enrich-article.js";
import { getGazetteer } from "../src/enrich/gazetteer.js";
import { resolveEnrichOptions } from "../src/enrich/options.js";
import type { EnrichInput, EnrichOptions } from "../src/enrich/types.js";

export interface EnrichBench {
  docs: number;
  bytes: number;
  seconds: number;
  docsPerSecond: number;
  /** Process CPU seconds spent enriching: on a shared machine, the per-core figure that waiting does not dilute. */
  cpuSeconds: number;
  /** Articles per CPU second. */
  docsPerCpuSecond: number;
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
  cpuMs: () => number = processCpuMs,
): EnrichBench {
  const gaz = getGazetteer(now);
  const resolved = resolveEnrichOptions(options);
  const inputs: EnrichInput[] = texts.map((t) => (typeof t === "string" ? { title: null, text: t, lang: "en", published: null } : t));
  let bytes = 0;
  for (const i of inputs) bytes += (i.title?.length ?? 0) + i.text.length;
  let entities = 0;
  const t0 = now();
  const c0 = cpuMs();
  for (const input of inputs) entities += enrichArticle(input, resolved, gaz).entities.length;
  const cpuSeconds = (cpuMs() - c0) / 1000;
  const seconds = (now() - t0) / 1000;
  return {
    docs: inputs.length, bytes, seconds, docsPerSecond: seconds > 0 ? inputs.length / seconds : 0,
    cpuSeconds, docsPerCpuSecond: cpuSeconds > 0 ? inputs.length / cpuSeconds : 0, loadMs: gaz.loadMs, entities,
  };
}

/** User and system CPU time of this process, in ms. */
export function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
