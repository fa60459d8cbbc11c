// An entity (person, place, organisation): the spellings articles use for it, its articles per month,
// its stories and threads, who and what it is named with, and a map of the places around it.
import { getJson, idSegment } from "../api.js";
import { definitionList, entityLink, lateSection, pager, storyList, threadItem, withParam } from "../components.js";
import { h } from "../dom.js";
import { dateRange, hitLabel, plural } from "../format.js";
import { monthChart } from "../chart.js";
import { placesMap } from "../map.js";
import { snippetNodes } from "./search.js";

/** Articles read for the spellings list when the API does not list them itself. */
const SPELLING_ARTICLES = 10;

export async function renderEntity(id, { signal }) {
  const data = await getJson(`entities/${idSegment(id)}`, {}, signal);
  const { entity } = data;
  return {
    title: entity.name,
    content: [
      h("p", { class: "kicker" }, h("a", { href: "/entities" }, "Entities"), ` › ${entity.type}`),
      h("h1", {}, entity.name),
      h("p", { class: "lede" }, `${entity.type}${entity.country ? ` in ${entity.country}` : ""} · named in ${plural(entity.articles, "article")} · ${dateRange(entity.first, entity.last)} · `, h("code", {}, entity.id)),
      spellingsSection(entity, data, signal),
      h(
        "div",
        { class: "columns" },
        h(
          "div",
          { class: "main-col" },
          h("section", { class: "panel", "aria-labelledby": "s-time" }, h("h2", { id: "s-time" }, "Articles per month"), monthChart(data.timeline ?? [])),
          h("section", { class: "panel", "aria-labelledby": "s-stories" }, h("h2", { id: "s-stories" }, "Stories"), data.stories?.length ? storyList(data.stories) : h("p", { class: "muted" }, "In no story."), data.stories?.length ? h("p", {}, h("a", { href: withParam("/", "", "entity", entity.id) }, "All stories naming it")) : null),
          h("section", { class: "panel", "aria-labelledby": "s-threads" }, h("h2", { id: "s-threads" }, "Threads"), data.threads?.length ? h("ol", { class: "item-list" }, data.threads.map(threadItem)) : h("p", { class: "muted" }, "In no thread.")),
          recentArticles(entity, data.articles ?? []),
        ),
        h(
          "div",
          { class: "side" },
          cooccurring(data.cooccurring ?? []),
          lateSection("Map", async () => placesMap(await getJson("places", { entity: entity.id }, signal), signal), signal),
        ),
      ),
    ],
  };
}

/**
 * Every way the articles write this entity ("Selenskyj", "Zelensky"): from the API when it lists them,
 * else gathered from the mentions of its most recent articles.
 */
function spellingsSection(entity, data, signal) {
  return lateSection(
    "Spellings",
    async () => {
      const given = data.spellings ?? entity.spellings;
      const spellings = Array.isArray(given) ? given.map((s) => (typeof s === "string" ? { text: s } : s)) : await spellingsFromArticles(entity.id, data.articles ?? [], signal);
      if (!spellings.length) return h("p", { class: "muted" }, "No mention recorded.");
      return [
        h("ul", { class: "spelling-list" }, spellings.map((s) => h("li", {}, h("q", {}, s.text), typeof s.count === "number" ? h("span", { class: "muted" }, ` ×${s.count}`) : null))),
        Array.isArray(given) ? null : h("p", { class: "muted small" }, `As written in the ${plural(Math.min(SPELLING_ARTICLES, data.articles?.length ?? 0), "most recent article")}.`),
      ];
    },
    signal,
  );
}

async function spellingsFromArticles(id, hits, signal) {
  const counts = new Map();
  const articles = await Promise.all(hits.slice(0, SPELLING_ARTICLES).map((hit) => getJson(`articles/${hit.id}`, {}, signal)));
  for (const article of articles) {
    for (const e of article.entities) {
      if (e.id !== id) continue;
      for (const m of e.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([text, count]) => ({ text, count }));
}

function cooccurring(items) {
  return h(
    "section",
    { class: "panel", "aria-labelledby": "s-with" },
    h("h2", { id: "s-with" }, "Named with"),
    items.length ? h("ul", { class: "entity-list" }, items.map((e) => h("li", {}, entityLink(e), h("span", { class: "muted" }, ` ${e.type} · ${plural(e.articles, "article")}`)))) : h("p", { class: "muted" }, "Nothing else named with it."),
  );
}

function recentArticles(entity, hits) {
  return h(
    "section",
    { class: "panel", "aria-labelledby": "s-recent" },
    h("h2", { id: "s-recent" }, "Recent articles"),
    hits.length
      ? h("ol", { class: "item-list" }, hits.map((hit) => h("li", { class: "story-item" }, h("h3", { class: "item-title" }, h("a", { href: `/articles/${hit.id}` }, hitLabel(hit))), hit.snippet ? h("p", { class: "snippet" }, snippetNodes(hit.snippet)) : null)))
      : h("p", { class: "muted" }, "None."),
    h("p", {}, h("a", { href: withParam("/search", "", "entity", entity.id) }, "Search all its articles")),
  );
}

/** The entity list: most named first, by type or name. */
export async function renderEntities(query, { signal }) {
  const type = query.get("type") ?? "";
  const q = query.get("q") ?? "";
  const offset = Number(query.get("offset") ?? 0) || 0;
  const list = await getJson("entities", { type, q, offset, limit: 50 }, signal);
  const typeSelect = h(
    "select",
    { id: "e-type", name: "type" },
    [["", "all"], ["person", "people"], ["place", "places"], ["organisation", "organisations"]].map(([value, label]) => h("option", { value, selected: value === type }, label)),
  );
  return {
    title: "Entities",
    content: [
      h("h1", {}, "People, places and organisations"),
      h(
        "form",
        { class: "filters", method: "get", action: "/entities", "aria-label": "Filter entities" },
        h("div", { class: "field" }, h("label", { for: "e-type" }, "Type"), typeSelect),
        h("div", { class: "field" }, h("label", { for: "e-q" }, "Name"), h("input", { id: "e-q", name: "q", value: q, autocomplete: "off" })),
        h("div", { class: "field actions" }, h("button", { type: "submit" }, "Show")),
      ),
      list.items.length
        ? h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "list-table" },
              h("thead", {}, h("tr", {}, ["Name", "Type", "Articles", "First – last"].map((c) => h("th", { scope: "col" }, c)))),
              h("tbody", {}, list.items.map((e) => h("tr", {}, h("td", {}, entityLink(e)), h("td", {}, e.type), h("td", { class: "num" }, e.articles.toLocaleString("en")), h("td", {}, dateRange(e.first, e.last))))),
            ),
          )
        : h("p", { class: "empty" }, "No entity matches."),
      pager(list, (o) => withParam("/entities", query, "offset", o)),
    ],
  };
}
