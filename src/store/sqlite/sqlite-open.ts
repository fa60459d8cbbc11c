import { accessSync, closeSync, constants, existsSync, openSync, readFileSync, readSync, statSync, truncateSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { NewsfoldError } from "../../errors.js";
import { SQLITE_MIGRATIONS } from "./migrations/index.js";
import { DEFAULT_BUSY_TIMEOUT_MS, STORE_APP_MARK, type SqliteStoreConfig } from "./sqlite-config.js";

const SQLITE_MAGIC = "SQLite format 3\0";
/**
 * Page cache of a writing connection (KiB; SQLite's default is 2 MiB). A commit inserts into a dozen
 * B-trees at scattered keys (entity links by entity, the full-text index's segments); with the default,
 * most of those pages are read back from the file at every batch.
 */
const WRITER_CACHE_KIB = 64 * 1024;
/**
 * WAL bytes before a checkpoint (SQLite's default is 1,000 pages, 4 MiB at its default page size): a batch
 * of 256 articles writes a few MiB, so the default checkpoints (and syncs the store file) every batch or two.
 */
const WRITER_CHECKPOINT_BYTES = 64 * 1024 * 1024;
/**
 * Page size of a new store (SQLite's default 4 KiB; existing stores keep theirs). An article row holds a
 * text of a few KiB: with 4 KiB pages most rows spill into overflow pages, each written to the WAL and
 * again at the checkpoint. 16 KiB pages cut an ingest's commit time by about a tenth (22,000 documents:
 * 6.9–7.1 → 6.2–6.3 s, the same checkpoint bytes); 64 KiB pages were slower again (6.9–7.0 s).
 */
const NEW_STORE_PAGE_BYTES = 16 * 1024;

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
      // Only an empty file takes a page size, and only before WAL is on.
      if (!exists) db.pragma(`page_size = ${NEW_STORE_PAGE_BYTES}`);
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma(`cache_size = -${WRITER_CACHE_KIB}`);
      const pageBytes = db.pragma("page_size", { simple: true }) as number;
      db.pragma(`wal_autocheckpoint = ${Math.ceil(WRITER_CHECKPOINT_BYTES / pageBytes)}`);
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
  if (!existsSync(dir)) throw new NewsfoldError("store.folder-missing", `cannot create ${path}: folder ${dir} does not exist (create it, or pass another --db)`);
}

/**
 * A writing command needs the store file and its folder (journal, lock) writable by this user; says
 * so in one line before anything is touched. Reading commands need neither.
 */
export function checkWritable(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) checkCreatable(path);
  const fix = "reading commands (articles, show, search, serve without a token) work as they are; to write, make it writable or pass another --db";
  if (!canWrite(dir)) throw new NewsfoldError("store.readonly", `cannot write in ${dir} (the store's journal and lock live there): ${fix}`);
  if (existsSync(path) && !canWrite(path)) throw new NewsfoldError("store.readonly", `${path} is read-only for this user: ${fix}`);
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
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
        migration.run?.(db);
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)").run(String(migration.version));
      }).immediate();
    } catch (error) {
      if (isSqliteBusy(error)) throw error;
      // A full disk is the machine's, not the migration's: say so, and how to go on (the migration is one transaction).
      if (isDiskFull(error)) throw diskFull(path, error);
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
  if (isDiskFull(error)) return diskFull(path, error);
  if (code.startsWith("SQLITE_READONLY") || code === "SQLITE_CANTOPEN" || code === "SQLITE_PERM") {
    return new NewsfoldError("store.readonly", `${path} cannot be written (${code}); left untouched`, { cause: error });
  }
  return error;
}

function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "SQLITE_FULL" || code === "ENOSPC";
}

/** A full disk: what was committed is kept (each batch is one transaction); free space and run again. */
export function diskFull(path: string, cause: unknown): NewsfoldError {
  return new NewsfoldError("store.full", `the disk holding ${path} is full: what was committed is kept; free some space and run the same command again`, { cause });
}

/**
 * One writer process per store file: the in-memory copy index of an ingest must see every write.
 * The lock is SQLite's own: an exclusive transaction held open on an empty database beside the store
 * (`<store>.lock`). It is a POSIX file lock, so the kernel drops it when its process dies however it
 * dies (kill -9, OOM, a container's PID 1), and taking it is atomic: of any number of racing
 * processes exactly one holds it. The file is never deleted (deleting a lock file lets two holders
 * lock two different files); it stays empty.
 */
export function acquireWriterLock(path: string): () => void {
  const lockPath = `${path}.lock`;
  clearLegacyPidFile(lockPath);
  let lock: Database.Database;
  try {
    lock = new Database(lockPath);
  } catch (error) {
    throw mapSqliteError(error, path);
  }
  try {
    lock.pragma("busy_timeout = 0");
    lock.pragma("journal_mode = OFF"); // nothing is ever written: no journal file beside the lock
    lock.exec("BEGIN EXCLUSIVE");
  } catch (error) {
    lock.close();
    if (isSqliteBusy(error)) {
      throw new NewsfoldError("store.locked", `${path} is being written by another newsfold process; try again when it has finished (reading commands and \`serve\` work meanwhile)`);
    }
    throw mapSqliteError(error, path);
  }
  return () => {
    if (lock.open) lock.close(); // closing ends the transaction, which releases the lock
  };
}

/** Before the lock was SQLite's, `<store>.lock` held a writer's pid; such a file is emptied (our lock file is always empty). */
function clearLegacyPidFile(lockPath: string): void {
  try {
    const head = readFileSync(lockPath, { encoding: "latin1" }).slice(0, 32);
    if (/^\d+\s*$/.test(head)) truncateSync(lockPath, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw mapSqliteError(error, lockPath);
  }
}
