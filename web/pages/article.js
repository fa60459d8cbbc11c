// An article: its cleaned text with the entities it names highlighted, the spans cleaning removed
// (shown on demand), where it came from, its copies and the stored articles most like it.
import { getJson, idSegment } from "../api.js";
import { definitionList, entityLink, languageBadge, onDemandSection, timeEl } from "../components.js";
import { h } from "../dom.js";
import { articleLabel, formatDate, formatPartialDate, languageName, pageDate, percent } from "../format.js";
import { documentParts, highlighted } from "../highlight.js";

const TYPES = ["person", "place", "organisation"];
const SIMILAR_SHOWN = 8;

export async function renderArticle(id, { signal }) {
  const article = await getJson(`articles/${id}`, {}, signal);
  const title = articleLabel(article);
  const parts = documentParts(article);
  const mentions = article.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e })));
  const mark = (m, slice) => h("mark", { class: `ent type-${m.entity.type}`, title: `${m.entity.name} (${m.entity.type})` }, slice);
  return {
    title,
    content: [
      h("p", { class: "kicker" }, article.storyId ? [h("a", { href: `/stories/${article.storyId}` }, `Story ${article.storyId}`), " › "] : null, `article ${article.id}`),
      h("h1", { class: "article-title" }, parts.title ? highlighted(parts.title, 0, mentions, mark) : [title, h("span", { class: "untitled" }, " (no title: the start of its text)")]),
      h(
        "p",
        { class: "lede" },
        article.site ?? "outlet unknown",
        " · ",
        pageDate(article),
        " · ",
        languageBadge(article.lang),
        ` ${languageName(article.lang)}`,
        article.author ? ` · by ${article.author}` : null,
      ),
      h(
        "div",
        { class: "columns" },
        h(
          "div",
          { class: "main-col" },
          h("section", { class: "panel", "aria-labelledby": "s-text" }, h("h2", { id: "s-text" }, "Cleaned text"), legend(article.entities), h("div", { class: "article-text", lang: article.lang === "und" ? null : article.lang }, highlighted(parts.text, parts.bodyStart, mentions, mark))),
          removedSection(article.removed ?? []),
        ),
        h("div", { class: "side" }, factsSection(article), entitiesSection(article.entities), copiesSection(article), quotesSection(article), similarSection(article.id, signal)),
      ),
    ],
  };
}

function legend(entities) {
  const present = TYPES.filter((t) => entities.some((e) => e.type === t));
  if (!present.length) return h("p", { class: "muted" }, "No people, places or organisations found.");
  return h("p", { class: "legend" }, "Highlighted: ", present.map((t) => h("mark", { class: `ent type-${t}` }, t === "person" ? "people" : `${t}s`)).flatMap((m, i) => (i ? [" ", m] : [m])));
}

function removedSection(removed) {
  const list = h(
    "ol",
    { class: "removed-list", id: "removed-spans", hidden: true },
    removed.map((r) => h("li", {}, h("span", { class: "reason" }, r.reason), r.start !== undefined ? h("span", { class: "muted" }, ` characters ${r.start}–${r.end} of the source`) : null, h("pre", { class: "removed-text" }, r.text))),
  );
  const button = h(
    "button",
    {
      type: "button",
      "aria-expanded": "false",
      "aria-controls": "removed-spans",
      disabled: removed.length === 0,
      onclick: () => {
        const open = list.hidden;
        list.hidden = !open;
        button.setAttribute("aria-expanded", String(open));
        button.textContent = `${open ? "Hide" : "Show"} removed spans (${removed.length})`;
      },
    },
    removed.length ? `Show removed spans (${removed.length})` : "Cleaning removed nothing",
  );
  return h("section", { class: "panel", "aria-labelledby": "s-removed" }, h("h2", { id: "s-removed" }, "Removed by cleaning"), h("p", {}, button), list);
}

function factsSection(a) {
  const p = a.provenance ?? {};
  return h(
    "section",
    { class: "panel", "aria-labelledby": "s-provenance" },
    h("h2", { id: "s-provenance" }, "Provenance"),
    definitionList([
      ["URL", a.url ? h("a", { href: a.url, rel: "noopener noreferrer nofollow", class: "url" }, a.url) : null],
      ["File", p.file ? h("code", { class: "url" }, p.file) : null],
      ["Format", p.format],
      ["Line", p.line],
      ["Record offset", p.offset],
      ["WARC record", p.recordId ? h("code", { class: "url" }, p.recordId) : null],
      ["Fetched", p.fetchedAt],
      ["Also read at", otherSources(a.otherSources ?? [])],
      ["Encoding", a.encoding ? `${a.encoding.name ?? a.encoding}${a.encoding.repaired ? " (repaired: it had been decoded twice)" : ""}` : null],
      ["Bytes", typeof a.bytes === "number" ? a.bytes.toLocaleString("en") : null],
      ["Published", a.published ? `${formatPartialDate(a.published)} (“${a.published.text}”)` : "unknown"],
      ["Updated", a.updated ? `${formatPartialDate(a.updated)} (“${a.updated.text}”)` : null],
      ["Dateline", a.dateline?.text],
      ["Event date", a.eventDate ? `${formatPartialDate(a.eventDate.date)} (from “${a.eventDate.text}”)` : null],
      ["Language", `${languageName(a.lang)} (${percent(a.langConfidence ?? 0)} sure)`],
      ["Ingested", a.ingestedAt ? formatDate(a.ingestedAt.slice(0, 16)) : null],
      ["Story", a.storyId ? h("a", { href: `/stories/${a.storyId}` }, `story ${a.storyId}`) : null],
      ["Thread", a.threadId ? h("a", { href: `/threads/${a.threadId}` }, `thread ${a.threadId}`) : null],
    ]),
  );
}

/** Every other place the identical document was read at (file, line or record offset), one per line; null when none. */
function otherSources(sources) {
  if (sources.length === 0) return null;
  const place = (s) => [s.file, s.line ? `line ${s.line}` : "", s.offset !== undefined ? `offset ${s.offset}` : ""].filter(Boolean).join(", ");
  return h("ul", { class: "sources" }, sources.map((s) => h("li", {}, h("code", { class: "url" }, place(s)))));
}

function entitiesSection(entities) {
  return h(
    "section",
    { class: "panel", "aria-labelledby": "s-entities" },
    h("h2", { id: "s-entities" }, "Named"),
    TYPES.map((type) => {
      const ofType = entities.filter((e) => e.type === type);
      if (!ofType.length) return null;
      return [
        h("h3", { class: "small-heading" }, type === "person" ? "People" : `${type[0].toUpperCase()}${type.slice(1)}s`),
        h(
          "ul",
          { class: "entity-list" },
          ofType.map((e) => h("li", {}, entityLink(e), h("span", { class: "muted" }, ` ×${e.mentions.length}`), spellings(e))),
        ),
      ];
    }),
  );
}

/** The distinct spellings the article uses, when they differ from the display name. */
function spellings(entity) {
  const distinct = [...new Set(entity.mentions.map((m) => m.text))].filter((s) => s !== entity.name);
  return distinct.length ? h("span", { class: "spellings" }, ` as ${distinct.map((s) => `“${s}”`).join(", ")}`) : null;
}

function copiesSection(article) {
  const group = article.copies ?? article.copyGroup ?? null;
  if (!group || !group.members || group.members.length < 2) return null;
  return h(
    "section",
    { class: "panel", "aria-labelledby": "s-copies" },
    h("h2", { id: "s-copies" }, `Copies (${group.members.length - 1})`),
    h(
      "ul",
      { class: "plain-list" },
      group.members.map((m) =>
        h(
          "li",
          {},
          m.id === article.id ? h("strong", {}, "this article") : h("a", { href: `/articles/${m.id}` }, articleLabel(m)),
          h("span", { class: "muted" }, ` ${m.kind} · ${percent(m.similarity)} · `, timeEl(m.published, "date unknown")),
          m.id === article.id ? null : [" · ", h("a", { href: `/compare?a=${article.id}&b=${m.id}` }, "compare")],
        ),
      ),
    ),
  );
}

/**
 * "Quotes" relations: texts lying whole inside this one (a wire story it quotes) and the articles quoting
 * this one. A quoting article is no copy: it stays an original with its own reporting around the quote.
 */
function quotesSection(article) {
  const quotes = article.quotes ?? [];
  const quotedBy = article.quotedBy ?? [];
  if (!quotes.length && !quotedBy.length) return null;
  const counts = article.quoteCounts ?? { quotes: quotes.length, quotedBy: quotedBy.length };
  const item = (r, verb) =>
    h(
      "li",
      {},
      `${verb} `,
      h("a", { href: `/articles/${r.id}` }, articleLabel(r)),
      h("span", { class: "muted" }, ` · ${percent(r.share)} of the quoted text · `, timeEl(r.published, "date unknown")),
      [" · ", h("a", { href: `/compare?a=${article.id}&b=${r.id}` }, "compare")],
    );
  return h(
    "section",
    { class: "panel quotes", "aria-labelledby": "s-quotes" },
    h("h2", { id: "s-quotes" }, "Quotes"),
    quotes.length ? h("ul", { class: "plain-list quotes-list" }, quotes.map((r) => item(r, "quotes"))) : null,
    counts.quotedBy ? h("p", { class: "quoted-by" }, `quoted by ${counts.quotedBy} article${counts.quotedBy === 1 ? "" : "s"}`) : null,
    quotedBy.length ? h("ul", { class: "plain-list quoted-by-list" }, quotedBy.map((r) => item(r, "quoted by"))) : null,
  );
}

function similarSection(id, signal) {
  return onDemandSection(
    "Most similar",
    "Find the most similar articles",
    async () => {
      const { items } = await getJson(`articles/${idSegment(id)}/similar`, { k: SIMILAR_SHOWN }, signal);
      if (!items.length) return h("p", { class: "muted" }, "Nothing similar stored.");
      return h(
        "ol",
        { class: "plain-list" },
        items.map((s) =>
          h(
            "li",
            {},
            h("a", { href: `/articles/${s.id}` }, articleLabel(s)),
            h("br"),
            h("span", { class: "muted" }, `${s.verdict} · ${s.overall.toFixed(2)} · ${s.site ?? ""} `),
            h("a", { href: `/compare?a=${id}&b=${s.id}` }, "compare"),
          ),
        ),
      );
    },
    signal,
  );
}
