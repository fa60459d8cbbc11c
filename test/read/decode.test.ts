import assert from "node:assert/strict";
import { describe, it } from "node:test";
import iconv from "iconv-lite";
import { charsetFromContentType, decodeBytes, repairMojibake, sniffDeclaredCharset } from "../../src/read/index.js";

const utf8 = (text: string) => Buffer.from(text, "utf8");
const latin1 = (text: string) => Buffer.from(text, "latin1");

describe("decodeBytes", () => {
  const cases: Array<{ title: string; bytes: Uint8Array; options?: Parameters<typeof decodeBytes>[1]; text: string; encoding: string; codes?: string[] }> = [
    { title: "reads plain UTF-8", bytes: utf8("Publié à Douchanbé"), text: "Publié à Douchanbé", encoding: "utf-8" },
    { title: "drops a UTF-8 BOM", bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8("Été")]), text: "Été", encoding: "utf-8" },
    { title: "reads UTF-16 LE with its BOM", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kazakh é 中国", "utf16le")]), text: "Kazakh é 中国", encoding: "utf-16le" },
    {
      title: "reads UTF-16 BE with its BOM",
      bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("Chine é", "utf16le").swap16()]),
      text: "Chine é",
      encoding: "utf-16be",
    },
    {
      title: "follows <meta charset=windows-1252> for 0xE9 as é",
      bytes: latin1('<html><head><meta charset="windows-1252"></head><body>caf\u00e9 \u0080</body></html>').map((b, i, a) => (a[i] === 0x80 ? 0x80 : b)),
      text: '<html><head><meta charset="windows-1252"></head><body>café €</body></html>',
      encoding: "windows-1252",
    },
    {
      title: "follows an http-equiv content-type and reads ISO-8859-1 as Windows-1252",
      bytes: latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Tileuberdi a déclaré</p>'),
      text: '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Tileuberdi a déclaré</p>',
      encoding: "windows-1252",
    },
    {
      title: "lets the container's charset win over the page's meta",
      bytes: latin1('<meta charset="utf-8"><p>d\u00e9j\u00e0</p>'),
      options: { declaredCharset: "iso-8859-1" },
      text: '<meta charset="utf-8"><p>déjà</p>',
      encoding: "windows-1252",
    },
    {
      title: "decodes other legacy charsets through iconv-lite",
      bytes: iconv.encode("Москва и Астана", "koi8-r"),
      options: { declaredCharset: "KOI8-R" },
      text: "Москва и Астана",
      encoding: "koi8-r",
    },
    {
      title: "falls back to Windows-1252 on invalid UTF-8, with a warning",
      bytes: latin1("Publi\u00e9 le 17 septembre \u0093Xinhua\u0094"),
      text: "Publié le 17 septembre “Xinhua”",
      encoding: "windows-1252",
      codes: ["read.encoding.fallback"],
    },
    {
      title: "warns about an unknown declared charset and decodes as undeclared",
      bytes: utf8('<meta charset="x-klingon"><p>été</p>'),
      text: '<meta charset="x-klingon"><p>été</p>',
      encoding: "utf-8",
      codes: ["read.encoding.unknown-charset"],
    },
    {
      title: "repairs UTF-8 mojibake and says so",
      bytes: utf8("Les MAE chinois et kazakh sâ€™engagent Ã  renforcer leur coopÃ©ration"),
      text: "Les MAE chinois et kazakh s’engagent à renforcer leur coopération",
      encoding: "utf-8",
      codes: ["read.encoding.mojibake-repaired"],
    },
    {
      title: "reads a page saved as UTF-8 that still declares GB2312 as UTF-8, and says so",
      bytes: utf8('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>新电脑已可利用记忆自学</p>'),
      text: '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>新电脑已可利用记忆自学</p>',
      encoding: "utf-8",
      codes: ["read.encoding.not-as-declared"],
    },
    {
      title: "reads UTF-8 Cyrillic that the container calls Windows-1251 as UTF-8",
      bytes: utf8("<p>Правительство одобрило бюджет</p>"),
      options: { declaredCharset: "windows-1251" },
      text: "<p>Правительство одобрило бюджет</p>",
      encoding: "utf-8",
      codes: ["read.encoding.not-as-declared"],
    },
    {
      title: "still reads real GB2312 bytes as declared",
      bytes: Buffer.concat([Buffer.from('<meta charset="gb2312"><p>'), iconv.encode("新电脑已可利用记忆自学", "gb2312"), Buffer.from("</p>")]),
      text: '<meta charset="gb2312"><p>新电脑已可利用记忆自学</p>',
      encoding: "gb2312",
    },
    {
      title: "drops a character cut in half by truncation instead of falling back",
      bytes: utf8("Douchanbé").subarray(0, utf8("Douchanbé").length - 1),
      options: { truncated: true },
      text: "Douchanb",
      encoding: "utf-8",
    },
  ];

  for (const c of cases) {
    it(c.title, () => {
      const result = decodeBytes(c.bytes, c.options);
      assert.equal(result.text, c.text);
      assert.equal(result.encoding.name, c.encoding);
      assert.deepEqual(result.problems.map((p) => p.code), c.codes ?? []);
      assert.equal(result.encoding.repaired, (c.codes ?? []).includes("read.encoding.mojibake-repaired"));
    });
  }
});

describe("repairMojibake", () => {
  const repaired: Array<[string, string]> = [
    ["cafÃ©", "café"],
    ["lâ€™annÃ©e derniÃ¨re", "l’année dernière"],
    ["â€œSino-kazakhesâ€\u009d", "“Sino-kazakhes”"],
    ["ä¸\u00adå›½", "中国"],
    ["Ã‚Â© Xinhua", "© Xinhua"],
  ];
  for (const [input, expected] of repaired) {
    it(`repairs ${JSON.stringify(input)} to ${JSON.stringify(expected)}`, () => {
      const result = repairMojibake(input);
      assert.equal(result.text, expected);
      assert.equal(result.repaired, true);
    });
  }

  const untouched = ["café", "Douchanbé, la capitale kazakhe", "€100 “quoted”", "中国 和 哈萨克斯坦", "Ã la carte", "ÂGE", "naïve façade", "ÉTÉ À PARIS"];
  for (const input of untouched) {
    it(`leaves correctly decoded ${JSON.stringify(input)} alone`, () => {
      const result = repairMojibake(input);
      assert.equal(result.text, input);
      assert.equal(result.repaired, false);
    });
  }
});

describe("charset declarations", () => {
  it("reads the charset of a Content-Type header", () => {
    assert.equal(charsetFromContentType("text/html; charset=\"ISO-8859-1\""), "ISO-8859-1");
    assert.equal(charsetFromContentType("text/html"), undefined);
    assert.equal(charsetFromContentType(undefined), undefined);
  });

  it("finds a meta charset and an XML encoding in the first bytes", () => {
    assert.equal(sniffDeclaredCharset(utf8("<html><head><meta charset=utf-8>")), "utf-8");
    assert.equal(sniffDeclaredCharset(utf8('<?xml version="1.0" encoding="windows-1251"?><html>')), "windows-1251");
    assert.equal(sniffDeclaredCharset(utf8("<p>no declaration</p>")), undefined);
  });
});

describe("Windows-1252", () => {
  it("maps 0x80–0x9F to the WHATWG table (undefined bytes to their C1 control) and every other byte to itself", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    const { text } = decodeBytes(bytes, { declaredCharset: "windows-1252", repairMojibake: false });
    assert.equal(text.length, 256);
    assert.equal(text.slice(0x80, 0xa0), "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ");
    for (const byte of [0x00, 0x41, 0x7f, 0xa0, 0xe9, 0xff]) assert.equal(text.charCodeAt(byte), byte);
  });
});
