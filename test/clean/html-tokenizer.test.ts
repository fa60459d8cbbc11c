import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { Tokenizer } from "htmlparser2";
import { SkippingTokenizer } from "../../src/clean/html-tokenizer.js";
import { decodeHtml } from "../../eval/extraction.js";

/**
 * The skipping tokenizer must be htmlparser2's tokenizer, only faster: every event, with the same
 * offsets, on pages made to hit its edges (entities, quotes, raw text, comments, a page ending
 * mid-token), on random markup, and on the real evaluation pages; and a long run of text must cost
 * a handful of state calls, not one per character.
 */

const CALLBACKS = [
  "ontext", "ontextentity", "onopentagname", "onattribname", "onattribdata", "onattribentity", "onattribend", "onopentagend", "onselfclosingtag",
  "onclosetag", "oncdata", "oncomment", "ondeclaration", "onprocessinginstruction", "onend",
];

function events(make: typeof Tokenizer, html: string): string[] {
  const out: string[] = [];
  const callbacks = Object.fromEntries(CALLBACKS.map((name) => [name, (...args: unknown[]) => out.push(`${name}:${args.join(",")}`)]));
  const tokenizer = new make({ xmlMode: false, decodeEntities: true }, callbacks as never);
  tokenizer.write(html);
  tokenizer.end();
  return out;
}

const assertSameEvents = (html: string): void => assert.deepEqual(events(SkippingTokenizer, html), events(Tokenizer, html), JSON.stringify(html.slice(0, 200)));

const EDGE_PAGES = [
  "<p>Tom &amp; Jerry &lt;3 caf&eacute; &#x41;&#66; &notit; &amp</p>",
  `<a href="/x?a=1&amp;b=2&c" title='it&apos;s "quoted"' data-x=plain&amp;more>link</a>`,
  "<script>if (a < b && c > d) { x = '</scr' + 'ipt>'; }</script ><p>after</p>",
  "<style>a > b { content: '<'; }</STYLE><title>A &amp; B &lt;</title>",
  "<!-- a -- b ---><!----><!--><p>x</p><![CDATA[ raw < ]]><!DOCTYPE html><?xml version='1.0'?>",
  "<textarea><b>not a tag</b></textarea><xmp>&amp;</xmp>",
  "<div class=\"unclosed",
  "text with no tag at all & an ampersand",
  "<p>ends inside an entity &am",
  "<script>never closed < < <",
  "<!-- never closed",
  "<p>emoji 😀 and é before &lt; and after</p>",
];

describe("the skipping HTML tokenizer", () => {
  it("emits htmlparser2's events, offsets included, on pages made to hit its edges", () => {
    for (const page of EDGE_PAGES) assertSameEvents(page);
  });

  it("emits htmlparser2's events on random markup", () => {
    const pieces = ["<", ">", "&", "&amp;", "&#x41;", "&lt", '"', "'", "=", "/", "-", "!", "?", "]", " ", "a", "é", "<script>", "</script>", "<title>", "</title>", "<!--", "-->", "<![CDATA[", "]]>", "<p class=", "<a href='", "</p>", "<br/>", "</SCRIPT"];
    let seed = 7;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let page = "";
      for (let i = 1 + next(25); i > 0; i--) page += pieces[next(pieces.length)];
      assertSameEvents(page);
    }
  });

  it("steps over a long run of text in a few state calls, not one a character", () => {
    const tokenizer = new SkippingTokenizer({ xmlMode: false, decodeEntities: true }, Object.fromEntries(CALLBACKS.map((name) => [name, () => {}])) as never);
    const internals = tokenizer as unknown as { stateText(c: number): void };
    const stateText = internals.stateText;
    let calls = 0;
    internals.stateText = function (this: unknown, c: number) {
      calls++;
      stateText.call(this, c);
    };
    tokenizer.write(`<p>${"word ".repeat(20_000)}</p>`);
    tokenizer.end();
    assert.ok(calls < 10, `${calls} state calls for 100,000 characters of text`);
  });

  const dir = join(dirname(fileURLToPath(import.meta.url)), "../../../shared/data/extraction/trafilatura/eval");
  it("emits htmlparser2's events on the real evaluation pages", { skip: existsSync(dir) ? false : "../shared/data is absent (the trafilatura evaluation pages)" }, () => {
    const files = readdirSync(dir).filter((name) => name.endsWith(".html")).sort();
    // Every tenth page keeps the test quick; the full set was compared when the tokenizer was written.
    for (let i = 0; i < files.length; i += 10) assertSameEvents(decodeHtml(readFileSync(join(dir, files[i]))));
  });
});
