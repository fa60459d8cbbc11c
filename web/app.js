// The newsfold web UI: plain ES modules, no build step. History routing: the server answers every
// non-/api path with index.html, so a link can be opened in a new tab or reloaded.
import { ApiError } from "./api.js";
import { h, replace } from "./dom.js";
import { renderArticle } from "./pages/article.js";
import { renderCompare } from "./pages/compare.js";
import { renderEntities, renderEntity } from "./pages/entity.js";
import { renderFeed } from "./pages/feed.js";
import { renderSearch } from "./pages/search.js";
import { renderStory } from "./pages/story.js";
import { renderThread, renderThreads } from "./pages/thread.js";

/** Path patterns in order; the first match renders. A page returns { title, content } and may fill more in later. */
const ROUTES = [
  { pattern: /^\/$/, nav: "stories", render: (m, q, ctx) => renderFeed(q, ctx) },
  { pattern: /^\/stories\/(\d+)$/, nav: "stories", render: (m, q, ctx) => renderStory(Number(m[1]), ctx) },
  { pattern: /^\/articles\/(\d+)$/, nav: null, render: (m, q, ctx) => renderArticle(Number(m[1]), ctx) },
  { pattern: /^\/compare$/, nav: "compare", render: (m, q, ctx) => renderCompare(q, ctx) },
  { pattern: /^\/entities$/, nav: "entities", render: (m, q, ctx) => renderEntities(q, ctx) },
  { pattern: /^\/entity$/, nav: "entities", render: (m, q, ctx) => renderEntity(q.get("id") ?? "", ctx) },
  { pattern: /^\/threads$/, nav: "threads", render: (m, q, ctx) => renderThreads(q, ctx) },
  { pattern: /^\/threads\/(\d+)$/, nav: "threads", render: (m, q, ctx) => renderThread(Number(m[1]), ctx) },
  { pattern: /^\/search$/, nav: "search", render: (m, q, ctx) => renderSearch(q, ctx) },
];

const main = document.getElementById("main");
let current = null;
let rendered = 0;

/** Goes to a path inside the app (pushState), or replaces the entry when `replaceEntry`. */
export function navigate(url, { replaceEntry = false } = {}) {
  const target = new URL(url, location.href);
  if (replaceEntry) history.replaceState(null, "", target);
  else history.pushState(null, "", target);
  void render();
}

async function render() {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const path = location.pathname.replace(/\/+$/, "") || "/";
  const query = new URLSearchParams(location.search);
  const route = ROUTES.find((r) => r.pattern.test(path));
  markNav(route?.nav ?? null);
  main.setAttribute("aria-busy", "true");
  const ctx = { signal: controller.signal, navigate };
  try {
    const page = route ? await route.render(route.pattern.exec(path), query, ctx) : notFound();
    if (controller.signal.aborted) return;
    document.title = `${page.title} · newsfold`;
    replace(main, page.content);
    // For test/browser/page-timings.ts: when the page's own content is shown (late sections may follow).
    performance.mark("newsfold:page-shown");
  } catch (error) {
    if (controller.signal.aborted) return;
    document.title = "Error · newsfold";
    replace(main, errorView(error));
  } finally {
    if (current === controller) main.removeAttribute("aria-busy");
  }
  // After a navigation inside the app, move focus to the new page's heading so keyboard and
  // screen-reader users start at its top; a fresh load leaves focus where the browser puts it.
  const heading = main.querySelector("h1");
  const navigated = rendered++ > 0;
  if (heading && navigated && !restoringHash()) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
}

function restoringHash() {
  if (!location.hash) return false;
  document.getElementById(location.hash.slice(1))?.scrollIntoView();
  return true;
}

function notFound() {
  return { title: "Not found", content: [h("h1", {}, "Page not found"), h("p", {}, "Nothing lives at this address. ", h("a", { href: "/" }, "Back to the stories."))] };
}

function errorView(error) {
  const isApi = error instanceof ApiError;
  const title = isApi && error.status === 404 ? "Not found" : "Something went wrong";
  return [
    h("h1", {}, title),
    h("p", { class: "error", role: "alert" }, error.message, isApi ? h("code", { class: "error-code" }, ` (${error.code})`) : null),
    h("p", {}, h("a", { href: "/" }, "Back to the stories.")),
  ];
}

function markNav(name) {
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

/** Same-origin links and GET forms stay inside the app; new tabs, downloads and /api links are the browser's. */
document.addEventListener("click", (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest("a") : null;
  if (!link || link.hasAttribute("download") || (link.getAttribute("target") ?? "_self") !== "_self") return;
  const href = link.getAttribute("href");
  if (!href || href.startsWith("#")) return;
  const url = new URL(href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith("/api/")) return;
  event.preventDefault();
  navigate(url);
});

document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "get" || form.dataset.local !== undefined) return;
  event.preventDefault();
  const url = new URL(form.getAttribute("action") ?? location.pathname, location.href);
  for (const [key, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") url.searchParams.set(key, value.trim());
  }
  navigate(url);
});

window.addEventListener("popstate", () => void render());
void render();
