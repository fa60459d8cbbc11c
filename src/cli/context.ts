import { resolveConfig, type ResolvedConfig } from "../config/index.js";
import { NewsfoldError } from "../errors.js";
import type { Store } from "../store/index.js";
import { noInterrupts } from "./interrupts.js";
import type { CliIo } from "./io.js";

/** Global flags every command accepts (`--db`, `--config`). */
export interface GlobalFlags {
  db?: string;
  config?: string;
}

/** What a command gets: the injected io and the resolved configuration. */
export interface CommandContext {
  io: CliIo;
  config(flags?: Partial<Record<"threshold" | "batchSize", unknown>>): ResolvedConfig;
  /** Opens the configured store; read-only opens never create or change the file. */
  openStore(options: { readonly: boolean }): Promise<Store>;
  /** Exit code the run ends with (commands raise it; the highest wins). */
  exitCode: number;
  /**
   * For commands that stop cleanly on Ctrl-C or SIGTERM: the signal to watch. Commands that never call
   * it are ended at once by the first signal.
   */
  stopSignal(): AbortSignal;
  setExit(code: number): void;
}

export function createContext(io: CliIo, globals: () => GlobalFlags): CommandContext {
  const config: CommandContext["config"] = (flags = {}) =>
    resolveConfig({ flags: { db: globals().db, ...flags }, env: io.env, cwd: io.cwd, configPath: globals().config });
  return {
    io,
    config,
    exitCode: 0,
    stopSignal() {
      const interrupts = io.interrupts ?? noInterrupts();
      interrupts.graceful();
      return interrupts.signal;
    },
    setExit(code) {
      this.exitCode = Math.max(this.exitCode, code);
    },
    async openStore({ readonly }) {
      const location = config().values.db;
      // Imported here: commands that never open a store (dedup) never load a backend.
      const { openStore, storeConfigFromLocation } = await import("../store/index.js");
      return openStore(storeConfigFromLocation(location, { readonly }));
    },
  };
}

/** Runs `fn` with an open store and always closes it. */
export async function withStore<T>(ctx: CommandContext, readonly: boolean, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await ctx.openStore({ readonly });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Parses a whole number option of at least 1 (`--limit`, `--top`) or fails with a usage error naming the option. */
export function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  return wholeNumber(name, raw, fallback, 1);
}

/** Parses a whole number option that may be 0 (`--offset`, `--threads`, `--port`). */
export function wholeNumber(name: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(n) || n < min) {
    throw new NewsfoldError("cli.invalid", `${name} must be a whole number${min > 0 ? ` of at least ${min}` : ""}, got "${raw}"`);
  }
  return n;
}
