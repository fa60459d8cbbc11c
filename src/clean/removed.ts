import type { RemovalReason, RemovedSpan } from "../types.js";
import type { Paragraph } from "./paragraphs.js";

/** A paragraph on its way through cleaning; `removed` is set once, by the first step that drops it. */
export interface Block extends Partial<Pick<Paragraph, "start" | "end">> {
  /** Collapsed (collapseSpaces): single inner U+0020 spaces, no control characters, trimmed. */
  text: string;
  removed: boolean;
}

/**
 * Records every span the clean stage drops, so `newsfold show --removed` can list what went and why.
 * With a `source` (text pages), spans carry offsets into it and their text is the source's own
 * characters; without one (extracted HTML) a span's text is its paragraphs joined by blank lines.
 */
export class RemovalLog {
  readonly spans: RemovedSpan[] = [];
  readonly #source: string | undefined;

  constructor(source?: string) {
    this.#source = source;
  }

  /** Drop blocks [from, to] (inclusive) as one span; blocks already removed inside the range are skipped. */
  remove(blocks: Block[], from: number, to: number, reason: RemovalReason): void {
    const live = blocks.slice(from, to + 1).filter((block) => !block.removed);
    if (live.length === 0) return;
    for (const block of live) block.removed = true;
    const first = live[0];
    const last = live[live.length - 1];
    if (this.#source !== undefined && first.start !== undefined && last.end !== undefined) {
      this.spans.push({ reason, text: this.#source.slice(first.start, last.end), start: first.start, end: last.end });
    } else {
      this.spans.push({ reason, text: live.map((block) => block.text).join("\n\n") });
    }
  }

  /** Record a span that was never a block (markup the HTML extractor dropped, content over the size limit). */
  note(span: RemovedSpan): void {
    this.spans.push(span);
  }

  /** Spans in source order when they have offsets, otherwise in the order they were found. */
  sorted(): RemovedSpan[] {
    return [...this.spans].sort((a, b) => (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER));
  }
}

/** Indices of the blocks still kept, in order. */
export function liveIndices(blocks: readonly Block[]): number[] {
  const out: number[] = [];
  blocks.forEach((block, index) => {
    if (!block.removed) out.push(index);
  });
  return out;
}
