import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readabilityLines } from "../../src/clean/html-fallback.js";

const PARAGRAPHS = [
  "The city council voted on Tuesday evening for a budget three percent higher than last year's, driven by new investment in schools and public transport across the northern districts.",
  "The mayor defended the effort as necessary after two difficult years, while the opposition denounced a rise in local taxes that it said would weigh on families and small businesses.",
  "Renovation work on the main library will begin in the spring and last eighteen months, according to the timetable presented at the meeting, with a temporary reading room opening nearby.",
  "Council members also approved a plan to plant two thousand trees along the river banks, a project the environmental association of the city had been requesting for almost a decade.",
];

const page = `<!doctype html><html><head><title>Budget vote</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<div class="wrapper"><div class="content"><h1>Council votes a higher budget</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}
</div></div>
<footer><p>Copyright 2026 The Daily Example. All rights reserved.</p></footer>
</body></html>`;

describe("the Readability.js fallback", () => {
  it("reads the article of a page on a DOM built on first use, without its navigation or footer", () => {
    const { lines } = readabilityLines(page);
    for (const p of PARAGRAPHS) assert.ok(lines.includes(p), `missing paragraph: ${p.slice(0, 40)}…`);
    assert.ok(!lines.some((line) => /Weather|All rights reserved/.test(line)), `chrome kept: ${JSON.stringify(lines)}`);
  });
});
