import { formatBytes, formatDuration, formatRate } from "./format.js";

/** Redraws at most this often: a terminal cannot show faster, and drawing costs. */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export interface ProgressState {
  label: string;
  docs: number;
  bytes: number;
  /** Total bytes to read when known (files), for the bar and the ETA; null for stdin. */
  totalBytes: number | null;
}

/**
 * A one-line progress bar on stderr with docs/s, MB read and an ETA where the total is known.
 * Drawn only on a terminal; elsewhere (CI, pipes) it stays silent and the summary says it all.
 */
export function createProgressBar(write: (text: string) => void, enabled: boolean) {
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(state: ProgressState, force = false): void {
      if (!enabled) return;
      const now = performance.now();
      if (!force && now - last < REDRAW_MS) return;
      last = now;
      const seconds = (now - started) / 1000;
      let bar = "";
      let eta = "";
      if (state.totalBytes && state.totalBytes > 0) {
        const fraction = Math.min(1, state.bytes / state.totalBytes);
        const filled = Math.round(fraction * BAR_WIDTH);
        bar = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% `;
        const rate = state.bytes / Math.max(seconds, 1e-3);
        eta = rate > 0 ? ` ETA ${formatDuration((state.totalBytes - state.bytes) / rate)}` : "";
      }
      const total = state.totalBytes ? `/${formatBytes(state.totalBytes)}` : "";
      write(`\r${state.label} ${bar}${state.docs.toLocaleString("en-US")} docs, ${formatRate(state.docs, seconds)} docs/s, ${formatBytes(state.bytes)}${total}${eta}\x1b[K`);
      drawn = true;
    },
    done(): void {
      if (enabled && drawn) write("\r\x1b[K");
    },
  };
}
