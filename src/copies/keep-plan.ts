import type { Store } from "../store/index.js";
import { chooseDropped, type CopyLink } from "./links.js";
import { rankOfState, type RankKey } from "./star.js";

/** What `export` and `dedup` keep of a store, and the relations `export --all` lists beside each article. */
export interface KeepPlan {
  /** Dropped article id → the kept article covering it (a copy of it, or a text it lies inside). */
  dropped: Map<number, number>;
  /** Article id → the ids of the articles it quotes. */
  quotes: Map<number, number[]>;
  /** Article id → the ids of the articles quoting it. */
  quotedBy: Map<number, number[]>;
}

/** Ids per state read: bounded so a large store's linked articles are read in steps. */
const STATE_CHUNK = 500;

/**
 * Reads every copy link and applies the keep rule (`chooseDropped`). Memory grows with the articles
 * that have a copy or a quote, not with the store: an article in no link is simply kept.
 */
export async function planKeep(store: Pick<Store, "streamCopyLinks" | "getCopyStates">): Promise<KeepPlan> {
  const links: CopyLink[] = [];
  const quotes = new Map<number, number[]>();
  const quotedBy = new Map<number, number[]>();
  for await (const l of store.streamCopyLinks()) {
    links.push(l);
    if (l.kind !== "quotes") continue;
    push(quotes, l.a, l.b);
    push(quotedBy, l.b, l.a);
  }
  const ids = [...new Set(links.flatMap((l) => [l.a, l.b]))];
  const ranks = new Map<number, RankKey>();
  for (let i = 0; i < ids.length; i += STATE_CHUNK) {
    for (const s of await store.getCopyStates(ids.slice(i, i + STATE_CHUNK))) {
      ranks.set(s.id, rankOfState(s));
    }
  }
  const rankOf = (id: number): RankKey => ranks.get(id) ?? { published: null, length: 0, exactHash: "", docKey: String(id) };
  return { dropped: chooseDropped(links, rankOf), quotes, quotedBy };
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
