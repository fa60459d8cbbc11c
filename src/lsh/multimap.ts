/**
 * A multimap from 32-bit keys to non-negative int32 values in two flat typed arrays (open
 * addressing, linear probing). 8 bytes a slot, no object per entry: an LSH band entry costs
 * 8 / load ≈ 11–21 bytes where a JS Map entry with an array costs ~80. Values of one key lie in one
 * probe run; `maxPerKey` caps a key so a hot key (boilerplate) cannot make inserts quadratic.
 */
export interface U32MultiMap {
  /** Adds (key, value); returns false when the key already holds `maxPerKey` values. */
  add(key: number, value: number, maxPerKey?: number): boolean;
  /** Pushes every value of `key` onto `out`; returns how many. */
  collect(key: number, out: number[]): number;
  /** True when `key` holds at least one value. */
  has(key: number): boolean;
  /** Drops every entry whose value fails `keep` (used to purge removed documents). */
  retain(keep: (value: number) => boolean): void;
  readonly size: number;
  memoryBytes(): number;
}

/** Grow (double) beyond this load: linear probing stays short up to ~0.75. */
const MAX_LOAD = 0.75;

/** The initial capacity that holds `entries` without growing (for tables whose size is known up front). */
export const capacityFor = (entries: number): number => Math.ceil(entries / MAX_LOAD) + 1;
/** Starting slots; tables double from here, so a small index stays small. */
const INITIAL_CAPACITY = 1024;
/** Fibonacci hashing multiplier (2^32/φ): spreads keys whose low bits are structured. */
const GOLDEN = 0x9e3779b1 | 0;
const EMPTY = -1;

export function createU32MultiMap(initialCapacity = INITIAL_CAPACITY): U32MultiMap {
  let bits = Math.max(4, Math.ceil(Math.log2(Math.max(initialCapacity, 16))));
  let capacity = 1 << bits;
  let mask = capacity - 1;
  let keys = new Int32Array(capacity);
  let values = new Int32Array(capacity).fill(EMPTY);
  let size = 0;

  const home = (key: number) => Math.imul(key, GOLDEN) >>> (32 - bits);

  const place = (key: number, value: number, maxPerKey: number): boolean => {
    let slot = home(key);
    let seen = 0;
    while (values[slot] !== EMPTY) {
      if (keys[slot] === key && ++seen >= maxPerKey) return false;
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    size++;
    return true;
  };

  const rebuild = (newBits: number, keep: (value: number) => boolean) => {
    const oldKeys = keys;
    const oldValues = values;
    bits = newBits;
    capacity = 1 << bits;
    mask = capacity - 1;
    keys = new Int32Array(capacity);
    values = new Int32Array(capacity).fill(EMPTY);
    size = 0;
    for (let i = 0; i < oldValues.length; i++) {
      const v = oldValues[i];
      if (v !== EMPTY && keep(v)) place(oldKeys[i], v, Infinity);
    }
  };

  return {
    add(key, value, maxPerKey = Infinity) {
      if (size + 1 > capacity * MAX_LOAD) rebuild(bits + 1, () => true);
      return place(key | 0, value, maxPerKey);
    },
    collect(key, out) {
      key |= 0;
      let slot = home(key);
      let found = 0;
      while (values[slot] !== EMPTY) {
        if (keys[slot] === key) {
          out.push(values[slot]);
          found++;
        }
        slot = (slot + 1) & mask;
      }
      return found;
    },
    has(key) {
      key |= 0;
      let slot = home(key);
      while (values[slot] !== EMPTY) {
        if (keys[slot] === key) return true;
        slot = (slot + 1) & mask;
      }
      return false;
    },
    retain(keep) {
      rebuild(bits, keep);
    },
    get size() {
      return size;
    },
    memoryBytes: () => keys.byteLength + values.byteLength,
  };
}
