import { createCopyIndex, type CopyIndexOptions, type CopyMatch } from "../copies/index.js";
import { linkOf } from "../copies/link-of.js";
import type { CopyLink } from "../copies/links.js";
import { compareRank, rankOfState, type RankKey } from "../copies/star.js";
import type { CopyStore, GroupChange, StoredFingerprint } from "../store/index.js";
import { shinglesOf } from "./prepare.js";

export interface ReclusterSummary {
  articles: number;
  groups: number;
  links: number;
  quotes: number;
}

/** Articles whose texts are read at once. */
const CHUNK = 500;
/** Recently read shingle sets kept for verifying later articles (as the ingest's copy decider). */
const SHINGLE_CACHE_SIZE = 4_096;

/**
 * Regroups a whole store by today's rules: every article is matched again against the ones before it
 * (the copy index, verified on shingles recomputed from the stored text), links are written anew, and
 * the star groups are drawn from them in canonical order (copies/star.ts). Articles are not touched;
 * groups and links are replaced in one transaction, so a run that stops leaves the old state whole.
 */
export async function recluster(store: CopyStore, options: CopyIndexOptions & { shingleSize: number; onProgress?: (done: number) => void }): Promise<ReclusterSummary> {
  const index = createCopyIndex(options);
  const cache = new Map<number, Uint32Array>();
  const remember = (id: number, shingles: Uint32Array) => {
    if (cache.size >= SHINGLE_CACHE_SIZE) cache.delete(cache.keys().next().value as number);
    cache.set(id, shingles);
  };
  const shinglesOfIds = async (ids: number[]) => {
    const missing = ids.filter((id) => !cache.has(id));
    for (const [id, text] of await store.getTexts(missing)) remember(id, shinglesOf(text, options.shingleSize));
  };
  const links: CopyLink[] = [];
  const exactSiblings = new Map<number, number[]>();
  let articles = 0;

  const match = async (f: StoredFingerprint, text: string) => {
    const shingles = shinglesOf(text, options.shingleSize);
    const probe = { id: f.id, exactHash: f.exactHash, signature: f.signature, shingles };
    const missing: number[] = [];
    let found = index.findCopies(probe, (id) => cache.get(id) ?? (missing.push(id), undefined));
    if (missing.length > 0) {
      await shinglesOfIds(missing);
      found = index.findCopies(probe, (id) => cache.get(id));
    }
    const matches = new Map<number, CopyMatch>(found.map((m) => [m.id, m]));
    // As in the ingest: a text matching one of several identical texts matches them all.
    for (const m of found) if (m.kind !== "exact") for (const s of exactSiblings.get(m.id) ?? []) if (!matches.has(s)) matches.set(s, m);
    await shinglesOfIds([...matches.keys()]);
    const quoted = [...matches].filter(([, m]) => m.kind === "contained").map(([id]) => id);
    const texts = await store.getTexts(quoted);
    for (const [id, m] of matches) {
      const other = cache.get(id) ?? shinglesOf((await store.getTexts([id])).get(id) ?? "", options.shingleSize);
      const link = linkOf(
        { ref: id, shingles: other, text: () => texts.get(id) ?? "" },
        { ref: f.id, shingles, text: () => text },
        m.kind,
        options.shingleSize,
      );
      links.push(link);
      if (link.kind === "exact") {
        push(exactSiblings, id, f.id);
        push(exactSiblings, f.id, id);
      }
    }
    index.add({ ...probe, containmentSamples: f.containmentSamples });
    remember(f.id, shingles);
    options.onProgress?.(++articles);
  };

  let chunk: StoredFingerprint[] = [];
  const flush = async () => {
    const texts = await store.getTexts(chunk.map((f) => f.id));
    for (const f of chunk) await match(f, texts.get(f.id) ?? "");
    chunk = [];
  };
  for await (const f of store.streamFingerprints()) {
    chunk.push(f);
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();

  const groupChanges = await starGroups(store, links);
  await store.commitBatch({ articles: [], groupChanges, copyLinks: links.map((l) => ({ ...l, a: { id: l.a }, b: { id: l.b } })), resetCopies: true });
  return { articles, groups: groupChanges.length, links: links.length, quotes: links.filter((l) => l.kind === "quotes").length };
}

/** Star groups of the whole store from its links: in canonical order, each article joins the best canonical it copies. */
async function starGroups(store: CopyStore, links: readonly CopyLink[]): Promise<GroupChange[]> {
  const near = new Map<number, CopyLink[]>();
  for (const l of links) {
    if (l.kind === "quotes") continue;
    push(near, l.a, l);
    push(near, l.b, l);
  }
  const ids = [...near.keys()];
  const ranks = new Map<number, RankKey>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const s of await store.getCopyStates(ids.slice(i, i + CHUNK))) ranks.set(s.id, rankOfState(s));
  }
  const rankOf = (id: number) => ranks.get(id) as RankKey;
  ids.sort((x, y) => compareRank(rankOf(x), rankOf(y)));
  const members = new Map<number, GroupChange["members"]>();
  for (const id of ids) {
    let leader: { id: number; link: CopyLink } | null = null;
    for (const l of near.get(id) ?? []) {
      const other = l.a === id ? l.b : l.a;
      if (!members.has(other) || compareRank(rankOf(other), rankOf(id)) >= 0) continue;
      if (leader === null || compareRank(rankOf(other), rankOf(leader.id)) < 0) leader = { id: other, link: l };
    }
    if (leader === null) members.set(id, [{ ref: { id }, kind: "canonical", similarity: 1 }]);
    else members.get(leader.id)?.push({ ref: { id }, kind: leader.link.kind === "exact" ? "exact" : "near", similarity: leader.link.jaccard });
  }
  return [...members]
    .filter(([, list]) => list.length > 1)
    .map(([id, list]) => ({ groupId: null, canonical: { id }, members: list, mergedGroupIds: [] }));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
