import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { exampleApi, getJson, type TestApi } from "./helpers.js";

/** Values every route accepts for the parameters a case does not test. */
const VALID: Record<string, string> = { id: "1", a: "1", b: "2" };
/** Values that some parameter refuses: not a number or code, and longer than any text parameter takes. */
const REFUSED = ["!x", "x".repeat(600)];
/** zod's own wording, which a client should never have to decode. */
const RAW_SCHEMA = /Invalid input|Invalid option|expected (string|number)|received undefined|Too (big|small)/;

interface Param {
  name: string;
  in: "query" | "path";
  required?: boolean;
}

describe("API validation messages", () => {
  let api: TestApi;
  before(async () => {
    api = await exampleApi();
  });
  after(() => api.close());

  const url = (template: string, values: Record<string, string>) => {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? (template.startsWith("/api/entities/") ? "place:KZ" : VALID[name])));
    const query = Object.entries(values).filter(([name]) => !template.includes(`{${name}}`));
    return `${path}${query.length ? `?${query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")}` : ""}`;
  };

  it("names a missing parameter and what it takes", async () => {
    const res = await getJson(api, "/api/compare?a=1");
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, "http.bad-request");
    assert.equal(res.body.error.message, "b: required, an article id (positive integer)");
  });

  it("names the refused parameter, what it takes and what it got, for every parameter of every route", async () => {
    const doc = (await getJson(api, "/api/openapi.json")).body;
    let checked = 0;
    for (const [template, methods] of Object.entries<Record<string, { parameters?: Param[] }>>(doc.paths)) {
      const params = methods.get?.parameters ?? [];
      const required = Object.fromEntries(params.filter((p) => p.in === "query" && p.required).map((p) => [p.name, VALID[p.name]]));
      for (const param of params) {
        const answers = [];
        for (const value of REFUSED) {
          const res = await getJson(api, url(template, { ...required, [param.name]: value }));
          if (res.status !== 400) continue;
          answers.push(res);
          const message: string = res.body.error.message;
          assert.ok(message.startsWith(`${param.name}: takes `), `${template} ${param.name}=${value.slice(0, 10)} → ${message}`);
          assert.match(message, /, got "/);
          assert.doesNotMatch(message, RAW_SCHEMA, message);
        }
        assert.ok(answers.length > 0, `${template}: ${param.name} refuses some value`);
        checked++;
        if (param.in === "query" && param.required) {
          const { [param.name]: _, ...others } = required;
          const res = await getJson(api, url(template, others));
          assert.equal(res.status, 400);
          assert.match(res.body.error.message, new RegExp(`^${param.name}: required, `));
          assert.doesNotMatch(res.body.error.message, RAW_SCHEMA);
        }
      }
    }
    assert.ok(checked >= 30, `checked ${checked} parameters`);
  });

  it("says which parameters a route needs one of", async () => {
    for (const path of ["/api/search", "/api/places"]) {
      const res = await getJson(api, path);
      assert.equal(res.status, 400, path);
      assert.match(res.body.error.message, /^[a-z]+, [a-z]+: /, path);
    }
  });
});
