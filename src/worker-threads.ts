import { Worker, type ResourceLimits } from "node:worker_threads";

/**
 * Room for new objects in each worker, in MiB. Workers clean and enrich: every article makes many small objects that
 * die with it, and with V8's default room they were collected so often that enrichment in a worker ran about a
 * quarter slower on the shared news texts (docs/BENCHMARKS.md, forty-fifth session). A worker may hold this much more.
 */
const WORKER_YOUNG_GENERATION_MB = 96;
const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };

/**
 * Starts a worker thread running the module `name` (without extension) beside `fromModule`. Run from
 * TypeScript sources (tsx: tests, `npm run newsfold`), the worker registers the same loader first; run
 * from dist/, it loads the compiled .js directly.
 */
export function startModuleWorker(fromModule: string, name: string, workerData: unknown): Worker {
  const fromSource = fromModule.endsWith(".ts");
  const url = new URL(`./${name}${fromSource ? ".ts" : ".js"}`, fromModule);
  if (!fromSource) return new Worker(url, { workerData, resourceLimits: WORKER_LIMITS });
  const loader = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits: WORKER_LIMITS });
}
