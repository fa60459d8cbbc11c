import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { NewsfoldError } from "../../src/errors.js";
import { openStore, storeConfigFromLocation, type StoreConfig } from "../../src/store/index.js";
import { adminQuery, dropSchemas, freshSchemaName, POSTGRES_URL, SKIP_REASON } from "../support/postgres.js";

async function assertRefused(config: StoreConfig, code: string): Promise<NewsfoldError> {
  let caught: NewsfoldError | undefined;
  await assert.rejects(openStore(config), (error: unknown) => {
    assert.ok(error instanceof NewsfoldError, `expected a NewsfoldError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    assert.doesNotMatch(error.message, /\n/, "the message is one line");
    caught = error;
    return true;
  });
  return caught!;
}

describe("reading a PostgreSQL location", () => {
  it("takes postgres:// URLs with the schema and pool size as parameters", () => {
    assert.deepEqual(storeConfigFromLocation("postgres://nf:secret@db.internal:5433/news?schema=press&pool_size=8&sslmode=require"), {
      type: "postgres",
      url: "postgres://nf:secret@db.internal:5433/news?sslmode=require",
      schema: "press",
      poolSize: 8,
      readonly: undefined,
    });
    assert.equal(storeConfigFromLocation("postgresql://db/news", { readonly: true }).type, "postgres");
    assert.equal(storeConfigFromLocation("news.db").type, "sqlite");
  });

  it("refuses a pool size that is not a positive integer", () => {
    assert.throws(() => storeConfigFromLocation("postgres://db/news?pool_size=0"), /pool_size/);
  });

  it("refuses a schema name it would have to quote, before connecting", async () => {
    await assertRefused({ type: "postgres", url: "postgres://127.0.0.1:1/x", schema: 'Bad"Name' }, "store.config");
  });

  it("says the server is unreachable, without the password", async () => {
    const error = await assertRefused({ type: "postgres", url: "postgres://nf:hunter2@127.0.0.1:1/news" }, "store.unreachable");
    assert.doesNotMatch(error.message, /hunter2/);
  });
});

describe("opening a PostgreSQL schema that cannot be used", { skip: SKIP_REASON }, () => {
  const created: string[] = [];
  afterEach(() => dropSchemas(created));

  it("refuses a schema that holds another application's tables, and leaves them untouched", async () => {
    const schema = freshSchemaName();
    created.push(schema);
    await adminQuery(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.customers (id int PRIMARY KEY, name text); INSERT INTO ${schema}.customers VALUES (1, 'Ada')`);
    await assertRefused({ type: "postgres", url: POSTGRES_URL!, schema }, "store.not-newsfold");
    const tables = await adminQuery<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = $1", [schema]);
    assert.deepEqual(tables.map((t) => t.tablename), ["customers"]);
  });

  it("initialises an empty schema someone created for it", async () => {
    const schema = freshSchemaName();
    created.push(schema);
    await adminQuery(`CREATE SCHEMA ${schema}`);
    const store = await openStore({ type: "postgres", url: POSTGRES_URL!, schema });
    assert.equal((await store.counts()).articles, 0);
    await store.close();
  });

  it("says how to start when a read-only command finds no store", async () => {
    const schema = freshSchemaName();
    const error = await assertRefused({ type: "postgres", url: POSTGRES_URL!, schema, readonly: true }, "store.not-found");
    assert.match(error.message, /newsfold ingest/);
    const exists = await adminQuery("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
    assert.equal(exists.length, 0, "a read-only open creates nothing");
  });

  it("refuses a store written by a newer newsfold", async () => {
    const schema = freshSchemaName();
    created.push(schema);
    await (await openStore({ type: "postgres", url: POSTGRES_URL!, schema })).close();
    await adminQuery(`UPDATE ${schema}.newsfold_meta SET value = '999' WHERE key = 'schema_version'`);
    await assertRefused({ type: "postgres", url: POSTGRES_URL!, schema }, "store.too-new");
  });

  it("says the database does not exist", async () => {
    const url = new URL(POSTGRES_URL!);
    url.pathname = "/newsfold_no_such_database";
    await assertRefused({ type: "postgres", url: url.toString() }, "store.not-found");
  });

  it("says the login was refused for an unknown user", async () => {
    const url = new URL(POSTGRES_URL!);
    url.username = "newsfold_no_such_user";
    await assertRefused({ type: "postgres", url: url.toString() }, "store.auth");
  });
});
