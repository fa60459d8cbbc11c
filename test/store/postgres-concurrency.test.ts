import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { NewsfoldError } from "../../src/errors.js";
import { openStore, type Store } from "../../src/store/index.js";
import { POSTGRES_MIGRATIONS } from "../../src/store/postgres/migrations/index.js";
import { adminQuery, dropSchemas, freshSchemaName, POSTGRES_URL, SKIP_REASON } from "../support/postgres.js";
import { newArticle } from "./store-contract.js";

/** Rounds of the doc_key race: each is a fresh chance for the two commits to interleave differently. */
const RACE_ROUNDS = 10;

/** Processes starting at once against an empty schema, as a fleet of workers would. */
const CONCURRENT_OPENS = 6;

const created: string[] = [];
afterEach(() => dropSchemas(created));

const openOn = (schema: string): Promise<Store> => openStore({ type: "postgres", url: POSTGRES_URL!, schema });

/** How long a commit may take to reach the lock it is meant to wait on before the test gives up. */
const LOCK_WAIT_TIMEOUT_MS = 10_000;

/** Resolves once some newsfold connection is waiting on a lock `holder`'s transaction holds. */
async function waitForLockWait(holder: pg.Client): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const { rows } = await holder.query(
      "SELECT 1 FROM pg_stat_activity WHERE application_name = 'newsfold' AND pg_backend_pid() = ANY(pg_blocking_pids(pid))",
    );
    if (rows.length > 0) return;
    await sleep(20);
  }
  throw new Error("the commit never waited on the held document");
}

describe("PostgreSQL with several writers", { skip: SKIP_REASON }, () => {
  it("stores a document once when two stores commit the same doc_key at the same time", async () => {
    const schema = freshSchemaName();
    created.push(schema);
    const [first, second] = [await openOn(schema), await openOn(schema)];
    try {
      for (let round = 0; round < RACE_ROUNDS; round++) {
        const batch = (offset: number) => ({
          articles: [1, 2, 3].map((k) => ({ ...newArticle(k, `round ${round} text ${k} from writer ${offset}`), docKey: `race-${round}-${k}` })),
          groupChanges: [],
        });
        const results = await Promise.allSettled([first.commitBatch(batch(1)), second.commitBatch(batch(2))]);
        const won = results.filter((r) => r.status === "fulfilled");
        assert.equal(won.length, 1, `round ${round}: exactly one batch is stored`);
        const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
        assert.ok(lost.reason instanceof NewsfoldError, `round ${round}: the other fails with a NewsfoldError, not ${String(lost.reason)}`);
        assert.ok(["store.duplicate", "store.conflict"].includes(lost.reason.code), `round ${round}: code ${lost.reason.code}`);
        if (lost.reason.code === "store.duplicate") {
          assert.deepEqual([...(lost.reason.details.docKeys as string[])].sort(), [`race-${round}-1`, `race-${round}-2`, `race-${round}-3`]);
        }
      }
      const counts = await first.counts();
      assert.equal(counts.articles, RACE_ROUNDS * 3, "every document stored once, nothing of a losing batch left behind");
      const rows = await adminQuery<{ n: number }>(`SELECT count(DISTINCT doc_key)::int AS n FROM ${schema}.articles`);
      assert.equal(rows[0].n, RACE_ROUNDS * 3);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("makes a batch wait on another writer's uncommitted document, then refuses it if that writer commits", async () => {
    const schema = freshSchemaName();
    created.push(schema);
    const store = await openOn(schema);
    const other = new pg.Client({ connectionString: POSTGRES_URL });
    await other.connect();
    try {
      for (const outcome of ["COMMIT", "ROLLBACK"] as const) {
        const key = `held-${outcome}`;
        await other.query("BEGIN");
        await other.query(
          `INSERT INTO ${schema}.articles (doc_key, exact_hash, text, lang, lang_confidence, provenance, encoding, bytes, length,
             removed, signature, containment_samples, search_config, search, ingested_at)
           VALUES ($1, 'h', 'held', 'en', 1, '{}', '{}', 4, 4, '[]', '\\x00', '\\x00', 'simple', ''::tsvector, now())`,
          [key],
        );
        const commit = store.commitBatch({ articles: [{ ...newArticle(1, "the same document"), docKey: key }], groupChanges: [] });
        const settled = commit.then(
          () => "stored",
          (error: unknown) => (error instanceof NewsfoldError ? error.code : String(error)),
        );
        await waitForLockWait(other);
        await other.query(outcome);
        assert.equal(await settled, outcome === "COMMIT" ? "store.duplicate" : "stored");
        const stored = await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.articles WHERE doc_key = $1`, [key]);
        assert.equal(stored[0].n, 1, `${outcome}: the document is stored once`);
      }
    } finally {
      await other.end();
      await store.close();
    }
  });

  it("reports a key stored twice within one batch and stores nothing of it", async () => {
    const schema = freshSchemaName();
    created.push(schema);
    const store = await openOn(schema);
    try {
      await assert.rejects(
        store.commitBatch({ articles: [newArticle(1, "one"), newArticle(1, "one again")], groupChanges: [] }),
        (error: unknown) => error instanceof NewsfoldError && error.code === "store.duplicate",
      );
      assert.equal((await store.counts()).articles, 0);
    } finally {
      await store.close();
    }
  });

  it("applies each migration once when many processes open an empty schema at once", async () => {
    const schema = freshSchemaName();
    created.push(schema);
    const stores = await Promise.all(Array.from({ length: CONCURRENT_OPENS }, () => openOn(schema)));
    try {
      const meta = await adminQuery<{ key: string; value: string }>(`SELECT key, value FROM ${schema}.newsfold_meta ORDER BY key`);
      assert.deepEqual(meta, [
        { key: "app", value: "newsfold" },
        { key: "schema_version", value: String(POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1].version) },
      ]);
      await stores[0].commitBatch({ articles: [newArticle(1, "written by one")], groupChanges: [] });
      assert.equal((await stores[CONCURRENT_OPENS - 1].getArticle(1))?.text, "written by one", "every process sees one store");
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
