// Threads: stories linked by their central actors and topic over time.
import { getJson } from "../api.js";
import { pager, storyList, threadItem, withParam } from "../components.js";
import { h } from "../dom.js";
import { dateRange, plural } from "../format.js";

export async function renderThreads(query, { signal }) {
  const offset = Number(query.get("offset") ?? 0) || 0;
  const list = await getJson("threads", { offset }, signal);
  return {
    title: "Threads",
    content: [
      h("h1", {}, "Threads"),
      h("p", { class: "lede" }, "Stories that follow the same actors and topic over time."),
      list.items.length ? h("ol", { class: "item-list" }, list.items.map(threadItem)) : h("p", { class: "empty" }, "No threads yet."),
      pager(list, (o) => withParam("/threads", query, "offset", o)),
    ],
  };
}

export async function renderThread(id, { signal }) {
  const { thread, stories } = await getJson(`threads/${id}`, {}, signal);
  if (thread.id !== id) history.replaceState(null, "", `/threads/${thread.id}`); // merged by a refold: the redirect was followed
  return {
    title: thread.title,
    content: [
      h("p", { class: "kicker" }, h("a", { href: "/threads" }, "Threads"), ` › thread ${thread.id}`),
      h("h1", {}, thread.title),
      h("p", { class: "lede" }, `${plural(thread.stories, "story", "stories")} · ${plural(thread.articles, "article")} · ${dateRange(thread.first, thread.last)}`),
      h("section", { class: "panel", "aria-labelledby": "s-stories" }, h("h2", { id: "s-stories" }, "Stories"), storyList(stories)),
    ],
  };
}
