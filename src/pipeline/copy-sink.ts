import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CopyLink } from "../copies/links.js";
import { sortableDate } from "../dates.js";
import type { ArticleRef, CommitBatch, CopyGroup, CopyState, CopyStore, FingerprintStats, NewArticle, StoredFingerprint } from "../store/index.js";
import type { CopyKind } from "../types.js";

/** Working-file bytes buffered before one write, and read per step of the second pass. */
const SPILL_BUFFER_BYTES = 1 << 20;
const NEWLINE = Buffer.from("\n");

/**
 * One article's line as the sink writes it, from what the engine commits and the id it gets: a string, or
 * pieces written one after the other (UTF-8 bytes prepared in a worker among them, see export-record.ts).
 */
export type RecordOf = (article: NewArticle, id: number, entityName: (id: string, name: string) => string) => string | readonly (string | Uint8Array)[];

/** A kept article's line, and the id it was given, as `writeRecords` hands it out. */
export interface SpilledRecord {
  id: number;
  /** The line's UTF-8 bytes (no newline); valid until the callback returns. */
  bytes: Uint8Array;
}

interface Membership {
  groupId: number;
  kind: CopyKind;
  similarity: number;
}

/**
 * `dedup`'s commit target: what a store would keep of a run's copy graph (per article its rank facts, copy
 * group and links; a few hundred bytes), in memory, and each article's output line in a working file,
 * appended in id order. The engine commits to it as to a store (the CopyStore contract); the keep rule
 * then reads its links, and `writeRecords` makes a second pass over the working file for the output.
 * Groups and links follow the SQLite store's rules (a dissolved group's row goes, its members keep their
 * membership until settled again), so the same run gives the same groups in either.
 */
export class CopySink implements CopyStore {
  /** The output says which texts are copies, not where one quotes another: no passage is placed. */
  readonly keepsPassages = false;
  readonly #dir: string;
  readonly #fd: number;
  readonly #recordOf: RecordOf;
  /** Lines not yet written, encoded straight into one buffer (no Buffer per line, no concatenation). */
  readonly #pending = Buffer.allocUnsafeSlow(SPILL_BUFFER_BYTES);
  #pendingBytes = 0;
  /** Bytes written to the file so far (the pending ones come after). */
  #flushed = 0;
  /** Each article's shingle set, in a second working file: verification reads it back instead of shingling the text again. */
  readonly #shingles: SpillFile;
  readonly #shingleOffsets: number[] = [];
  readonly #shingleCounts: number[] = [];
  // Per article, at index id - 1.
  readonly #offsets: number[] = [];
  readonly #lengths: number[] = [];
  readonly #published: (string | null)[] = [];
  readonly #textLengths: number[] = [];
  readonly #exactHashes: string[] = [];
  readonly #docKeyOf: string[] = [];
  readonly #docKeys = new Map<string, number>();
  readonly #memberships = new Map<number, Membership>();
  readonly #groups = new Map<number, { canonicalId: number; members: Set<number> }>();
  /** Highest group id in use: a new group takes the next one, as SQLite gives a new row (max rowid + 1). */
  #maxGroupId = 0;
  readonly #links = new Map<string, CopyLink>();
  readonly #linksOf = new Map<number, string[]>();
  /** First name given to each entity id, as a store keeps it. */
  readonly #entityNames = new Map<string, string>();

  constructor(recordOf: RecordOf) {
    this.#recordOf = recordOf;
    this.#dir = mkdtempSync(join(tmpdir(), "newsfold-dedup-"));
    this.#fd = openSync(join(this.#dir, "records.jsonl"), "w+");
    this.#shingles = new SpillFile(join(this.#dir, "shingles.u32"));
  }

  /** The working folder, removed by `close` (callers remove it themselves when the process ends first). */
  get directory(): string {
    return this.#dir;
  }

  get size(): number {
    return this.#offsets.length;
  }

  async knownDocKeys(docKeys: readonly string[]): Promise<Map<string, number>> {
    const known = new Map<string, number>();
    for (const key of docKeys) {
      const id = this.#docKeys.get(key);
      if (id !== undefined) known.set(key, id);
    }
    return known;
  }

  async commitBatch(batch: CommitBatch): Promise<number[]> {
    const ids: number[] = [];
    for (const a of batch.articles) {
      const id = this.#offsets.length + 1;
      const [offset, length] = this.#appendLine(this.#recordOf(a, id, (entity, name) => this.#entityName(entity, name)));
      this.#offsets.push(offset);
      this.#lengths.push(length);
      this.#published.push(sortableDate(a.cleaned.published ?? a.cleaned.updated));
      this.#textLengths.push(a.textLength ?? a.cleaned.text.length);
      this.#exactHashes.push(a.exactHash);
      this.#docKeyOf.push(a.docKey);
      this.#docKeys.set(a.docKey, id);
      const shingles = a.shingles ?? new Uint32Array(0);
      this.#shingleOffsets.push(this.#shingles.append(shingles));
      this.#shingleCounts.push(shingles.length);
      ids.push(id);
    }
    const resolve = (ref: ArticleRef): number => ("id" in ref ? ref.id : ids[ref.batchIndex]);
    if (batch.resetCopies) this.#resetCopies();
    for (const id of batch.dissolvedGroupIds ?? []) this.#deleteGroup(id);
    for (const id of batch.ungroupedIds ?? []) this.#setMembership(id, null);
    for (const change of batch.groupChanges) {
      for (const merged of change.mergedGroupIds) this.#deleteGroup(merged);
      const canonicalId = resolve(change.canonical);
      const groupId = change.groupId ?? this.#maxGroupId + 1;
      const group = this.#groups.get(groupId);
      if (group) group.canonicalId = canonicalId;
      else this.#groups.set(groupId, { canonicalId, members: new Set() });
      this.#maxGroupId = Math.max(this.#maxGroupId, groupId);
      for (const m of change.members) this.#setMembership(resolve(m.ref), { groupId, kind: m.kind, similarity: m.similarity });
    }
    for (const l of batch.copyLinks ?? []) this.#addLink({ ...l, a: resolve(l.a), b: resolve(l.b) });
    return ids;
  }

  /** dedup writes one line per document kept: where else a document was read is not part of it. */
  async recordSources(): Promise<void> {}

  async getTexts(ids: readonly number[]): Promise<Map<number, string>> {
    const texts = new Map<number, string>();
    for (const id of ids) {
      const line = this.#read(id);
      if (line !== null) texts.set(id, (JSON.parse(line.toString("utf8")) as { text: string }).text);
    }
    return texts;
  }

  /** The shingle sets committed with these articles (ids not stored are left out). */
  async getShingles(ids: readonly number[]): Promise<Map<number, Uint32Array>> {
    const out = new Map<number, Uint32Array>();
    for (const id of ids) {
      const i = id - 1;
      if (!(i >= 0 && i < this.#shingleOffsets.length)) continue;
      const shingles = new Uint32Array(this.#shingleCounts[i]);
      this.#shingles.read(this.#shingleOffsets[i], new Uint8Array(shingles.buffer));
      out.set(id, shingles);
    }
    return out;
  }

  // A sink starts empty for every run: no stored fingerprints to load and nothing to regroup.
  async *streamFingerprints(): AsyncIterable<StoredFingerprint> {}

  async fingerprintStats(): Promise<FingerprintStats> {
    return { documents: 0, samples: 0 };
  }

  async copiesNeedRegroup(): Promise<boolean> {
    return false;
  }

  async getCopyGroup(groupId: number): Promise<CopyGroup | null> {
    const group = this.#groups.get(groupId);
    if (!group) return null;
    const members = [...group.members].map((id) => {
      const m = this.#memberships.get(id) as Membership;
      const i = id - 1;
      return { id, kind: m.kind, similarity: m.similarity, title: null, url: null, published: this.#published[i], length: this.#textLengths[i], exactHash: this.#exactHashes[i] };
    });
    return { id: groupId, canonicalId: group.canonicalId, members };
  }

  async getCopyStates(ids: readonly number[]): Promise<CopyState[]> {
    const states: CopyState[] = [];
    for (const id of ids) {
      const i = id - 1;
      if (!(i >= 0 && i < this.#offsets.length)) continue;
      const groupId = this.#memberships.get(id)?.groupId ?? null;
      const canonicalId = groupId === null ? null : (this.#groups.get(groupId)?.canonicalId ?? null);
      states.push({ id, published: this.#published[i], length: this.#textLengths[i], exactHash: this.#exactHashes[i], docKey: this.#docKeyOf[i], groupId, canonicalId });
    }
    return states;
  }

  async getCopyLinks(ids: readonly number[]): Promise<CopyLink[]> {
    const seen = new Set<string>();
    const out: CopyLink[] = [];
    for (const id of ids) {
      for (const key of this.#linksOf.get(id) ?? []) {
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(this.#links.get(key) as CopyLink);
      }
    }
    return out;
  }

  /** Every link, ordered by (a, b) as a store streams them. */
  async *streamCopyLinks(): AsyncIterable<CopyLink> {
    yield* [...this.#links.values()].sort((x, y) => x.a - y.a || x.b - y.b);
  }

  /** The group an article is in, with its kind and similarity to the canonical (null when in none). */
  membershipOf(id: number): Membership | null {
    return this.#memberships.get(id) ?? null;
  }

  /**
   * Second pass: hands every article's line to `write`, in id order, reading the working file in large
   * sequential steps. `write` may await (output back-pressure); the bytes it gets are reused afterwards.
   */
  async writeRecords(write: (record: SpilledRecord) => void | Promise<void>): Promise<void> {
    this.#flush();
    let buffer: Buffer = Buffer.alloc(SPILL_BUFFER_BYTES);
    let start = 0; // file offset of buffer[0]
    let filled = 0;
    for (let i = 0; i < this.#offsets.length; i++) {
      const offset = this.#offsets[i];
      const length = this.#lengths[i];
      if (offset + length > start + filled) {
        // Refill from this line on; a line longer than the buffer gets a buffer of its own.
        if (length > buffer.length) buffer = Buffer.alloc(length);
        start = offset;
        filled = readSync(this.#fd, buffer, 0, buffer.length, start);
      }
      await write({ id: i + 1, bytes: buffer.subarray(offset - start, offset - start + length) });
    }
  }

  /**
   * Second pass for the lines as written: hands `write` each run of consecutive articles `keep` accepts as
   * one slice of the working file, newlines included, so the output is copied, never re-encoded. The
   * slice is reused once `write` returns.
   */
  async writeKeptLines(keep: (id: number) => boolean, write: (bytes: Uint8Array) => void | Promise<void>): Promise<void> {
    this.#flush();
    const buffer = Buffer.alloc(SPILL_BUFFER_BYTES);
    let id = 1;
    for (let start = 0; start < this.#flushed; ) {
      const filled = readSync(this.#fd, buffer, 0, buffer.length, start);
      // Only whole lines of this read count; a line longer than the buffer is read on its own.
      let end = start;
      let run = -1;
      for (; id <= this.#offsets.length; id++) {
        const lineEnd = this.#offsets[id - 1] + this.#lengths[id - 1] + 1;
        if (lineEnd > start + filled) break;
        if (keep(id)) {
          if (run < 0) run = end;
        } else if (run >= 0) {
          await write(buffer.subarray(run - start, end - start));
          run = -1;
        }
        end = lineEnd;
      }
      if (run >= 0) await write(buffer.subarray(run - start, end - start));
      if (end === start) {
        const line = this.#read(id) as Buffer;
        if (keep(id)) await write(Buffer.concat([line, NEWLINE]));
        end = this.#offsets[id - 1] + line.length + 1;
        id++;
      }
      start = end;
    }
  }

  async close(): Promise<void> {
    closeSync(this.#fd);
    this.#shingles.close();
    rmSync(this.#dir, { recursive: true, force: true });
  }

  #entityName(id: string, name: string): string {
    const first = this.#entityNames.get(id);
    if (first !== undefined) return first;
    this.#entityNames.set(id, name);
    return name;
  }

  #deleteGroup(id: number): void {
    if (!this.#groups.delete(id) || id !== this.#maxGroupId) return;
    this.#maxGroupId = 0;
    for (const other of this.#groups.keys()) this.#maxGroupId = Math.max(this.#maxGroupId, other);
  }

  #setMembership(id: number, membership: Membership | null): void {
    const before = this.#memberships.get(id);
    if (before) this.#groups.get(before.groupId)?.members.delete(id);
    if (membership === null) {
      this.#memberships.delete(id);
      return;
    }
    this.#memberships.set(id, membership);
    this.#groups.get(membership.groupId)?.members.add(id);
  }

  #addLink(link: CopyLink): void {
    const key = `${link.a}:${link.b}`;
    if (!this.#links.has(key)) {
      for (const id of [link.a, link.b]) {
        const list = this.#linksOf.get(id);
        if (list) list.push(key);
        else this.#linksOf.set(id, [key]);
      }
    }
    this.#links.set(key, link);
  }

  #resetCopies(): void {
    this.#links.clear();
    this.#linksOf.clear();
    this.#groups.clear();
    this.#memberships.clear();
    this.#maxGroupId = 0;
  }

  /** Appends a line (whole, or in pieces) and its newline; returns where its bytes start and how many there are (newline excluded). */
  #appendLine(line: string | readonly (string | Uint8Array)[]): [number, number] {
    const pieces = typeof line === "string" ? [line] : line;
    // A UTF-16 unit is at most 3 UTF-8 bytes: with that much room, the line is encoded in place.
    let room = 1;
    for (const piece of pieces) room += typeof piece === "string" ? piece.length * 3 : piece.length;
    if (this.#pendingBytes + room > this.#pending.length) this.#flush();
    if (room > this.#pending.length) {
      const bytes = Buffer.concat([...pieces.map((piece) => (typeof piece === "string" ? Buffer.from(piece) : piece)), NEWLINE]);
      const offset = this.#flushed;
      this.#write(bytes);
      return [offset, bytes.length - 1];
    }
    const offset = this.#flushed + this.#pendingBytes;
    let length = 0;
    for (const piece of pieces) {
      const at = this.#pendingBytes + length;
      if (typeof piece === "string") length += this.#pending.write(piece, at, "utf8");
      else {
        this.#pending.set(piece, at);
        length += piece.length;
      }
    }
    this.#pending[this.#pendingBytes + length] = 0x0a;
    this.#pendingBytes += length + 1;
    return [offset, length];
  }

  #write(bytes: Uint8Array): void {
    writeAllAt(this.#fd, bytes, this.#flushed);
    this.#flushed += bytes.length;
  }

  #flush(): void {
    if (this.#pendingBytes === 0) return;
    this.#write(this.#pending.subarray(0, this.#pendingBytes));
    this.#pendingBytes = 0;
  }

  /** One article's line, from the working file (flushing first when it is still buffered). */
  #read(id: number): Buffer | null {
    const i = id - 1;
    if (!(i >= 0 && i < this.#offsets.length)) return null;
    if (this.#offsets[i] + this.#lengths[i] > this.#flushed) this.#flush();
    const line = Buffer.alloc(this.#lengths[i]);
    readSync(this.#fd, line, 0, line.length, this.#offsets[i]);
    return line;
  }
}

/** An append-only binary working file, written in large steps, read back at any offset. */
class SpillFile {
  readonly #fd: number;
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;
  #flushed = 0;

  constructor(path: string) {
    this.#fd = openSync(path, "w+");
  }

  /** Appends a copy of `values`' bytes; returns the offset they start at. */
  append(values: ArrayBufferView): number {
    const offset = this.#flushed + this.#pendingBytes;
    // A view, not a copy: committed arrays are never written again, and the flush copies them once.
    this.#pending.push(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
    this.#pendingBytes += values.byteLength;
    if (this.#pendingBytes >= SPILL_BUFFER_BYTES) this.#flush();
    return offset;
  }

  /** Fills `into` with the bytes at `offset` (flushing first when they are still buffered). */
  read(offset: number, into: Uint8Array): void {
    if (offset + into.length > this.#flushed) this.#flush();
    for (let done = 0; done < into.length; ) {
      const n = readSync(this.#fd, into, done, into.length - done, offset + done);
      if (n === 0) throw new Error(`working file ends before offset ${offset + into.length}`);
      done += n;
    }
  }

  close(): void {
    closeSync(this.#fd);
  }

  #flush(): void {
    if (this.#pendingBytes === 0) return;
    const chunk = Buffer.concat(this.#pending, this.#pendingBytes);
    writeAllAt(this.#fd, chunk, this.#flushed);
    this.#flushed += chunk.length;
    this.#pending = [];
    this.#pendingBytes = 0;
  }
}

/** Writes all of `bytes` at `position` (writeSync may write fewer bytes than asked). */
function writeAllAt(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}
