/**
 * Runs the copies bench on bench/data and prints the table and the key figures as JSON:
 * `node --import tsx bench/run-copies.ts [--limit N] [--repeats N] [--workers N]`.
 */
import { benchCopies, formatBenchCopies } from "./copies.js";

const args = process.argv.slice(2);
const option = (name: string): number | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : undefined;
};

const result = await benchCopies({
  limit: option("limit"),
  repeats: option("repeats"),
  workers: option("workers"),
  onProgress: (stage) => process.stderr.write(`${stage}\n`),
});
console.log(formatBenchCopies(result));
