import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "../src/pipeline/ingest.js";
import { createCollectingReporter } from "../src/report.js";
import { openStore } from "../src/store/index.js";
import { createSplitMix32 } from "../src/text/hash32.js";
import { copyFacts, type CopyFacts } from "./copy-facts.js";
import { deriveCopies, loadNewsTexts, type EvalText } from "./copies-data.js";

/** What the copy semantics do on a mix derived from real texts, ingested in two orders. */
export interface CopyPropertiesEvaluation {
  documents: number;
  made: { wires: number; quoting: number; chains: number; chainSteps: number; exact: number; unrelated: number };
  runs: { order: string; groups: number; kept: number; lost: number; redundant: number; starViolations: number }[];
  /** Both orders gave the same groups and kept the same articles. */
  sameResult: boolean;
}

const DEFAULT_SEED = 20260102;
/** Texts drawn into the mix: enough for every kind of case, small enough to check every kept pair. */
const DEFAULT_TEXTS = 600;
/** Shares of the drawn texts used as wires, chain starts and exact-copy sources; the rest stay unrelated. */
const WIRE_SHARE = 0.1;
const CHAIN_SHARE = 0.1;
const EXACT_SHARE = 0.05;
const CHAIN_STEPS = 4;

/**
 * The mixes copy grouping used to get wrong, from the news texts of ../shared/data: wires quoted whole by
 * 1–4 other texts (their reporting around it), chains of light edits (each step a near copy of the one
 * before, the ends not), exact copies with other whitespace, and the texts themselves. Ingested at
 * random dates in the given order and in a shuffled one, each store is checked pair by pair on the texts.
 */
export async function evaluateCopyProperties(options: { dataDir: string; limit?: number; seed?: number }): Promise<CopyPropertiesEvaluation | { skipped: string }> {
  const all = loadNewsTexts(options.dataDir);
  if (all.length === 0) return { skipped: `no news texts under ${options.dataDir}` };
  const random = createSplitMix32(options.seed ?? DEFAULT_SEED);
  const pick = (n: number) => random() % n;
  const texts = all.slice(0, options.limit ?? DEFAULT_TEXTS);
  const docs: { url: string; text: string; published: string }[] = [];
  const made = { wires: 0, quoting: 0, chains: 0, chainSteps: 0, exact: 0, unrelated: 0 };
  const add = (kind: string, text: string) =>
    docs.push({ url: `https://${kind}.eval/${docs.length}`, text, published: new Date(Date.UTC(2025, 0, 1) + pick(30 * 24) * 3_600_000).toISOString() });
  const other = (not: EvalText) => {
    const t = texts[pick(texts.length)];
    return t === not ? texts[(texts.indexOf(t) + 1) % texts.length] : t;
  };
  for (const source of texts) {
    const roll = random() / 4294967296;
    add("text", source.text);
    if (roll < WIRE_SHARE) {
      made.wires++;
      for (let q = 0, n = 1 + pick(4); q < n; q++, made.quoting++) add("quoting", `${other(source).text}\n\n${source.text}\n\n${other(source).text}`);
    } else if (roll < WIRE_SHARE + CHAIN_SHARE) {
      made.chains++;
      let step: EvalText = source;
      for (let s = 0; s < CHAIN_STEPS; s++) {
        const [edited] = deriveCopies([step], random, { editedShare: 1, embeddedShare: 0 });
        if (!edited) break;
        add("chain", edited.text);
        made.chainSteps++;
        step = edited;
      }
    } else if (roll < WIRE_SHARE + CHAIN_SHARE + EXACT_SHARE) {
      made.exact++;
      add("exact", source.text.replace(/ /g, "  ").replace(/\n/g, "\n\n"));
    } else made.unrelated++;
  }

  const shuffled = [...docs];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const runs: CopyPropertiesEvaluation["runs"] = [];
  const facts: CopyFacts[] = [];
  for (const [order, list] of [["as made", docs], ["shuffled", shuffled]] as const) {
    const dir = mkdtempSync(join(tmpdir(), "newsfold-eval-copies-"));
    try {
      writeFileSync(join(dir, "mix.jsonl"), list.map((d) => JSON.stringify(d)).join("\n") + "\n");
      const store = await openStore({ type: "sqlite", path: join(dir, "store.db"), fullTextIndex: false });
      try {
        await ingest([join(dir, "mix.jsonl")], { store, reporter: createCollectingReporter(), prepare: { enrich: false } });
        const f = await copyFacts(store);
        facts.push(f);
        runs.push({ order, groups: f.groups.length, kept: f.kept.length, lost: f.lost.length, redundant: f.redundant.length, starViolations: f.starViolations.length });
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const same = JSON.stringify([facts[0].groups, facts[0].kept]) === JSON.stringify([facts[1].groups, facts[1].kept]);
  return { documents: docs.length, made, runs, sameResult: same };
}

export function formatCopyProperties(result: CopyPropertiesEvaluation | { skipped: string }): string {
  if ("skipped" in result) return `Copy semantics: skipped (${result.skipped}).`;
  const m = result.made;
  const lines = [
    `Copy semantics on ${result.documents} documents derived from the news texts: ${m.wires} wires quoted by ${m.quoting} articles, ` +
      `${m.chains} chains of ${m.chainSteps} edits, ${m.exact} exact copies with other whitespace, ${m.unrelated} texts left alone. ` +
      "Lost: dropped by export and covered by no kept text; redundant: kept pairs one of which covers the other; " +
      "star violations: group members that are no copy of their own canonical (all checked pair by pair on the texts).",
    "",
    "| ingest order | groups | kept | lost | redundant | star violations |",
    "| --- | --- | --- | --- | --- | --- |",
    ...result.runs.map((r) => `| ${r.order} | ${r.groups} | ${r.kept} | ${r.lost} | ${r.redundant} | ${r.starViolations} |`),
    "",
    `Same groups and kept articles in both orders: ${result.sameResult ? "yes" : "no"}.`,
  ];
  return lines.join("\n");
}
