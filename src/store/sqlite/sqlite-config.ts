/** Options of the embedded SQLite store. */
export interface SqliteStoreConfig {
  type: "sqlite";
  /** Path of the store file; created on first use unless `readonly`. */
  path: string;
  /** Open for reading only: never creates, migrates or writes the file. */
  readonly?: boolean;
  /** How long a write waits for another connection's lock before failing with `store.locked`. */
  busyTimeoutMs?: number;
  /**
   * Index article text for `search` (default true). A working store nobody searches (`newsfold dedup`'s
   * temporary file) sets it to false: the full-text index is most of a commit's cost. Articles written
   * without it are never found by `search`, even when the file is opened again with it.
   */
  fullTextIndex?: boolean;
}

/** Long enough to ride out a reader's checkpoint, short enough that a held lock is reported promptly. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

/** Value of `meta.app` that marks a file as a newsfold store (a SQLite file without it is left alone). */
export const STORE_APP_MARK = "newsfold";
