/**
 * A pure function's results by argument, up to `size` of them, cleared when full: the words and names of a corpus recur
 * from one article to the next, and starting over keeps memory bounded without the bookkeeping of an LRU.
 */
export function boundedCache<V>(size: number, compute: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= size) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
