import { createHash } from "node:crypto";
import { deserialize, serialize } from "node:v8";
import type { Cluster } from "./cluster.js";
import { createState, type ClustererState } from "./clusterer-state.js";
import { forEachList, type Postings } from "./postings.js";
import { FrequencyTable } from "./represent.js";
import type { ResolvedStoryOptions } from "./types.js";
import { FeatureDictionary, SparseVector, type Centroid } from "./vectors.js";

/**
 * A story clustering saved whole after a fold, so the next fold can add the articles stored since instead
 * of replaying the store (`pipeline/fold-stories.ts`). Restored, it is the same state to the bit: feature
 * ids, document frequencies, centroids with their entries in insertion order and their kept norms, the
 * inverted index's lists in their recency order, the expiry queue. An article added to the restored state
 * goes where it would have gone had the clustering never stopped (test/stories/clusterer-snapshot.test.ts).
 *
 * V8's serialization keeps typed arrays as bytes. A snapshot of another layout (SNAPSHOT_LAYOUT), of other
 * story options, one that does not match its checksum or does not parse is not restored: the fold replays
 * the store instead.
 */

/** Bumped whenever the saved fields or their meaning change (2: posting lists ascending by key). */
const SNAPSHOT_LAYOUT = 2;

/**
 * Many lists of numbers as two typed arrays, their lengths and their values one after another: Node's
 * serializer writes each typed array through JavaScript, so thousands of small ones (a story's centroid,
 * an index key's list) cost more than the bytes they hold.
 */
interface Packed<T extends Int32Array | Float64Array> {
  sizes: Int32Array;
  values: T;
}

function pack<T extends Int32Array | Float64Array>(lists: readonly ArrayLike<number>[], Values: { new (n: number): T }): Packed<T> {
  const sizes = new Int32Array(lists.length);
  let total = 0;
  for (let i = 0; i < lists.length; i++) total += sizes[i] = lists[i].length;
  const values = new Values(total);
  for (let i = 0, at = 0; i < lists.length; at += sizes[i++]) {
    const list = lists[i];
    // A list of the same kind (a restored centroid's view, a dormant posting list) is copied as bytes.
    if (list instanceof Values) values.set(list as T, at);
    else for (let k = 0; k < list.length; k++) values[at + k] = list[k];
  }
  return { sizes, values };
}

/** The lists of `pack`, as views of its values (no copy). */
function unpack<T extends Int32Array | Float64Array>({ sizes, values }: Packed<T>): T[] {
  const lists: T[] = [];
  for (let i = 0, at = 0; i < sizes.length; at += sizes[i++]) lists.push(values.subarray(at, at + sizes[i]) as T);
  return lists;
}

type ClusterFacts = Omit<Cluster, "text" | "entities" | "names" | "keys" | "articleIds">;

interface SavedState {
  layout: number;
  options: string;
  keys: readonly string[];
  termDocs: [string, number][];
  termDf: [string, SavedFrequencies][];
  neutralDocs: number;
  neutralDf: SavedFrequencies;
  /** Ascending: restored, the lists stay packed until a fold reads one (postings.ts, `DormantLists`). */
  postingKeys: Float64Array;
  postingLists: Packed<Int32Array>;
  termFamilies: [string, number][];
  clusters: ClusterFacts[];
  /** Each cluster's members, index keys, and its text, entity and name centroids (three lists a cluster). */
  members: Packed<Float64Array>;
  clusterKeys: Packed<Float64Array>;
  centroidIds: Packed<Int32Array>;
  centroidWeights: Float64Array;
  centroidNormSq: Float64Array;
  parent: [number, number][];
  articles: Float64Array;
  articleClusters: Float64Array;
  order: Float64Array;
  clock: number | null;
  expiryDays: Float64Array;
  expiryIds: Float64Array;
  nextId: number;
}

/** A frequency table's non-zero counts: each language's table spans the whole dictionary and holds few of its words. */
interface SavedFrequencies {
  ids: Int32Array;
  counts: Int32Array;
}

function saveFrequencies(table: FrequencyTable): SavedFrequencies {
  const all = table.counts();
  let size = 0;
  for (let id = 0; id < all.length; id++) if (all[id] !== 0) size++;
  const saved = { ids: new Int32Array(size), counts: new Int32Array(size) };
  for (let id = 0, k = 0; id < all.length; id++) {
    if (all[id] === 0) continue;
    saved.ids[k] = id;
    saved.counts[k++] = all[id];
  }
  return saved;
}

function savePostings(postings: Postings): Pick<SavedState, "postingKeys" | "postingLists"> {
  const keys: number[] = [];
  const lists: ArrayLike<number>[] = [];
  forEachList(postings, (key, ids) => {
    keys.push(key);
    lists.push(ids);
  });
  return { postingKeys: Float64Array.from(keys), postingLists: pack(lists, Int32Array) };
}

function restoreFrequencies(saved: SavedFrequencies, size: number): FrequencyTable {
  const counts = new Int32Array(Math.max(size, 1024));
  for (let k = 0; k < saved.ids.length; k++) counts[saved.ids[k]] = saved.counts[k];
  return FrequencyTable.of(counts);
}

const optionsKey = (options: ResolvedStoryOptions): string => JSON.stringify(options);

/** The state between articles (no article primed and not added yet), as bytes. */
export function saveClustererState(s: ClustererState, options: ResolvedStoryOptions): Uint8Array {
  if (s.precounted.size > 0) throw new Error("saveClustererState: articles were primed and not added");
  const clusters = [...s.clusters.values()];
  const centroids = clusters.flatMap((c) => [c.text, c.entities, c.names]);
  const vectors = centroids.map((c) => c.sum);
  const expiry = s.expiry.slice(s.expiryHead);
  const saved: SavedState = {
    layout: SNAPSHOT_LAYOUT,
    options: optionsKey(options),
    keys: s.dictionary.keys(),
    termDocs: [...s.df.termDocs],
    termDf: [...s.df.termDf].map(([lang, table]) => [lang, saveFrequencies(table)]),
    neutralDocs: s.df.neutralDocs,
    neutralDf: saveFrequencies(s.df.neutralDf),
    ...savePostings(s.postings),
    termFamilies: [...s.termFamilies],
    clusters: clusters.map(({ text, entities, names, keys, articleIds, ...facts }) => facts),
    members: pack(clusters.map((c) => c.articleIds), Float64Array),
    clusterKeys: pack(clusters.map((c) => [...c.keys]), Float64Array),
    centroidIds: pack(vectors.map((v) => v.ids.subarray(0, v.size)), Int32Array),
    centroidWeights: pack(vectors.map((v) => v.weights.subarray(0, v.size)), Float64Array).values,
    centroidNormSq: Float64Array.from(centroids, (c) => c.normSq),
    parent: [...s.parent],
    articles: Float64Array.from(s.articleCluster.keys()),
    articleClusters: Float64Array.from(s.articleCluster.values()),
    order: Float64Array.from(s.order),
    clock: s.clock,
    expiryDays: Float64Array.from(expiry, (e) => e.days),
    expiryIds: Float64Array.from(expiry, (e) => e.id),
    nextId: s.nextId,
  };
  const payload = serialize(saved);
  return Buffer.concat([checksum(payload), payload]);
}

/**
 * SHA-1 of the serialized state, written before it: a damaged blob (a bad disk, a torn copy) would mostly
 * still parse, into wrong weights and wrong stories; with the digest it is not restored and the fold
 * replays. About 30 ms for the 20,000-article corpus's 22 MB.
 */
const checksum = (payload: Uint8Array): Buffer => createHash("sha1").update(payload).digest();
const CHECKSUM_BYTES = 20;

/** The state saved by `saveClustererState`, or null when it was saved by another layout or with other options, or does not parse. */
export function restoreClustererState(bytes: Uint8Array, options: ResolvedStoryOptions): ClustererState | null {
  try {
    const payload = bytes.subarray(CHECKSUM_BYTES);
    if (!checksum(payload).equals(bytes.subarray(0, CHECKSUM_BYTES))) return null;
    const saved = deserialize(payload) as SavedState;
    return saved?.layout === SNAPSHOT_LAYOUT && saved.options === optionsKey(options) ? restored(saved) : null;
  } catch {
    // Bytes that do not parse, or parse to a state missing its parts: the fold replays the store instead.
    return null;
  }
}

function restored(saved: SavedState): ClustererState {
  const dictionary = FeatureDictionary.of(saved.keys);
  const { sizes, values } = saved.postingLists;
  const starts = new Int32Array(sizes.length + 1);
  for (let i = 0; i < sizes.length; i++) starts[i + 1] = starts[i] + sizes[i];
  const s = createState(dictionary, { keys: saved.postingKeys, starts, ids: values, taken: new Uint8Array(sizes.length) });
  s.df.termDocs = new Map(saved.termDocs);
  s.df.termDf = new Map(saved.termDf.map(([lang, frequencies]) => [lang, restoreFrequencies(frequencies, saved.keys.length)]));
  s.df.neutralDocs = saved.neutralDocs;
  s.df.neutralDf = restoreFrequencies(saved.neutralDf, saved.keys.length);
  s.termFamilies = new Map(saved.termFamilies);
  const members = unpack(saved.members);
  const clusterKeys = unpack(saved.clusterKeys);
  const centroidIds = unpack(saved.centroidIds);
  // A centroid's table is built when an article first probes it (`ofDistinct`): most stories are never probed again.
  const centroid = (k: number, at: number): Centroid => ({
    sum: SparseVector.ofDistinct(dictionary, centroidIds[k], saved.centroidWeights.subarray(at, at + centroidIds[k].length)),
    normSq: saved.centroidNormSq[k],
  });
  let at = 0;
  saved.clusters.forEach((facts, i) => {
    const [text, entities, names] = [0, 1, 2].map((j) => {
      const c = centroid(3 * i + j, at);
      at += c.sum.size;
      return c;
    });
    s.clusters.set(facts.id, { ...facts, articleIds: Array.from(members[i]), keys: new Set(clusterKeys[i]), text, entities, names });
  });
  s.parent = new Map(saved.parent);
  for (let i = 0; i < saved.articles.length; i++) s.articleCluster.set(saved.articles[i], saved.articleClusters[i]);
  s.order = Array.from(saved.order);
  s.clock = saved.clock;
  s.expiry = Array.from(saved.expiryDays, (days, i) => ({ days, id: saved.expiryIds[i] }));
  s.nextId = saved.nextId;
  return s;
}
