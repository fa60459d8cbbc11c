import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readHtmlMetadata } from "../../src/clean/html-metadata.js";
import { buildHtmlTree } from "../../src/clean/html-tree.js";

/** The headline a page states, wherever its template puts it (every page here is made up). */

function titleOf(head: string, body: string): string | undefined {
  return readHtmlMetadata(buildHtmlTree(`<html><head>${head}</head><body>${body}</body></html>`)).title;
}

const BODY = "<p>The council approved the plan on Monday after a long debate about the cost of the tram line.</p>";

describe("the title is the visible headline the head's titles agree with", () => {
  it("takes the <h1> over a <title> that adds the site's name", () => {
    assert.equal(titleOf("<title>Council approves tram plan | The Daily Example</title>", `<h1>Council approves tram plan</h1>${BODY}`), "Council approves tram plan");
  });
  it("takes the visible headline with its kicker when the head leaves the kicker out", () => {
    const head = `<meta property="og:title" content="Council approves tram plan">`;
    assert.equal(titleOf(head, `<h1>Transport: council approves tram plan</h1>${BODY}`), "Transport: council approves tram plan");
  });
  it("skips a logo <h1> and finds the headline in an <h2>", () => {
    const head = `<meta property="og:title" content="Council approves tram plan - The Daily Example">`;
    assert.equal(titleOf(head, `<h1>The Daily Example</h1><h2>Most read</h2><h2>Council approves tram plan</h2>${BODY}`), "Council approves tram plan");
  });
  it("takes the headline part of a heading set as kicker and headline in parts of their own", () => {
    const head = `<title>Council approves tram plan</title>`;
    assert.equal(titleOf(head, `<h1><span class="kicker">After a long debate</span><span class="headline">Council approves tram plan</span></h1>${BODY}`), "Council approves tram plan");
  });
  it("strips the site's name from the head's title when no heading agrees", () => {
    const head = `<title>Council approves tram plan – The Daily Example</title><meta property="og:site_name" content="The Daily Example">`;
    assert.equal(titleOf(head, `<h1>Menu</h1>${BODY}`), "Council approves tram plan");
    assert.equal(titleOf(`<title>Council approves tram plan | daily-example.com</title>`, BODY), "Council approves tram plan");
  });
  it("keeps a headline whose own colon or dash is not a site's name", () => {
    assert.equal(titleOf(`<title>Tram plan: council says yes - for now</title>`, BODY), "Tram plan: council says yes - for now");
  });
  it("decodes entities a CMS left encoded in the head's title", () => {
    assert.equal(titleOf(`<meta property="og:title" content="&amp;#8222;Ja&amp;#8220;: Rat stimmt zu">`, BODY), "„Ja“: Rat stimmt zu");
  });
});
