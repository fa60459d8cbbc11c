import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { tempDir } from "../helpers/cli.js";
import { eventFeed, toJsonl, type FeedArticle } from "../helpers/events-corpus.js";
import { dropSchemas, freshSchemaName, POSTGRES_URL, SKIP_REASON } from "../support/postgres.js";
import { enqueue, foldedOf, openSchema, postgresUrlWithSchema, runWorkersWithKills, shuffle, startWorker } from "./helpers.js";

const ITEM_SIZE = 12;
const BATCH_SIZE = 4;
/** Short enough that a killed worker's item is soon claimed again, long enough for a slow commit on a busy machine. */
const LEASE = "3s";
const ARGS = ["--idle-exit", "--lease", LEASE, "--batch-size", String(BATCH_SIZE), "--max-attempts", "50", "--no-enrich"];

/**
 * Mostly undated events (ties everywhere for commit order to break), and for a third of the articles an
 * identical text at another address under another title, undated too: which of the two is the copy
 * group's canonical (the one the fold reads) must not depend on which was committed first.
 */
function feedWithCopies(): FeedArticle[] {
  const feed = eventFeed({ events: 30, perEvent: 5, datedShare: 0.2, overlap: 0.35, seed: 11 });
  const copies = feed
    .filter((_, i) => i % 3 === 0)
    .map((a) => ({ ...a, url: a.url.replace("news.example", "mirror.example"), title: `${a.title.split(" ").reverse().join(" ")} (mirror)`, date: undefined }));
  return shuffle([...feed, ...copies], 5);
}

const created: string[] = [];
after(() => dropSchemas(created));

describe("stories on PostgreSQL after workers are killed", { skip: SKIP_REASON }, () => {
  it("are the story member sets of one worker alone, for undated articles and identical texts", { timeout: 300_000 }, async () => {
    const feed = feedWithCopies();
    const dir = tempDir();
    const inputs = [join(dir, "one.jsonl"), join(dir, "two.jsonl")];
    writeFileSync(inputs[0], toJsonl(feed.slice(0, feed.length / 2)));
    writeFileSync(inputs[1], toJsonl(feed.slice(feed.length / 2)));

    const queued = async (files: string[]) => {
      const schema = freshSchemaName();
      created.push(schema);
      const setup = await openSchema(POSTGRES_URL!, schema);
      await enqueue(setup, files, ITEM_SIZE);
      await setup.close();
      return schema;
    };
    // One worker process alone, never killed: the reference.
    const alone = await queued(inputs);
    const single = startWorker(postgresUrlWithSchema(POSTGRES_URL!, alone), ARGS);
    assert.equal(await single.exited, 0, single.log());
    const expected = await foldedOf(POSTGRES_URL!, alone);
    assert.equal(expected.urls.length, feed.length);
    assert.ok(expected.stories.length > 1 && expected.stories.length < feed.length / 2, "the feed folds into stories of several articles");

    // Two workers, one of them killed with SIGKILL in the middle (twice), its items redone by the others;
    // the files queued the other way round, so that most articles are committed in another order too.
    const killed = await queued([...inputs].reverse());
    const { kills, codes, logs } = await runWorkersWithKills(killed, ARGS, { workers: 2, rounds: 2, seed: 9 });
    assert.ok(kills >= 1, "a worker was killed mid-item");
    assert.ok(codes.filter((c) => c !== null).every((c) => c === 0), `workers that were not killed exit 0:\n${logs}`);
    const got = await foldedOf(POSTGRES_URL!, killed);
    assert.deepEqual(got.docKeys, { total: feed.length, distinct: feed.length }, "every document stored once");
    assert.deepEqual(got.groups, expected.groups, "the same copy groups");
    assert.deepEqual(got.canonicals, expected.canonicals, "the same canonical article in each group: the one the fold reads");
    assert.deepEqual(got.stories, expected.stories, "the same story member sets");
  });
});
