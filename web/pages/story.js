// A story: its articles on a timeline (copies folded under their canonical article), outlets and
// languages, the thread it belongs to, and a map of the places it names.
import { getJson } from "../api.js";
import { clipList, languageBadge, lateSection, storyList, timeEl } from "../components.js";
import { h } from "../dom.js";
import { articleLabel, dateRange, languageName, plural } from "../format.js";
import { placesMap } from "../map.js";

/** Timeline entries drawn at once; more on demand. */
const TIMELINE_STEP = 100;

export async function renderStory(id, { signal, navigate }) {
  const { story, articles, thread } = await getJson(`stories/${id}`, {}, signal);
  const entries = foldCopies(articles);
  return {
    title: story.title,
    content: [
      h("p", { class: "kicker" }, h("a", { href: "/" }, "Stories"), ` › story ${story.id}`),
      h("h1", {}, story.title),
      h(
        "p",
        { class: "lede" },
        `${plural(story.articles, "article")} · ${dateRange(story.first, story.last)} · `,
        `${plural(story.languages.length, "language")} (${story.languages.map(languageName).join(", ") || "none known"}) · `,
        `${plural(story.sites.length, "outlet")}${story.sites.length ? ` (${clipList(story.sites, 4)})` : ""}`,
      ),
      h("div", { class: "columns" }, timeline(entries, navigate), h("div", { class: "side" }, threadSection(story, thread, signal), mapSection(story.id, signal))),
    ],
  };
}

/**
 * One entry per article that is no copy of another in this story, in publication order, each carrying
 * the copies of its group (a canonical article's copies follow it into its story).
 */
export function foldCopies(articles) {
  const heads = new Map();
  const entries = [];
  for (const a of articles) {
    if (a.groupId !== null && a.copyKind === "canonical") {
      const entry = { article: a, copies: [] };
      heads.set(a.groupId, entry);
      entries.push(entry);
    }
  }
  for (const a of articles) {
    if (a.groupId !== null && a.copyKind === "canonical") continue;
    const head = a.groupId !== null ? heads.get(a.groupId) : undefined;
    if (head) head.copies.push(a);
    else entries.push({ article: a, copies: [] });
  }
  const order = new Map(articles.map((a, i) => [a.id, i]));
  return entries.sort((x, y) => order.get(x.article.id) - order.get(y.article.id));
}

function timeline(entries, navigate) {
  const chosen = new Set();
  const compareButton = h("button", { type: "submit", disabled: true }, "Compare the two selected");
  const hint = h("span", { class: "muted", id: "compare-hint" }, "Select two articles to compare them.");
  const onToggle = (event) => {
    const box = event.target;
    if (box.checked) chosen.add(box.value);
    else chosen.delete(box.value);
    compareButton.disabled = chosen.size !== 2;
  };
  // A story of thousands of articles is drawn a part at a time: the DOM, not the data, is what costs.
  const list = h("ol", { class: "timeline" });
  const more = h("p", { class: "more" });
  let shown = 0;
  const showMore = () => {
    const first = shown;
    shown = Math.min(entries.length, shown + TIMELINE_STEP);
    list.append(...entries.slice(first, shown).map((e) => timelineItem(e, entries.length > 1 ? onToggle : null)));
    more.replaceChildren();
    if (shown < entries.length) {
      const label = `Show ${Math.min(TIMELINE_STEP, entries.length - shown)} more (${entries.length - shown} not shown)`;
      more.append(h("button", { type: "button", class: "secondary", onclick: onMore }, label));
    }
    return first;
  };
  // Keyboard users land on the first new entry rather than at the end of the list.
  const onMore = () => list.children[showMore()]?.querySelector("a")?.focus();
  showMore();
  const form = h(
    "form",
    {
      class: "timeline-form",
      "data-local": "",
      onsubmit: (event) => {
        event.preventDefault();
        const [a, b] = [...chosen];
        if (a && b) navigate(`/compare?a=${a}&b=${b}`);
      },
    },
    list,
    more,
    // Comparing needs two articles that are no copy of each other (a copy's own link compares it).
    entries.length > 1 ? h("p", { class: "compare-bar" }, compareButton, " ", hint) : null,
  );
  return h("section", { class: "panel main-col", "aria-labelledby": "s-timeline" }, h("h2", { id: "s-timeline" }, "Timeline"), form);
}

function timelineItem({ article, copies }, onToggle) {
  return h(
    "li",
    { class: "timeline-item" },
    h("div", { class: "when" }, timeEl(article.published, "date unknown")),
    h(
      "div",
      { class: "what" },
      h("h3", { class: "item-title" }, h("a", { href: `/articles/${article.id}` }, articleLabel(article))),
      h("p", { class: "item-meta" }, article.site ?? hostOf(article.url) ?? "outlet unknown", " · ", languageBadge(article.lang), onToggle ? [" · ", selectBox(article, onToggle)] : null),
      copies.length ? copiesDetails(copies, article) : null,
    ),
  );
}

function selectBox(article, onToggle) {
  const id = `pick-${article.id}`;
  return h("span", { class: "pick" }, h("input", { type: "checkbox", id, value: article.id, onchange: onToggle, "aria-describedby": "compare-hint" }), h("label", { for: id }, "select", h("span", { class: "visually-hidden" }, ` article ${article.id} to compare`)));
}

function copiesDetails(copies, canonical) {
  return h(
    "details",
    { class: "copies" },
    h("summary", {}, `+${copies.length} ${copies.length === 1 ? "copy" : "copies"}`),
    h(
      "ul",
      {},
      copies.map((c) =>
        h(
          "li",
          {},
          h("a", { href: `/articles/${c.id}` }, articleLabel(c)),
          " ",
          h("span", { class: "muted" }, `${c.copyKind ?? "copy"} copy · ${c.site ?? hostOf(c.url) ?? "outlet unknown"} · `, timeEl(c.published, "date unknown"), " · "),
          h("a", { href: `/compare?a=${canonical.id}&b=${c.id}`, "aria-label": `compare copy ${c.id} with article ${canonical.id}` }, "compare"),
        ),
      ),
    ),
  );
}

function threadSection(story, thread, signal) {
  if (!thread) return h("section", { class: "panel", "aria-labelledby": "s-thread" }, h("h2", { id: "s-thread" }, "Thread"), h("p", { class: "muted" }, "This story is in no thread."));
  return lateSection(
    "Thread",
    async () => {
      const full = await getJson(`threads/${thread.id}`, {}, signal);
      return [
        h("p", {}, h("a", { href: `/threads/${thread.id}` }, thread.title), h("br"), h("span", { class: "muted" }, `${plural(thread.stories, "story", "stories")} · ${dateRange(thread.first, thread.last)}`)),
        storyList(full.stories, { currentId: story.id }),
      ];
    },
    signal,
  );
}

function mapSection(storyId, signal) {
  return lateSection("Places", async () => placesMap(await getJson("places", { story: storyId }, signal), signal), signal);
}

function hostOf(url) {
  try {
    return url ? new URL(url).host : null;
  } catch {
    return null;
  }
}
