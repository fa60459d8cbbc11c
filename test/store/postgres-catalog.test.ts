import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { openStore } from "../../src/store/index.js";
import { adminQuery, dropSchemas, freshSchemaName, POSTGRES_URL, SKIP_REASON } from "../support/postgres.js";

const created: string[] = [];
after(() => dropSchemas(created));

/** Dictionaries mapped per token type in the server's own text search configurations. */
const catalogMappings = async () =>
  (await adminQuery<{ n: number }>("SELECT count(*)::int AS n FROM pg_ts_config_map m JOIN pg_ts_config c ON c.oid = m.mapcfg WHERE c.cfgnamespace = 'pg_catalog'::regnamespace"))[0].n;

describe("PostgreSQL text search configurations", { skip: SKIP_REASON }, () => {
  it("are copied into the store's schema, never changed in pg_catalog (even by a superuser)", async () => {
    const before = await catalogMappings();
    for (let i = 0; i < 2; i++) {
      created.push(freshSchemaName());
      const store = await openStore({ type: "postgres", url: POSTGRES_URL!, schema: created[created.length - 1] });
      await store.close();
    }
    assert.equal(await catalogMappings(), before);
  });
});
