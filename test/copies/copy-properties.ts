import { seeded } from "../queue/helpers.js";

export { copyFacts, type CopyFacts } from "../../eval/copy-facts.js";

export interface GeneratedDoc {
  url: string;
  title: string;
  text: string;
  published: string;
}

const SYLLABLES = ["ka", "ro", "mi", "ta", "lu", "ve", "sor", "din", "pel", "qua", "nor", "bex", "tif", "gal", "hum", "zor", "ent", "ion", "ark", "sul"];

/**
 * A mix that used to fool copy grouping: wire stories quoted whole by several longer articles (dates at
 * random, the wire not always first), chains of edits whose neighbours are near copies while their ends
 * are not, exact copies differing only in whitespace, and unrelated texts.
 */
export function generateCopyMix(seed: number): GeneratedDoc[] {
  const random = seeded(seed);
  const word = () => {
    let w = "";
    for (let i = 0, n = 2 + Math.floor(random() * 3); i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w;
  };
  const words = (n: number) => Array.from({ length: n }, word);
  const date = () => new Date(Date.UTC(2024, 2, 1) + Math.floor(random() * 20 * 24) * 3_600_000).toISOString();
  const docs: GeneratedDoc[] = [];
  const add = (kind: string, text: string[] | string, published = date()) =>
    docs.push({ url: `https://${kind}.example/${docs.length}`, title: `${kind} ${docs.length}`, text: Array.isArray(text) ? prose(text) : text, published });

  for (let w = 0; w < 3; w++) {
    const wire = words(130);
    add("wire", wire);
    for (let q = 0, n = 1 + Math.floor(random() * 4); q < n; q++) add("quoting", [...words(60 + Math.floor(random() * 80)), ...wire, ...words(40 + Math.floor(random() * 80))]);
  }
  for (let c = 0; c < 2; c++) {
    // Each step rewrites a different run of 8 words: Jaccard ≈ 0.89 to the neighbour, ≈ 0.78 two steps away.
    let text = words(200);
    for (let step = 0; step < 5; step++) {
      add("chain", text);
      text = [...text];
      for (let i = 0; i < 8; i++) text[10 + step * 40 + i] = word();
    }
  }
  for (let e = 0; e < 2; e++) {
    const text = prose(words(150));
    add("exact", text);
    add("exact", text.replace(/ /g, "  "));
    add("exact", text.replace(/\. /g, ".\n\n"));
  }
  for (let u = 0; u < 5; u++) add("unrelated", words(120 + Math.floor(random() * 100)));
  return docs;
}

const prose = (words: string[]): string => {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 15) out.push(`${words.slice(i, i + 15).join(" ")}.`);
  return out.join(" ");
};
