import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { createServer } from "../../src/http/server.js";
import { cli, tempDir } from "../helpers/cli.js";
import { TOKEN, exampleApi, getJson } from "./helpers.js";

it("GET /api/articles/:id lists the other paths an identical document was read at", async () => {
  const cwd = tempDir();
  const db = join(cwd, "store.db");
  mkdirSync(join(cwd, "crawl"));
  for (const name of ["a.txt", "b.txt"]) writeFileSync(join(cwd, "crawl", name), "Ministers of five countries met in Astana on Tuesday to share the river's water.");
  assert.equal((await cli(["--db", db, "ingest", join(cwd, "crawl"), "--no-progress", "--no-stories"], { cwd })).code, 0);
  const server = await createServer({ store: { type: "sqlite", path: db }, log: () => {} });
  try {
    const { status, body } = await getJson({ ...server, db, dir: cwd }, "/api/articles/1");
    assert.equal(status, 200);
    assert.equal(body.provenance.file, join(cwd, "crawl", "a.txt"));
    assert.deepEqual(body.otherSources.map((s: { file: string; format: string }) => [s.file, s.format]), [[join(cwd, "crawl", "b.txt"), "text"]]);
    assert.equal(typeof body.otherSources[0].seenAt, "string");
  } finally {
    await server.close();
  }
});

it("an upload is named after its kind, not its temporary file: the same page uploaded again adds no other source", async () => {
  const api = await exampleApi({ token: TOKEN });
  try {
    const html = "<html><head><title>Dam talks</title></head><body><article><h1>Dam talks</h1><p>Ministers of five countries met in Astana on Tuesday to share the river's water between farms and cities.</p></article></body></html>";
    const headers = { Authorization: `Bearer ${TOKEN}`, "Content-Type": "text/html" };
    for (let round = 0; round < 2; round++) {
      const { status } = await getJson(api, "/api/ingest", { method: "POST", headers, body: html });
      assert.equal(status, 200);
    }
    const found = await getJson(api, "/api/search?q=Astana");
    const id = found.body.results?.[0]?.id ?? found.body.items?.[0]?.id;
    assert.ok(typeof id === "number", `the upload is found: ${JSON.stringify(found.body).slice(0, 200)}`);
    const { body } = await getJson(api, `/api/articles/${id}`);
    assert.equal(body.provenance.file, "http-upload.html");
    assert.deepEqual(body.otherSources ?? [], []);
  } finally {
    await api.close();
  }
});
