export { createThreadLinker, type ThreadLinker } from "./linker.js";
export {
  DEFAULT_THREAD_OPTIONS, resolveThreadOptions, THREAD_THRESHOLD, THREAD_WEIGHTS, THREAD_WINDOW_DAYS, THREAD_MAX_CANDIDATES,
} from "./options.js";
export type { ResolvedThreadOptions, Thread, ThreadOptions, ThreadStory, ThreadWeights } from "./types.js";
