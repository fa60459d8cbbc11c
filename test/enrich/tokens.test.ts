import { test } from "node:test";
import assert from "node:assert/strict";
import { fold } from "../../src/enrich/fold.js";
import { tokenize, type Token } from "../../src/enrich/tokens.js";
import { classAt, LETTER, MARK, NUMBER, UNSPACED } from "../../src/enrich/word-chars.js";

/**
 * The tokenizer as first written, with Unicode-property regular expressions: the specification the
 * hand-written scanner must agree with on every word and flag.
 */
const WORD_RE = /(?:O['’](?=\p{Lu})|(?<=(?<![\p{L}\p{M}\p{N}])\p{Lu}\p{Ll}+ )D['’](?=\p{Lu})|[\p{L}\p{N}])(?:[\p{L}\p{M}\p{N}]|(?<=[גדזחעצץת])['׳’]|(?<=[א-ת])["״](?=[א-ת])|(?<=[\u0400-\u04ff])['’](?=[\u0400-\u04ff])|[-‐‑](?=[\p{L}\p{N}]))*/gu;
const SENTENCE_BREAK_RE = /[.!?:;«»"“”„()[\]\n]|--|[—–] /;
const ABBREVIATIONS = new Set([
  "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "sr", "sra", "srta", "sig", "dott",
  "st", "ste", "gen", "col", "lt", "sen", "rep", "gov", "jr", "hr", "fr", "nr", "no", "vs", "etc", "ing", "mgr",
]);

function specForm(text: string): Pick<Token, "key" | "multiWord" | "cap" | "upper" | "caseless"> {
  const first = text[0] ?? "";
  // A Cyrillic apostrophe and a Hebrew geresh are signs of the word, left out of its key (В'єтнам, ז'נבה); so is the
  // nukta Hindi writes or leaves out under क ख ग ज फ (फ़्रांस, फ्रांस).
  const key = fold(text).replace(/(?<=[\u0400-\u04ff])['’ʼ](?=[\u0400-\u04ff])|(?<=[גדזחעצץת])['׳’]/g, "").replace(/(?<=[\u0915-\u0917\u091c\u092b])\u093c/g, "").replace(/[-‐‑]+/g, " ");
  const multiWord = key.includes(" ");
  if (first !== first.toUpperCase()) return { key, multiWord, cap: false, upper: false, caseless: false };
  const letters = text.replace(/[^\p{L}]/gu, "");
  return {
    key,
    multiWord,
    cap: first !== first.toLowerCase() && first === first.toUpperCase(),
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    caseless: first.toLowerCase() === first.toUpperCase() && /\p{L}/u.test(first),
  };
}

const UNSPACED_LETTER_RE = /^[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Thai}\p{Script_Extensions=Lao}\p{Script_Extensions=Khmer}\p{Script_Extensions=Myanmar}]$/u;

/** Where a word of the regular expression ends first: where a number meets a letter of an unspaced script (marks between them aside). */
function firstCut(text: string): number {
  const kind = (ch: string) => (/\p{N}/u.test(ch) ? "number" : UNSPACED_LETTER_RE.test(ch) && /\p{L}/u.test(ch) ? "unspaced" : "other");
  let previous = "other";
  for (let k = 0; k < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(k)!);
    const now = kind(ch);
    if ((previous === "number" && now === "unspaced") || (previous === "unspaced" && now === "number")) return k;
    if (!/\p{M}/u.test(ch)) previous = now;
    k += ch.length;
  }
  return text.length;
}

/** The regular expression's words, each cut at its first cut; the next word is looked for from there. */
function* specWords(doc: string): Generator<{ text: string; start: number }> {
  const re = new RegExp(WORD_RE.source, "gu");
  for (let m = re.exec(doc); m !== null; m = re.exec(doc)) {
    const cut = firstCut(m[0]);
    yield { text: m[0].slice(0, cut), start: m.index };
    re.lastIndex = m.index + cut;
  }
}

function specTokenize(doc: string): Token[] {
  const out: Token[] = [];
  let prev: Token | null = null;
  for (const { text, start } of specWords(doc)) {
    const gap = doc.slice(prev?.end ?? 0, start);
    let sentStart = prev === null || SENTENCE_BREAK_RE.test(gap);
    if (sentStart && prev !== null && prev.dot && /^\.\s+$/.test(gap) && (ABBREVIATIONS.has(prev.key) || prev.text.length === 1)) sentStart = false;
    const tok: Token = { text, start, end: start + text.length, ...specForm(text), sentStart, dot: doc[start + text.length] === ".", gap };
    out.push(tok);
    prev = tok;
  }
  return out;
}

/** Pieces that exercise every branch: cases, hyphens, geresh, marks, surrogate pairs (letters and not), lone surrogates. */
const PIECES = [
  "a", "Z", "q", "É", "é", "ß", "İ", "ı", "Ⅻ", "²", "7", "0", "-", "‐", "‑", "--", "'", "’", "׳", "ג", "ז", "צ", "ץ", "ת", "ש",
  "\u0301", "\u05b7", "\u093f", "फ", "\u093c", "ड", "中", "ー", "ア", "ก", "\u0e34", "๒", "１", "한", "ش", "Ж", "ж", "Ω", "ω", "\u{20000}", "\u{1D400}", "😀", "\ud800", "\udc00",
  " ", " ", " ", "\u00a0", "\n", ". ", ".", "!", "?", ":", ";", "«", "»", "\"", "“", "”", "„", "(", ")", "[", "]", "— ", "– ", "—", ",",
  "Mr", "mr", "Dr", "St", "No", "USA", "U", "O", "D", "Ab", "Scholz", "Nur-Sultan", "l'", "סנצ'ס", "4GB", "x-Y", "או\"ם", "״", "א",
];

/** A small deterministic generator (xorshift), so a failure reproduces. */
function randomDocs(count: number, seed = 0x9e3779b9): string[] {
  let s = seed >>> 0;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  const docs: string[] = [];
  for (let d = 0; d < count; d++) {
    let doc = "";
    const len = 1 + (next() % 40);
    for (let k = 0; k < len; k++) doc += PIECES[next() % PIECES.length];
    docs.push(doc);
  }
  return docs;
}

test("the scanner finds the words and flags the regular expressions define, on 50,000 random strings", () => {
  for (const doc of randomDocs(50_000)) assert.deepEqual(tokenize(doc), specTokenize(doc), JSON.stringify(doc));
});

test("the scanner agrees with the regular expressions on news sentences", () => {
  const docs = [
    "M. Scholz a rencontré O. Sánchez à Nur-Sultan -- le 3 mars. « Oui », dit-il.",
    "WASHINGTON (Reuters) — U.S. officials met Mr. Biden in St. Louis on 4 March; the USA-EU talks went on.",
    "Conan O'Brien and Sinéad O’Connor met in O'Hare; O'nun evi, d'Artagnan.",
    "D'Alger à Rome, Massimo D'Alema et Luigi D’Alessandro; l'Italie D'Italia.",
    "הקנצלר אולף שולץ אירח את סנצ'ס ואת רג'פ בברלין.",
    "Канцлер Германии Олаф Шольц во вторник принял в Берлине Педро Санчеса.",
    "Прем'єр-міністр Польщі прийняв Хав’єра Мілея; 'Так', сказав він.",
    "德国总理朔尔茨20日在柏林会见西班牙首相桑切斯。",
    "中国地震台网测定，6月1日17时在四川雅安市芦山县发生6.1级地震。東京で3日、ＮＡＴＯ首脳会議。พ.ศ.2567ที่เชียงใหม่",
    "जर्मनी के चांसलर ओलाफ़ शोल्ज़ ने मंगलवार को बर्लिन में बात की।",
  ];
  for (const doc of docs) assert.deepEqual(tokenize(doc), specTokenize(doc));
});

test("the character table holds the Unicode classes of every code point of the BMP", () => {
  const expected = (ch: string) =>
    (/\p{L}/u.test(ch) ? LETTER | (UNSPACED_LETTER_RE.test(ch) ? UNSPACED : 0) : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(classAt(ch, 0), c >= 0xd800 && c <= 0xdfff ? 0 : expected(ch), `U+${c.toString(16)}`);
  }
  for (const cp of [0x20000, 0x1d400, 0x1f600, 0x1d7ce, 0x1e900]) {
    const ch = String.fromCodePoint(cp);
    assert.equal(classAt(ch, 0), expected(ch), `U+${cp.toString(16)}`);
  }
});
