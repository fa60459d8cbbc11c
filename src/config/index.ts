import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { NewsfoldError } from "../errors.js";
import { DEFAULT_LSH_THRESHOLD } from "../lsh/lsh-index.js";
import { DEFAULT_BATCH_SIZE } from "../pipeline/ingest-batches.js";

/** Settings every command shares. Each value knows where it came from (shown by `newsfold config`). */
export interface Config {
  /** Store location: a SQLite file path (default) or, later, a postgres:// URL. */
  db: string;
  /** Jaccard threshold at which two texts are near copies. */
  threshold: number;
  /** Documents per transaction during ingest. */
  batchSize: number;
}

export type ConfigSource = "default" | "file" | "env" | "flag";

export interface ResolvedConfig {
  readonly values: Readonly<Config>;
  readonly sources: Readonly<Record<keyof Config, ConfigSource>>;
  /** Config file read, if any. */
  readonly file: string | null;
}

/** Store file in the working directory: the quick start needs no flag at all. */
export const DEFAULT_DB = "newsfold.db";
export const DEFAULT_CONFIG_FILE = "newsfold.config.json";

/** Each default is defined once, beside the code that uses it; help texts print these. */
export const DEFAULTS: Readonly<Config> = Object.freeze({ db: DEFAULT_DB, threshold: DEFAULT_LSH_THRESHOLD, batchSize: DEFAULT_BATCH_SIZE });

const ENV_NAMES: Record<keyof Config, string> = {
  db: "NEWSFOLD_DB",
  threshold: "NEWSFOLD_THRESHOLD",
  batchSize: "NEWSFOLD_BATCH_SIZE",
};

/** Reads a value of the right type or throws a message that names the setting and the fix. */
const PARSERS: Record<keyof Config, (raw: unknown, where: string) => Config[keyof Config]> = {
  db: (raw, where) => {
    if (typeof raw !== "string" || raw.trim() === "") throw misuse(`${where}: db must be a file path or postgres:// URL`);
    return raw;
  },
  threshold: (raw, where) => {
    // Below 1: the LSH bands need room under the curve, and exact copies are found by their hash anyway.
    const n = typeof raw === "string" && raw.trim() === "" ? Number.NaN : Number(raw);
    if (!(n > 0 && n < 1)) throw misuse(`${where}: threshold must be a number above 0 and below 1 (e.g. ${DEFAULT_LSH_THRESHOLD}), got ${JSON.stringify(raw)}`);
    return n;
  },
  batchSize: (raw, where) => {
    const n = typeof raw === "string" && raw.trim() === "" ? Number.NaN : Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 100_000) throw misuse(`${where}: batch size must be an integer from 1 to 100000, got ${JSON.stringify(raw)}`);
    return n;
  },
};

function misuse(message: string): NewsfoldError {
  return new NewsfoldError("config.invalid", message);
}

/**
 * Defaults < config file < environment < flags. Validated once and frozen; pass it down as an argument.
 */
export function resolveConfig(input: {
  flags: Partial<Record<keyof Config, unknown>>;
  env: Record<string, string | undefined>;
  cwd: string;
  configPath?: string;
}): ResolvedConfig {
  const values = { ...DEFAULTS };
  const sources = Object.fromEntries(Object.keys(DEFAULTS).map((k) => [k, "default"])) as Record<keyof Config, ConfigSource>;
  const set = (key: keyof Config, raw: unknown, source: ConfigSource, where: string) => {
    (values as Record<string, unknown>)[key] = PARSERS[key](raw, where);
    sources[key] = source;
  };

  const filePath = input.configPath ? resolve(input.cwd, input.configPath) : resolve(input.cwd, DEFAULT_CONFIG_FILE);
  let file: string | null = null;
  if (existsSync(filePath)) {
    file = filePath;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(filePath, "utf8"));
    } catch (error) {
      throw new NewsfoldError("config.invalid", `${filePath} is not valid JSON: ${(error as Error).message}`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw misuse(`${filePath} must hold a JSON object`);
    for (const [key, raw] of Object.entries(parsed)) {
      if (!(key in DEFAULTS)) throw misuse(`${filePath}: unknown setting "${key}" (known: ${Object.keys(DEFAULTS).join(", ")})`);
      set(key as keyof Config, raw, "file", filePath);
    }
  } else if (input.configPath) {
    throw new NewsfoldError("config.not-found", `config file ${filePath} does not exist`);
  }
  for (const key of Object.keys(DEFAULTS) as (keyof Config)[]) {
    const raw = input.env[ENV_NAMES[key]];
    if (raw !== undefined && raw !== "") set(key, raw, "env", ENV_NAMES[key]);
  }
  for (const key of Object.keys(DEFAULTS) as (keyof Config)[]) {
    const raw = input.flags[key];
    if (raw !== undefined) set(key, raw, "flag", `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  }
  if (!/^postgres(ql)?:\/\//i.test(values.db)) values.db = resolve(input.cwd, values.db);
  return Object.freeze({ values: Object.freeze(values), sources: Object.freeze(sources), file });
}

/** Help text of the flags that set a setting, with the default it falls back to (written once, above). */
export const SETTING_HELP = {
  threshold: `Jaccard similarity at which two texts are near copies, above 0 and below 1 (default ${DEFAULTS.threshold})`,
  batchSize: `documents per transaction (default ${DEFAULTS.batchSize})`,
} as const;
