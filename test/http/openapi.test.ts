import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { exampleApi, getJson, type TestApi } from "./helpers.js";

interface Parameter {
  name: string;
  in: "query" | "path";
  required?: boolean;
  schema: { type?: string; pattern?: string; enum?: string[]; maxLength?: number; anyOf?: { pattern?: string; maxLength?: number }[] };
}

/** A value the parameter's documented schema refuses, or null when any string is accepted. */
function invalidValue(p: Parameter): string | null {
  const s = p.schema;
  if (s.enum) return "not-one-of-them";
  if (s.pattern) return "1x";
  const max = s.maxLength ?? Math.max(0, ...(s.anyOf ?? []).map((a) => a.maxLength ?? 0));
  return max > 0 ? "y".repeat(max + 1) : null;
}

describe("OpenAPI document", () => {
  let api: TestApi;
  let doc: any;
  before(async () => {
    api = await exampleApi();
    doc = (await getJson(api, "/api/openapi.json")).body;
  });
  after(() => api.close());

  it("is OpenAPI 3.1 and lists every API route the app answers", () => {
    assert.equal(doc.openapi, "3.1.0");
    const documented = new Set(Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`)));
    const served = new Set(
      api.app.routes.filter((r) => r.path.startsWith("/api/") && r.method !== "ALL" && r.path !== "/api/openapi.json" && !r.path.includes("*")).map((r) => `${r.method} ${r.path}`),
    );
    assert.deepEqual([...served].filter((r) => !documented.has(r)), [], "served but not documented");
    for (const route of ["GET /api/health", "GET /api/articles", "GET /api/articles/:id", "GET /api/articles/:id/similar", "GET /api/copies", "GET /api/copies/:id", "GET /api/stories", "GET /api/stories/:id", "GET /api/threads", "GET /api/threads/:id", "GET /api/entities", "GET /api/entities/:id", "GET /api/search", "GET /api/compare", "GET /api/places", "GET /api/map/world", "POST /api/ingest"]) {
      assert.ok(documented.has(route), `${route} documented`);
    }
  });

  it("documents the error shape and the bearer scheme of ingest", () => {
    assert.ok(doc.components.schemas.Error);
    assert.deepEqual(doc.paths["/api/ingest"].post.security, [{ bearer: [] }]);
    assert.ok(doc.paths["/api/ingest"].post.requestBody.content["application/warc"]);
  });

  it("validates each documented parameter: a value its schema refuses gets 400", async () => {
    const valid: Record<string, string> = { id: "1", a: "1", b: "2", story: "1", q: "kazakhstan" };
    let checked = 0;
    for (const [template, ops] of Object.entries<Record<string, { parameters?: Parameter[] }>>(doc.paths)) {
      const params = ops.get?.parameters ?? [];
      for (const param of params) {
        const bad = invalidValue(param);
        if (bad === null) continue;
        const value = (name: string) => (name === param.name ? bad : template.startsWith("/api/entities/") ? "place:KZ" : valid[name]);
        const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(value(name)));
        const query = params.filter((p) => p.in === "query" && (p.name === param.name || valid[p.name] !== undefined)).map((p) => `${p.name}=${encodeURIComponent(value(p.name))}`);
        const url = `${path}?${query.join("&")}`;
        const res = await getJson(api, url);
        assert.equal(res.status, 400, `${url} → ${res.status}`);
        assert.equal(res.body.error.code, "http.bad-request");
        assert.ok(res.body.error.message.includes(param.name), `${url}: the message names ${param.name}: ${res.body.error.message}`);
        checked++;
      }
    }
    assert.ok(checked >= 25, `checked ${checked} parameters`);
  });

  it("keeps page sizes within bounds", async () => {
    for (const limit of ["0", "101", "-1", "1.5"]) assert.equal((await getJson(api, `/api/stories?limit=${limit}`)).status, 400, limit);
    assert.equal((await getJson(api, "/api/stories?limit=100")).status, 200);
    assert.equal((await getJson(api, "/api/stories?limit=1&limit=2")).status, 400, "a repeated parameter is refused");
  });
});
