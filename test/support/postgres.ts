import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe } from "node:test";
import pg from "pg";
import { openStore, type Store } from "../../src/store/index.js";

/**
 * The throwaway server's URL (see test/support/postgres-server.sh); PostgreSQL tests skip without it. Their skip
 * reasons start with "postgres:", which `npm test` counts and `.ci/run` refuses (scripts/test.mjs).
 */
export const POSTGRES_URL = process.env.NEWSFOLD_TEST_POSTGRES_URL;

export const SKIP_REASON =
  POSTGRES_URL === undefined || POSTGRES_URL === ""
    ? "postgres: NEWSFOLD_TEST_POSTGRES_URL is not set: start a server with `bash test/support/postgres-server.sh start` and export the URL it prints"
    : false;

let counter = 0;

/** A schema name no other test (or test process) uses. */
export const freshSchemaName = (): string => `nf_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;

/** Runs SQL as the test database's owner, outside any store (setup, inspection, clean-up). */
export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return (await client.query<R>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export async function dropSchemas(names: string[]): Promise<void> {
  for (const name of names.splice(0)) await adminQuery(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
}

/**
 * Runs `suite` on a fresh SQLite file and, when a test server is set, on fresh PostgreSQL schemas
 * (dropped afterwards); without one the PostgreSQL half is listed as skipped, saying why.
 */
export function onEveryBackend(title: string, suite: (name: string, open: () => Promise<Store>) => void): void {
  suite("sqlite", async () => openStore({ type: "sqlite", path: join(mkdtempSync(join(tmpdir(), "newsfold-test-")), "store.db") }));
  if (SKIP_REASON) {
    describe(`${title}: postgres`, { skip: SKIP_REASON }, () => {});
    return;
  }
  const created: string[] = [];
  after(() => dropSchemas(created));
  suite("postgres", async () => {
    created.push(freshSchemaName());
    return openStore({ type: "postgres", url: POSTGRES_URL!, schema: created[created.length - 1] });
  });
}
