import { parentPort } from "node:worker_threads";
import { readInternedFeatures } from "./represent.js";
import type { StoryArticle } from "./types.js";
import { FeatureDictionary } from "./vectors.js";

/** What a feature worker reads of an article: the fields `extractFeatures` uses, nothing else crosses threads. */
export type FeatureSource = Pick<StoryArticle, "lang" | "title" | "text" | "entities" | "names">;

export interface FeatureRequest {
  seq: number;
  articles: FeatureSource[];
}

/**
 * A chunk's features packed for transfer: ids in the worker's own dictionary, article `i`'s terms at
 * `ids[offsets[3i] … offsets[3i+1])`, its entities up to `offsets[3i+2]`, its names up to `offsets[3i+3]`.
 * `newKeys` are the keys the worker's dictionary took since its previous answer, in id order.
 */
export interface FeatureResponse {
  seq: number;
  langs: string[];
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  newKeys: string[];
}

const port = parentPort;
if (port !== null) {
  const dictionary = new FeatureDictionary();
  let sent = 0;
  port.on("message", (request: FeatureRequest) => {
    const features = request.articles.map((a) => readInternedFeatures(a as StoryArticle, dictionary));
    let total = 0;
    for (const f of features) total += f.terms.ids.length + f.entities.ids.length + f.names.ids.length;
    const ids = new Int32Array(total);
    const weights = new Float64Array(total);
    const offsets = new Int32Array(features.length * 3 + 1);
    let at = 0;
    features.forEach((f, i) => {
      for (const [k, list] of [f.terms, f.entities, f.names].entries()) {
        offsets[i * 3 + k] = at;
        ids.set(list.ids, at);
        weights.set(list.weights, at);
        at += list.ids.length;
      }
    });
    offsets[features.length * 3] = at;
    const newKeys: string[] = [];
    for (; sent < dictionary.size; sent++) newKeys.push(dictionary.key(sent));
    const response: FeatureResponse = { seq: request.seq, langs: features.map((f) => f.lang), offsets, ids, weights, newKeys };
    port.postMessage(response, [offsets.buffer, ids.buffer, weights.buffer] as ArrayBuffer[]);
  });
}
