import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import iconv from "iconv-lite";
import { fold, openStore } from "../../src/index.js";
import { decodeBytes } from "../../src/read/decode.js";
import { LABELLED_EVENTS } from "../../eval/multilingual-events.js";
import { tempDir } from "../helpers/cli.js";

/** A page as a small site serves it, declaring no charset. */
const page = (title: string, text: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title><script>var a = 1;</script></head><body><nav><a href="/">Home</a></nav>` +
  `<article><h1>${title}</h1><p>${text}</p></article></body></html>`;

/**
 * A text as a page in a legacy charset wrote it: Persian in Windows-1256 took the Arabic yeh (ي) for the Farsi
 * one it lacks, and a Polish or Czech page wrote a letter its charset lacks without its accent ("Erdogan").
 */
function asWrittenIn(text: string, charset: string): string {
  const persian = charset === "windows-1256" ? text.replaceAll("ی", "ي") : text;
  return persian.replace(/[^\x00-\x7f]/gu, (c) => (iconv.decode(iconv.encode(c, charset), charset) === c ? c : c.normalize("NFD").replace(/\p{M}/gu, "")));
}

/** Each language's renderings, and the legacy charsets it was written in before UTF-8. */
const CHARSETS: [string, string[]][] = [
  ["zh", ["gb18030"]], ["ja", ["shift_jis", "euc-jp"]], ["ko", ["euc-kr"]], ["ru", ["windows-1251", "koi8-r"]], ["uk", ["windows-1251"]],
  ["bg", ["windows-1251"]], ["el", ["windows-1253", "iso-8859-7"]], ["ar", ["windows-1256", "iso-8859-6"]], ["fa", ["windows-1256"]],
  ["he", ["windows-1255"]], ["th", ["windows-874"]], ["tr", ["windows-1254"]], ["pl", ["windows-1250"]], ["cs", ["windows-1250"]],
];

describe("pages in a legacy charset that declare none", () => {
  for (const [lang, charsets] of CHARSETS) {
    for (const charset of charsets) {
      const renderings = LABELLED_EVENTS.flatMap((e) => e.renderings).filter((r) => r.lang === lang);
      it(`reads ${lang} written in ${charset} as written (${renderings.length} pages)`, () => {
        let checked = 0;
        for (const r of renderings) {
          const html = asWrittenIn(page(r.title, r.text), charset);
          const bytes = iconv.encode(html, charset);
          if (iconv.decode(bytes, charset) !== html) continue; // a letter this charset lacks, with no plain form
          const read = decodeBytes(bytes);
          assert.equal(read.text, html, `${lang} ${charset}: ${r.title}`);
          assert.deepEqual(read.problems.map((p) => p.code), ["read.encoding.detected"]);
          assert.match(read.problems[0].reason, /detected from them/);
          checked++;
        }
        assert.ok(checked > 0, `no ${lang} rendering can be written in ${charset}`);
      });
    }
  }

  it("keeps reading Latin pages as Windows-1252, with the fallback warning", () => {
    const latin = LABELLED_EVENTS.flatMap((e) => e.renderings).filter((x) => ["de", "fr", "es", "it", "pt", "nl", "sv"].includes(x.lang));
    let checked = 0;
    for (const r of latin.filter((x) => /[^\x00-\x7f]/.test(x.title + x.text))) {
      const html = page(r.title, r.text);
      const bytes = iconv.encode(html, "windows-1252");
      if (iconv.decode(bytes, "windows-1252") !== html) continue; // "Erdoğan": no Windows-1252 page
      const read = decodeBytes(bytes);
      assert.equal(read.text, html, r.title);
      assert.equal(read.encoding.name, "windows-1252");
      assert.deepEqual(read.problems.map((p) => p.code), ["read.encoding.fallback"]);
      checked++;
    }
    assert.ok(checked >= 8, `${checked} Latin pages checked`);
  });

  it("keeps a UTF-8 page with one character cut in half as UTF-8, not a legacy charset", () => {
    const text = "Kolejne organizacje sprzeciwiają się skandalicznym atakom. Funkcjonariusze udaremnili przemyt 653 tys. paczek papierosów. ".repeat(4);
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from("papieros"), Buffer.from("ó").subarray(0, 1), Buffer.from("... Żółw źle śpi.")]);
    const read = decodeBytes(bytes);
    assert.ok(read.text.startsWith(text), read.text.slice(0, 80));
    assert.match(read.text, /Żółw źle śpi\.$/);
    assert.ok(!read.problems.some((p) => p.code === "read.encoding.detected"));
  });

  it("detects the charset of a page that wrongly declares UTF-8", () => {
    const html = page("东京会谈", "日本首相岸田文雄周四在东京会见了印度总理莫迪，双方同意加强在半导体和清洁能源领域的合作。").replace("<head>", '<head><meta charset="utf-8">');
    const read = decodeBytes(iconv.encode(html, "gb18030"));
    assert.equal(read.text, html);
    assert.equal(read.encoding.name, "gb18030");
  });

  it("stores a Shift_JIS page saved without its headers as Japanese text, through a whole fold", async () => {
    const dir = tempDir();
    const tokyo = LABELLED_EVENTS.flatMap((e) => e.renderings).find((r) => r.lang === "ja" && iconv.decode(iconv.encode(r.text, "shift_jis"), "shift_jis") === r.text);
    assert.ok(tokyo);
    writeFileSync(join(dir, "tokyo.html"), iconv.encode(page(tokyo.title, `${tokyo.text} ${tokyo.text}`), "shift_jis"));
    const path = join(dir, "news.db");
    const { summary, problems } = await fold([join(dir, "tokyo.html")], { store: { type: "sqlite", path } });
    assert.equal(summary.stored, 1);
    assert.deepEqual(problems.filter((p) => p.code.startsWith("read.")).map((p) => p.code), ["read.encoding.detected"]);
    const store = await openStore({ type: "sqlite", path, readonly: true });
    try {
      const [listed] = await store.listArticles({ limit: 1 });
      const article = await store.getArticle(listed.id);
      assert.equal(article?.lang, "ja");
      assert.ok(article?.text.includes(tokyo.text.slice(0, 12)), article?.text);
    } finally {
      await store.close();
    }
  });
});

describe("a short text in Latin letters, in the charset its language is written in", () => {
  it("reads Turkish in Windows-1254, though the text opens with a file signature ('BM') and ş is þ in Windows-1252", () => {
    const text = "BM Genel Sekreteri António Guterres perşembe günü Kiev'e geldi ve Devlet Başkanı Volodimir Zelenskiy ile görüştü.";
    assert.equal(decodeBytes(iconv.encode(text, "windows-1254")).text, text);
  });
  it("keeps Italian in Windows-1252, where a detector on few letters names Windows-1250 (è, ì as č, ě)", () => {
    const text = page("Guterres a Kiev da Zelensky", "Il segretario generale dell'Onu António Guterres è arrivato giovedì a Kiev, dove ha incontrato il presidente Volodymyr Zelensky.");
    const r = decodeBytes(iconv.encode(text, "windows-1252"));
    assert.equal(r.text, text);
    assert.deepEqual(r.problems.map((p) => p.code), ["read.encoding.fallback"]);
  });
});
