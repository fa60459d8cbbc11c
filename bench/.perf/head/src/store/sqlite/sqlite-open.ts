import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { NewsfoldError } from "../../errors.js";
import { SQLITE_MIGRATIONS } from "./migrations/index.js";
import { DEFAULT_BUSY_TIMEOUT_MS, STORE_APP_MARK, type SqliteStoreConfig } from "./sqlite-config.js";

const SQLITE_MAGIC = "SQLite format 3\0";

/**
 * Opens (and on first use creates and migrates) a store file, refusing anything that is not ours,
 * read-only or locked with a one-line NewsfoldError — before a single byte of the file is written.
 */
export function openSqliteDatabase(config: SqliteStoreConfig): Database.Database {
  const { path } = config;
  const exists = existsSync(path);
  if (!exists && config.readonly) {
    throw new NewsfoldError("store.not-found", `no store at ${path}: run \`newsfold ingest <paths>\` first, or pass --db`);
  }
  if (exists) checkExistingFile(path, config);
  else checkCreatable(path);

  let db: Database.Database;
  try {
    db = new Database(path, { readonly: config.readonly ?? false, fileMustExist: config.readonly ?? false });
  } catch (error) {
    throw mapSqliteError(error, path);
  }
  try {
    db.pragma(`busy_timeout = ${config.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS}`);
    checkNewsfoldSchema(db, path);
    if (!config.readonly) {
      // WAL: readers (show, search, serve) keep working while an ingest writes.
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      migrate(db, path);
    } else if (schemaVersion(db) < latestVersion()) {
      throw new NewsfoldError("store.migration.needed", `${path} uses an older schema: run any writing command (e.g. ingest) to upgrade it`);
    }
    return db;
  } catch (error) {
    db.close();
    throw mapSqliteError(error, path);
  }
}

function checkExistingFile(path: string, config: SqliteStoreConfig): void {
  const stat = statSync(path);
  if (!stat.isFile()) throw new NewsfoldError("store.not-newsfold", `${path} is not a file`);
  if (stat.size > 0) {
    const head = Buffer.alloc(16);
    const fd = openSync(path, "r");
    try {
      readSync(fd, head, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
    if (head.toString("latin1") !== SQLITE_MAGIC) {
      throw new NewsfoldError("store.not-newsfold", `${path} is not a newsfold store (not a SQLite file); left untouched`);
    }
  }
  // Honour the file's write bits even when running as root, who could write anyway:
  // a user who made the store read-only meant it.
  if (!config.readonly && (stat.mode & 0o222) === 0) {
    throw new NewsfoldError("store.readonly", `${path} is read-only; left untouched (make it writable or use another --db)`);
  }
}

function checkCreatable(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) throw new NewsfoldError("store.io", `cannot create ${path}: folder ${dir} does not exist`);
}

function checkNewsfoldSchema(db: Database.Database, path: string): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  if (tables.length === 0) return; // an empty SQLite file: ours to initialise
  const app = tables.includes("meta")
    ? (db.prepare("SELECT value FROM meta WHERE key = 'app'").pluck().get() as string | undefined)
    : undefined;
  if (app !== STORE_APP_MARK) {
    throw new NewsfoldError("store.not-newsfold", `${path} is a SQLite file but not a newsfold store; left untouched`);
  }
  const version = schemaVersion(db);
  if (version > latestVersion()) {
    throw new NewsfoldError("store.too-new", `${path} was written by a newer newsfold (schema ${version}); upgrade newsfold`);
  }
}

function schemaVersion(db: Database.Database): number {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return 0;
  const value = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get() as string | undefined;
  return Number(value ?? 0);
}

const latestVersion = (): number => SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version;

function migrate(db: Database.Database, path: string): void {
  const from = schemaVersion(db);
  for (const migration of SQLITE_MIGRATIONS) {
    if (migration.version <= from) continue;
    try {
      db.transaction(() => {
        if (migration.version === 1) {
          db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
          db.prepare("INSERT INTO meta (key, value) VALUES ('app', ?)").run(STORE_APP_MARK);
        }
        db.exec(migration.sql);
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)").run(String(migration.version));
      }).immediate();
    } catch (error) {
      if (isSqliteBusy(error)) throw error;
      throw new NewsfoldError("store.migration.failed", `migration ${migration.version} (${migration.name}) failed on ${path}`, { cause: error });
    }
  }
}

export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? "";
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
}

/** Maps driver errors to stable newsfold codes; NewsfoldErrors pass through. */
export function mapSqliteError(error: unknown, path: string): unknown {
  if (error instanceof NewsfoldError) return error;
  const code = (error as { code?: string } | null)?.code ?? "";
  if (isSqliteBusy(error)) {
    return new NewsfoldError("store.locked", `${path} is locked by another process; try again when it has finished`, { cause: error });
  }
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
    return new NewsfoldError("store.not-newsfold", `${path} is not a newsfold store (unreadable as SQLite); left untouched`, { cause: error });
  }
  if (code.startsWith("SQLITE_READONLY") || code === "SQLITE_CANTOPEN" || code === "SQLITE_PERM") {
    return new NewsfoldError("store.readonly", `${path} cannot be written (${code}); left untouched`, { cause: error });
  }
  return error;
}

/**
 * One writer process per store file: the in-memory copy index of an ingest must see every write.
 * A lock file beside the store names the holder's pid; a lock left by a killed process is taken over.
 */
export function acquireWriterLock(path: string): () => void {
  const lockPath = `${path}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lockPath, "utf8").trim());
      if (Number.isInteger(holder) && holder > 0 && processAlive(holder)) {
        throw new NewsfoldError("store.locked", `${path} is being written by another newsfold process (pid ${holder}); try again when it has finished`);
      }
      rmSync(lockPath, { force: true }); // stale: its holder died without releasing it
    }
  }
  throw new NewsfoldError("store.locked", `${path}: could not take the writer lock ${lockPath}`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
