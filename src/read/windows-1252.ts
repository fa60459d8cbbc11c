/**
 * Windows-1252 as the WHATWG Encoding Standard defines it. Written by hand because Node 20's
 * TextDecoder("windows-1252") decodes plain ISO-8859-1 (0x80 → U+0080, not "€"), and iconv-lite maps the five
 * undefined bytes to U+FFFD, which would make mojibake repair lossy.
 */

/** Code points of bytes 0x80–0x9F; the five bytes Windows-1252 leaves undefined map to the C1 control of the same value. */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d,
  0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d,
  0x017e, 0x0178,
];

const BYTE_TO_CODE = new Uint16Array(256);
for (let byte = 0; byte < 256; byte++) {
  BYTE_TO_CODE[byte] = byte >= 0x80 && byte < 0xa0 ? HIGH_CONTROL_RANGE[byte - 0x80] : byte;
}

const CODE_TO_BYTE = new Map<number, number>();
for (let byte = 0; byte < 256; byte++) CODE_TO_BYTE.set(BYTE_TO_CODE[byte], byte);
// C1 controls also encode to their own byte: text decoded as ISO-8859-1 upstream carries them.
for (let byte = 0x80; byte < 0xa0; byte++) if (!CODE_TO_BYTE.has(byte)) CODE_TO_BYTE.set(byte, byte);

/** Characters that stand for bytes 0x80–0xBF in Windows-1252 text: the continuation bytes of UTF-8. */
export const CP1252_CONTINUATION_CHARS = String.fromCharCode(
  ...HIGH_CONTROL_RANGE,
  ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
  ...Array.from({ length: 0x20 }, (_, i) => 0xa0 + i),
);

/** The bytes where Windows-1252 and ISO-8859-1 differ, as ISO-8859-1 decodes them (C1 controls). */
const C1_CONTROLS = /[\u0080-\u009f]/gu;
const fromC1 = (c1: string): string => String.fromCharCode(BYTE_TO_CODE[c1.charCodeAt(0)]);

export function decodeWindows1252(bytes: Uint8Array): string {
  // ISO-8859-1 maps every byte to the code point of its value (Node's latin1, a one-byte copy);
  // only 0x80–0x9F then need Windows-1252's characters.
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(C1_CONTROLS, fromC1);
}

/** Bytes of `text` in Windows-1252, or null when a character has no byte there. */
export function encodeWindows1252(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = CODE_TO_BYTE.get(text.charCodeAt(i));
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}
