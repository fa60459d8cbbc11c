import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { it } from "node:test";
import { exactHash } from "../../src/fingerprint/exact-hash.js";

/** The key as it is defined (and persisted in stores): SHA-256 of NFKC, lower-cased, `\s` runs as one space, trimmed. */
const defined = (text: string): string =>
  createHash("sha256").update(text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim(), "utf8").digest("hex");

it("gives the key as defined, whatever whitespace, script or broken surrogate the text holds", () => {
  const pieces = [" ", "  ", "\t", "\n", "\r\n", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u200b", "\u2028", "\u2029",
    "\u202f", "\u205f", "\u3000", "\ufeff", "\u0085", "\u180e", "a", "Z", "é", "ß", "ﬁ", "Ａ", "中", "😀", "\ud800", "\udc00", "ا", "x y", "\u00c2\u00a0", "\u00e2\u0080\u0080"];
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const texts = ["", " ", "plain text", " two  spaces\tand\nlines ", "\u3000全角\u3000スペース\u3000"];
  for (let n = 0; n < 3000; n++) texts.push(Array.from({ length: 1 + (next() % 40) }, () => pieces[next() % pieces.length]).join(""));
  texts.push("word ".repeat(20_000)); // longer than the scratch buffer
  for (const text of texts) assert.equal(exactHash(text), defined(text), JSON.stringify(text.slice(0, 80)));
});
