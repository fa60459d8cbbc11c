import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sourceSlicer } from "../../src/clean/html-source.js";
import { buildHtmlTree, type HtmlTree } from "../../src/clean/html-tree.js";
import { createCleaner } from "../../src/clean/index.js";
import { decodeDeferred, deferredDocument, htmlPieces } from "../../src/read/deferred.js";
import type { RawDocument } from "../../src/types.js";

/**
 * A page decoded in pieces (read/deferred.ts) must read exactly as the page decoded whole: same tree, same text,
 * wherever the pieces' ends fall (inside a tag name, an attribute value, an entity, a comment, a title, a character).
 */

let seed = 11;
const next = (n: number): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed % n;
};

/** The page cut at `cuts` random places. */
function cut(page: string, cuts: number): string[] {
  const at = [...new Set(Array.from({ length: cuts }, () => next(page.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const k of [...at, page.length]) {
    if (k > from) pieces.push(page.slice(from, k));
    from = k;
  }
  return pieces;
}

/** Everything a tree holds, parents as element numbers. */
function described(tree: HtmlTree): string {
  const { root: _root, elements, metas, ...rest } = tree;
  const elementRows = elements.map((e) => ({ ...e, parent: e.parent?.order ?? null, children: e.children.map((c) => (typeof c === "string" ? c : `#${c.order}`)) }));
  return JSON.stringify({ ...rest, metas: [...metas], elements: elementRows });
}

const PAGES = [
  `<html><head><title>A &amp; B &lt; C</title><meta property="og:title" content="Caf&eacute; &quot;x&quot;">
   <script type="application/ld+json">{"@type":"NewsArticle","headline":"H < 1"}</script></head>
   <body><!-- a comment -- here --><div class="article-body" id=main data-x='q&apos;s'><h1>Titre été</h1>
   <p>Tom &amp; Jerry &lt;3 caf&eacute; &#x41;&#66; &notit; a < b and emoji 😀 end.</p><textarea><b>raw</b></textarea>
   <p style="display:none">hidden text</p><time datetime="2021-09-17T15:56:00Z">17 septembre</time></div></body></html>`,
  "<p>ends inside an entity &am",
  "<div class=\"unclosed",
];

describe("an HTML page read in pieces", () => {
  it("slices any range of the page from its pieces", () => {
    const page = "0123456789abcdefghijklmnopqrstuvwxyzéà😀<>&";
    for (let round = 0; round < 200; round++) {
      const slice = sourceSlicer(cut(page, 1 + next(8)));
      for (let k = 0; k < 20; k++) {
        const a = next(page.length + 1);
        const b = a + next(page.length + 1 - a);
        assert.equal(slice(a, b), page.slice(a, b));
        // Negative and reversed ranges as String#slice reads them (htmlparser2 emits a range from -1 on some pages).
        assert.equal(slice(a - page.length - 1, b), page.slice(a - page.length - 1, b));
        assert.equal(slice(b, a), page.slice(b, a));
      }
    }
  });

  it("builds the tree the whole page builds, wherever the pieces end", () => {
    const random = Array.from({ length: 300 }, () => {
      const bits = ["<", ">", "&", "&amp;", "&#x41;", "&lt", '"', "'", "=", "/", "-", "!", " ", "a", "é", "😀", "<title>", "</title>", "<!--", "-->", "<p class=", "<a href='", "</p>", "<br/>", "<div hidden>", "</div>", "<meta name=description content=", "text "];
      return Array.from({ length: 5 + next(60) }, () => bits[next(bits.length)]).join("");
    });
    for (const page of [...PAGES, ...random]) {
      const whole = described(buildHtmlTree(page));
      for (let round = 0; round < 5; round++) assert.equal(described(buildHtmlTree(cut(page, 1 + next(12)))), whole, JSON.stringify(page.slice(0, 200)));
      assert.equal(described(buildHtmlTree(cut(page, 1 + next(12)), { keepHidden: true })), described(buildHtmlTree(page, { keepHidden: true })));
    }
  });

  it("decodes a page in pieces to the same content and text, a character cut by a piece's end included", () => {
    // 16 KiB is the piece size: "é" (two bytes) and "😀" (four) straddle piece ends, and a script body is cut first.
    const filler = "x".repeat(16 * 1024 - 1);
    const html = `<html><head><script>var a = "<p>not text</p>";</script></head><body><p>${filler}é ${filler.slice(2)}😀 and</p><p>${"mot ".repeat(9000)}</p></body></html>`;
    const bytes = new TextEncoder().encode(html);
    const fields = { provenance: { file: "page.html", format: "html" }, kind: "html", meta: {}, encoding: { name: "utf-8", repaired: false }, bytes: bytes.length } as Omit<RawDocument, "content">;
    const whole = decodeDeferred("html", bytes);
    const doc = deferredDocument(fields, bytes);
    const pieces = htmlPieces(doc)!;
    assert.ok(pieces.length > 3, "the page came in several pieces");
    assert.ok(pieces.every((p) => p.length <= 16 * 1024));
    assert.equal(pieces.join(""), whole.content);
    assert.equal(doc.elidedChars, whole.elidedChars);
    assert.equal(doc.content, whole.content, "content asked for afterwards is the pieces joined");
    const cleaner = createCleaner({});
    const read = cleaner.clean(deferredDocument(fields, bytes));
    assert.deepEqual(read, cleaner.clean({ ...fields, ...whole } as RawDocument));
    assert.ok(read.text.includes(`é ${filler.slice(2)}😀 and`));
  });
});
