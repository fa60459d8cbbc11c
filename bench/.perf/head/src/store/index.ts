import { NewsfoldError } from "../errors.js";
import type { SqliteStoreConfig } from "./sqlite/sqlite-config.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export type * from "./store.js";
export type { SqliteStoreConfig } from "./sqlite/sqlite-config.js";
export { sortableDate } from "./dates.js";

/** Every backend's config, chosen by `type`. */
export type StoreConfig = SqliteStoreConfig;

/** Opens a store by its config; the one place a backend is chosen. */
export async function openStore(config: StoreConfig): Promise<Store> {
  switch (config.type) {
    case "sqlite":
      return openSqliteStore(config);
    default:
      throw new NewsfoldError("store.unsupported", `unknown store type ${(config as { type: string }).type}`);
  }
}

/**
 * Reads `--db` / NEWSFOLD_DB: a file path means SQLite; postgres:// URLs are reserved for the
 * PostgreSQL backend.
 */
export function storeConfigFromLocation(location: string, options: { readonly?: boolean } = {}): StoreConfig {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new NewsfoldError("store.unsupported", "PostgreSQL stores are not available in this version yet; use a SQLite file path");
  }
  return { type: "sqlite", path: location.replace(/^sqlite:(\/\/)?/i, ""), readonly: options.readonly };
}
