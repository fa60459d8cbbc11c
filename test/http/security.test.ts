import assert from "node:assert/strict";
import { readdirSync, statSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { setTimeout as pause } from "node:timers/promises";
import { after, before, describe, it } from "node:test";
import { startServer, type RunningServer } from "../../src/http/server.js";
import { CONTENT_SECURITY_POLICY, tokenMatches } from "../../src/http/security.js";
import { tempDir } from "../helpers/cli.js";
import { exampleApi, exampleStore, getJson, TOKEN, webFolder, type TestApi } from "./helpers.js";

/** What a refused request must leave untouched. */
async function snapshot(api: TestApi): Promise<string> {
  const { body } = await getJson(api, "/api/health");
  const articles = await getJson(api, "/api/articles?limit=100");
  return JSON.stringify([body.counts, articles.body.items]);
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json", ...headers },
  body: JSON.stringify(body),
});
const DOCS = { documents: [{ url: "https://example.org/x", text: "A perfectly fine document about trade talks between two countries." }] };

/** Strings that break naive SQL, FTS, LIKE, path or HTML handling. */
const NASTY = [
  "'; DROP TABLE articles; --",
  '" OR 1=1 --',
  "%' OR '1'='1",
  "place:KZ' OR 1=1 --",
  "NEAR(a b) AND * OR ^",
  "%_%\\",
  "../../../etc/passwd",
  "<script>alert(1)</script>",
  "\u0000",
  "1e3",
  "-1",
  "0x10",
  " 1",
  "1; DELETE FROM stories",
  "x".repeat(5000),
];

describe("API security", () => {
  let api: TestApi;
  before(async () => {
    api = await exampleApi({ token: TOKEN, limits: { jsonBytes: 2_000, uploadBytes: 4_000 } });
  });
  after(() => api.close());

  it("refuses writes without the right bearer token, changing nothing", async () => {
    const before = await snapshot(api);
    for (const headers of <Record<string, string>[]>[{}, { Authorization: "Bearer wrong-token-0123456789" }, { Authorization: `Basic ${TOKEN}` }, { Authorization: `Bearer ${TOKEN}x` }, { Authorization: `Bearer ${TOKEN.slice(0, -1)}` }, { Authorization: "Bearer" }]) {
      const res = await getJson(api, "/api/ingest", json(DOCS, headers));
      assert.equal(res.status, 401, JSON.stringify(headers));
      assert.equal(res.body.error.code, "http.unauthorized");
      assert.match(res.headers.get("WWW-Authenticate") ?? "", /^Bearer/);
    }
    assert.equal(await snapshot(api), before);
  });

  it("compares tokens whatever their length", () => {
    assert.equal(tokenMatches(`Bearer ${TOKEN}`, TOKEN), true);
    assert.equal(tokenMatches(`bearer   ${TOKEN}`, TOKEN), true);
    assert.equal(tokenMatches("Bearer ", TOKEN), false);
    assert.equal(tokenMatches(`Bearer ${"a".repeat(10_000)}`, TOKEN), false);
    assert.equal(tokenMatches(undefined, TOKEN), false);
  });

  it("answers 403 to every write when no token was configured", async () => {
    const readOnly = await exampleApi();
    try {
      const res = await getJson(readOnly, "/api/ingest", json(DOCS, { Authorization: `Bearer ${TOKEN}` }));
      assert.equal(res.status, 403);
      assert.equal(res.body.error.code, "http.writes-disabled");
      assert.equal((await getJson(readOnly, "/api/health")).body.writes, false);
      assert.equal((await getJson(readOnly, "/api/health")).body.counts.articles, 2);
    } finally {
      await readOnly.close();
    }
  });

  it("refuses oversized bodies, declared or streamed, with 413 and nothing stored", async () => {
    const before = await snapshot(api);
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const big = { documents: [{ url: "https://example.org/big", text: "word ".repeat(1_000) }] };
    const declared = await getJson(api, "/api/ingest", json(big, auth));
    assert.equal(declared.status, 413);
    assert.equal(declared.body.error.code, "http.payload-too-large");
    // A chunked upload with no Content-Length: counted as it streams.
    const chunk = new TextEncoder().encode("<p>" + "filler text ".repeat(100) + "</p>\n");
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await getJson(api, "/api/ingest", { method: "POST", headers: { ...auth, "Content-Type": "text/html" }, body, duplex: "half" } as RequestInit);
    assert.equal(streamed.status, 413, JSON.stringify(streamed.body));
    assert.equal(await snapshot(api), before);
  });

  it("writes a raw upload to disk as it arrives, and stores one within the limit", { timeout: 60_000 }, async () => {
    // The server's temporary files go to a folder of this test, to watch the upload land there while it is sent.
    const tmp = tempDir("newsfold-upload-watch-");
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const head = new TextEncoder().encode("<html><body><article><h1>Tram line opens</h1><p>The new tram line opened on Monday. ");
      const tail = new TextEncoder().encode("Riders said the trip into town was twice as fast as by bus, the city said.</p></article></body></html>");
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(head);
          // The rest is sent only once the first part is in the server's temporary file: a server that gathers
          // the body before writing it never gets here (the test then times out).
          await untilUploadHolds(tmp, head.length);
          controller.enqueue(tail);
          controller.close();
        },
      });
      const auth = { Authorization: `Bearer ${TOKEN}` };
      const res = await getJson(api, "/api/ingest", { method: "POST", headers: { ...auth, "Content-Type": "text/html" }, body, duplex: "half" } as RequestInit);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.summary.stored, 1);
      assert.deepEqual(readdirSync(tmp), [], "the temporary file is removed after the ingest");
    } finally {
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
    }
  });

  it("refuses unknown media types, malformed JSON and invalid documents with 4xx", async () => {
    const before = await snapshot(api);
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const cases: [RequestInit, number][] = [
      [{ method: "POST", headers: { ...auth, "Content-Type": "image/png" }, body: "abc" }, 415],
      [{ method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: "{not json" }, 400],
      [json({ documents: [] }, auth), 400],
      [json({ documents: [{ url: "https://example.org/no-text" }] }, auth), 400],
      [json({ documents: DOCS.documents, extra: 1 }, auth), 400],
      [json({ documents: [{ ...DOCS.documents[0], text: 42 }] }, auth), 400],
    ];
    for (const [init, status] of cases) {
      const res = await getJson(api, "/api/ingest", init);
      assert.equal(res.status, status, `${init.body} → ${JSON.stringify(res.body)}`);
      assert.match(res.body.error.code, /^http\./);
    }
    assert.equal(await snapshot(api), before);
  });

  it("runs one ingest at a time: a second one gets 409", async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode("<html><body><p>first half "));
        await held;
        controller.enqueue(new TextEncoder().encode("and the rest of a short page about a meeting.</p></body></html>"));
        controller.close();
      },
    });
    const first = api.app.request("/api/ingest", { method: "POST", headers: { ...auth, "Content-Type": "text/html" }, body, duplex: "half" } as RequestInit);
    const second = await getJson(api, "/api/ingest", json(DOCS, auth));
    assert.equal(second.status, 409);
    assert.equal(second.body.error.code, "http.busy");
    release();
    assert.equal((await first).status, 200);
  });

  it("answers every parameter of every GET route with injection strings cleanly, changing nothing", async () => {
    const before = await snapshot(api);
    const doc = (await getJson(api, "/api/openapi.json")).body;
    const valid: Record<string, string> = { id: "1", a: "1", b: "2", story: "1", q: "kazakhstan" };
    let tried = 0;
    for (const [template, methods] of Object.entries<Record<string, { parameters?: { name: string; in: string }[] }>>(doc.paths)) {
      const get = methods.get;
      if (!get) continue;
      for (const param of get.parameters ?? []) {
        for (const nasty of NASTY) {
          const values = { ...valid, [param.name]: nasty };
          const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(template.startsWith("/api/entities/") && name === "id" && name !== param.name ? "place:KZ" : values[name]));
          const query = (get.parameters ?? []).filter((p) => p.in === "query" && (p.name === param.name || valid[p.name] !== undefined)).map((p) => `${p.name}=${encodeURIComponent(values[p.name])}`);
          const url = `${path}${query.length ? `?${query.join("&")}` : ""}`;
          const res = await getJson(api, url);
          tried++;
          assert.ok([200, 400, 404].includes(res.status), `${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          if (res.status !== 200) assert.match(res.body.error.code, /^http\./, url);
          assert.equal(res.headers.get("Content-Security-Policy"), CONTENT_SECURITY_POLICY);
        }
      }
    }
    assert.ok(tried > 300, `tried ${tried} requests`);
    assert.equal(await snapshot(api), before);
  });

  it("sets the security headers on answers, errors and static files, and no CORS unless configured", async () => {
    for (const path of ["/api/health", "/api/articles/999", "/api/nope", "/", "/app.js"]) {
      const res = await api.app.request(path, { headers: { Origin: "https://evil.example" } });
      assert.equal(res.headers.get("Content-Security-Policy"), CONTENT_SECURITY_POLICY, path);
      assert.equal(res.headers.get("X-Content-Type-Options"), "nosniff", path);
      assert.equal(res.headers.get("Referrer-Policy"), "no-referrer", path);
      assert.equal(res.headers.get("Access-Control-Allow-Origin"), null, path);
    }
    const withCors = await exampleApi({ cors: "https://ui.example" });
    try {
      const res = await withCors.app.request("/api/health", { headers: { Origin: "https://ui.example" } });
      assert.equal(res.headers.get("Access-Control-Allow-Origin"), "https://ui.example");
      const evil = await withCors.app.request("/api/health", { headers: { Origin: "https://evil.example" } });
      assert.notEqual(evil.headers.get("Access-Control-Allow-Origin"), "https://evil.example");
      assert.notEqual(evil.headers.get("Access-Control-Allow-Origin"), "*");
    } finally {
      await withCors.close();
    }
  });
});

describe("static files over a real socket", () => {
  let server: RunningServer;
  before(async () => {
    const { dir, db } = await exampleStore();
    server = await startServer({ store: { type: "sqlite", path: db }, port: 0, webRoot: webFolder(dir), log: () => {} });
  });
  after(() => server.close());

  /** Sends the path exactly as written (fetch would normalise the dots away). */
  function raw(path: string): Promise<{ status: number; type: string; body: string }> {
    const url = new URL(server.url);
    return new Promise((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path, method: "GET" }, (res) => {
        let body = "";
        res.setEncoding("utf8").on("data", (d: string) => (body += d)).on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
      });
      req.on("error", reject).end();
    });
  }

  it("serves the UI with content types, and index.html for client-side routes", async () => {
    const index = await raw("/");
    assert.equal(index.status, 200);
    assert.match(index.type, /^text\/html/);
    assert.match(index.body, /newsfold test ui/);
    assert.match((await raw("/app.js")).type, /^text\/javascript/);
    assert.match((await raw("/pages/story.js")).body, /story = 1/);
    assert.match((await raw("/stories/12")).body, /newsfold test ui/, "an unknown path without extension is a UI route");
    assert.equal((await raw("/missing.js")).status, 404);
  });

  it("never serves a file outside the web folder", async () => {
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E%2Fsecret.txt",
      "/..%2fsecret.txt",
      "/pages/..%2f..%2fsecret.txt",
      "/..%5csecret.txt",
      "/pages/%2e%2e/%2e%2e/secret.txt",
      "//etc/passwd",
      "/%2fetc%2fpasswd",
      "/secret.txt%00.js",
      "/%c0%ae%c0%ae/secret.txt",
      "/C:%5cWindows%5cwin.ini",
      "/....//secret.txt",
    ]) {
      const res = await raw(path);
      assert.doesNotMatch(res.body, /TOP SECRET|root:/, path);
      assert.ok(res.status === 404 || res.status === 400 || (res.status === 200 && /newsfold test ui/.test(res.body)), `${path} → ${res.status}`);
    }
  });
});

/** Resolves once an upload folder under `tmp` holds a file of at least `bytes` bytes. */
async function untilUploadHolds(tmp: string, bytes: number): Promise<void> {
  for (;;) {
    for (const dir of readdirSync(tmp)) {
      for (const file of readdirSync(join(tmp, dir))) if (statSync(join(tmp, dir, file)).size >= bytes) return;
    }
    await pause(5); // polling a folder, not timing: the wait ends when the file is there
  }
}
