// Test helper: takes the store's writer lock, says "holding" (or the refusal's code) on stdout, and
// keeps the lock until its stdin closes or it is killed.
import { openStore } from "../../src/store/index.js";
import { isNewsfoldError } from "../../src/errors.js";

const path = process.argv[2];
try {
  const store = await openStore({ type: "sqlite", path });
  process.stdout.write("holding\n");
  process.stdin.resume();
  process.stdin.on("end", () => void store.close().then(() => process.exit(0)));
} catch (error) {
  process.stdout.write(`${isNewsfoldError(error) ? error.code : `crash ${(error as Error).stack}`}\n`);
  process.exit(isNewsfoldError(error) ? 3 : 1);
}
