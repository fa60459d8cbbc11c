import { afterEach, describe } from "node:test";
import { openStore } from "../../src/store/index.js";
import { storeContract } from "./store-contract.js";
import { dropSchemas, freshSchemaName, POSTGRES_URL, SKIP_REASON } from "../support/postgres.js";

// The same contract suite as SQLite, against a real server: each test gets a fresh schema, dropped after.
if (SKIP_REASON) {
  describe("Store contract: postgres", { skip: SKIP_REASON }, () => {});
} else {
  const created: string[] = [];
  afterEach(() => dropSchemas(created));
  storeContract(
    "postgres",
    async () => {
      created.push(freshSchemaName());
      return openStore({ type: "postgres", url: POSTGRES_URL!, schema: created[created.length - 1] });
    },
    async () => openStore({ type: "postgres", url: POSTGRES_URL!, schema: created[created.length - 1] }),
  );
}
