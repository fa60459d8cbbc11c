// Two articles side by side: the passages both hold highlighted in each text, and the score of every
// dimension (text, entities, geography, time, narrative) with the evidence behind it.
import { getJson } from "../api.js";
import { entityLink, languageBadge } from "../components.js";
import { h } from "../dom.js";
import { articleLabel, pageDate, percent, plural } from "../format.js";
import { documentParts, highlighted } from "../highlight.js";

const DIMENSIONS = ["text", "entities", "geography", "time", "narrative"];

export async function renderCompare(query, { signal }) {
  const a = query.get("a") ?? "";
  const b = query.get("b") ?? "";
  const form = pickForm(a, b);
  if (!/^\d+$/.test(a) || !/^\d+$/.test(b)) {
    return { title: "Compare", content: [h("h1", {}, "Compare two articles"), form, h("p", { class: "muted" }, "Give two article ids, or pick two articles on a story page.")] };
  }
  const [pair, left, right] = await Promise.all([getJson("compare", { a, b }, signal), getJson(`articles/${a}`, {}, signal), getJson(`articles/${b}`, {}, signal)]);
  const { report } = pair;
  const passages = report.dimensions.text.evidence.passages;
  return {
    title: `Compare ${a} and ${b}`,
    content: [
      h("h1", {}, `Article ${a} and article ${b}`),
      form,
      h(
        "p",
        { class: "verdict lede" },
        h("strong", { class: `verdict-${report.verdict.replace(/\s+/g, "-")}` }, report.verdict),
        ` — overall ${report.overall.toFixed(2)} (SemEval scale ${report.scale.toFixed(2)}: 1 the same … 4 unrelated)`,
      ),
      scores(report),
      h(
        "section",
        { class: "panel", "aria-labelledby": "s-side" },
        h("h2", { id: "s-side" }, "Side by side"),
        h("p", { class: "muted" }, `${plural(passages.length, "shared passage")} highlighted; the same number marks the same passage on both sides.`),
        h("div", { class: "side-by-side" }, sideColumn("A", left, passages, "a"), sideColumn("B", right, passages, "b")),
      ),
    ],
  };
}

function pickForm(a, b) {
  const field = (name, label, value) =>
    h("div", { class: "field" }, h("label", { for: `c-${name}` }, label), h("input", { id: `c-${name}`, name, value, inputmode: "numeric", pattern: "[0-9]+", size: 8, required: true }));
  return h("form", { class: "filters", method: "get", action: "/compare", "aria-label": "Articles to compare" }, field("a", "Article A", a), field("b", "Article B", b), h("div", { class: "field actions" }, h("button", { type: "submit" }, "Compare")));
}

function scores(report) {
  const d = report.dimensions;
  return h(
    "section",
    { class: "panel", "aria-labelledby": "s-scores" },
    h("h2", { id: "s-scores" }, "Scores and evidence"),
    h(
      "table",
      { class: "scores" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Dimension"), h("th", { scope: "col" }, "Score"), h("th", { scope: "col" }, "Evidence"))),
      h(
        "tbody",
        {},
        DIMENSIONS.map((name) =>
          h("tr", {}, h("th", { scope: "row" }, name), h("td", { class: "score-cell" }, scoreBar(d[name].score)), h("td", { class: "evidence" }, evidence(name, d[name].evidence))),
        ),
      ),
    ),
  );
}

function scoreBar(score) {
  const fill = h("span", { class: "bar-fill" });
  fill.style.width = `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%`;
  return h("span", { class: "score" }, h("span", { class: "bar", "aria-hidden": "true" }, fill), h("span", { class: "score-value" }, score.toFixed(2)));
}

function evidence(name, e) {
  switch (name) {
    case "text":
      return [
        `${plural(e.passages.length, "shared passage")}, covering ${percent(e.coverageA)} of A and ${percent(e.coverageB)} of B`,
        e.cosine === null ? " (different languages: no word cosine)" : `; TF-IDF cosine ${e.cosine.toFixed(2)}`,
        e.copy ? "; one text lies inside the other (a copy)" : "",
        e.scripts && e.scripts[0] !== e.scripts[1] && e.scripts[0] && e.scripts[1]
          ? `; written in ${e.scripts[0]} and ${e.scripts[1]}: no word can be shared, so the scores weigh people, places, numbers and dates alone`
          : "",
      ];
    case "entities":
      return e.shared.length ? ["Shared: ", joinNodes(e.shared.map(entityLink))] : "No person, place or organisation in both.";
    case "geography":
      return [
        e.shared.length ? ["Places in both: ", joinNodes(e.shared.map(entityLink))] : "No place in both.",
        e.near.length ? ` Near each other: ${e.near.slice(0, 5).map((n) => `${n.a.name} ~ ${n.b.name}${n.distanceKm === null ? "" : ` (${Math.round(n.distanceKm)} km)`}`).join(", ")}.` : "",
      ];
    case "time":
      return [
        e.publishedGapDays === null ? `Publication gap unknown (a date lacks its year or day)${e.leastGapDays ? `, at least ${plural(e.leastGapDays, "day")}` : ""}` : `Published ${plural(e.publishedGapDays, "day")} apart`,
        e.eventGapDays === null ? "; event gap unknown" : `; events ${plural(e.eventGapDays, "day")} apart`,
        e.sharedYears.length ? `; years in both: ${e.sharedYears.join(", ")}` : "",
      ];
    case "narrative":
      return [
        `Numbers in both: ${e.sharedNumbers.slice(0, 8).join(", ") || "none"}. `,
        `Names in both: ${e.sharedNames.slice(0, 10).join(", ") || "none"}.`,
        e.titleOverlap === null ? "" : ` Title overlap ${percent(e.titleOverlap)}.`,
      ];
    default:
      return "";
  }
}

function joinNodes(nodes) {
  return nodes.flatMap((n, i) => (i ? [", ", n] : [n]));
}

/** One side's text with the shared passages marked and numbered in the report's order. */
function sideColumn(label, article, passages, side) {
  const parts = documentParts(article);
  const ranges = passages.map((p, i) => ({ start: p[side].start, end: p[side].end, n: i + 1 }));
  const mark = (r, slice) => h("mark", { class: "shared", "data-passage": r.n, title: `shared passage ${r.n}` }, slice);
  return h(
    "article",
    { class: "side-col", "aria-label": `Article ${label}` },
    h("h3", {}, `${label}: `, h("a", { href: `/articles/${article.id}` }, parts.title ? highlighted(parts.title, 0, ranges, mark) : articleLabel(article))),
    h("p", { class: "item-meta" }, article.site ?? "outlet unknown", " · ", pageDate(article), " · ", languageBadge(article.lang)),
    h("div", { class: "article-text" }, highlighted(parts.text, parts.bodyStart, ranges, mark)),
  );
}
