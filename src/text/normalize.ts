/**
 * Normalization for the exact hash: two texts that differ only in Unicode form, letter case or
 * spacing are the same text. NFKC folds compatibility forms (full-width letters, ligatures);
 * `toLowerCase` after NFKC is the usual approximation of Unicode case folding (it differs only on
 * a handful of characters such as "ß", which we keep as written).
 */
export function normalizeText(text: string): string {
  return collapseWhitespace(text.normalize("NFKC").toLowerCase());
}

/** The characters `\s` matches in a JavaScript regular expression (WhiteSpace and LineTerminator). */
function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `text.replace(/\s+/gu, " ").trim()` without the regular expression, which costs most of the exact
 * hash: runs that already are one space are left in place, so a tidy text is sliced only at its ends.
 */
export function collapseWhitespace(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (!isWhitespace(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isWhitespace(text.charCodeAt(end))) end++;
    if (end !== i + 1 || c !== 0x20) {
      out += `${text.slice(from, i)} `;
      from = end;
    }
    i = end;
  }
  return (from === 0 ? text : out + text.slice(from)).trim();
}
