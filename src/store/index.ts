import { NewsfoldError } from "../errors.js";
import type { PostgresStoreConfig } from "./postgres/postgres-config.js";
import type { SqliteStoreConfig } from "./sqlite/sqlite-config.js";
import type { Store } from "./store.js";

export type * from "./store.js";
export type { SqliteStoreConfig } from "./sqlite/sqlite-config.js";
export type { PostgresStoreConfig } from "./postgres/postgres-config.js";
export { sortableDate } from "../dates.js";

/** Every backend's config, chosen by `type`. */
export type StoreConfig = SqliteStoreConfig | PostgresStoreConfig;

/** Opens a store by its config; the one place a backend is chosen. */
export async function openStore(config: StoreConfig): Promise<Store> {
  switch (config.type) {
    case "sqlite": {
      // Loaded on demand too: importing the contract (types, sortableDate) never loads a driver.
      const { openSqliteStore } = await import("./sqlite/sqlite-store.js");
      return openSqliteStore(config);
    }
    case "postgres": {
      // Loaded on demand: an embedded (SQLite) run never loads the PostgreSQL driver.
      const { openPostgresStore } = await import("./postgres/postgres-store.js");
      return openPostgresStore(config);
    }
    default:
      throw new NewsfoldError("store.unsupported", `unknown store type ${(config as { type: string }).type}`);
  }
}

/** URL parameters newsfold reads itself (and removes before the URL reaches the driver). */
const POSTGRES_URL_OPTIONS = { schema: "schema", poolSize: "pool_size" } as const;

/**
 * Reads `--db` / NEWSFOLD_DB: a `postgres://` (or `postgresql://`) URL means PostgreSQL, with optional
 * `?schema=name&pool_size=n`; anything else is a SQLite file path (`sqlite:` prefix optional).
 *
 * @example
 * storeConfigFromLocation("postgres://newsfold@db.internal/news?schema=press&pool_size=8")
 * // → { type: "postgres", url: "postgres://newsfold@db.internal/news", schema: "press", poolSize: 8 }
 */
export function storeConfigFromLocation(location: string, options: { readonly?: boolean } = {}): StoreConfig {
  if (/^postgres(ql)?:\/\//i.test(location)) return postgresConfigFromUrl(location, options);
  return { type: "sqlite", path: location.replace(/^sqlite:(\/\/)?/i, ""), readonly: options.readonly };
}

function postgresConfigFromUrl(location: string, options: { readonly?: boolean }): PostgresStoreConfig {
  let url: URL;
  try {
    url = new URL(location);
  } catch (error) {
    throw new NewsfoldError("store.config", "invalid PostgreSQL URL: expected postgres://user@host:5432/database", { cause: error });
  }
  const schema = url.searchParams.get(POSTGRES_URL_OPTIONS.schema) ?? undefined;
  const poolSizeText = url.searchParams.get(POSTGRES_URL_OPTIONS.poolSize);
  const poolSize = poolSizeText === null ? undefined : Number(poolSizeText);
  if (poolSize !== undefined && !(Number.isInteger(poolSize) && poolSize > 0)) {
    throw new NewsfoldError("store.config", `invalid ${POSTGRES_URL_OPTIONS.poolSize}=${poolSizeText} in the PostgreSQL URL: use a positive integer`);
  }
  url.searchParams.delete(POSTGRES_URL_OPTIONS.schema);
  url.searchParams.delete(POSTGRES_URL_OPTIONS.poolSize);
  return { type: "postgres", url: url.toString(), schema, poolSize, readonly: options.readonly };
}
