/**
 * The site's name in a page's head title, and what is left without it: "Headline | The Daily Example",
 * "Headline – daily-example.com", "…城！-新华网". Used when no visible heading agrees with the head.
 */

/** Parts of a `<title>` split at the separators sites put between headline and site name. */
export const TITLE_SEPARATOR = /\s+[|–—\-·•»›:]{1,2}\s+|\s*[|»›]\s*|\s+::\s+/u;
/**
 * Chinese, Japanese and Korean titles set the site's name after a separator without spaces ("…城！-新华网",
 * "…_凤凰网", "…｜NHK"), and name news sites by what they are: a web (网, 網), a paper (报, 報, 新聞, 日報, 신문,
 * 일보), news (新闻, 资讯, ニュース, 뉴스), a channel (频道). A last part ending so is the site's name, and so is a
 * short last part in Latin letters alone ("｜NHK NEWS WEB") after a headline in these scripts.
 */
const CJK_TITLE_SEPARATOR = /\s*[_｜|－\-—–]\s*/u;
const CJK_SITE_NAME = /(?:网|網|报|報|新聞|新闻|日報|日报|时报|時報|频道|资讯|資訊|ニュース|新聞デジタル|뉴스|신문|일보|닷컴)(?:\s*(?:NEWS|WEB|Online|Digital|デジタル))?$/iu;
const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A site's name is short: a longer last part is the headline's own. */
const MAX_CJK_SITE_CHARS = 12;
const MAX_LATIN_SITE_CHARS = 20;
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\s.&'-]+$/u;

function isCjkSiteName(part: string): boolean {
  const p = part.trim();
  return (p.length <= MAX_CJK_SITE_CHARS && CJK_SITE_NAME.test(p)) || (p.length <= MAX_LATIN_SITE_CHARS && /\p{L}/u.test(p) && LATIN_ONLY.test(p));
}

/** The words of a text, lower-cased: what titles and headings are compared by. */
export function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** How many words two sets share. */
export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** The head's title without the site's name: the longest part between separators when one names the site. */
export function withoutSiteName(title: string, site: string | undefined, host: string | undefined): string {
  const cjk = withoutCjkSiteName(title);
  if (cjk !== title) return cjk;
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length < 2) return title;
  const siteWords = site ? words(site) : new Set<string>();
  const hostName = host === undefined ? "" : squeezed(host);
  const isSite = (part: string): boolean => {
    const own = words(part);
    return (
      own.size > 0 &&
      ((siteWords.size > 0 && shared(own, siteWords) === own.size) || /^(?:www\.)?[\p{L}\p{N}-]+\.[a-z]{2,}$/iu.test(part) || (hostName !== "" && squeezed(part) === hostName))
    );
  };
  const kept = parts.filter((part) => !isSite(part));
  // Only the site's own parts go; a headline with a colon or a dash in it stays whole.
  if (kept.length === parts.length || kept.length === 0) return title;
  const first = parts.findIndex((p) => !isSite(p));
  // After a headline, the site's name ends it: what follows is the site's motto ("Headline | site.ch | Your magazine").
  const siteAfter = parts.findIndex((p, i) => i > first && isSite(p));
  let last = siteAfter > first ? siteAfter - 1 : parts.length - 1;
  while (isSite(parts[last])) last--;
  const start = title.indexOf(parts[first]);
  const end = title.lastIndexOf(parts[last]) + parts[last].length;
  return title.slice(start, end).trim();
}

/** A Chinese, Japanese or Korean title without the news site's name after its last separator ("…！-新华网"). */
function withoutCjkSiteName(title: string): string {
  if (!CJK_TEXT.test(title)) return title;
  const parts = title.split(CJK_TITLE_SEPARATOR);
  let end = parts.length;
  // "…_凤凰网资讯_凤凰网": a section and the site, each a news site's name.
  while (end > 1 && isCjkSiteName(parts[end - 1])) end--;
  if (end === parts.length || !CJK_TEXT.test(parts.slice(0, end).join(""))) return title;
  // Cut at the separator before the first site part, keeping the headline's own separators.
  let at = title.length;
  for (let k = parts.length - 1; k >= end; k--) at = title.lastIndexOf(parts[k], at - 1);
  return title.slice(0, at).replace(CJK_TRAILING_SEPARATOR, "").trim();
}
const CJK_TRAILING_SEPARATOR = /[\s_｜|－\-—–]+$/u;

/** A name's letters and digits alone, lower-cased: "Umwelt-Bundesamt" and "umweltbundesamt" are one. */
function squeezed(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Second-level labels countries sell names under ("co.uk", "com.br", "ne.jp", "ac.at"). */
const SECOND_LEVEL = new Set(["co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go", "gob", "nic", "info", "biz"]);

/** The name a site's host gives it: "www.umweltbundesamt.de" → "umweltbundesamt"; undefined for an address without one. */
export function hostLabel(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const m = /^https?:\/\/([^/:?#]+)/iu.exec(url.trim());
  if (!m) return undefined;
  const labels = m[1].toLowerCase().split(".").filter((l) => l !== "" && l !== "www");
  // The label before the public suffix, or before a country's second level ("bbc.co.uk", "abc.net.au").
  if (labels.length < 2) return undefined;
  let at = labels.length - 2;
  if (at > 0 && SECOND_LEVEL.has(labels[at]) && labels[labels.length - 1].length === 2) at--;
  return labels[at].length >= 2 ? labels[at] : undefined;
}

