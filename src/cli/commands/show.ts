import type { Command } from "commander";
import { NewsfoldError } from "../../errors.js";
import { quoteRelations, type QuoteRelation } from "../../copies/quote-relations.js";
import type { CopyGroup, StoredArticle } from "../../store/index.js";
import type { Provenance } from "../../types.js";
import { withStore, type CommandContext } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { clip, readableDate } from "../format.js";

export function registerShow(program: Command, ctx: CommandContext): void {
  program
    .command("show")
    .description("show one stored article: metadata, provenance, copies and cleaned text")
    .argument("<id>", "article id (from `newsfold articles`, `copies` or `search`)")
    .option("--removed", "also list every span cleaning removed, with its reason")
    .option("--json", "print the article as JSON")
    .addHelpText("after", "\nExamples:\n  newsfold show 1\n  newsfold show 1 --removed\n  newsfold show 1 --json | jq .removed")
    .action(async (idText: string, opts: { removed?: boolean; json?: boolean }) => {
      const id = Number(idText);
      if (!Number.isInteger(id) || id <= 0) throw new NewsfoldError("cli.invalid", `article id must be a positive whole number, got "${idText}"`);
      await withStore(ctx, true, async (store) => {
        const article = await store.getArticle(id);
        if (!article) {
          ctx.io.stderr(`newsfold: no article ${id} in ${store.location}\n`);
          ctx.setExit(EXIT.notFound);
          return;
        }
        const group = article.groupId === null ? null : await store.getCopyGroup(article.groupId);
        const quotes = await quoteRelations(store, id);
        if (opts.json) {
          const { removed, ...rest } = article;
          ctx.io.stdout(`${JSON.stringify({ ...rest, ...(opts.removed ? { removed } : {}), copyGroup: group, quotes: quotes.quotes, quotedBy: quotes.quotedBy }, null, 2)}\n`);
          return;
        }
        ctx.io.stdout(renderArticle(article, group, quotes, opts.removed ?? false));
      });
    });
}

/** Other sources of an identical document listed by name; the rest are counted. */
const OTHER_SOURCES_SHOWN = 3;

/** Where a document was read: its file (a URL when read from the web), line or record offset. */
const place = (p: Provenance): string => [p.file, p.line ? `line ${p.line}` : "", p.offset !== undefined ? `offset ${p.offset}` : ""].filter(Boolean).join(", ");

function renderArticle(a: StoredArticle, group: CopyGroup | null, quotes: Awaited<ReturnType<typeof quoteRelations>>, withRemoved: boolean): string {
  const lines: string[] = [];
  const field = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== "") lines.push(`${name.padEnd(11)} ${value}`);
  };
  field("article", a.id);
  field("title", a.title);
  field("site", a.site);
  field("author", a.author);
  field("url", a.url);
  field("published", a.published ? readableDate(a.published, [`precision: ${a.published.precision}`]) : null);
  field("updated", a.updated ? readableDate(a.updated, [`precision: ${a.updated.precision}`]) : null);
  field("dateline", a.dateline ? [a.dateline.place, a.dateline.date ? readableDate(a.dateline.date) : "", a.dateline.agency ? `(${a.dateline.agency})` : ""].filter(Boolean).join(" ") : null);
  field("language", `${a.lang} (confidence ${a.langConfidence.toFixed(2)})`);
  const p = a.provenance;
  field("source", [place(p), p.format].join(", "));
  field("fetched", p.fetchedAt);
  const others = a.otherSources;
  if (others.length > 0) {
    const listed = others.slice(0, OTHER_SOURCES_SHOWN).map(place).join("; ");
    field("also at", `${others.length} other source(s): ${listed}${others.length > OTHER_SOURCES_SHOWN ? "; … (--json lists them all)" : ""}`);
  }
  field("encoding", `${a.encoding.name}${a.encoding.repaired ? " (mojibake repaired)" : ""}`);
  if (group) {
    const role = a.copyKind === "canonical" ? "canonical article" : `${a.copyKind} copy of article ${group.canonicalId} (similarity ${(a.similarity ?? 0).toFixed(3)})`;
    field("copies", `group ${group.id}, ${group.members.length} members; this is the ${role}`);
  }
  const other = (r: QuoteRelation) => `article ${r.id}${r.published ? ` of ${r.published.replace("T", " ")}` : ""}${r.title ? ` "${clip(r.title, 50)}"` : ""}`;
  for (const r of quotes.quotes) field("quotes", `${other(r)} (${Math.round(r.share * 100)}% of it${r.here ? `, at ${r.here.start}–${r.here.end} here` : ""})`);
  if (quotes.counts.quotedBy > 0) {
    field("quoted by", `${quotes.counts.quotedBy} article(s): ${quotes.quotedBy.slice(0, 5).map((r) => r.id).join(", ")}${quotes.counts.quotedBy > 5 ? ", …" : ""}`);
  }
  field("event date", a.eventDate ? `${readableDate(a.eventDate.date)} ("${a.eventDate.text}", confidence ${a.eventDate.confidence.toFixed(2)})` : null);
  for (const type of ["person", "place", "organisation"] as const) {
    const named = a.entities.filter((e) => e.type === type);
    if (named.length > 0) field(`${type === "person" ? "people" : `${type}s`}`, named.map((e) => `${e.name} [${e.id}]`).join(", "));
  }
  field("removed", `${a.removed.length} span(s)${withRemoved ? "" : " — add --removed to list them"}`);
  lines.push("", a.text, "");
  if (withRemoved && a.removed.length > 0) {
    lines.push("Removed by cleaning:");
    a.removed.forEach((r, i) => {
      const where = r.start !== undefined ? ` [${r.start}–${r.end}]` : "";
      lines.push(`  ${String(i + 1).padStart(2)}. ${r.reason}${where}: ${clip(r.text, 160)}`);
    });
    lines.push("");
  }
  return lines.join("\n");
}
