import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import { storeContract } from "./store-contract.js";

let path = "";
storeContract(
  "sqlite",
  async () => {
    path = join(mkdtempSync(join(tmpdir(), "newsfold-store-")), "store.db");
    return openStore({ type: "sqlite", path });
  },
  async () => openStore({ type: "sqlite", path }),
);
