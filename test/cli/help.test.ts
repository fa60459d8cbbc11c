import assert from "node:assert/strict";
import { it } from "node:test";
import { cli } from "../helpers/cli.js";

it("shows an example in the help of every command", async () => {
  const top = await cli(["--help"]);
  assert.equal(top.code, 0);
  // Commander lists each command as "  name [options] …" under "Commands:".
  const names = [...top.stdout.split("Commands:")[1].split("\n\n")[0].matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]).filter((n) => n !== "help");
  assert.ok(names.length >= 15, `commands listed: ${names.join(", ")}`);
  const without: string[] = [];
  for (const name of names) {
    const help = await cli([name, "--help"]);
    assert.equal(help.code, 0, `${name} --help`);
    if (!/Examples?:\n {2}newsfold /.test(help.stdout)) without.push(name);
  }
  assert.deepEqual(without, [], "commands whose --help shows no example");
});
