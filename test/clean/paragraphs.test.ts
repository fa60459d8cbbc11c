import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clean, splitParagraphs } from "../../src/clean/index.js";
import { rawDocument } from "./text-doc.js";

/** Every paragraph's offsets point at its own characters in the source (whitespace aside). */
function assertOffsets(source: string): void {
  for (const p of splitParagraphs(source)) {
    const span = source.slice(p.start, p.end).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/\s+/g, " ").trim();
    assert.equal(span, p.text, `offsets ${p.start}–${p.end} of ${JSON.stringify(source)}`);
  }
}

describe("text pages split into paragraphs the same way whatever their line ends and spacing", () => {
  const lines = ["Le conseil municipal a voté mardi soir.", "Le maire a défendu un effort nécessaire.", "Les travaux commenceront au printemps."];

  for (const [name, newline] of [["LF", "\n"], ["CRLF", "\r\n"], ["CR", "\r"]] as const) {
    it(`one paragraph per line, and blank lines between, with ${name} line ends`, () => {
      const perLine = splitParagraphs(lines.join(newline));
      const blank = splitParagraphs(lines.join(newline + newline));
      assert.deepEqual(perLine.map((p) => p.text), lines);
      assert.deepEqual(blank.map((p) => p.text), lines);
      assertOffsets(lines.join(newline + " \t" + newline));
    });
  }

  it("collapses no-break, wide and doubled spaces and drops control characters inside a line, leaving tidy lines as written", () => {
    const source = "Tidy line one.\n\nA\u00a0line\u3000with  odd\u2009spaces and a bell\u0007.\n\u0000\nTidy line two.";
    assert.deepEqual(splitParagraphs(source).map((p) => p.text), ["Tidy line one.", "A line with odd spaces and a bell.", "Tidy line two."]);
    assertOffsets(source);
  });

  it("finds a line needing collapse after many tidy ones, and tidy ones after it", () => {
    const tidy = Array.from({ length: 30 }, (_, i) => `Paragraph number ${i} of the page.`);
    const source = [...tidy, "Late  double\tspaced line.", ...tidy].join("\n\n");
    const texts = splitParagraphs(source).map((p) => p.text);
    assert.equal(texts.length, 61);
    assert.equal(texts[30], "Late double spaced line.");
    assert.equal(texts[60], "Paragraph number 29 of the page.");
    assertOffsets(source);
  });

  it("a body captured twice loses its second copy however its spaces were written", () => {
    const body = ["Le conseil municipal a voté mardi soir un budget en hausse de trois pour cent.", "Le maire a défendu un effort nécessaire après deux années difficiles."];
    const page = [...body, "Tous droits réservés", body[0].replace(/ /g, "\u00a0"), body[1].replace(" ", "  ")].join("\n\n");
    const cleaned = clean(rawDocument(page));
    assert.equal(cleaned.text, body.join("\n\n"));
    assert.ok(cleaned.removed.some((span) => span.reason === "repeated-block"));
  });
});

describe("kept text is in Unicode NFC, however the page wrote it", () => {
  it("composes decomposed accents and splits what NFC splits (Bengali য়), in the body and the title", () => {
    const title = "Cafe\u0301 de la Gare";
    const body = ["Le cafe\u0301 a rouvert ses portes mardi apre\u0300s des travaux de re\u0301novation.", "কুষ্টি\u09dfা-১ আসনের সংসদ সদস্য"];
    const cleaned = clean(rawDocument([title, ...body].join("\n\n")));
    assert.equal(cleaned.title, "Café de la Gare");
    assert.equal(cleaned.text, body.map((p) => p.normalize("NFC")).join("\n\n"));
    assert.ok(cleaned.text.includes("café a rouvert ses portes mardi après"));
    assert.ok(cleaned.text.includes("\u09af\u09bc") && !cleaned.text.includes("\u09df"));
  });
});
