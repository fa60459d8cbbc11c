import { NewsfoldError } from "../errors.js";
import type { Signature } from "../types.js";
import { assertSameParams, resolveMinHashParams } from "./params.js";

/** First bytes of a serialized signature: "NFMH". */
const MAGIC = 0x484d464e;
/** Layout version of the byte form (independent of MinHashParams.version, which versions the values). */
export const SIGNATURE_FORMAT_VERSION = 1;
/** magic u32, format u8, scheme u8, reserved u16, numPerm, seed, shingleSize, version, shingleCount (u32 each). */
const HEADER_BYTES = 28;

/** Share of equal slots: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: Signature, b: Signature): number {
  assertSameParams("estimateJaccard", a.params, b.params);
  const x = a.values;
  const y = b.values;
  let equal = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === y[i]) equal++;
  return equal / x.length;
}

/** Versioned little-endian bytes, for the store. */
export function serializeSignature(signature: Signature): Uint8Array {
  const { params, values } = signature;
  const bytes = new Uint8Array(HEADER_BYTES + values.length * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint8(4, SIGNATURE_FORMAT_VERSION);
  view.setUint8(5, params.scheme === "kperm" ? 0 : 1);
  view.setUint32(8, params.numPerm, true);
  view.setUint32(12, params.seed, true);
  view.setUint32(16, params.shingleSize, true);
  view.setUint32(20, params.version, true);
  view.setUint32(24, signature.shingleCount, true);
  for (let i = 0; i < values.length; i++) view.setUint32(HEADER_BYTES + i * 4, values[i], true);
  return bytes;
}

export function deserializeSignature(bytes: Uint8Array): Signature {
  if (bytes.byteLength < HEADER_BYTES) throw corrupt(`only ${bytes.byteLength} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw corrupt("missing NFMH magic");
  const format = view.getUint8(4);
  if (format !== SIGNATURE_FORMAT_VERSION) throw corrupt(`format version ${format}, this build reads ${SIGNATURE_FORMAT_VERSION}`);
  const numPerm = view.getUint32(8, true);
  if (bytes.byteLength !== HEADER_BYTES + numPerm * 4) throw corrupt(`length ${bytes.byteLength} does not fit numPerm ${numPerm}`);
  const params = resolveMinHashParams({
    scheme: view.getUint8(5) === 0 ? "kperm" : "oph",
    numPerm,
    seed: view.getUint32(12, true),
    shingleSize: view.getUint32(16, true),
    version: view.getUint32(20, true),
  });
  return { params, values: littleEndianUint32s(bytes, HEADER_BYTES, numPerm), shingleCount: view.getUint32(24, true) };
}

/** Whether this machine stores a Uint32Array's values little-endian, as the stored bytes are. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * `count` little-endian u32 from `bytes[offset…]` as an aligned array. On a little-endian machine, a view of
 * `bytes` when they are a buffer of their own (a SQLite blob is), else a copy of the bytes: reading each
 * value through a DataView, or copying each blob, cost a copy index load a seventh of its time.
 */
export function littleEndianUint32s(bytes: Uint8Array, offset: number, count: number): Uint32Array {
  const start = bytes.byteOffset + offset;
  if (LITTLE_ENDIAN) {
    const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength;
    return own && start % 4 === 0 ? new Uint32Array(bytes.buffer, start, count) : new Uint32Array(bytes.buffer.slice(start, start + count * 4));
  }
  const view = new DataView(bytes.buffer, start, count * 4);
  const values = new Uint32Array(count);
  for (let i = 0; i < count; i++) values[i] = view.getUint32(i * 4, true);
  return values;
}

function corrupt(reason: string): NewsfoldError {
  return new NewsfoldError("fingerprint.signature.corrupt", `deserializeSignature: not a newsfold signature (${reason}); recompute it with createMinHasher().signatureOfText(text).`, { details: { reason } });
}
