import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { decodeBytes } from "../src/read/decode.js";
import { repairMojibake } from "../src/read/mojibake.js";
import { decodeWindows1252 } from "../src/read/windows-1252.js";
import { LABELLED_EVENTS } from "./multilingual-events.js";

/**
 * Pages written in a legacy charset and declaring none (saved without their HTTP headers, no <meta
 * charset>): does reading give back their text exactly? Two sets, each page encoded here from text we
 * have as Unicode: our multilingual event renderings (eval/multilingual-events.ts) inside a plain page
 * template, in every legacy charset their language was commonly written in; and trafilatura's real
 * pages (../shared/data), their charset declaration taken out, in the legacy charset of their script.
 * The second set also guards the other way: Latin pages in Windows-1252 must stay Windows-1252.
 */
export interface CharsetEvaluation {
  sets: CharsetSet[];
}

export interface CharsetSet {
  name: string;
  /** Per charset: pages, read back exactly, read back exactly by the Windows-1252 fallback (as before detection). */
  byCharset: { charset: string; pages: number; exact: number; exactByFallback: number }[];
  /** What was read wrong ("ja shift_jis → windows-1252"), for reading. */
  misses: string[];
}

/** The charsets each language of the renderings was commonly written in before UTF-8. */
const LEGACY_CHARSETS: Readonly<Record<string, readonly string[]>> = {
  zh: ["gb18030", "big5"], ja: ["shift_jis", "euc-jp"], ko: ["euc-kr"],
  ru: ["windows-1251", "koi8-r"], uk: ["windows-1251"], bg: ["windows-1251"], sr: ["windows-1251"],
  el: ["windows-1253", "iso-8859-7"], ar: ["windows-1256", "iso-8859-6"], fa: ["windows-1256"], ur: ["windows-1256"],
  he: ["windows-1255", "iso-8859-8"], th: ["windows-874"], tr: ["windows-1254", "iso-8859-9"],
  pl: ["windows-1250", "iso-8859-2"], cs: ["windows-1250", "iso-8859-2"], sk: ["windows-1250"], hu: ["windows-1250", "iso-8859-2"],
  ro: ["windows-1250"], hr: ["windows-1250"], sl: ["windows-1250"],
  de: ["windows-1252"], fr: ["windows-1252"], es: ["windows-1252"], it: ["windows-1252"], pt: ["windows-1252"], nl: ["windows-1252"],
  sv: ["windows-1252"], da: ["windows-1252"], nb: ["windows-1252"], fi: ["windows-1252"], id: ["windows-1252"], en: ["windows-1252"],
};

/** A page as a small news site would serve it, with no charset declared anywhere. */
function page(title: string, text: string): string {
  return `<!DOCTYPE html><html><head><title>${title}</title><link rel="stylesheet" href="/css/site.css">` +
    `<script>window.dataLayer = window.dataLayer || [];</script></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>` +
    `<article><h1>${title}</h1><p>${text}</p></article><footer><a href="/about">About</a></footer></body></html>`;
}

/**
 * The legacy charset a real page would have been written in: that of its script when most of its letters
 * are of one non-Latin script; Windows-1252 for Latin pages it holds; Windows-1250 or -1254 for pages
 * with many letters of their languages (Polish, Czech …; Turkish). Undefined for a page mixing scripts
 * no one legacy charset holds (such a page was UTF-8 from the start).
 */
function charsetOfScript(html: string): string | undefined {
  const text = html.replace(/<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<[^<>]*>/gi, " ");
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const letters = count(/\p{L}/gu);
  const scripts: [string, number][] = [
    ["shift_jis", count(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) * (count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0 ? 1 : 0)],
    ["gb18030", count(/\p{Script=Han}/gu)],
    ["euc-kr", count(/[\p{Script=Hangul}\p{Script=Han}]/gu) * (count(/\p{Script=Hangul}/gu) > 0 ? 1 : 0)],
    ["windows-1251", count(/\p{Script=Cyrillic}/gu)],
    ["windows-1253", count(/\p{Script=Greek}/gu)],
    ["windows-1256", count(/\p{Script=Arabic}/gu)],
    ["windows-1255", count(/\p{Script=Hebrew}/gu)],
    ["windows-874", count(/\p{Script=Thai}/gu)],
  ];
  const [best, inScript] = scripts.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (inScript * 2 > letters) return best;
  if (inScript > 0) return undefined;
  if (representable(html, "windows-1252")) return "windows-1252";
  if (count(/[ąćęłńśźżčďěňřšťůžőűĺľŕăâîșşţț]/giu) >= 20) return "windows-1250";
  if (count(/[ğışİ]/gu) >= 20) return "windows-1254";
  return undefined;
}

function representable(text: string, charset: string): boolean {
  return iconv.decode(iconv.encode(text, charset), charset) === text;
}

class Tally {
  readonly rows = new Map<string, { pages: number; exact: number; exactByFallback: number }>();
  readonly misses: string[] = [];

  check(label: string, text: string, charset: string): void {
    const bytes = iconv.encode(text, charset);
    const read = decodeBytes(bytes);
    let row = this.rows.get(charset);
    if (row === undefined) this.rows.set(charset, (row = { pages: 0, exact: 0, exactByFallback: 0 }));
    row.pages++;
    if (read.text === text) row.exact++;
    else this.misses.push(`${label} ${charset} → ${read.encoding.name}`);
    // What reading gave before detection: Windows-1252, then the UTF-8 mojibake repair.
    if (repairMojibake(decodeWindows1252(bytes)).text === text) row.exactByFallback++;
  }

  set(name: string): CharsetSet {
    const byCharset = [...this.rows].map(([charset, r]) => ({ charset, ...r })).sort((a, b) => a.charset.localeCompare(b.charset));
    return { name, byCharset, misses: this.misses };
  }
}

export function evaluateCharsets(options: { dataDir?: string; limit?: number } = {}): CharsetEvaluation {
  const renderings = new Tally();
  for (const ev of LABELLED_EVENTS) {
    for (const r of ev.renderings) {
      const html = page(r.title, r.text);
      for (const charset of LEGACY_CHARSETS[r.lang] ?? []) if (representable(html, charset)) renderings.check(r.lang, html, charset);
    }
  }
  const sets = [renderings.set("event renderings (eval/multilingual-events.ts) in a page template")];
  const dirs = options.dataDir === undefined ? [] : ["eval", "cache"].map((d) => join(options.dataDir as string, "extraction", "trafilatura", d)).filter((d) => existsSync(d));
  if (dirs.length > 0) {
    const real = new Tally();
    const strict = new TextDecoder("utf-8", { fatal: true });
    const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".html")).sort().map((f) => join(dir, f)));
    for (const file of files.slice(0, options.limit ?? files.length)) {
      let html: string;
      try {
        html = strict.decode(readFileSync(file));
      } catch {
        continue; // not UTF-8 already: its own charset is not known here
      }
      if (!/[^\x00-\x7f]/.test(html)) continue; // ASCII reads the same in every charset
      const undeclared = html.replace(/<meta\b[^>]*charset[^>]*>/gi, "").replace(/<\?xml[^>]*\?>/g, "");
      const charset = charsetOfScript(undeclared);
      if (charset !== undefined && representable(undeclared, charset)) real.check(file.split("/").pop() as string, undeclared, charset);
    }
    sets.push(real.set("trafilatura's real pages (../shared/data), re-encoded in the legacy charset of their script"));
  }
  return { sets };
}

export function formatCharsetEvaluation(e: CharsetEvaluation): string {
  const lines = [
    "Pages in a legacy charset that declare none (no HTTP header, no <meta charset>), read back by `decodeBytes`: the charset is detected from the bytes (src/read/charset-detect.ts) where the bytes are not UTF-8. \"by the fallback\" is what reading them as Windows-1252, the behaviour before detection, gets exactly.",
  ];
  for (const set of e.sets) {
    const total = set.byCharset.reduce((t, r) => ({ pages: t.pages + r.pages, exact: t.exact + r.exact, fallback: t.fallback + r.exactByFallback }), { pages: 0, exact: 0, fallback: 0 });
    lines.push(
      "",
      `${set.name}:`,
      "",
      "| charset | pages | read exactly | by the fallback |",
      "| --- | ---: | ---: | ---: |",
      ...set.byCharset.map((r) => `| ${r.charset} | ${r.pages} | ${r.exact} | ${r.exactByFallback} |`),
      `| all | ${total.pages} | ${total.exact} | ${total.fallback} |`,
    );
    if (set.misses.length > 0) lines.push("", `- read wrong: ${set.misses.slice(0, 12).join("; ")}${set.misses.length > 12 ? ` … (${set.misses.length})` : ""}`);
  }
  return lines.join("\n");
}
