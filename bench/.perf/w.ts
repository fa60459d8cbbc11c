import { benchCopies } from "../copies.js";
for (const workers of [1, 2, 3]) {
  const r = await benchCopies({ workers, repeats: 3 });
  console.log(workers, "workers:", Math.round(r.endToEndWorkers.docsPerSecond), "e2e1:", Math.round(r.endToEnd.docsPerSecond), "ref", Math.round(r.reference.docsPerSecond));
}
