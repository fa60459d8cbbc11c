import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { utf8Verbatim } from "../../src/read/decode.js";
import { deferredDocument, undecodedUtf8 } from "../../src/read/deferred.js";
import { decodeBytes, readBuffer } from "../../src/read/index.js";
import { mayHoldMojibake, repairMojibake } from "../../src/read/mojibake.js";
import { decodeWindows1252 } from "../../src/read/windows-1252.js";
import { documentKey } from "../../src/pipeline/doc-key.js";
import { createCollectingReporter } from "../../src/report.js";
import type { RawDocument } from "../../src/types.js";

const utf8 = (text: string) => Buffer.from(text, "utf8");
const page = (body: string, head = "") => `<html><head>${head}<title>Доклад</title></head><body><p>${body}</p></body></html>`;

describe("utf8Verbatim: the bytes a page can be keyed on and decoded from elsewhere", () => {
  const inputs: Array<{ title: string; bytes: Uint8Array; truncated?: boolean; verbatim: boolean }> = [
    { title: "plain UTF-8 in several scripts", bytes: utf8(page("Publié à Douchanbé — 杜尚别 · دوشنبه · Душанбе 😀")), verbatim: true },
    { title: "UTF-8 after a BOM", bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(page("Été"))]), verbatim: true },
    { title: "a page declaring UTF-8", bytes: utf8(page("café", '<meta charset="utf-8">')), verbatim: true },
    { title: "a page declaring windows-1252", bytes: Buffer.from(page("caf\u00e9", '<meta charset="windows-1252">'), "latin1"), verbatim: false },
    { title: "UTF-8 bytes declared as ISO-8859-1", bytes: utf8(page("café", '<meta charset="iso-8859-1">')), verbatim: false },
    { title: "an unknown charset (decodeBytes warns)", bytes: utf8(page("café", '<meta charset="x-no-such">')), verbatim: false },
    { title: "bytes that are not UTF-8", bytes: Buffer.from(page("caf\u00e9"), "latin1"), verbatim: false },
    { title: "mojibake to repair", bytes: utf8(page("CafÃ© de l’Ã©tÃ©")), verbatim: false },
    { title: "UTF-16 with its BOM", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page("é"), "utf16le")]), verbatim: false },
    { title: "two BOMs (the decoder drops the second too)", bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), utf8(page("x"))]), verbatim: false },
    { title: "a page cut inside a character", bytes: utf8(page("Douchanbé")).subarray(0, page("Douchanb").length + 1), truncated: true, verbatim: true },
  ];
  for (const input of inputs) {
    it(`${input.verbatim ? "takes" : "leaves to decodeBytes"} ${input.title}`, () => {
      const options = { truncated: input.truncated ?? false };
      const verbatim = utf8Verbatim(input.bytes, options);
      assert.equal(verbatim !== undefined, input.verbatim);
      if (verbatim === undefined) return;
      const decoded = decodeBytes(input.bytes, options);
      assert.equal(Buffer.from(verbatim).toString("utf8"), decoded.text, "the bytes' UTF-8 reading is decodeBytes' text");
      assert.deepEqual(decoded.problems, [], "nothing to report is lost");
      assert.deepEqual(decoded.encoding, { name: "utf-8", repaired: false });
    });
  }

  it("never misses mojibake: every text repairMojibake would change is flagged", () => {
    const originals: string[] = [];
    for (let code = 0x80; code < 0x800; code++) originals.push(`a${String.fromCharCode(code)}b`);
    originals.push("l’été — “quoted” €5 ™ 中国 😀", "naïve façade", "Ärger über Öl");
    let flagged = 0;
    for (const original of originals) {
      const mojibake = decodeWindows1252(utf8(original));
      if (!repairMojibake(mojibake).repaired) continue;
      flagged++;
      assert.ok(mayHoldMojibake(utf8(mojibake)), `flagged: ${JSON.stringify(mojibake)}`);
    }
    assert.ok(flagged > 1000, `checked ${flagged} repairable texts`);
    assert.equal(mayHoldMojibake(utf8("Publié à Douchanbé, naïve façade, Ärger über Öl")), false, "correct accents are not flagged");
  });
});

describe("pages read without decoding on the reading thread", () => {
  it("read as plain UTF-8, they have the same content and document key as decoded ones", async () => {
    const text = page("Tileuberdi a déclaré à Douchanbé — 杜尚别");
    const docs: RawDocument[] = [];
    for await (const doc of readBuffer(utf8(text), "a.html", createCollectingReporter())) docs.push(doc);
    assert.equal(docs.length, 1);
    const [doc] = docs;
    assert.ok(undecodedUtf8(doc) !== undefined, "left undecoded by the reader");
    const eager: RawDocument = { provenance: doc.provenance, kind: "html", content: text, meta: {}, encoding: { name: "utf-8", repaired: false }, bytes: doc.bytes };
    assert.equal(documentKey(doc), documentKey(eager), "keyed on its bytes as on its decoded text");
    assert.equal(undecodedUtf8(doc) !== undefined, true, "keying did not decode it");
    assert.equal(doc.content, text);
    assert.equal(undecodedUtf8(doc), undefined, "decoded once read");
    assert.deepEqual(Object.keys(doc), Object.keys(eager), "an ordinary document to everyone else");
  });

  it("a page that is only whitespace is still reported empty", async () => {
    const reporter = createCollectingReporter();
    const docs: RawDocument[] = [];
    for await (const doc of readBuffer(utf8(" \n\u00a0\u2003\n"), "blank.html", reporter)) docs.push(doc);
    assert.equal(docs.length, 0);
    assert.deepEqual([...reporter.countsByCode().keys()], ["read.empty"]);
  });

  it("content can be set like any document's", () => {
    const doc = deferredDocument({ provenance: { file: "x.html", format: "html" }, kind: "html", meta: {}, encoding: { name: "utf-8", repaired: false }, bytes: 3 }, utf8("abc"));
    doc.content = "replaced";
    assert.equal(doc.content, "replaced");
    assert.equal(undecodedUtf8(doc), undefined);
  });
});
