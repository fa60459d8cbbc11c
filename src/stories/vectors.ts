/**
 * Sparse vectors of one clustering run: features (terms, entity ids, names) interned to small integers by a
 * `FeatureDictionary`, weights in typed arrays in the order features were first added, and an
 * open-addressing table from feature id to entry. Scoring an article against its candidate stories is
 * most of a story fold's CPU: a probe of an integer table costs a fraction of a string-keyed Map lookup
 * (a full string compare on every hit). Sums run in insertion order exactly as they did over Maps, so
 * scores, and the stories they decide, do not change by a bit.
 */
export class FeatureDictionary {
  readonly #ids = new Map<string, number>();
  readonly #keys: string[] = [];
  /**
   * Restored keys by a hash of our own, in an open-addressing table of ids: a saved clustering's 200,000
   * keys go in in a third of the time a Map of them took (48 against 147–220 ms in profiles of a restore),
   * and a fold that goes on from it looks up only its new articles' features.
   */
  #table: Int32Array | null = null;

  id(key: string): number {
    if (this.#table !== null) {
      const table = this.#table;
      const mask = table.length - 1;
      for (let slot = hashKey(key) & mask; table[slot] !== EMPTY_SLOT; slot = (slot + 1) & mask) {
        if (this.#keys[table[slot]] === key) return table[slot];
      }
    }
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#keys.length;
      this.#ids.set(key, id);
      this.#keys.push(key);
    }
    return id;
  }

  key(id: number): string {
    return this.#keys[id];
  }

  /** Every key, by id: what a saved clustering keeps to give its features the same ids again (`of`). */
  keys(): readonly string[] {
    return this.#keys;
  }

  /** A dictionary giving `keys[i]` the id i (distinct keys, as `keys()` lists them). */
  static of(keys: readonly string[]): FeatureDictionary {
    const dictionary = new FeatureDictionary();
    const table = new Int32Array(1 << Math.ceil(Math.log2(Math.max(2 * keys.length, 16)))).fill(EMPTY_SLOT);
    const mask = table.length - 1;
    for (let id = 0; id < keys.length; id++) {
      dictionary.#keys.push(keys[id]);
      let slot = hashKey(keys[id]) & mask;
      while (table[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
      table[slot] = id;
    }
    dictionary.#table = table;
    return dictionary;
  }

  get size(): number {
    return this.#keys.length;
  }
}

/** FNV-1a over a key's UTF-16 units, finished by a multiply so the low bits (the table's slot) mix well. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
}

/** A copy of `array` lengthened to `size`, the new tail zero. */
export function grownCopy<T extends Int32Array | Float64Array | Uint8Array>(array: T, size: number): T {
  const grown = new (array.constructor as new (size: number) => T)(size);
  grown.set(array);
  return grown;
}

const EMPTY_SLOT = -1;
/** The table of a vector not yet probed (see `ofDistinct`). */
const NO_TABLE = new Int32Array(0);
/** Slots per entry at most (load factor 1/2): probes stay short. */
const MIN_SLOTS_PER_ENTRY = 2;
const INITIAL_CAPACITY = 8;

/** Fibonacci hashing of a feature id into a table of 2^bits slots. */
const slotOf = (id: number, shift: number): number => Math.imul(id, 0x9e3779b1) >>> shift;

export class SparseVector {
  readonly dictionary: FeatureDictionary;
  size = 0;
  /** Entries in insertion order. */
  ids: Int32Array;
  weights: Float64Array;
  /**
   * The open-addressing table: feature ids alone in `#slotIds`, so a probe (scoring an article against a
   * story's centroid probes it for every feature of the article, and most probes miss) reads 4 bytes a
   * slot and a story's table stays in cache; the weight of a hit is in `#slotWeights` at the same slot.
   * Weights are written there and in `weights` by the same operation, so both agree bit for bit.
   */
  #slotIds: Int32Array;
  #slotWeights: Float64Array;
  /** Entry index of each slot, to keep `weights` in step on `add`. */
  #entryOf: Int32Array;
  #shift: number;

  constructor(dictionary: FeatureDictionary, capacity = INITIAL_CAPACITY) {
    this.dictionary = dictionary;
    const entries = Math.max(INITIAL_CAPACITY, capacity);
    this.ids = new Int32Array(entries);
    this.weights = new Float64Array(entries);
    this.#slotIds = NO_TABLE;
    this.#slotWeights = new Float64Array(0);
    this.#entryOf = NO_TABLE;
    this.#shift = 0;
  }

  /**
   * A vector of distinct features taking these arrays as its own. Its table is built on the first lookup:
   * an article's vectors are mostly only walked (scored against larger centroids, added to one), never probed.
   */
  static ofDistinct(dictionary: FeatureDictionary, ids: Int32Array, weights: Float64Array): SparseVector {
    const v = new SparseVector(dictionary, 0);
    v.ids = ids;
    v.weights = weights;
    v.size = ids.length;
    return v;
  }

  /** Builds the table for the entries held, with room for `capacity`. */
  #index(capacity: number): void {
    const bits = Math.ceil(Math.log2(Math.max(INITIAL_CAPACITY, capacity) * MIN_SLOTS_PER_ENTRY));
    this.#slotIds = new Int32Array(1 << bits).fill(EMPTY_SLOT);
    this.#slotWeights = new Float64Array(1 << bits);
    this.#entryOf = new Int32Array(1 << bits);
    this.#shift = 32 - bits;
    const { ids, weights } = this;
    for (let i = 0; i < this.size; i++) this.#put(this.#slotOf(ids[i]), ids[i], weights[i], i);
  }

  /** The slot holding feature `id`, or the empty slot where it would go. */
  #slotOf(id: number): number {
    const slotIds = this.#slotIds;
    const mask = slotIds.length - 1;
    for (let slot = slotOf(id, this.#shift); ; slot = (slot + 1) & mask) {
      const held = slotIds[slot];
      if (held === id || held === EMPTY_SLOT) return slot;
    }
  }

  /** The entry index of feature `id`, or -1. */
  indexOf(id: number): number {
    if (this.#slotIds === NO_TABLE) this.#index(this.ids.length);
    const slot = this.#slotOf(id);
    return this.#slotIds[slot] === EMPTY_SLOT ? -1 : this.#entryOf[slot];
  }

  /** Weight of feature `id` (0 when absent). */
  weightOf(id: number): number {
    if (this.#slotIds === NO_TABLE) this.#index(this.ids.length);
    const slotIds = this.#slotIds;
    const mask = slotIds.length - 1;
    for (let slot = slotOf(id, this.#shift); ; slot = (slot + 1) & mask) {
      const held = slotIds[slot];
      if (held === id) return this.#slotWeights[slot];
      if (held === EMPTY_SLOT) return 0;
    }
  }

  /** Adds `weight` to feature `id` (appended when new); returns its previous weight. */
  add(id: number, weight: number): number {
    if (this.#slotIds === NO_TABLE) this.#index(this.ids.length);
    let slot = this.#slotOf(id);
    if (this.#slotIds[slot] !== EMPTY_SLOT) {
      const old = this.#slotWeights[slot];
      const sum = old + weight;
      this.#slotWeights[slot] = sum;
      this.weights[this.#entryOf[slot]] = sum;
      return old;
    }
    if (this.size === this.ids.length) {
      this.#grow(Math.max(INITIAL_CAPACITY, this.ids.length * 2));
      slot = this.#slotOf(id);
    }
    const index = this.size++;
    this.ids[index] = id;
    this.weights[index] = weight;
    this.#put(slot, id, weight, index);
    return 0;
  }

  /** Makes room for `extra` more entries at once: an empty centroid taking an article's 150 terms rehashes once, not five times. */
  reserve(extra: number): void {
    if (this.size + extra <= this.ids.length) return;
    let capacity = Math.max(INITIAL_CAPACITY, this.ids.length);
    while (capacity < this.size + extra) capacity *= 2;
    this.#grow(capacity);
  }

  /** Adds by key, through the dictionary. */
  addKey(key: string, weight: number): void {
    this.add(this.dictionary.id(key), weight);
  }

  /** Multiplies every weight by `factor`. */
  scale(factor: number): void {
    const { weights } = this;
    for (let i = 0; i < this.size; i++) weights[i] *= factor;
    const slotWeights = this.#slotWeights;
    for (let slot = 0; slot < slotWeights.length; slot++) slotWeights[slot] *= factor;
  }

  *entries(): Generator<[string, number]> {
    for (let i = 0; i < this.size; i++) yield [this.dictionary.key(this.ids[i]), this.weights[i]];
  }

  #put(slot: number, id: number, weight: number, index: number): void {
    this.#slotIds[slot] = id;
    this.#slotWeights[slot] = weight;
    this.#entryOf[slot] = index;
  }

  #grow(capacity: number): void {
    this.ids = grownCopy(this.ids, capacity);
    this.weights = grownCopy(this.weights, capacity);
    this.#index(capacity);
  }

}

/** A running sum of unit vectors with its squared norm kept exact as vectors are added. */
export interface Centroid {
  sum: SparseVector;
  normSq: number;
}

export function createCentroid(dictionary: FeatureDictionary): Centroid {
  return { sum: new SparseVector(dictionary), normSq: 0 };
}

/** Σ a·b over shared features, walking the smaller vector in its insertion order. */
export function dot(small: SparseVector, large: SparseVector): number {
  if (small.size > large.size) [small, large] = [large, small];
  const { ids, weights } = small;
  let s = 0;
  for (let i = 0; i < small.size; i++) {
    const w = large.weightOf(ids[i]);
    // A feature the large vector lacks adds nothing: skipped, as a sum over shared features would.
    if (w !== 0) s += weights[i] * w;
  }
  return s;
}

/** Cosine of a unit vector with a centroid; 0 when either is empty. */
export function cosineToCentroid(unit: SparseVector, c: Centroid): number {
  if (unit.size === 0 || c.normSq <= 0) return 0;
  return dot(unit, c.sum) / Math.sqrt(c.normSq);
}

/**
 * A vector's entries roughly heaviest first, and its squared norm: what `cosineUnlessBelow` walks. Any order
 * keeps its bound sound; heavier first only makes it stop sooner, so the entries are bucketed by halvings
 * of weight (a counting sort, linear) instead of sorted.
 */
export interface HeaviestFirst {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly normSq: number;
}

/** Weight classes of `heaviestFirst`: halvings below the heaviest entry; lighter ones share the last. */
const WEIGHT_CLASSES = 12;

export function heaviestFirst(v: SparseVector): HeaviestFirst {
  const { ids, weights, size } = v;
  let max = 0;
  let normSq = 0;
  for (let i = 0; i < size; i++) {
    const w = weights[i];
    normSq += w * w;
    if (w > max) max = w;
  }
  const classOf = new Uint8Array(size);
  const starts = new Int32Array(WEIGHT_CLASSES + 1);
  for (let i = 0; i < size; i++) {
    const w = weights[i];
    const k = w > 0 ? Math.min(WEIGHT_CLASSES - 1, Math.floor(Math.log2(max / w))) : WEIGHT_CLASSES - 1;
    classOf[i] = k;
    starts[k + 1]++;
  }
  for (let k = 0; k < WEIGHT_CLASSES; k++) starts[k + 1] += starts[k];
  const sortedIds = new Int32Array(size);
  const sortedWeights = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const at = starts[classOf[i]]++;
    sortedIds[at] = ids[i];
    sortedWeights[at] = weights[i];
  }
  return { ids: sortedIds, weights: sortedWeights, normSq };
}

/**
 * Slack for rounding in `cosineUnlessBelow`'s bound, relative to the quantities it bounds: far above the
 * float error of a few hundred products and of a centroid norm kept by increments, far below any score gap.
 */
const BOUND_SLACK = 1e-9;

/**
 * `cosineToCentroid(unit, c)`, or null once the cosine is proven below `floor`. Most candidate stories of
 * an article cannot win, and probing their centroids is most of a fold's time. Walking the article's
 * heaviest features first, what the rest can add to the dot product is at most √(article weight² left ×
 * centroid weight² not yet met) (Cauchy–Schwarz), so a loser is dropped after about half its probes. A
 * candidate that may still reach `floor` is scored by `cosineToCentroid` itself, in its own order: the
 * scores that decide, and so the stories, are those of scoring every candidate in full, to the bit.
 */
export function cosineUnlessBelow(unit: SparseVector, heaviest: HeaviestFirst, c: Centroid, floor: number): number | null {
  if (unit.size > 0 && c.normSq > 0 && floor > 0) {
    const norm = Math.sqrt(c.normSq);
    const needed = floor * norm;
    const slack = BOUND_SLACK * norm;
    const { ids, weights } = heaviest;
    const table = c.sum;
    let partial = 0;
    let unitLeft = heaviest.normSq + BOUND_SLACK;
    let centroidLeft = c.normSq * (1 + BOUND_SLACK);
    for (let i = 0; i < ids.length; i++) {
      const gap = needed - partial - slack;
      if (gap > 0 && unitLeft * centroidLeft < gap * gap) return null;
      const x = weights[i];
      const y = table.weightOf(ids[i]);
      partial += x * y;
      unitLeft -= x * x;
      centroidLeft -= y * y;
    }
    if (partial < needed - slack) return null;
  }
  return cosineToCentroid(unit, c);
}

/** Cosine of two centroids; 0 when either is empty. */
export function centroidCosine(a: Centroid, b: Centroid): number {
  if (a.normSq <= 0 || b.normSq <= 0) return 0;
  return dot(a.sum, b.sum) / Math.sqrt(a.normSq * b.normSq);
}

/** Adds a vector: |c + v|² = |c|² + 2 c·v + |v|², so the norm never needs a full pass. */
export function addToCentroid(c: Centroid, v: SparseVector): void {
  // A new story's first article sizes its table once; later articles mostly add terms it has.
  if (c.sum.size === 0) c.sum.reserve(v.size);
  let cross = 0;
  let self = 0;
  const { ids, weights } = v;
  for (let i = 0; i < v.size; i++) {
    const w = weights[i];
    const old = c.sum.add(ids[i], w);
    cross += old * w;
    self += w * w;
  }
  c.normSq += 2 * cross + self;
}

/** Adds one centroid into another (stories merged across languages). */
export function mergeCentroid(into: Centroid, from: Centroid): void {
  addToCentroid(into, from.sum);
}

/** Scales a vector to unit length in place; returns it. */
export function normalize(v: SparseVector): SparseVector {
  const { weights } = v;
  let sq = 0;
  for (let i = 0; i < v.size; i++) sq += weights[i] * weights[i];
  if (sq <= 0) return v;
  v.scale(1 / Math.sqrt(sq));
  return v;
}

/**
 * The first `limit` of `count` items (`itemAt(0)`, `itemAt(1)` …) in the strict order `before`, first first: a bounded insertion into a short
 * list (hundreds of items, a limit of a few dozen), the same answer as sorting them all and cutting.
 */
export function firstInOrder(count: number, itemAt: (i: number) => number, limit: number, before: (a: number, b: number) => boolean): number[] {
  const top: number[] = [];
  if (limit <= 0) return top;
  for (let n = 0; n < count; n++) {
    const item = itemAt(n);
    if (top.length === limit && !before(item, top[limit - 1])) continue;
    let i = top.length === limit ? limit - 1 : top.length;
    while (i > 0 && before(item, top[i - 1])) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = item;
  }
  return top;
}

/** Entry indexes of the `n` heaviest features, heaviest first, ties by key so listings are deterministic. */
export function heaviestEntries(v: SparseVector, n: number): number[] {
  const { ids, weights, dictionary } = v;
  const before = (a: number, b: number): boolean => {
    if (weights[a] !== weights[b]) return weights[a] > weights[b];
    return dictionary.key(ids[a]) < dictionary.key(ids[b]);
  };
  return firstInOrder(v.size, (e) => e, n, before);
}

/** The `n` heaviest features, heaviest first, ties by key (no object per feature until chosen). */
export function heaviestFeatures(v: SparseVector, n: number): { key: string; weight: number }[] {
  return heaviestEntries(v, n).map((e) => ({ key: v.dictionary.key(v.ids[e]), weight: v.weights[e] }));
}

/** The `n` heaviest features, heaviest first, ties by key, scaled to unit length. */
export function topFeatures(v: SparseVector, n: number): { key: string; weight: number }[] {
  const top = heaviestFeatures(v, n);
  let sq = 0;
  for (const f of top) sq += f.weight * f.weight;
  const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  for (const f of top) f.weight *= inv;
  return top;
}

/** A vector of these features in this order. */
export function vectorOf(dictionary: FeatureDictionary, features: Iterable<{ key: string; weight: number }>, capacity?: number): SparseVector {
  const v = new SparseVector(dictionary, capacity);
  for (const f of features) v.addKey(f.key, f.weight);
  return v;
}
