import { SIMPLIFIED, TRADITIONAL } from "./han-simplified.js";

/**
 * Traditional Chinese read as simplified, character for character: Taiwan's and Hong Kong's news write 德國, 馬賽, 總統
 * where the tables of names and roles (i18n-iso-countries' Chinese, our role lists) hold 德国, 马赛, 总统, and GeoNames
 * holds some cities in the traditional form alone (加濟安泰普). One character for one keeps every offset.
 */
const SIMPLE_OF = new Map<number, string>();
for (let i = 0; i < TRADITIONAL.length; i++) SIMPLE_OF.set(TRADITIONAL.charCodeAt(i), SIMPLIFIED[i]!);

/** `text` with its traditional characters written simplified; the same string when it has none. */
export function toSimplified(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    const simple = SIMPLE_OF.get(code);
    if (simple === undefined) continue;
    out += text.slice(from, i) + simple;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
