import { Worker } from "node:worker_threads";

/**
 * Starts a worker thread running the module `name` (without extension) beside `fromModule`. Run from
 * TypeScript sources (tsx: tests, `npm run newsfold`), the worker registers the same loader first; run
 * from dist/, it loads the compiled .js directly.
 */
export function startModuleWorker(fromModule: string, name: string, workerData: unknown): Worker {
  const fromSource = fromModule.endsWith(".ts");
  const url = new URL(`./${name}${fromSource ? ".ts" : ".js"}`, fromModule);
  if (!fromSource) return new Worker(url, { workerData });
  const loader = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
