/**
 * Helpers both backends use to turn rows into the contract's values, so SQLite and PostgreSQL answer
 * alike (the contract suite checks they do).
 */

/** Copies a little-endian blob into an aligned Uint32Array (driver buffers may be unaligned slices). */
export function toUint32Array(bytes: Buffer): Uint32Array {
  const out = new Uint32Array(bytes.byteLength >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}

/** Lower case without accents, for matching what a user typed against names. */
export const foldName = (text: string): string =>
  text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().trim();

/** Distinct values, most frequent first, ties in code-unit order. */
export function mostFrequentFirst(values: (string | null)[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}

/** An outlet's name: the site name the page gives, else its URL's host. */
export function outletOf(site: string | null, url: string | null): string | null {
  if (site) return site;
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
