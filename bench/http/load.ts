/**
 * Load run of the HTTP API (`newsfold serve`) on loopback with autocannon: story list, story page,
 * search and compare at 50 concurrent connections, beside an unrouted /api path as the same-run
 * reference (the server, framework and middleware alone, answering a small JSON 404). The server runs in its own process so the load generator does not
 * share its event loop. Latencies are taken per response (autocannon's summary has no p95).
 *
 *   node --import tsx bench/http/load.ts --db /tmp/nf100k.db [--duration 15] [--connections 50] [--runs 2]
 *
 * Build a large store first: see docs/BENCHMARKS.md ("HTTP API under load").
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { seeded } from "./corpus.js";

const USAGE = `usage: node --import tsx bench/http/load.ts --db <store> [--duration 15] [--connections 50] [--runs 2] [--json]
  --db           a store of >= 100k articles (see docs/BENCHMARKS.md, "HTTP API under load")
  --duration     seconds of load per scenario and run
  --connections  concurrent connections
  --runs         runs of every scenario
  --json         print the results as JSON`;

const { values: args } = parseArgs({
  options: {
    db: { type: "string" },
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "50" },
    runs: { type: "string", default: "2" },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.db) throw new Error("--db <store> is required (a store of >= 100k articles: see docs/BENCHMARKS.md)");
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const RUNS = Number(args.runs);
/** Distinct request paths per scenario, visited in turn, so no one row stays hot in a cache. */
const PATHS_PER_SCENARIO = 400;

const random = seeded(7171);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on("error", fail);
  });
}

async function startServer(db: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const main = resolve(import.meta.dirname, "../../src/cli/main.ts");
  const child = spawn(process.execPath, [...process.execArgv, main, "--db", db, "serve", "--port", String(port)], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return { url, stop: () => child.kill("SIGTERM") };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGTERM");
  throw new Error("the server did not answer within 60 s");
}

const getJson = async (url: string): Promise<any> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
};

/** Requests drawn from the store itself: story ids at random depths, words of real titles, pairs of articles. */
async function scenarios(url: string): Promise<Record<string, string[]>> {
  const { counts } = await getJson(`${url}/api/health`);
  const somewhere = (total: number) => Math.floor(random() * Math.max(0, total - 100));
  const stories: { id: number; articles: number }[] = [];
  for (let i = 0; i < 20; i++) stories.push(...(await getJson(`${url}/api/stories?limit=100&offset=${somewhere(Math.min(counts.stories, 5_000))}`)).items);
  const articles: { id: number; title: string | null; storyId: number | null }[] = [];
  for (let i = 0; i < 20; i++) articles.push(...(await getJson(`${url}/api/articles?limit=100&offset=${somewhere(counts.articles)}`)).items);
  const words = articles.flatMap((a) => (a.title ?? "").split(/[^\p{L}]+/u).filter((w) => w.length >= 5));
  const multi = stories.filter((s) => s.articles >= 2).slice(0, 60);
  const pairs: [number, number][] = [];
  for (const s of multi) {
    const members = (await getJson(`${url}/api/stories/${s.id}`)).articles as { id: number }[];
    pairs.push([members[0].id, members[1].id]);
  }
  while (pairs.length < PATHS_PER_SCENARIO) pairs.push([pick(articles).id, pick(articles).id]);
  const listOffsets = [0, 0, 0, 20, 40, 100, 500, 2_000];
  const times = (f: () => string) => Array.from({ length: PATHS_PER_SCENARIO }, f);
  return {
    // The framework, middleware and socket alone: an /api path no route answers (a small JSON 404).
    "reference: /api/none": ["/api/none"],
    "story list": times(() => {
      const filter = pick(["", "", "", "&lang=en", "&lang=fr", "&from=2021-01-01"]);
      return `/api/stories?limit=20&offset=${pick(listOffsets)}${filter}`;
    }),
    "story page": times(() => `/api/stories/${pick(stories).id}`),
    search: times(() => `/api/search?limit=20&q=${encodeURIComponent(random() < 0.5 ? pick(words) : `${pick(words)} ${pick(words)}`)}`),
    compare: pairs.slice(0, PATHS_PER_SCENARIO).map(([a, b]) => `/api/compare?a=${a}&b=${b}`),
  };
}

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function load(url: string, paths: string[]): Promise<Figures> {
  const latencies: number[] = [];
  let next = 0;
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ method: "GET", setupRequest: (req: any) => ({ ...req, path: paths[next++ % paths.length] }) }],
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, time: number) => latencies.push(time));
  const result: any = await instance;
  latencies.sort((x, y) => x - y);
  return {
    requestsPerSecond: latencies.length / DURATION,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: paths[0] === "/api/none" ? 0 : result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const server = await startServer(resolve(args.db));
try {
  const health = await getJson(`${server.url}/api/health`);
  const planned = await scenarios(server.url);
  // The first comparison computes the store's word frequencies (cached after): not part of the load.
  await getJson(`${server.url}${planned.compare[0]}`);
  const results: Record<string, Figures[]> = {};
  for (let run = 0; run < RUNS; run++) {
    for (const [name, paths] of Object.entries(planned)) (results[name] ??= []).push(await load(server.url, paths));
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ counts: health.counts, connections: CONNECTIONS, duration: DURATION, results }, null, 2)}\n`);
  } else {
    const ref = results["reference: /api/none"];
    process.stdout.write(
      `Store: ${health.counts.articles} articles, ${health.counts.stories} stories, ${health.counts.threads} threads; ` +
        `${CONNECTIONS} connections, ${DURATION} s per scenario, ${RUNS} runs\n\n` +
        `| scenario | run | requests/s | p50 ms | p95 ms | p99 ms | req/s vs reference | non-2xx | errors |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n`,
    );
    for (const [name, runs] of Object.entries(results)) {
      runs.forEach((f, i) =>
        process.stdout.write(
          `| ${name} | ${i + 1} | ${Math.round(f.requestsPerSecond)} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | ${(f.requestsPerSecond / ref[i].requestsPerSecond).toFixed(3)} | ${f.non2xx} | ${f.errors} |\n`,
        ),
      );
    }
  }
} finally {
  server.stop();
}
