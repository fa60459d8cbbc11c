// A story: its articles on a timeline (copies folded under their canonical article), outlets and
// languages, the thread it belongs to, and a map of the places it names.
import { getJson } from "../api.js";
import { clipList, languageBadge, lateSection, storyList, timeEl } from "../components.js";
import { h } from "../dom.js";
import { articleLabel, dateRange, languageName, plural } from "../format.js";
import { placesMap } from "../map.js";

/** Articles fetched (and drawn) at once; "Show more" fetches the next page from the API. */
const TIMELINE_STEP = 100;

export async function renderStory(id, { signal, navigate }) {
  // A story merged into another by a refold answers with a redirect that fetch follows: show the survivor at its own address.
  const first = await getJson(`stories/${id}`, { limit: TIMELINE_STEP }, signal);
  const { story, thread } = first;
  if (story.id !== id) history.replaceState(null, "", `/stories/${story.id}`);
  const loadPage = (offset) => getJson(`stories/${story.id}`, { limit: TIMELINE_STEP, offset }, signal);
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
      h("div", { class: "columns" }, timeline(first, loadPage, navigate), h("div", { class: "side" }, threadSection(story, thread, signal), mapSection(story.id, signal))),
    ],
  };
}

/**
 * One entry per article that is no copy of another in this story, in publication order, each carrying
 * the copies of its group (a canonical article's copies follow it into its story).
 *
 * Pages arrive one at a time: pass the same `heads` (group id → entry) for each page, and a copy whose
 * canonical article came on an earlier page joins that entry's `copies` instead of making a new entry
 * (the canonical article is the earliest published, so it comes first). Returns the new entries only.
 */
export function foldCopies(articles, heads = new Map()) {
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

function timeline(first, loadPage, navigate) {
  const chosen = new Set();
  const compareButton = h("button", { type: "submit", disabled: true }, "Compare the two selected");
  const hint = h("span", { class: "muted", id: "compare-hint" }, "Select two articles to compare them.");
  const onToggle = (event) => {
    const box = event.target;
    if (box.checked) chosen.add(box.value);
    else chosen.delete(box.value);
    compareButton.disabled = chosen.size !== 2;
  };
  // A story of thousands of articles is fetched and drawn a page at a time: neither the download nor
  // the DOM grows with the story until the reader asks for more.
  const heads = new Map();
  const drawn = [];
  const firstEntries = foldCopies(first.articles, heads);
  const comparable = firstEntries.length > 1 || first.next !== null;
  const list = h("ol", { class: "timeline" });
  const more = h("p", { class: "more", "aria-live": "polite" });
  let loaded = first.offset + first.articles.length;
  let next = first.next;
  const draw = (entries) => {
    // Copies whose canonical article is already on screen join its "+N copies".
    for (const item of drawn) if (item.entry.copies.length !== item.shownCopies) item.refresh();
    const items = entries.map((entry) => drawnItem(entry, comparable ? onToggle : null));
    drawn.push(...items);
    list.append(...items.map((item) => item.li));
    more.replaceChildren();
    if (next !== null) {
      const remaining = Math.max(0, first.total - loaded);
      const label = `Show ${Math.min(TIMELINE_STEP, remaining)} more (${remaining} not shown)`;
      more.append(h("button", { type: "button", class: "secondary", onclick: onMore }, label));
    }
    return items[0];
  };
  const onMore = async (event) => {
    event.currentTarget.disabled = true;
    event.currentTarget.textContent = "Loading…";
    try {
      const answer = await loadPage(next);
      loaded = answer.offset + answer.articles.length;
      next = answer.next;
      // Keyboard users land on the first new entry rather than at the end of the list.
      draw(foldCopies(answer.articles, heads))?.li.querySelector("a")?.focus();
    } catch (error) {
      if (error.name === "AbortError") return;
      more.replaceChildren(h("span", { class: "error" }, `Could not load more: ${error.message} `), h("button", { type: "button", class: "secondary", onclick: onMore }, "Try again"));
    }
  };
  draw(firstEntries);
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
    comparable ? h("p", { class: "compare-bar" }, compareButton, " ", hint) : null,
  );
  return h("section", { class: "panel main-col", "aria-labelledby": "s-timeline" }, h("h2", { id: "s-timeline" }, "Timeline"), form);
}

/** A timeline entry on screen; `refresh` redraws its copies when a later page brought more of them. */
function drawnItem(entry, onToggle) {
  const { article, copies } = entry;
  let details = copies.length ? copiesDetails(copies, article) : null;
  const what = h(
    "div",
    { class: "what" },
    h("h3", { class: "item-title" }, h("a", { href: `/articles/${article.id}` }, articleLabel(article))),
    h("p", { class: "item-meta" }, article.site ?? hostOf(article.url) ?? "outlet unknown", " · ", languageBadge(article.lang), quoteNote(article), onToggle ? [" · ", selectBox(article, onToggle)] : null),
    details,
  );
  const item = {
    entry,
    shownCopies: copies.length,
    li: h("li", { class: "timeline-item" }, h("div", { class: "when" }, timeEl(article.published, "date unknown")), what),
    refresh() {
      const updated = copiesDetails(copies, article);
      updated.open = details?.open ?? false;
      if (details) details.replaceWith(updated);
      else what.append(updated);
      details = updated;
      item.shownCopies = copies.length;
    },
  };
  return item;
}

/**
 * " · quotes 1 text · quoted by 3 articles" when the article quotes a text or is quoted (a quoting article
 * is no copy: it stays on the timeline with its own reporting); the article page lists them.
 */
function quoteNote(article) {
  const { quotes = 0, quotedBy = 0 } = article.quoteCounts ?? {};
  if (!quotes && !quotedBy) return null;
  const parts = [];
  if (quotes) parts.push(`quotes ${quotes} ${quotes === 1 ? "text" : "texts"}`);
  if (quotedBy) parts.push(`quoted by ${quotedBy} ${quotedBy === 1 ? "article" : "articles"}`);
  return [" · ", h("a", { class: "quote-note", href: `/articles/${article.id}` }, parts.join(" · "))];
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
