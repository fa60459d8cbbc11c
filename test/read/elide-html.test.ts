import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { join } from "node:path";
import { describe, it } from "node:test";
import { extractHtml } from "../../src/clean/html.js";
import { documentKey } from "../../src/pipeline/doc-key.js";
import { elideScriptAndStyleBodies } from "../../src/read/elide-html.js";
import { readBuffer } from "../../src/read/index.js";
import { createCollectingReporter } from "../../src/report.js";
import type { RawDocument } from "../../src/types.js";

const utf8 = (text: string) => Buffer.from(text, "utf8");
const elided = (html: string) => {
  const result = elideScriptAndStyleBodies(utf8(html));
  return { html: Buffer.from(result.bytes).toString("utf8"), chars: result.elidedChars };
};
const MAX_HTML_CHARS = 5_000_000;
/** What extraction makes of a page read whole, and of the same page read without its script and style bodies. */
function bothWays(bytes: Uint8Array) {
  const whole = extractHtml(Buffer.from(bytes).toString("utf8"), { maxHtmlChars: MAX_HTML_CHARS });
  const cut = elideScriptAndStyleBodies(bytes);
  const fromCut = extractHtml(Buffer.from(cut.bytes).toString("utf8"), { maxHtmlChars: MAX_HTML_CHARS, elidedChars: cut.elidedChars });
  return { whole, fromCut };
}

describe("script and style bodies left out before an HTML page is decoded", () => {
  it("cuts script and style bodies and counts their characters in UTF-16 units", () => {
    const { html, chars } = elided("<head><style>p{color:red}</style><script>var s = 'é😀';</script></head><body><p>Texte</p></body>");
    assert.equal(html, "<head><style></style><script></script></head><body><p>Texte</p></body>");
    assert.equal(chars, "p{color:red}".length + "var s = 'é😀';".length);
  });

  it("keeps JSON-LD, typed as it is or with entities, which metadata reads", () => {
    for (const page of [
      '<script type="application/ld+json">{"datePublished":"2021-09-16"}</script>',
      '<script type="application&#x2F;ld&#x2B;json">{"datePublished":"2021-09-16"}</script>',
      "<SCRIPT TYPE='APPLICATION/LD+JSON'>{}</SCRIPT>",
    ]) assert.deepEqual(elided(page), { html: page, chars: 0 });
  });

  it("ends a body where htmlparser2 does: `</script` then `>` or white space, in any case", () => {
    assert.equal(elided("<script>a</SCRIPT >b").html, "<script></SCRIPT >b");
    assert.equal(elided("<script>a</scripts>b</script>c").html, "<script></script>c");
    assert.equal(elided("<script>a</script/>b</script>c").html, "<script></script>c");
    assert.equal(elided("<style>a<</style>b").html, "<style></style>b");
  });

  it("takes no `<script` for a tag inside a comment, an attribute value, a title or a textarea", () => {
    for (const page of [
      "<!-- <script>x</script> --><p>a</p>",
      '<div data-html="<script>x</script>">a</div>',
      "<div title='a > <style>b</style>'>c</div>",
      "<title>a <script>b</script></title>",
      "<textarea><style>b</style></textarea>",
      "<![CDATA[ <script>x</script> ]]>",
    ]) assert.deepEqual(elided(page), { html: page, chars: 0 }, page);
  });

  it("cuts nothing it cannot close: a self-closing script, an unterminated body, tag or comment", () => {
    for (const page of ["<script/><p>a</p></script>", "<p>a</p><script>var x = 1;", '<script src="a', "<!-- <script>x</script>"]) {
      assert.deepEqual(elided(page), { html: page, chars: 0 }, page);
    }
  });

  it("leaves extraction unchanged: text, metadata and the removed markup's size", () => {
    const page = utf8(
      `<html><head><title>Réunion à Douchanbé</title><style>.nav{display:none}</style>
       <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-09-16T10:00:00Z","author":{"name":"Anne Martin"}}</script>
       <script>window.dataLayer = [{"page":"<p>not text</p>"}];</script></head>
       <body><nav><a href="/">Accueil</a></nav><article><h1>Réunion à Douchanbé</h1>
       <p>${"Les ministres des affaires étrangères se sont réunis jeudi à Douchanbé. ".repeat(6)}</p>
       <script>document.write("<p>écrit</p>")</script><p>${"Ils ont parlé de l’Afghanistan et de la sécurité régionale. ".repeat(5)}</p></article></body></html>`,
    );
    const { whole, fromCut } = bothWays(page);
    assert.deepEqual(fromCut, whole);
    assert.ok(whole.removed.some((r) => r.reason === "markup"), "the markup span is there to compare");
  });

  it("gives a page read from disk the same document key whether its content was read first or not", async () => {
    const page = utf8("<html><head><script>var a = 1;</script></head><body><p>Douchanbé</p></body></html>");
    const read = async (): Promise<RawDocument> => {
      for await (const doc of readBuffer(page, "a.html", createCollectingReporter())) return doc;
      throw new Error("no document");
    };
    const keyedFirst = await read();
    const key = documentKey(keyedFirst);
    const decodedFirst = await read();
    assert.ok(!decodedFirst.content.includes("var a"), "the script body was left out");
    assert.equal(decodedFirst.elidedChars, "var a = 1;".length);
    assert.equal(documentKey(decodedFirst), key);
  });

  const trafilatura = new URL("../../../shared/data/extraction/trafilatura/", import.meta.url).pathname;
  const pages = existsSync(trafilatura)
    ? ["eval", "cache"].flatMap((dir) => readdirSync(join(trafilatura, dir)).filter((f) => f.endsWith(".html")).map((f) => join(trafilatura, dir, f)))
    : [];
  it("leaves extraction unchanged on real pages (every 10th of ../shared's trafilatura set)", { skip: pages.length === 0 && "../shared/data/extraction/trafilatura is absent" }, () => {
    let compared = 0;
    for (const file of pages.filter((_, i) => i % 10 === 0)) {
      const bytes = readFileSync(file);
      if (!isUtf8(bytes)) continue;
      const { whole, fromCut } = bothWays(bytes);
      assert.deepEqual(fromCut, whole, file);
      compared++;
    }
    assert.ok(compared > 50, `compared ${compared} pages`);
  });
});
