// Pieces several pages share: story and thread items, pagination, entity links, late-filled sections.
import { h, replace } from "./dom.js";
import { dateRange, formatDate, languageName, plural } from "./format.js";

export function storyItem(story, { current = false } = {}) {
  return h(
    "li",
    { class: current ? "story-item current" : "story-item" },
    h("h3", { class: "item-title" }, current ? h("span", { "aria-current": "page" }, story.title) : h("a", { href: `/stories/${story.id}` }, story.title)),
    h(
      "p",
      { class: "item-meta" },
      h("span", { class: "count" }, plural(story.articles, "article")),
      " · ",
      h("span", {}, dateRange(story.first, story.last)),
      story.languages.length ? [" · ", story.languages.map(languageName).join(", ")] : null,
      story.sites.length ? [" · ", clipList(story.sites, 3)] : null,
      story.threadId !== null && story.threadId !== undefined ? [" · ", h("a", { href: `/threads/${story.threadId}` }, `thread ${story.threadId}`)] : null,
    ),
  );
}

export function storyList(stories, options) {
  return h("ol", { class: "item-list" }, stories.map((s) => storyItem(s, { current: s.id === options?.currentId })));
}

export function threadItem(thread) {
  return h(
    "li",
    { class: "story-item" },
    h("h3", { class: "item-title" }, h("a", { href: `/threads/${thread.id}` }, thread.title)),
    h("p", { class: "item-meta" }, plural(thread.stories, "story", "stories"), " · ", plural(thread.articles, "article"), " · ", dateRange(thread.first, thread.last)),
  );
}

/**
 * The page of an entity. Its id travels in the query ("/entity?id=place%3AKZ"): ids hold ":" and may
 * hold ".", which the static server rightly refuses in a path it would otherwise fall back from.
 */
export function entityHref(id) {
  return `/entity?id=${encodeURIComponent(id)}`;
}

export function entityLink(entity) {
  return h("a", { href: entityHref(entity.id), class: `entity-link type-${entity.type}` }, entity.name);
}

/** "a, b, c and 4 more". */
export function clipList(values, shown) {
  return values.length <= shown ? values.join(", ") : `${values.slice(0, shown).join(", ")} and ${values.length - shown} more`;
}

/**
 * Previous/next links for a list answer ({ limit, offset, next, total? }); `hrefFor(offset)` builds the link.
 * Shows "21–40 of 345" when the API gives a total.
 */
export function pager(list, hrefFor) {
  const shownTo = list.offset + list.items.length;
  const range = list.items.length === 0 ? "nothing here" : `${list.offset + 1}–${shownTo}${typeof list.total === "number" ? ` of ${list.total.toLocaleString("en")}` : ""}`;
  const previous = list.offset > 0 ? h("a", { href: hrefFor(Math.max(0, list.offset - list.limit)), rel: "prev" }, "← Previous") : null;
  const next = list.next !== null && list.next !== undefined ? h("a", { href: hrefFor(list.next), rel: "next" }, "Next →") : null;
  return h("nav", { class: "pager", "aria-label": "Pages" }, previous, h("span", { class: "pager-range" }, range), next);
}

/** A URL with one query parameter changed (offset 0 and empty values are left out). */
export function withParam(path, query, key, value) {
  const params = new URLSearchParams(query);
  if (value === null || value === undefined || value === "" || (key === "offset" && Number(value) === 0)) params.delete(key);
  else params.set(key, String(value));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * A section whose content loads after the page is shown (similar articles, maps): the page does not wait
 * for slow extras, and a failure there leaves the rest usable.
 */
export function lateSection(heading, load, signal) {
  const id = `s-${heading.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  const body = h("div", { class: "late-body", "aria-live": "polite" }, h("p", { class: "loading" }, "Loading…"));
  const el = h("section", { class: "panel", "aria-labelledby": id }, h("h2", { id }, heading), body);
  Promise.resolve()
    .then(() => load(signal))
    .then((content) => {
      if (signal.aborted) return;
      if (content === null) el.remove();
      else replace(body, content);
    })
    .catch((error) => {
      if (!signal.aborted) replace(body, h("p", { class: "error" }, `Could not load: ${error.message}`));
    });
  return el;
}

/**
 * A section whose content costs the server real work (similar articles score the whole store): loaded
 * only when the reader asks, by a button; focus then moves to the result.
 */
export function onDemandSection(heading, buttonLabel, load, signal) {
  const id = `s-${heading.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  const body = h("div", { class: "late-body", "aria-live": "polite", tabindex: "-1" });
  const start = () => {
    replace(body, h("p", { class: "loading" }, "Loading…"));
    Promise.resolve()
      .then(() => load(signal))
      .then((content) => {
        if (signal.aborted) return;
        replace(body, content);
        body.focus();
      })
      .catch((error) => {
        if (!signal.aborted) replace(body, h("p", { class: "error" }, `Could not load: ${error.message}`));
      });
  };
  replace(body, h("button", { type: "button", class: "secondary", onclick: start }, buttonLabel));
  return h("section", { class: "panel", "aria-labelledby": id }, h("h2", { id }, heading), body);
}

export function definitionList(rows) {
  return h(
    "dl",
    { class: "facts" },
    rows.filter(([, value]) => value !== null && value !== undefined && value !== "").map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]),
  );
}

export function timeEl(sortable, fallback) {
  return sortable ? h("time", { datetime: sortable }, formatDate(sortable)) : h("span", { class: "muted" }, fallback ?? "date unknown");
}

export function languageBadge(code) {
  return h("abbr", { class: "lang", title: languageName(code) }, code);
}
