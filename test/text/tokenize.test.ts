import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeText, shingleHashes, shingleHashesOfText, tokenize } from "../../src/text/index.js";

const JACCARD = (a: Uint32Array, b: Uint32Array) => {
  const sb = new Set(b);
  let inter = 0;
  for (const x of a) if (sb.has(x)) inter++;
  return inter / (a.length + b.length - inter || 1);
};

test("tokenizes Latin text like the reference shingling: lowercase runs of letters and digits", () => {
  const cases: [string, string[]][] = [
    ["Hello, World! l'été 2021_x", ["hello", "world", "l", "été", "2021", "x"]],
    ["ΣΟΦΙΑ Straße — Ünïcødé", ["σοφια", "straße", "ünïcødé"]],
    ["   ", []],
    ["état-major 3.14", ["état", "major", "3", "14"]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(tokenize(text), expected, text);
});

test("segments Chinese, Japanese and Thai runs into words instead of one giant token", () => {
  assert.ok(tokenize("我们今天去北京开会").length >= 4);
  assert.ok(tokenize("東京都に住んでいます").length >= 4);
  assert.ok(tokenize("ภาษาไทยเป็นภาษาที่สวยงาม").length >= 4);
  assert.deepEqual(tokenize("コーヒー"), ["コーヒー"]);
});

test("Chinese and Thai texts of different content do not share their shingles", () => {
  const zhA = "中国外交部长王毅周四在杜尚别会见哈萨克斯坦外交部长，双方讨论了经济合作和地区安全问题。";
  const zhB = "今天上海的天气很好，很多市民去公园散步，孩子们在草地上踢足球，老人们在树下下棋。";
  const thA = "นายกรัฐมนตรีเดินทางไปประชุมที่กรุงเทพมหานครเพื่อหารือเรื่องเศรษฐกิจของประเทศ";
  const thB = "วันนี้อากาศดีมากเด็กๆไปเล่นฟุตบอลที่สวนสาธารณะใกล้บ้านกับเพื่อนๆ";
  assert.ok(JACCARD(shingleHashesOfText(zhA), shingleHashesOfText(zhB)) < 0.1);
  assert.ok(JACCARD(shingleHashesOfText(thA), shingleHashesOfText(thB)) < 0.1);
  assert.ok(shingleHashesOfText(zhA).length > 5);
});

test("the fast text path gives exactly the shingles of tokenize + shingleHashes", () => {
  const texts = ["Hello, World! l'été 2021_x — ΣΟΦΙΑ", "我们今天去北京开会。東京都 abc中文 ภาษาไทย 𠀀𠀁 x𝒜y", "a b", "", "one two three four five six seven"];
  for (const t of texts) assert.deepEqual(shingleHashesOfText(t), shingleHashes(tokenize(t)), t);
});

test("mirrors shingling.py on short documents: 1..k-1 tokens give one shingle, none give none", () => {
  assert.equal(shingleHashesOfText("").length, 0);
  assert.equal(shingleHashesOfText("!!! ---").length, 0);
  assert.equal(shingleHashesOfText("one").length, 1);
  assert.equal(shingleHashesOfText("one two three four").length, 1);
  assert.equal(shingleHashesOfText("a b c d e f").length, 2);
  assert.equal(shingleHashesOfText("a b a b a b a b").length, 2, "distinct shingles only");
});

test("returns sorted distinct hashes that ignore case, punctuation and spacing", () => {
  const s = shingleHashesOfText("The quick brown fox jumps over the lazy dog and the quick brown fox");
  for (let i = 1; i < s.length; i++) assert.ok(s[i - 1] < s[i]);
  assert.deepEqual(shingleHashesOfText("The QUICK, brown fox;  jumps\nover"), shingleHashesOfText("the quick brown fox jumps over"));
});

test("normalizeText folds compatibility forms, case and whitespace", () => {
  assert.equal(normalizeText("  Ｈｅｌｌｏ\u00a0\n World  "), "hello world");
  assert.equal(normalizeText("ﬁn"), "fin");
});

test("rejects a shingle size that is not a positive integer", () => {
  assert.throws(() => shingleHashes(["a"], 0), { code: "text.shingle.size" });
});

test("normalizeText collapses whitespace exactly as /\\s+/ → one space, then trim (the exact hash must not change)", () => {
  const pieces = ["a", "Ünï", " ", "  ", "\t", "\n\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", "\u200b", "x y", "\u0085", "\u180e"];
  let state = 7;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % pieces.length;
  for (let n = 0; n < 2000; n++) {
    let text = "";
    for (let k = 0, len = n % 12; k < len; k++) text += pieces[next()];
    assert.equal(normalizeText(text), text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim(), JSON.stringify(text));
  }
});
