import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { NewsfoldError } from "../../src/errors.js";
import type { CopyCommitsSince, Store, WorkItemSpec } from "../../src/store/index.js";
import { cli, EXAMPLES, tempDir } from "../helpers/cli.js";
import { newArticle } from "../store/store-contract.js";
import { adminQuery, dropSchemas, freshSchemaName, POSTGRES_URL, SKIP_REASON } from "../support/postgres.js";
import { openSchema, postgresUrlWithSchema } from "./helpers.js";

const created: string[] = [];
after(() => dropSchemas(created));

const item = (path: string, first = 0): WorkItemSpec => ({ path, unit: first === 0 ? "file" : "lines", first, end: null, byteStart: null, byteEnd: null });
const counts = () => ({ read: 1, stored: 1, known: 0, failed: 0 });

async function fresh(): Promise<{ store: Store; schema: string }> {
  const schema = freshSchemaName();
  created.push(schema);
  return { store: await openSchema(POSTGRES_URL!, schema), schema };
}

describe("the work queue", { skip: SKIP_REASON }, () => {
  it("enqueues an item once, and leaves a finished one finished", async () => {
    const { store } = await fresh();
    const queue = store.queue!;
    try {
      assert.deepEqual(await queue.enqueue([item("/a"), item("/b"), item("/b", 11)]), { added: 3, existing: 0 });
      const lease = await queue.claim("w1", 60_000, 5);
      await queue.commitBatch(lease!, { articles: [newArticle(1, "done text")], settle: async () => ({ groupChanges: [] }) }, counts);
      assert.deepEqual(await queue.enqueue([item("/a"), item("/b"), item("/b", 11), item("/c")]), { added: 1, existing: 3 });
      const status = await queue.status({ throughputMinutes: 5 });
      assert.deepEqual(status.items, { queued: 3, leased: 0, done: 1, failed: 0 });
      assert.equal(status.docs.stored, 1);
      assert.equal(status.throughput.docsPerMinute, 1 / 5);
    } finally {
      await store.close();
    }
  });

  it("gives two workers claiming at once two different items", async () => {
    const { store } = await fresh();
    const other = await openSchema(POSTGRES_URL!, created[created.length - 1]);
    try {
      await store.queue!.enqueue([item("/a"), item("/b")]);
      const [x, y] = await Promise.all([store.queue!.claim("w1", 60_000, 5), other.queue!.claim("w2", 60_000, 5)]);
      assert.notEqual(x?.itemId, y?.itemId);
      assert.equal(await store.queue!.claim("w3", 60_000, 5), null, "nothing left to claim");
    } finally {
      await store.close();
      await other.close();
    }
  });

  it("lets another worker take an item whose lease ended, and refuses the first worker's late commit", async () => {
    const { store } = await fresh();
    const queue = store.queue!;
    try {
      await queue.enqueue([item("/a")]);
      const first = await queue.claim("w1", 1_000, 5);
      assert.equal(await queue.claim("w2", 1_000, 5), null, "held while the lease lasts");
      // The lease runs on the server's clock: wait until the server says it ended (no heartbeat came).
      while ((await adminQuery(`SELECT 1 FROM ${created.at(-1)}.work_items WHERE expires_at < now()`)).length === 0) await sleep(50);
      const second = await queue.claim("w2", 60_000, 5);
      assert.equal(second?.itemId, first?.itemId);
      assert.equal(second?.attempt, 2);
      assert.equal(await queue.heartbeat("w1", first, 60_000), false, "the first worker learns it lost the lease");
      await assert.rejects(
        queue.commitBatch(first!, { articles: [newArticle(1, "late")], settle: async () => ({ groupChanges: [] }) }, counts),
        (error: unknown) => error instanceof NewsfoldError && error.code === "queue.lease-lost",
      );
      assert.equal((await store.counts()).articles, 0, "nothing of the late commit was stored");
      await queue.commitBatch(second!, { articles: [newArticle(1, "on time")], settle: async () => ({ groupChanges: [] }) }, counts);
      assert.equal((await store.counts()).articles, 1);
    } finally {
      await store.close();
    }
  });

  it("hands a batch that waited on the write lock the commit made while it waited", { timeout: 60_000 }, async () => {
    const { store, schema } = await fresh();
    const other = await openSchema(POSTGRES_URL!, schema);
    try {
      await store.queue!.enqueue([item("/a"), item("/b")]);
      const first = await store.queue!.claim("w1", 60_000, 5);
      const second = await other.queue!.claim("w2", 60_000, 5);
      let holding!: () => void;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      const firstCommit = store.queue!.commitBatch(
        first!,
        { articles: [newArticle(1, "committed while the other waits")], copySeq: 0, settle: async () => (holding(), await released, { groupChanges: [] }) },
        counts,
      );
      await held;
      let seen: CopyCommitsSince | null = null;
      const secondCommit = other.queue!.commitBatch(
        second!,
        { articles: [newArticle(2, "committed after it")], copySeq: 0, settle: async (_ids, since) => ((seen = since), { groupChanges: [] }) },
        counts,
      );
      // Until the second transaction waits on the lock the first holds: its look at the log must come after that wait.
      const waiting = `SELECT 1 FROM pg_stat_activity WHERE wait_event = 'advisory' AND query LIKE '%${schema}.lock_writes%'`;
      while ((await adminQuery(waiting)).length === 0) await sleep(20);
      release();
      const { ids, seq } = await firstCommit;
      await secondCommit;
      const since = seen as CopyCommitsSince | null;
      assert.equal(since?.through, seq, "the log read under the lock ends at the first batch's row");
      assert.deepEqual(since?.fingerprints.map((f) => f.id), ids, "with the first batch's fingerprints");
    } finally {
      await store.close();
      await other.close();
    }
  });

  it("marks failed an item whose workers keep dying on it", async () => {
    const { store, schema } = await fresh();
    const queue = store.queue!;
    try {
      await queue.enqueue([item("/poison")]);
      for (let attempt = 1; attempt <= 2; attempt++) {
        assert.ok(await queue.claim(`w${attempt}`, 60_000, 2));
        await adminQuery(`UPDATE ${schema}.work_items SET expires_at = now() - interval '1 second'`); // its worker died
      }
      assert.equal(await queue.claim("w3", 60_000, 2), null);
      const status = await queue.status({ throughputMinutes: 5 });
      assert.equal(status.items.failed, 1);
      assert.match(status.failures[0].reason, /lease ended 2 times/);
    } finally {
      await store.close();
    }
  });

  it("shows queue depth and workers in `newsfold status`", async () => {
    const { store, schema } = await fresh();
    try {
      await store.queue!.enqueue([item("/a"), item("/b")]);
      await store.queue!.registerWorker({ id: "host-1-abc", host: "host", pid: 1 }, 60_000);
      await store.queue!.claim("host-1-abc", 60_000, 5);
      const run = await cli(["status", "--db", postgresUrlWithSchema(POSTGRES_URL!, schema)]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /queue: 1 queued · 1 leased · 0 done · 0 failed/);
      assert.match(run.stdout, /workers alive: 1\n {2}host-1-abc {2}host host pid 1 .* item \d+/);
      const json = JSON.parse((await cli(["status", "--json", "--db", postgresUrlWithSchema(POSTGRES_URL!, schema)])).stdout);
      assert.equal(json.queue.workers[0].id, "host-1-abc");
    } finally {
      await store.close();
    }
  });
});

describe("the queue on SQLite", () => {
  it("refuses `ingest --queue` with a usage error that names the fix", async () => {
    const dir = tempDir();
    const run = await cli(["ingest", "--queue", EXAMPLES, "--db", join(dir, "news.db")]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--queue needs a store that workers share.*postgres:\/\//);
  });

  it("`newsfold status` shows counts and says there is no queue", async () => {
    const dir = tempDir();
    assert.equal((await cli(["ingest", EXAMPLES, "--db", join(dir, "news.db"), "--no-stories"])).code, 0);
    const run = await cli(["status", "--db", join(dir, "news.db")]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /2 article\(s\)/);
    assert.match(run.stdout, /^stories: 0 stories, 0 thread\(s\); a fold is pending \(1 commit\(s\) not folded/m);
    assert.match(run.stdout, /no queue/);
  });
});
