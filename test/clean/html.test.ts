import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clean, createCleaner, extractHtml } from "../../src/clean/index.js";
import { isNewsfoldError } from "../../src/errors.js";
import { rawDocument } from "./text-doc.js";

const PARAGRAPH =
  "<p>The regional council approved the new transport plan on Monday after a long debate about the cost of extending the tram line to the northern suburbs and the airport.</p>";

function articlePage(head: string, body = PARAGRAPH.repeat(4)): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body><nav><a href="/">Home</a></nav><article>${body}</article><footer>© 2021 Example</footer></body></html>`;
}

function codes(run: (report: { report(p: { code: string }): void }) => void): string[] {
  const seen: string[] = [];
  run({ report: (p) => seen.push(p.code) });
  return seen;
}

describe("HTML metadata comes from JSON-LD, Open Graph, meta tags and the markup", () => {
  it("reads JSON-LD headline, date, author and publisher", () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [{ "@type": "NewsArticle", headline: "Tram plan approved", datePublished: "2021-03-01T09:15:00Z", author: [{ name: "Ann Lee" }, { name: "Bo Chen" }], publisher: { name: "Metro Daily" } }],
    });
    const article = clean(rawDocument(articlePage(`<script type="application/ld+json">${ld}</script>`), "html"));
    assert.equal(article.title, "Tram plan approved");
    assert.equal(article.author, "Ann Lee, Bo Chen");
    assert.equal(article.site, "Metro Daily");
    assert.deepEqual([article.published?.year, article.published?.month, article.published?.day, article.published?.tzOffsetMinutes], [2021, 3, 1, 0]);
  });

  it("falls back to Open Graph, article:published_time, canonical link and <time datetime>", () => {
    const head = '<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site"><link rel="canonical" href="https://example.org/a">';
    const article = clean(rawDocument(articlePage(head, `<time datetime="2020-12-24">24 Dec</time>${PARAGRAPH.repeat(4)}`), "html"));
    assert.equal(article.title, "OG title");
    assert.equal(article.site, "OG Site");
    assert.equal(article.url, "https://example.org/a");
    assert.equal(article.published?.day, 24);
    assert.equal(article.published?.precision, "day");
  });

  it("uses the <title> when nothing better exists", () => {
    const article = clean(rawDocument(articlePage("<title>Plain title</title>"), "html"));
    assert.equal(article.title, "Plain title");
  });

  it("keeps headings and list items of the article and drops scripts, navigation and footer", () => {
    const body = `<h2>What changes</h2>${PARAGRAPH}<ul><li>Three new stops in the north.</li><li>Trams every six minutes.</li></ul>${PARAGRAPH.repeat(3)}<script>var x = "do not show";</script>`;
    const article = clean(rawDocument(articlePage("", body), "html"));
    assert.ok(article.text.includes("What changes"));
    assert.ok(article.text.includes("Trams every six minutes."));
    assert.ok(!article.text.includes("do not show"));
    assert.ok(!article.text.includes("Home"));
    assert.ok(!article.text.includes("© 2021"));
  });

  it("reads ruby-annotated Japanese and Chinese without the readings printed over the characters", () => {
    const ja = "<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができて、<ruby>親<rt>おや</rt></ruby>が<ruby>子<rt>こ</rt></ruby>どもを<ruby>教育<rt>きょういく</rt></ruby>するために、たたいたり<ruby>蹴<rt>け</rt></ruby>ったりする<ruby>体罰<rt>たいばつ</rt></ruby>を<ruby>禁止<rt>きんし</rt></ruby>することになりました。</p>";
    const zh = "<p><ruby>汉<rt>hàn</rt>字<rt>zì</rt></ruby>的拼音标注在上面，读者看到的正文只有汉字本身，这是中文教材和儿童读物常见的排版方式。</p>";
    const article = clean(rawDocument(articlePage("", ja.repeat(3) + zh.repeat(3)), "html"));
    assert.ok(article.text.includes("子どもへの虐待をなくすための法律ができて、親が子どもを教育するために"), article.text.slice(0, 200));
    assert.ok(article.text.includes("汉字的拼音标注在上面"));
    assert.ok(!/ぎゃくたい|ほうりつ|hàn/.test(article.text));
  });
});

describe("bad HTML is reported, never thrown", () => {
  const inputs: Array<[string, string]> = [
    ["an empty string", ""],
    ["only markup", "<html><head></head><body><div><span></span></div></body></html>"],
    ["binary noise", "\u0000\u0001\u0002<\u0003>\u0004"],
    ["an unclosed comment", "<html><body><!-- never closed <p>text</p>"],
  ];
  for (const [name, html] of inputs) {
    it(`survives ${name} with clean.empty and no exception`, () => {
      const seen = codes((reporter) => clean(rawDocument(html, "html"), {}, reporter));
      assert.ok(seen.includes("clean.empty"), seen.join(","));
    });
  }

  it("reports clean.html.malformed when markup characters parse into no element", () => {
    const seen = codes((reporter) => clean(rawDocument("< p>Not a tag at all, only angle brackets around words.< /p>", "html"), {}, reporter));
    assert.ok(seen.includes("clean.html.malformed"), seen.join(","));
  });

  it("keeps the text of a fragment with unterminated tags and no body", () => {
    const article = clean(rawDocument("<p>An unterminated fragment still says something worth keeping <b><i>here", "html"));
    assert.equal(article.text, "An unterminated fragment still says something worth keeping here");
  });

  it("falls back to visible text when readability finds no article", () => {
    const article = clean(rawDocument("<html><body><div>Short notice: the office is closed on Friday for the holiday.</div></body></html>", "html"));
    assert.equal(article.text, "Short notice: the office is closed on Friday for the holiday.");
  });

  it("survives deep nesting", () => {
    const deep = `${"<div>".repeat(5000)}<p>Deep text of the article that should survive somewhere in the output.</p>${"</div>".repeat(5000)}`;
    assert.doesNotThrow(() => clean(rawDocument(`<html><body>${deep}</body></html>`, "html")));
  });

  it("cuts HTML above maxHtmlChars, logs it as truncated and warns", () => {
    const html = articlePage("", PARAGRAPH.repeat(200));
    const seen: string[] = [];
    const article = createCleaner({ maxHtmlChars: 5000 }).clean(rawDocument(html, "html"), { report: (p) => seen.push(p.code) });
    assert.ok(seen.includes("clean.truncated"));
    assert.equal(article.removed[0]?.reason, "truncated");
    assert.ok(article.removed.every((span) => span.start === undefined));
  });

  it("extractHtml returns lines and metadata without a document wrapper", () => {
    const extraction = extractHtml(articlePage('<meta property="og:title" content="T">'), { maxHtmlChars: 1_000_000 });
    assert.equal(extraction.meta.title, "T");
    assert.equal(extraction.meta.lang, "en");
    assert.ok(extraction.lines.length >= 4);
  });
});

describe("createCleaner validates its options once", () => {
  const bad: Array<[string, object]> = [
    ["a zero size limit", { maxHtmlChars: 0 }],
    ["a negative size limit", { maxTextChars: -1 }],
    ["a fractional size limit", { maxHtmlChars: 1.5 }],
  ];
  for (const [name, options] of bad) {
    it(`throws clean.options.invalid for ${name}`, () => {
      assert.throws(() => createCleaner(options), (error: unknown) => isNewsfoldError(error) && error.code === "clean.options.invalid");
    });
  }
});
