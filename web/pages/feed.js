// The feed: stories, largest and newest first, filtered by language, outlet, dates and entity.
import { getJson } from "../api.js";
import { pager, storyList, withParam } from "../components.js";
import { h } from "../dom.js";
import { plural } from "../format.js";

const FILTERS = ["lang", "site", "from", "to", "entity"];

export async function renderFeed(query, { signal }) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? ""]));
  const offset = Number(query.get("offset") ?? 0) || 0;
  const list = await getJson("stories", { ...filters, offset }, signal);
  const filtered = FILTERS.some((k) => filters[k]);
  return {
    title: "Stories",
    content: [
      h("h1", {}, "Stories"),
      storeSummary(signal),
      filterForm(filters),
      list.items.length
        ? storyList(list.items)
        : h("p", { class: "empty" }, filtered ? "No story matches these filters." : "No stories yet: ingest some pages (newsfold ingest …)."),
      pager(list, (o) => withParam("/", query, "offset", o)),
    ],
  };
}

/** What the store holds; counting a large store takes longer than a page of stories, so it arrives after. */
function storeSummary(signal) {
  const line = h("p", { class: "lede loading", "aria-live": "polite" });
  getJson("health", {}, signal)
    .then(({ counts }) => {
      line.classList.remove("loading");
      line.append(
        `${plural(counts.articles, "article")} in ${plural(counts.stories ?? 0, "story", "stories")} and ${plural(counts.threads ?? 0, "thread")}; `,
        `${plural(counts.copies, "copy", "copies")} in ${plural(counts.copyGroups, "copy group")}${counts.quotes ? `; ${plural(counts.quotes, "quote")} of one article inside another` : ""}.`,
      );
    })
    .catch(() => line.remove());
  return line;
}

function filterForm(filters) {
  const field = (name, label, attrs = {}, wide = false) =>
    h("div", { class: wide ? "field wide" : "field" }, h("label", { for: `f-${name}` }, label), h("input", { id: `f-${name}`, name, value: filters[name], ...attrs }));
  return h(
    "form",
    { class: "filters", method: "get", action: "/", "aria-label": "Filter stories" },
    field("lang", "Language", { placeholder: "fr", size: 4, autocomplete: "off", pattern: "[a-z]{2,3}", title: "a language code such as fr or en" }),
    field("site", "Outlet", { placeholder: "site or host", autocomplete: "off" }),
    field("from", "From", { type: "date" }),
    field("to", "To", { type: "date" }),
    field("entity", "Entity", { placeholder: "place:KZ or a name", autocomplete: "off" }, true),
    h("div", { class: "field actions" }, h("button", { type: "submit" }, "Filter"), h("a", { href: "/", class: "button-link" }, "Clear")),
  );
}

