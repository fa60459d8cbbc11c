import { Pool, TypeOverrides, types, type PoolClient } from "pg";
import { NewsfoldError } from "../../errors.js";
import { POSTGRES_MIGRATIONS } from "./migrations/index.js";
import {
  CONNECT_TIMEOUT_MS,
  FALLBACK_CONFIG,
  IDLE_TIMEOUT_MS,
  LANGUAGE_CONFIGS,
  MIGRATION_LOCK_KEY,
  MIN_SERVER_VERSION_NUM,
  STORE_APP_MARK,
  type ResolvedPostgresConfig,
} from "./postgres-config.js";
import { mapPostgresError } from "./postgres-errors.js";

/** This pool's parsers (not pg's global ones, which other code in the process may rely on). */
function typeParsers(): TypeOverrides {
  const parsers = new TypeOverrides();
  // bigint ids and counts as numbers: they stay far below 2^53.
  parsers.setTypeParser(types.builtins.INT8, Number);
  return parsers;
}

/**
 * Opens a pool on the server and makes sure the schema is a newsfold store at the current version:
 * created and migrated on first use (unless read-only), refused when it holds anything else.
 */
export async function openPostgresPool(config: ResolvedPostgresConfig): Promise<Pool> {
  const pool = new Pool({
    connectionString: config.url,
    max: config.poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
    application_name: "newsfold",
    types: typeParsers(),
  });
  // An idle connection the server drops (restart, timeout) is discarded by the pool and the next query
  // opens a new one; without a listener its error event would end the process.
  pool.on("error", () => {});
  // Likewise for a connection in use (a transaction waiting on the write lock, a worker's decision
  // between two queries): the server going away must fail the next query, not end the process.
  pool.on("connect", (client) => client.on("error", () => {}));
  try {
    await checkServer(pool, config);
    if (config.readonly) await checkReadable(pool, config);
    else await migrate(pool, config);
    return pool;
  } catch (error) {
    await pool.end().catch(() => {});
    throw mapPostgresError(error, config.location);
  }
}

async function checkServer(pool: Pool, config: ResolvedPostgresConfig): Promise<void> {
  const { rows } = await pool.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  const version = Number(rows[0].v);
  if (version < MIN_SERVER_VERSION_NUM) {
    throw new NewsfoldError("store.unsupported", `PostgreSQL at ${config.location} is version ${version}; newsfold needs 12 or newer`);
  }
}

type SchemaState = { kind: "absent" } | { kind: "foreign" } | { kind: "ours"; version: number };

/** What the configured schema holds: nothing (ours to create), a newsfold store, or someone else's objects. */
async function inspectSchema(client: Pool | PoolClient, schema: string): Promise<SchemaState> {
  const { rows } = await client.query<{ has_meta: boolean; has_objects: boolean }>(
    `SELECT to_regclass(format('%I.newsfold_meta', $1::text)) IS NOT NULL AS has_meta,
            EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1) AS has_objects`,
    [schema],
  );
  const { has_meta, has_objects } = rows[0];
  if (!has_meta) return has_objects ? { kind: "foreign" } : { kind: "absent" };
  const meta = await client.query<{ key: string; value: string }>(`SELECT key, value FROM ${schema}.newsfold_meta`);
  const values = new Map(meta.rows.map((r) => [r.key, r.value]));
  if (values.get("app") !== STORE_APP_MARK) return { kind: "foreign" };
  return { kind: "ours", version: Number(values.get("schema_version") ?? 0) };
}

const latestVersion = (): number => POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1].version;

function refuse(state: SchemaState, config: ResolvedPostgresConfig): void {
  if (state.kind === "foreign") {
    throw new NewsfoldError(
      "store.not-newsfold",
      `schema "${config.schema}" at ${config.location} holds tables that are not a newsfold store; left untouched (choose another schema)`,
    );
  }
  if (state.kind === "ours" && state.version > latestVersion()) {
    throw new NewsfoldError("store.too-new", `${config.location} was written by a newer newsfold (schema ${state.version}); upgrade newsfold`);
  }
}

async function checkReadable(pool: Pool, config: ResolvedPostgresConfig): Promise<void> {
  const state = await inspectSchema(pool, config.schema);
  refuse(state, config);
  if (state.kind === "absent") {
    throw new NewsfoldError("store.not-found", `no newsfold store in schema "${config.schema}" at ${config.location}: run \`newsfold ingest <paths>\` first`);
  }
  if (state.kind === "ours" && state.version < latestVersion()) {
    throw new NewsfoldError("store.migration.needed", `${config.location} uses an older schema: run any writing command (e.g. ingest) to upgrade it`);
  }
}

/**
 * Applies pending migrations, one transaction each, under a database-wide advisory lock: of several
 * workers starting at once, one migrates and the others find the work done. A worker that dies
 * mid-migration rolls its transaction back and releases the lock with its connection.
 */
async function migrate(pool: Pool, config: ResolvedPostgresConfig): Promise<void> {
  const before = await inspectSchema(pool, config.schema);
  refuse(before, config);
  if (before.kind === "ours" && before.version === latestVersion()) return; // the common case: no lock taken
  const client = await pool.connect();
  try {
    for (;;) {
      await client.query("BEGIN");
      let migration: (typeof POSTGRES_MIGRATIONS)[number] | undefined;
      try {
        await client.query("SELECT pg_advisory_xact_lock($1::bigint)", [MIGRATION_LOCK_KEY]);
        const state = await inspectSchema(client, config.schema);
        refuse(state, config);
        const version = state.kind === "ours" ? state.version : 0;
        migration = POSTGRES_MIGRATIONS.find((m) => m.version > version);
        if (migration === undefined) {
          await client.query("COMMIT");
          return;
        }
        await applyMigration(client, config.schema, migration, version);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        const mapped = mapPostgresError(error, config.location);
        if (mapped instanceof NewsfoldError || migration === undefined) throw mapped;
        const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
        throw new NewsfoldError(
          "store.migration.failed",
          `migration ${migration.version} (${migration.name}) failed on ${config.location}: ${reason}`,
          { cause: error },
        );
      }
    }
  } finally {
    client.release();
  }
}

async function applyMigration(client: PoolClient, schema: string, migration: (typeof POSTGRES_MIGRATIONS)[number], from: number): Promise<void> {
  if (from === 0) {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`CREATE TABLE ${schema}.newsfold_meta (key text PRIMARY KEY, value text NOT NULL)`);
    await client.query(`INSERT INTO ${schema}.newsfold_meta (key, value) VALUES ('app', $1)`, [STORE_APP_MARK]);
  }
  // LOCAL: the pooled connection goes back with its usual search_path after COMMIT.
  await client.query(`SET LOCAL search_path TO ${schema}`);
  await client.query(migration.sql);
  await client.query(
    `INSERT INTO ${schema}.newsfold_meta (key, value) VALUES ('schema_version', $1)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [String(migration.version)],
  );
}

export interface SearchConfigs {
  /** The qualified configuration an article in this language is indexed with. */
  forLang(lang: string): string;
  /** Every configuration of the store, to parse a query whose language is unknown. */
  all: string[];
}

/**
 * Language code → qualified text search configuration, among those migration 1 could create on this
 * server; languages without one use `simple`.
 */
export async function loadSearchConfigs(pool: Pool, schema: string): Promise<SearchConfigs> {
  const { rows } = await pool.query<{ cfgname: string }>(
    "SELECT c.cfgname FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace WHERE n.nspname = $1",
    [schema],
  );
  const present = new Set(rows.map((r) => r.cfgname));
  const fallback = present.has(FALLBACK_CONFIG) ? `${schema}.${FALLBACK_CONFIG}` : `pg_catalog.${FALLBACK_CONFIG}`;
  const forLang = (lang: string): string => {
    const name = LANGUAGE_CONFIGS[lang.toLowerCase().split("-")[0]];
    return name !== undefined && present.has(name) ? `${schema}.${name}` : fallback;
  };
  const all = [...present].sort().map((name) => `${schema}.${name}`);
  return { forLang, all: all.length > 0 ? all : [fallback] };
}
