#!/usr/bin/env node
// `npm test`: node's test runner over every test file (or the files given), then one line that counts what was
// skipped and why, read from a TAP copy of the run. A skip reason starts with what the suite needs
// ("postgres: …", "browser: …"); NEWSFOLD_TEST_REQUIRE=postgres,browser (set by .ci/run) fails the run when a
// suite needing one of those was skipped, so CI cannot pass with them silently off.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** Skips that say nothing about the machine: a name filter the developer chose. */
const NOT_A_SKIP = /test name does not match pattern/;
/** Longest part of a reason shown in the closing line (the spec output above has it whole). */
const REASON_MAX = 90;

function testFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testFiles(path));
    else if (entry.name.endsWith(".test.ts")) found.push(relative(process.cwd(), path));
  }
  return found.sort();
}

/** Skipped tests and suites in a TAP report: `ok 3 - title # SKIP reason`, a suite's YAML saying `type: 'suite'`. */
export function skipsOf(tap) {
  const skips = [];
  const lines = tap.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*ok \d+ - .*? # SKIP\s*(.*)$/.exec(lines[i]);
    if (!m || NOT_A_SKIP.test(m[1])) continue;
    let suite = false;
    for (let j = i + 1; j < lines.length && !/^\s*\.\.\.$/.test(lines[j]) && !/^\s*(not )?ok \d+/.test(lines[j]); j++) {
      if (/^\s*type: 'suite'/.test(lines[j])) suite = true;
    }
    skips.push({ reason: m[1].trim() || "no reason given", suite });
  }
  return skips;
}

/** The closing line: how many suites and tests were skipped, grouped by reason. */
export function skipSummary(skips) {
  if (skips.length === 0) return "skipped: none";
  const byReason = new Map();
  for (const s of skips) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
  const suites = skips.filter((s) => s.suite).length;
  const reasons = [...byReason].map(([reason, n]) => `${n} × ${reason.length > REASON_MAX ? `${reason.slice(0, REASON_MAX - 1)}…` : reason}`);
  return `skipped: ${suites} suite(s) and ${skips.length - suites} test(s) (${reasons.join("; ")})`;
}

/** Skips of suites the run was told it needs: their reason starts with "postgres:" or "browser:" … */
export function requiredSkips(skips, required) {
  return skips.filter((s) => required.some((need) => s.reason.startsWith(`${need}:`)));
}

async function main() {
  const args = process.argv.slice(2);
  const files = args.length > 0 ? args : testFiles("test");
  const dir = mkdtempSync(join(tmpdir(), "newsfold-test-run-"));
  const tapFile = join(dir, "report.tap");
  try {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--test", "--test-reporter=spec", "--test-reporter-destination=stdout", "--test-reporter=tap", `--test-reporter-destination=${tapFile}`, ...files],
      { stdio: "inherit" },
    );
    const code = await new Promise((resolve) => child.on("close", (c, signal) => resolve(c ?? (signal ? 1 : 0))));
    const skips = skipsOf(readFileSync(tapFile, "utf8"));
    console.log(skipSummary(skips));
    const required = (process.env.NEWSFOLD_TEST_REQUIRE ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    const missed = requiredSkips(skips, required);
    if (missed.length > 0) {
      console.log(`npm test: ${missed.length} suite(s) this run requires (NEWSFOLD_TEST_REQUIRE=${required.join(",")}) were skipped`);
      process.exitCode = 1;
    } else process.exitCode = code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
