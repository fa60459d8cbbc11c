// Display helpers: dates as the store sorts them ("2021-09-17T15:56"), languages, numbers.

const languageNames = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "language" }) : null;

/** "fr" → "French"; codes the browser does not know (and "und") stay as they are. */
export function languageName(code) {
  if (!code || code === "und") return "unknown language";
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A sortable date ("2021-09-17T15:56") as "17 Sep 2021, 15:56"; null → the given fallback. */
export function formatDate(sortable, fallback = "date unknown") {
  if (!sortable) return fallback;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(sortable);
  if (!m) return sortable;
  const [, y, mo, d, hh, mm] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : null;
  const day = d ? `${Number(d)} ` : "";
  const time = hh ? `, ${hh}:${mm}` : "";
  return month ? `${day}${month} ${y}${time}` : y;
}

/** A PartialDate (year may be missing) as its parts: "14 Sep (year unknown), 09:10". */
export function formatPartialDate(date) {
  if (!date) return "unknown";
  const parts = [];
  if (date.day) parts.push(String(date.day));
  if (date.month) parts.push(MONTHS[date.month - 1]);
  parts.push(date.year ? String(date.year) : "(year unknown)");
  let text = parts.join(" ");
  if (date.hour !== undefined) text += `, ${String(date.hour).padStart(2, "0")}:${String(date.minute ?? 0).padStart(2, "0")}`;
  return text;
}

/** The date a page gives, as precisely as it gives it: published, else updated ("updated 14 Sep (year unknown), 09:10"). */
export function pageDate(article) {
  if (article.publishedSort && article.published) return formatDate(article.publishedSort);
  if (article.published) return formatPartialDate(article.published);
  if (article.updated) return `updated ${formatPartialDate(article.updated)}`;
  return "date unknown";
}

/** "2021-09" → "Sep 2021". */
export function formatMonth(month) {
  const [y, m] = month.split("-");
  return m ? `${MONTHS[Number(m) - 1]} ${y}` : y;
}

export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

export function percent(x) {
  return `${Math.round(x * 100)}%`;
}

/** A date range of a story or thread: "17 Sep 2021" or "17 Sep 2021 – 3 Oct 2021". */
export function dateRange(first, last) {
  if (!first && !last) return "dates unknown";
  if (!first || !last || first === last) return formatDate(first ?? last);
  return `${formatDate(first)} – ${formatDate(last)}`;
}

/**
 * What to call an article: its title, or (pages without one exist: a source line where the title
 * should be) the start of its text when the text is at hand, else its id.
 */
export function articleLabel(article) {
  const title = article.title?.trim();
  if (title) return title;
  const firstLine = article.text?.trim().split("\n", 1)[0];
  if (firstLine) return firstLine.length > TITLE_FROM_TEXT ? `${firstLine.slice(0, TITLE_FROM_TEXT).replace(/\s+\S*$/, "")}…` : firstLine;
  return `Untitled article ${article.id}`;
}

/** A search hit's label: its title, else the words of its snippet (matches unmarked). */
export function hitLabel(hit) {
  return articleLabel({ id: hit.id, title: hit.title, text: hit.snippet?.replace(/[[\]]/g, "").replace(/^…\s*/, "") });
}

/** Characters of the text standing in for a missing title. */
const TITLE_FROM_TEXT = 110;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
