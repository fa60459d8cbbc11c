import { CP1252_CONTINUATION_CHARS, encodeWindows1252 } from "./windows-1252.js";

/**
 * Repair of UTF-8 mojibake: UTF-8 bytes that were decoded as Windows-1252 somewhere upstream ("Ã©" for "é",
 * "â€™" for "’"), the most common corruption in crawled news. Only runs shaped exactly like a UTF-8 sequence
 * (lead byte, then the right number of continuation bytes, all spelled in Windows-1252) are touched, and a run is
 * replaced only when its bytes decode as strict UTF-8 — so correctly decoded text ("café", "€", Chinese) is
 * never changed, and the repair is unambiguous run by run. Same idea as ftfy (Speer 2019), much smaller.
 */

const escaped = CP1252_CONTINUATION_CHARS.replace(/[\]\\^-]/g, "\\$&");
const CONT = `[${escaped}]`;
/** A UTF-8 sequence spelled in Windows-1252: 2-byte (C2–DF), 3-byte (E0–EF), 4-byte (F0–F4) leads. */
const MOJIBAKE_RUN = new RegExp(
  `(?:[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3})+`,
  "g",
);

/** Mojibake applied twice ("Ã‚Â©") is common enough to undo; more passes than this is noise, not text. */
const MAX_REPAIR_PASSES = 3;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** First bytes of the UTF-8 spelling of each continuation character: where a run's second character can start. */
const CONTINUATION_LEADS = new Set([...CP1252_CONTINUATION_CHARS].map((c) => Buffer.from(c)[0]));
/** MOJIBAKE_RUN's lead characters U+00C2–U+00F4 are, in UTF-8, 0xC3 then 0x82–0xB4. */
const LEAD_FIRST = 0xc3;
const LEAD_SECOND_MIN = 0x82;
const LEAD_SECOND_MAX = 0xb4;

/**
 * Whether the text valid UTF-8 `bytes` spell may hold a run `repairMojibake` would touch: a lead character
 * directly followed by a continuation character. False means it certainly holds none, so a reader can skip
 * decoding on its thread (read/decode.ts `utf8Verbatim`); a scan of the bytes, with memchr between lead bytes.
 */
export function mayHoldMojibake(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = buf.indexOf(LEAD_FIRST); i >= 0 && i + 2 < buf.length; i = buf.indexOf(LEAD_FIRST, i + 1)) {
    const second = buf[i + 1];
    if (second >= LEAD_SECOND_MIN && second <= LEAD_SECOND_MAX && CONTINUATION_LEADS.has(buf[i + 2])) return true;
  }
  return false;
}

export interface MojibakeRepair {
  text: string;
  repaired: boolean;
  /** Number of runs replaced, over all passes. */
  runs: number;
}

/**
 * Characters inside runs that look like UTF-8 spelled in Windows-1252. Counted in characters, not runs, so
 * undoing one layer of double mojibake ("Ã‚Â©" → "Â©") counts as progress.
 */
export function countMojibakeMarkers(text: string): number {
  let count = 0;
  for (const match of text.matchAll(MOJIBAKE_RUN)) count += match[0].length;
  return count;
}

export function repairMojibake(text: string): MojibakeRepair {
  let current = text;
  let runs = 0;
  for (let pass = 0; pass < MAX_REPAIR_PASSES; pass++) {
    // Cheap pre-check: every run starts with a character in U+00C2–U+00F4.
    if (!/[\u00C2-\u00F4]/.test(current)) break;
    let replaced = 0;
    const next = current.replace(MOJIBAKE_RUN, (run) => {
      const bytes = encodeWindows1252(run);
      if (bytes === null) return run;
      try {
        const fixed = strictUtf8.decode(bytes);
        replaced++;
        return fixed;
      } catch {
        return run;
      }
    });
    if (replaced === 0 || countMojibakeMarkers(next) >= countMojibakeMarkers(current)) break;
    runs += replaced;
    // "à" is C3 A0 in UTF-8; once mojibaked, the A0 (no-break space) is often turned into a plain space, leaving
    // "Ã" and two spaces. Only repaired in text proven to hold mojibake, since "Ã " alone may be real.
    current = next.replace(/\u00C3 (?= )/g, () => {
      runs++;
      return "\u00E0";
    });
  }
  return { text: current, repaired: runs > 0, runs };
}
