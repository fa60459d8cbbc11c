import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { it } from "node:test";
import { openStore } from "../../src/store/index.js";
import { REPO_ROOT, tempDir } from "../helpers/cli.js";

const HOLDER = join(REPO_ROOT, "test/support/hold-writer-lock.ts");

/** A process that tries to take the writer lock; resolves with its first answer ("holding" or a refusal code). */
function contender(path: string): { child: ChildProcess; answer: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", HOLDER, path], { cwd: REPO_ROOT, stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  const answer = new Promise<string>((resolve) => {
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve(out.split("\n")[0]);
    });
    child.on("close", () => resolve(out.split("\n")[0] || "no answer"));
  });
  return { child, answer };
}

it("gives the writer lock to exactly one of four racing processes, never crashing one, and frees it when its holder is killed", async () => {
  const path = join(tempDir(), "race.db");
  await (await openStore({ type: "sqlite", path })).close();
  const racers = [0, 1, 2, 3].map(() => contender(path));
  const answers = await Promise.all(racers.map((r) => r.answer));
  assert.equal(answers.filter((a) => a === "holding").length, 1, `exactly one holder: ${answers.join(", ")}`);
  assert.deepEqual(answers.filter((a) => a !== "holding"), ["store.locked", "store.locked", "store.locked"], answers.join(", "));

  // kill -9 leaves no chance to clean up: the kernel drops the lock with the process.
  const holder = racers[answers.indexOf("holding")].child;
  const gone = new Promise((resolve) => holder.on("close", resolve));
  holder.kill("SIGKILL");
  await gone;
  const next = contender(path);
  assert.equal(await next.answer, "holding", "the store is writable again after its writer was killed");
  next.child.stdin?.end();
  await new Promise((resolve) => next.child.on("close", resolve));
});
