// Search: full text (accents optional) and/or by entity, in any spelling.
import { getJson } from "../api.js";
import { pager, withParam } from "../components.js";
import { h } from "../dom.js";
import { hitLabel } from "../format.js";

export async function renderSearch(query, { signal }) {
  const q = query.get("q") ?? "";
  const entity = query.get("entity") ?? "";
  const offset = Number(query.get("offset") ?? 0) || 0;
  const headerBox = document.getElementById("header-q");
  if (headerBox && headerBox !== document.activeElement) headerBox.value = q;
  const form = h(
    "form",
    { class: "filters", method: "get", action: "/search", role: "search", "aria-label": "Search articles" },
    h("div", { class: "field grow" }, h("label", { for: "s-q" }, "Words"), h("input", { id: "s-q", name: "q", type: "search", value: q, placeholder: "coopération Kazakhstan", autocomplete: "off" })),
    h("div", { class: "field" }, h("label", { for: "s-entity" }, "Naming"), h("input", { id: "s-entity", name: "entity", value: entity, placeholder: "a name, or an id such as place:FR", autocomplete: "off" })),
    h("div", { class: "field actions" }, h("button", { type: "submit" }, "Search")),
  );
  if (!q && !entity) return { title: "Search", content: [h("h1", {}, "Search"), form, h("p", { class: "muted" }, "Words match with or without accents; a name matches every spelling of the person, place or organisation.")] };
  const list = await getJson("search", { q, entity, offset }, signal);
  const what = [q && `“${q}”`, entity && `naming ${entity}`].filter(Boolean).join(", ");
  return {
    title: `Search: ${q || entity}`,
    content: [
      h("h1", {}, `Search: ${what}`),
      form,
      list.items.length
        ? h(
            "ol",
            { class: "item-list results", start: list.offset + 1 },
            list.items.map((hit) =>
              h(
                "li",
                { class: "story-item" },
                h("h2", { class: "item-title" }, h("a", { href: `/articles/${hit.id}` }, hitLabel(hit))),
                h("p", { class: "snippet" }, snippetNodes(hit.snippet ?? "")),
                hit.groupId !== null && hit.groupId !== undefined ? h("p", { class: "item-meta" }, `in copy group ${hit.groupId}`) : null,
              ),
            ),
          )
        : h("p", { class: "empty" }, "Nothing found."),
      pager(list, (o) => withParam("/search", query, "offset", o)),
    ],
  };
}

/** A store snippet marks matches in [brackets]: those become <mark>, the rest stays text. */
export function snippetNodes(snippet) {
  const nodes = [];
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) nodes.push(snippet.slice(last, m.index));
    nodes.push(h("mark", {}, m[1]));
    last = m.index + m[0].length;
  }
  if (last < snippet.length) nodes.push(snippet.slice(last));
  return nodes;
}
