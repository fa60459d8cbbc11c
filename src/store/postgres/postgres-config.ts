import { NewsfoldError } from "../../errors.js";

/** Options of the PostgreSQL store (scale-out: many processes write one database). */
export interface PostgresStoreConfig {
  type: "postgres";
  /** libpq-style URL: `postgres://user:password@host:5432/database` (`?sslmode=…` and friends pass through to `pg`). */
  url: string;
  /** Schema holding newsfold's tables, created on first use. Lower-case letters, digits and `_`; default "newsfold". */
  schema?: string;
  /** Connections this process may hold at once; default `DEFAULT_POOL_SIZE`. */
  poolSize?: number;
  /** Open for reading only: never creates or migrates the schema, and refuses one that needs a migration. */
  readonly?: boolean;
}

/** Keeps PostgreSQL's tables away from any other application's in the same database. */
export const DEFAULT_SCHEMA = "newsfold";

/**
 * A process commits one batch at a time; a few more connections serve concurrent reads (serve, search).
 * 4 per process lets 20 workers share PostgreSQL's default `max_connections` of 100 with room to spare.
 */
export const DEFAULT_POOL_SIZE = 4;

/** Long enough for a server across a network to answer, short enough that a wrong host is reported promptly. */
export const CONNECT_TIMEOUT_MS = 10_000;

/** Idle connections are closed after this, so a quiet worker does not hold server slots. */
export const IDLE_TIMEOUT_MS = 30_000;

/** Value of `newsfold_meta.app` that marks a schema as a newsfold store (a schema without it is left alone). */
export const STORE_APP_MARK = "newsfold";

/**
 * Key of the advisory lock every newsfold migration in a database takes ("newsfold" in ASCII): workers
 * starting together migrate one after the other, and the shared `unaccent` extension is created once.
 */
export const MIGRATION_LOCK_KEY = "7954882454451204196";

/**
 * Advisory lock every batch commit takes (transaction-level), as the pair (WRITE_LOCK_CLASS,
 * hashtext(schema)): commits of all processes into one store are serialised, so article ids increase
 * in commit order (a worker catches up on others' articles by id) and a worker's copy decisions, made
 * under it, see every article committed before. Stores in other schemas do not contend for it.
 */
export const WRITE_LOCK_CLASS = 0x6e66_7701; // "nfw" + 1

/** Advisory lock class (session-level, per schema like the write lock) of the one worker rebuilding stories. */
export const FOLD_LOCK_CLASS = 0x6e66_7702;

/** Oldest server with `websearch_to_tsquery` and everything else the schema uses (PostgreSQL 12). */
export const MIN_SERVER_VERSION_NUM = 120_000;

/** A schema name we can put in SQL without quoting rules to get wrong (and that PostgreSQL folds to itself). */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Validated, defaulted and frozen: what the backend works from. */
export interface ResolvedPostgresConfig {
  readonly url: string;
  readonly schema: string;
  readonly poolSize: number;
  readonly readonly: boolean;
  /** The URL without its password, for messages. */
  readonly location: string;
}

export function resolvePostgresConfig(config: PostgresStoreConfig): ResolvedPostgresConfig {
  const schema = config.schema ?? DEFAULT_SCHEMA;
  if (!SCHEMA_NAME.test(schema)) {
    throw new NewsfoldError("store.config", `invalid PostgreSQL schema name "${schema}": use lower-case letters, digits and _ (e.g. newsfold)`);
  }
  const poolSize = config.poolSize ?? DEFAULT_POOL_SIZE;
  if (!Number.isInteger(poolSize) || poolSize < 1) {
    throw new NewsfoldError("store.config", `invalid PostgreSQL pool size ${poolSize}: use a positive integer (default ${DEFAULT_POOL_SIZE})`);
  }
  let location: string;
  try {
    const url = new URL(config.url);
    url.password = "";
    location = url.toString();
  } catch (error) {
    throw new NewsfoldError("store.config", "invalid PostgreSQL URL: expected postgres://user@host:5432/database", { cause: error });
  }
  if (schema !== DEFAULT_SCHEMA) location += `${location.includes("?") ? "&" : "?"}schema=${schema}`;
  return Object.freeze({ url: config.url, schema, poolSize, readonly: config.readonly ?? false, location });
}

/**
 * Text search configuration per language (ISO 639-1, as the clean stage detects it), where PostgreSQL
 * ships a stemmer. Migration 1 copies each one the server has into the schema (with unaccent when
 * available); any other language, and "und", is indexed with `simple` (lower-cased words, no stemming).
 */
export const LANGUAGE_CONFIGS: Readonly<Record<string, string>> = {
  ar: "arabic",
  hy: "armenian",
  eu: "basque",
  ca: "catalan",
  da: "danish",
  nl: "dutch",
  en: "english",
  fi: "finnish",
  fr: "french",
  de: "german",
  el: "greek",
  hi: "hindi",
  hu: "hungarian",
  id: "indonesian",
  ga: "irish",
  it: "italian",
  lt: "lithuanian",
  ne: "nepali",
  no: "norwegian",
  nb: "norwegian",
  nn: "norwegian",
  pt: "portuguese",
  ro: "romanian",
  ru: "russian",
  sr: "serbian",
  es: "spanish",
  sv: "swedish",
  ta: "tamil",
  tr: "turkish",
  yi: "yiddish",
};

/** The configuration every language without a stemmer falls back to. */
export const FALLBACK_CONFIG = "simple";
