import { parentPort, workerData } from "node:worker_threads";
import { createAssignmentRun } from "./stories-measure.js";
import type { StoryArticle, StoryOptions } from "../src/stories/index.js";

/** One size of the stories bench in its own thread and heap: fills its clusterer, then times slices on request. */
const { articles, size, storyOptions } = workerData as { articles: StoryArticle[]; size: number; storyOptions?: StoryOptions };
const run = createAssignmentRun({ articles, size, storyOptions });
const port = parentPort as NonNullable<typeof parentPort>;
port.postMessage({ ready: true });
port.on("message", (message: { slice?: number; counts?: true }) => {
  if (message.slice !== undefined) port.postMessage({ seconds: run.time(message.slice, () => performance.now()) });
  else if (message.counts) port.postMessage({ counts: run.counts() });
});
