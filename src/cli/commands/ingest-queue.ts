import { NewsfoldError } from "../../errors.js";
import { planWorkItems } from "../../queue/plan-items.js";
import { withStore, type CommandContext } from "../context.js";
import { EXIT } from "../exit-codes.js";

/** `newsfold ingest --queue <paths…>`: cuts the inputs into work items for `newsfold worker` and enqueues them. */
export async function enqueueInputs(ctx: CommandContext, paths: string[], opts: { itemSize?: number; json?: boolean }): Promise<void> {
  await withStore(ctx, false, async (store) => {
    const queue = store.queue;
    if (!queue) {
      throw new NewsfoldError(
        "cli.queue.unsupported",
        `--queue needs a store that workers share: ${store.location} is a single-writer store; use --db postgres://… (or ingest without --queue)`,
      );
    }
    const plan = await planWorkItems(paths, { itemSize: opts.itemSize });
    const { added, existing } = await queue.enqueue(plan.items);
    const pending = await queue.pending();
    if (opts.json) {
      ctx.io.stdout(`${JSON.stringify({ store: store.location, files: plan.files, items: plan.items.length, added, existing, pending, problems: plan.problems }, null, 2)}\n`);
    } else {
      for (const f of plan.files) {
        const unit = f.format === "jsonl" ? "lines" : f.format === "warc" ? "records" : "";
        ctx.io.stderr(`  ${f.path} (${f.format}${unit ? `, ${f.units} ${unit}` : ""}) → ${f.items} item(s)\n`);
      }
      for (const p of plan.problems) ctx.io.stderr(`  ${p.severity} ${p.code} ${p.provenance?.file ?? ""}: ${p.reason}\n`);
      ctx.io.stderr(
        `queued ${added} new item(s) from ${plan.files.length} file(s)${existing > 0 ? `; ${existing} already queued (left as they were)` : ""} → ${store.location}\n` +
          `queue now: ${pending.queued} waiting, ${pending.leased} being worked on — start workers with \`newsfold worker\`\n`,
      );
    }
    if (plan.problems.some((p) => p.severity === "error")) ctx.setExit(EXIT.documentErrors);
  });
}
