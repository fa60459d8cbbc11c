import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readHtmlMetadata, urlDate } from "../../src/clean/html-metadata.js";
import { bylineName } from "../../src/clean/html-byline.js";
import { buildHtmlTree } from "../../src/clean/html-tree.js";
import { clean } from "../../src/clean/index.js";
import { rawDocument } from "./text-doc.js";

/** The headline a page states, wherever its template puts it (every page here is made up). */

function titleOf(head: string, body: string): string | undefined {
  return readHtmlMetadata(buildHtmlTree(`<html><head>${head}</head><body>${body}</body></html>`)).title;
}

const BODY = "<p>The council approved the plan on Monday after a long debate about the cost of the tram line.</p>";

describe("the title is the visible headline the head's titles agree with", () => {
  it("takes the <h1> over a <title> that adds the site's name", () => {
    assert.equal(titleOf("<title>Council approves tram plan | The Daily Example</title>", `<h1>Council approves tram plan</h1>${BODY}`), "Council approves tram plan");
  });
  it("takes a short headline that is one part of a head title the site's long name and motto fill", () => {
    const head = `<title>Tram plan approved - Association of the Example Valley's Public Transport Users - AEVPTU</title>`;
    assert.equal(titleOf(head, `<h1>AEVPTU</h1><h1>Tram plan approved</h1>${BODY}`), "Tram plan approved");
  });
  it("takes the visible headline with its kicker when the head leaves the kicker out", () => {
    const head = `<meta property="og:title" content="Council approves tram plan">`;
    assert.equal(titleOf(head, `<h1>Transport: council approves tram plan</h1>${BODY}`), "Transport: council approves tram plan");
  });
  it("skips a logo <h1> and finds the headline in an <h2>", () => {
    const head = `<meta property="og:title" content="Council approves tram plan - The Daily Example">`;
    assert.equal(titleOf(head, `<h1>The Daily Example</h1><h2>Most read</h2><h2>Council approves tram plan</h2>${BODY}`), "Council approves tram plan");
  });
  it("takes the headline part of a heading set as kicker and headline in parts of their own", () => {
    const head = `<title>Council approves tram plan</title>`;
    assert.equal(titleOf(head, `<h1><span class="kicker">After a long debate</span><span class="headline">Council approves tram plan</span></h1>${BODY}`), "Council approves tram plan");
  });
  it("leaves out a kicker the template names, even when the head's title has it", () => {
    const head = `<title>Klimaschutz: Bohren, bis es heiß wird | Die Zeitung</title>`;
    const h1 = `<h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span></h1>`;
    assert.equal(titleOf(head, `${h1}${BODY}`), "Bohren, bis es heiß wird");
    const dachzeile = `<h1> <span class="dachzeile">Interne Unterlagen im Netz</span> <span class="headline">Daten von Rheinmetall gehackt</span> </h1>`;
    assert.equal(titleOf(`<title>Interne Unterlagen im Netz: Daten von Rheinmetall gehackt</title>`, `${dachzeile}${BODY}`), "Daten von Rheinmetall gehackt");
  });
  it("leaves out a named kicker set before the headline's bare text", () => {
    const h1 = `<h1 class="entry-title"><span class="roofline">Verkehr </span>Rat stimmt der Straßenbahn zu</h1>`;
    assert.equal(titleOf(`<title>Verkehr: Rat stimmt der Straßenbahn zu</title>`, `${h1}${BODY}`), "Rat stimmt der Straßenbahn zu");
  });
  it("leaves out a short label set on its own line above the headline", () => {
    const small = `<h1> <small>Tunesien</small><br> Große Aufgaben für die neue Regierung </h1>`;
    assert.equal(titleOf(`<title>Tunesien: Große Aufgaben für die neue Regierung</title>`, `${small}${BODY}`), "Große Aufgaben für die neue Regierung");
    const block = `<h1><div class="label">100. Geburtstag</div> Die Stadt feiert ihre älteste Bürgerin</h1>`;
    assert.equal(titleOf(`<title>100. Geburtstag: Die Stadt feiert ihre älteste Bürgerin</title>`, `${block}${BODY}`), "Die Stadt feiert ihre älteste Bürgerin");
  });
  it("keeps a short headline set above its subtitle in a span, when the head agrees with it", () => {
    const h1 = `<h1><span>Tram approved</span><br><span>The council voted on Monday after a long debate</span></h1>`;
    assert.equal(titleOf(`<title>Tram approved | The Daily Example</title>`, `${h1}${BODY}`), "Tram approved");
  });
  it("reads a heading without the date line or the hidden site name that follows the headline", () => {
    const dated = `<h1> Council approves tram plan<br><small>02.02.2022 • Transport</small></h1>`;
    assert.equal(titleOf(`<meta property="og:title" content="Council approves tram plan">`, `${dated}${BODY}`), "Council approves tram plan");
    const hidden = `<h1>Council approves tram plan<span class="visually-hidden"> | EXAMPLE.NET</span></h1>`;
    assert.equal(titleOf(`<meta property="og:title" content="Council approves tram plan">`, `${hidden}${BODY}`), "Council approves tram plan");
  });
  it("ends the head's title at the site's name, its motto after it left out", () => {
    const head = `<title>Council approves tram plan | example.ch | Your weekly city magazine</title>`;
    assert.equal(titleOf(head, BODY), "Council approves tram plan");
    const named = `<title>Council approves tram plan | Umwelt-Amt</title><link rel="canonical" href="https://www.umweltamt.de/news/tram">`;
    assert.equal(titleOf(named, BODY), "Council approves tram plan");
  });
  it("strips a Chinese, Japanese or Korean news site's name set after a separator without spaces", () => {
    assert.equal(titleOf(`<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>`, BODY), "武汉的声音：有英勇的你，才有英雄的城！");
    assert.equal(titleOf(`<title>习近平会见美国国务卿_凤凰网资讯_凤凰网</title>`, BODY), "习近平会见美国国务卿");
    assert.equal(titleOf(`<title>岸田首相、来月訪米へ｜NHK NEWS WEB</title>`, BODY), "岸田首相、来月訪米へ");
    assert.equal(titleOf(`<title>윤 대통령, 기시다 총리와 회담 - 조선일보</title>`, BODY), "윤 대통령, 기시다 총리와 회담");
    // A dash inside the headline, and a last part that names no site, stay.
    assert.equal(titleOf(`<title>北京-上海高铁提速</title>`, BODY), "北京-上海高铁提速");
    assert.equal(titleOf(`<title>东京 - 2021年奥运会</title>`, BODY), "东京 - 2021年奥运会");
  });
  it("strips the site's name from the head's title when no heading agrees", () => {
    const head = `<title>Council approves tram plan – The Daily Example</title><meta property="og:site_name" content="The Daily Example">`;
    assert.equal(titleOf(head, `<h1>Menu</h1>${BODY}`), "Council approves tram plan");
    assert.equal(titleOf(`<title>Council approves tram plan | daily-example.com</title>`, BODY), "Council approves tram plan");
  });
  it("keeps a headline whose own colon or dash is not a site's name", () => {
    assert.equal(titleOf(`<title>Tram plan: council says yes - for now</title>`, BODY), "Tram plan: council says yes - for now");
  });
  it("decodes entities a CMS left encoded in the head's title", () => {
    assert.equal(titleOf(`<meta property="og:title" content="&amp;#8222;Ja&amp;#8220;: Rat stimmt zu">`, BODY), "„Ja“: Rat stimmt zu");
  });
});

function publishedOf(head: string, body: string): string | undefined {
  const date = readHtmlMetadata(buildHtmlTree(`<html><head>${head}</head><body>${body}</body></html>`)).published;
  return date ? `${date.year}-${date.month}-${date.day}` : undefined;
}

describe("the publication day is the newsroom's, not UTC's", () => {
  const ld = (date: string) => `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${date}"}</script>`;
  it("takes the day of the same moment stated with its local offset elsewhere on the page", () => {
    assert.equal(publishedOf(`${ld("2022-05-04T00:53:29Z")}<meta property="article:published_time" content="2022-05-03T21:53:29-03:00">`, BODY), "2022-5-3");
    assert.equal(publishedOf(ld("2022-05-04T00:53:29Z"), `<time datetime="2022-05-03T21:53:29-03:00">3 May</time>${BODY}`), "2022-5-3");
    // A local clock without its offset, hours away to the second.
    assert.equal(publishedOf(ld("2023-11-09T02:56:18Z"), `<time datetime="2023-11-08 21:56:18">November 8</time>${BODY}`), "2023-11-8");
  });
  it("takes the day the URL files the article under when a real offset puts the UTC moment on it", () => {
    const at = (date: string, url: string) => {
      const doc = rawDocument(`<html><head>${ld(date)}</head><body><h1>Tram plan</h1>${BODY.repeat(3)}</body></html>`, "html");
      const article = clean({ ...doc, provenance: { ...doc.provenance, url } });
      return article?.published ? `${article.published.year}-${article.published.month}-${article.published.day}` : undefined;
    };
    // New York at 23:28, Rome at 00:01: the URL's day is the newsroom's.
    assert.equal(at("2023-11-09T03:28:35Z", "https://example.com/2023/11/08/tram-plan/"), "2023-11-8");
    assert.equal(at("2023-11-01T23:01:00Z", "https://example.it/esteri/2023/11/02/tram"), "2023-11-2");
    // Ten in the morning UTC is the same day from UTC−10 to UTC+13: a URL filed the day before is the day it was drafted.
    assert.equal(at("2020-07-09T10:04:04Z", "https://example.com/2020/07/08/tram-plan/"), "2020-7-9");
    // A URL two days away, or a moment stated with its own offset, is left alone.
    assert.equal(at("2023-11-09T03:28:35Z", "https://example.com/2023/11/07/tram-plan/"), "2023-11-9");
    assert.equal(at("2020-02-19T00:37:32+01:00", "https://example.es/2020/02/18/tram/"), "2020-2-19");
  });
  it("keeps the UTC day when nothing on the page states the same moment", () => {
    assert.equal(publishedOf(ld("2022-05-04T00:53:29Z"), BODY), "2022-5-4");
    assert.equal(publishedOf(ld("2022-05-04T00:53:29Z"), `<time datetime="2022-05-03 20:10:00">3 May</time>${BODY}`), "2022-5-4");
    assert.equal(publishedOf(ld("2022-05-04T00:53:29Z"), `<time datetime="2022-05-03T21:40:00-03:00">3 May</time>${BODY}`), "2022-5-4");
  });
});

describe("the date of a page whose main content is a question or a forum post", () => {
  const ld = (type: string, date: string) => `<script type="application/ld+json">{"@type":"${type}","datePublished":"${date}","author":{"@type":"Person","name":"Ana Lima"}}</script>`;
  it("reads a question's or a forum post's date and author when the page states no article", () => {
    assert.equal(publishedOf(ld("Question", "2020-07-13T01:10:40+09:00"), BODY), "2020-7-13");
    assert.equal(publishedOf(ld("DiscussionForumPosting", "2019-03-02T10:00:00+01:00"), BODY), "2019-3-2");
    assert.equal(readHtmlMetadata(buildHtmlTree(`<html><head>${ld("Question", "2020-07-13T01:10:40+09:00")}</head><body>${BODY}</body></html>`)).author, "Ana Lima");
  });
  it("takes an article's date over a question's on the same page", () => {
    assert.equal(publishedOf(`${ld("Question", "2020-07-13T01:10:40+09:00")}${ld("NewsArticle", "2021-01-05T08:00:00+01:00")}`, BODY), "2021-1-5");
  });
});

describe("a timestamp never set is no publication date", () => {
  it("passes over a stated date at the Unix epoch for the next one the page gives", () => {
    const epoch = `<meta property="article:published_time" content="1970-01-01T01:00:00+01:00">`;
    assert.equal(publishedOf(epoch, `<h1>Tram plan</h1><p class="post-date">March 4, 2021</p>${BODY}`), "2021-3-4");
    assert.equal(publishedOf(`<meta name="date" content="1969-12-31T19:00:00-05:00">`, `<h1>Tram plan</h1>${BODY}`), undefined);
    assert.equal(publishedOf(`<meta name="date" content="1970-01-02">`, `<h1>Tram plan</h1>${BODY}`), "1970-1-2", "the day after is a date like any other");
  });
});

describe("the publication date when the head states none", () => {
  it("reads the date line the template names as such", () => {
    assert.equal(publishedOf("", `<h1>Tram plan</h1><div class="entry-meta">Veröffentlicht am 16.08.2019 von Jo</div>${BODY}`), "2019-8-16");
    assert.equal(publishedOf("", `<h1>Tram plan</h1><p class="post-date">March 4, 2021</p>${BODY}`), "2021-3-4");
    // A date name written as one word: camel case is lost when names are lower-cased ("itemPostDate").
    assert.equal(publishedOf("", `<h1>Tram plan</h1><span class="itemPostDate">am 25.08.2015 22:30</span>${BODY}`), "2015-8-25");
    // The article's own facts in a short list without links; a list of headlines, each linked, is other articles'.
    assert.equal(publishedOf("", `<h1>Tram plan</h1><ul class="content__meta"><li>Wissen</li><li class="content__meta__date">26.02.2020</li></ul>${BODY}`), "2020-2-26");
    const headlines = ["a", "b"].map((x) => `<li><a href="/${x}">Other ${x}</a> <span class="date">05.03.2019</span></li>`).join("");
    assert.equal(publishedOf("", `<h1>Tram plan</h1>${BODY}<ul>${headlines}</ul>`), undefined);
  });
  it("reads date lines in every script, in the script's own digits", () => {
    const cases: Array<[string, string]> = [
      [`<div class="article-date">发布时间：2021年09月16日 15:30</div>`, "2021-9-16"],
      [`<span class="date">入力 2021.09.16 15:30</span>`, "2021-9-16"],
      [`<time>١٦ سبتمبر ٢٠٢١</time>`, "2021-9-16"],
      [`<span class="news-date">۲۵ شهریور ۱۴۰۰</span>`, "2021-9-16"],
      [`<div class="publish-date">१६ सितंबर २०२१</div>`, "2021-9-16"],
    ];
    for (const [line, day] of cases) assert.equal(publishedOf("", `<h1>Tram plan</h1>${line}${BODY}`), day, line);
  });
  it("reads a date printed alone near the title, in an element no name marks", () => {
    assert.equal(publishedOf("", `<h1>Tram plan</h1><div class="authored">10.11.2021</div>${BODY}`), "2021-11-10");
    assert.equal(publishedOf("", `<h1>Tram plan</h1><p class="info">Pressemitteilung vom 20.01.2022</p>${BODY}`), "2022-1-20");
    assert.equal(publishedOf("", `<h1>Tram plan</h1><div><small>14.01.2022 um 09:25</small></div>${BODY}`), "2022-1-14");
    assert.equal(publishedOf("", `<div class="x">1 November 2021</div>${BODY}`), "2021-11-1", "a page without <h1> has its first");
  });
  it("takes the lone date nearest the title, not a masthead's today nor a later teaser's", () => {
    const masthead = `<header><div class="top">Dienstag, 5. Dezember 2023</div><nav><a href="/">Home</a></nav><p>Weather</p><p>Sport</p></header>`;
    assert.equal(publishedOf("", `${masthead}<p class="kicker">21. Jan 2022 // Dominik Ricker</p><h1>Tram plan</h1>${BODY}`), "2022-1-21");
    assert.equal(publishedOf("", `${masthead}<h1>Tram plan</h1><p>31.03.2020</p>${BODY}<div><p>06. Aug 2020 // Tipps</p></div>`), "2020-3-31");
  });
  it("reads no lone date out of a sentence, a headline list or comments", () => {
    assert.equal(publishedOf("", `<h1>Tram plan</h1><p>The council first discussed the plan on 10.11.2021 in a closed session.</p>${BODY}`), undefined);
    assert.equal(publishedOf("", `<h1>Tram plan</h1><p>Die Hürden sind <strong>seit 1. Januar 2018 geringer</strong>: mehr dazu unten.</p>${BODY}`), undefined);
    assert.equal(publishedOf("", `<h1>Tram plan</h1><p class="info">Aktualisiert: 30.12.2016</p>${BODY}`), undefined, "the day of a change");
    const headlines = ["a", "b"].map((x) => `<li><a href="/${x}">Other ${x}</a> <span>05.03.2019</span></li>`).join("");
    assert.equal(publishedOf("", `<h1>Tram plan</h1>${BODY}<ul>${headlines}</ul>`), undefined);
    assert.equal(publishedOf("", `<h1>Tram plan</h1>${BODY}<div id="comments"><p>05.03.2019</p></div>`), undefined);
  });
  it("reads a <time> without a datetime attribute, and itemprop=datePublished", () => {
    assert.equal(publishedOf("", `<h1>Tram plan</h1><time>12 janvier 2020</time>${BODY}`), "2020-1-12");
    assert.equal(publishedOf("", `<span itemprop="datePublished" content="2018-10-09">9 Oct</span>${BODY}`), "2018-10-9");
  });
  it("skips dates of other articles in lists, sidebars and comments", () => {
    const sidebar = `<aside><ul><li><span class="date">01.02.2017</span> <a href="/x">Older story</a></li></ul></aside>`;
    assert.equal(publishedOf("", `${sidebar}<h1>Tram plan</h1>${BODY}`), undefined);
    assert.equal(publishedOf("", `<h1>Tram plan</h1>${BODY}<div class="comments"><span class="date">05.03.2019</span></div>`), undefined);
    // A list of dated teasers in an aside of the article is still other articles'.
    const teasers = `<article><h1>Tram plan</h1>${BODY}<aside class="related"><ul><li><span class="date">01.02.2017</span> <a href="/x">Older</a></li></ul></aside></article>`;
    assert.equal(publishedOf("", teasers), undefined);
    const related = `<article><h1>Tram plan</h1>${BODY}<aside class="related"><div class="date">01.02.2017</div></aside></article>`;
    assert.equal(publishedOf("", related), undefined);
  });
  it("reads the date in the article's own margin, and in an article whose layout names a sidebar", () => {
    const margin = `<article><aside class="meta"><ul><li class="content__meta__date">26.02.2020</li></ul></aside><h1>Tram plan</h1>${BODY}</article>`;
    assert.equal(publishedOf("", margin), "2020-2-26");
    const layout = `<article class="article sticky-sidebar-parent"><header><span class="date">8 January 2020, 3:51 pm</span></header><h1>Tram plan</h1>${BODY}</article>`;
    assert.equal(publishedOf("", layout), "2020-1-8");
  });
  it("reads a microformat's <abbr title>, an RDFa datePublished, and a widget's date only when stated", () => {
    // The time shown, the whole date in the title; inside a blog engine's "widget" wrapping the post itself.
    const blog = `<div class="widget blog"><h1>Tram plan</h1>${BODY}<abbr class="published" itemprop="datePublished" title="2017-09-09T10:52:00+02:00">10:52</abbr></div>`;
    assert.equal(publishedOf("", blog), "2017-9-9");
    // A widget holding most of the page is the post's own wrapper: its date header is the post's.
    const post = `<div class="widget blog"><h2 class="date-header"><span>Samstag, 5. Oktober 2013</span></h2><h1>Tram plan</h1>${BODY}${BODY}</div>`;
    assert.equal(publishedOf("", `<div class="widget"><span class="date">05.03.2019</span></div>${post}`), "2013-10-5");
    // A widget's date line the markup does not state as the article's is another article's.
    assert.equal(publishedOf("", `<h1>Tram plan</h1>${BODY}<div class="widget"><span class="date">05.03.2019</span></div>`), undefined);
    assert.equal(publishedOf("", `<h1>Tram plan</h1><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>${BODY}`), "2022-1-28");
    // An <abbr> whose title is no date is read by its text.
    assert.equal(publishedOf("", `<h1>Tram plan</h1><abbr class="date" title="Central European Time">12.03.2021</abbr>${BODY}`), "2021-3-12");
  });
  it("reads a date its label names, and not a date labelled as updated", () => {
    assert.equal(publishedOf("", `<h1>Tram plan</h1><div><h5>Datum: </h5>03.11.2021</div>${BODY}`), "2021-11-3");
    assert.equal(publishedOf("", `<h1>Tram plan</h1><ul class="info"><li><span>Published:</span> 26 January 2022</li></ul>${BODY}`), "2022-1-26");
    assert.equal(publishedOf("", `<h1>Tram plan</h1><p>Veröffentlichung: <a href="/musik">04.02.2022</a></p>${BODY}`), "2022-2-4");
    assert.equal(publishedOf("", `<h1>Tram plan</h1><p><b>Aktualisiert am </b>17.01.2021.</p>${BODY}`), undefined);
    // Labels in other scripts, with a full-width colon.
    assert.equal(publishedOf("", `<h1>标题</h1><p><span>发布时间：</span>2021年09月16日</p>${BODY}`), "2021-9-16");
    assert.equal(publishedOf("", `<h1>عنوان</h1><div><span>تاريخ النشر:</span> ١٦ سبتمبر ٢٠٢١</div>${BODY}`), "2021-9-16");
    assert.equal(publishedOf("", `<h1>Заголовок</h1><p><b>Дата публикации:</b> 16.09.2021</p>${BODY}`), "2021-9-16");
    // A label word in a sentence is no label.
    assert.equal(publishedOf("", `<h1>Tram plan</h1><p>The date: nobody knows it yet, perhaps 03.11.2021.</p>${BODY}`), undefined);
  });
  it("reads the date line right under the headline whatever its class, when it opens with the date", () => {
    const page = (line: string) => `<h1>Noticia Exata</h1><article><h4>ESPORTE</h4><h1>Goiás supera Palmeiras</h1>${line}${BODY}</article>`;
    assert.equal(publishedOf("<title>Goiás supera Palmeiras</title>", page(`<p class="tagline">22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: Cesar Greco/Palmeiras</p>`)), "2020-11-22");
    // A standfirst that mentions a day further on is no date line.
    assert.equal(publishedOf("<title>Goiás supera Palmeiras</title>", page(`<p class="lead">O jogo de 22/11/2020 foi decidido no fim.</p>`)), undefined);
  });
  it("reads a date line inside a form that wraps the whole page, not one in a form beside the article", () => {
    const article = `<article><p class="date">15 августа 2016, 13:43</p><h1>Подольски завершил карьеру</h1>${BODY}${BODY}</article>`;
    assert.equal(publishedOf("", `<form id="aspnetForm">${article}</form>`), "2016-8-15");
    assert.equal(publishedOf("", `<form class="search"><span class="date">01.02.2017</span></form><h1>Tram plan</h1>${BODY}`), undefined);
  });
  it("reads the date in a blog's post widget that holds the headline, not in another widget", () => {
    const sidebar = `<div class="sidebar-widget">${BODY.repeat(8)}</div>`;
    const post = `<div class="blog1 widget blog"><h2 class="date-header"><span>Friday, December 23, 2016</span></h2><h3 class="post-title">Python 3.6.0 is now available!</h3>${BODY}</div>`;
    assert.equal(publishedOf(`<title>Python Insider: Python 3.6.0 is now available!</title><meta property="og:title" content="Python 3.6.0 is now available!">`, `${post}${sidebar}`), "2016-12-23");
    const archive = `<div class="archive widget"><h2 class="date-header">Friday, December 23, 2016</h2><h3>Older post</h3></div>`;
    assert.equal(publishedOf(`<title>Python Insider: Python 3.6.0 is now available!</title><meta property="og:title" content="Python 3.6.0 is now available!">`, `${archive}<h3>Python 3.6.0 is now available!</h3>${BODY}${sidebar}`), undefined);
  });
  it("reads the date in the article's own footer, not in a page footer", () => {
    assert.equal(publishedOf("", `<article><h1>Tram plan</h1>${BODY}<footer><span class="post-created">28.01.22</span></footer></article>`), "2022-1-28");
    assert.equal(publishedOf("", `<h1>Tram plan</h1>${BODY}<footer><span class="date">28.01.22</span></footer>`), undefined);
  });
  it("reads a day the head's title gives in a part of its own, not a day its headline mentions", () => {
    assert.equal(publishedOf("<title>08.11.2021 | Online-Fachtag zum Thema</title>", BODY), "2021-11-8");
    assert.equal(publishedOf('<meta property="og:title" content="Tram plan approved | DW | 23.05.2011">', BODY), "2011-5-23");
    assert.equal(publishedOf("<title>Council votes on 8 November 2021 | City News</title>", BODY), undefined);
  });
  it("reads the day a URL files the article under, and nothing from other numbers", () => {
    assert.deepEqual(urlDate("https://example.org/2020/01/13/tram-plan/"), { precision: "day", text: "/2020/01/13", year: 2020, month: 1, day: 13 });
    assert.equal(urlDate("https://example.org/news/2020-1-3-tram")?.day, 3);
    assert.equal(urlDate("https://example.org/article/20200113/123456"), undefined);
    assert.equal(urlDate("https://example.org/2020/13/45/x"), undefined);
  });
});

describe("a byline in the date line, the name after the date", () => {
  const authorOf = (line: string) => readHtmlMetadata(buildHtmlTree(`<html><body><h1>Tram plan</h1>${line}${BODY}</body></html>`)).author;
  it("reads the name a separator sets after the date", () => {
    assert.equal(authorOf(`<p class="text-muted">11.12.2019 - Amelie Loevenich</p>`), "Amelie Loevenich");
    assert.equal(authorOf(`<p>21. Jan 2022 // Dominik Ricker</p>`), "Dominik Ricker");
    assert.equal(authorOf(`<div>05.02.2020 <span>-&nbsp;Redaktion: Eberhard Fuhr (Pressesprecher)</span></div>`), "Eberhard Fuhr");
  });
  it("takes no section, no lone word and no title-case phrase for a name", () => {
    assert.equal(authorOf(`<p>06. Aug 2020 // Tipps</p>`), undefined);
    assert.equal(authorOf(`<p>06. Aug 2020 - Rund Um Die Uhr</p>`), undefined);
  });
});

describe("JSON-LD as templates write it", () => {
  const read = (json: string) => readHtmlMetadata(buildHtmlTree(`<html><head><script type="application/ld+json">${json}</script></head><body>${BODY}</body></html>`));
  it("mends raw line breaks in a string, a trailing comma and a closing semicolon", () => {
    const body = `{"@type": "BlogPosting", "articleBody": "First line\n\tsecond line", "author": {"@type": "Person", "name": "Jacopo Cascioli",}, "datePublished": "2021-03-04"};`;
    const meta = read(body);
    assert.equal(meta.author, "Jacopo Cascioli");
    assert.equal(meta.published?.day, 4);
  });
  it("reads each whole object of a script with a stray closing brace or two objects pasted together", () => {
    const article = `{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Dana Kim"}, "datePublished": "2020-10-26T18:10:00+01:00", "headline": "A } in a string"}`;
    for (const body of [`${article}\n}`, `{"@type": "Organization", "name": "Avaz"}${article}`, `${article} {"@type": "Broken", `]) {
      const meta = read(body);
      assert.equal(meta.author, "Dana Kim", body);
      assert.equal(meta.published?.day, 26, body);
    }
  });
  it("reads a script wrapped in a CDATA section or a comment, as XHTML-era templates write it", () => {
    const body = `{"@type": "Article", "author": {"@type": "Person", "name": "Dana Kim"}, "datePublished": "2018-04-05T06:00"}`;
    for (const wrapped of [`\n  <![CDATA[\n  ${body}\n  ]]>\n`, `//<![CDATA[\n${body}\n//]]>`, `/*<![CDATA[*/ ${body} /*]]>*/`, `<!-- ${body} -->`]) {
      const meta = read(wrapped);
      assert.equal(meta.author, "Dana Kim", wrapped);
      assert.equal(meta.published?.day, 5, wrapped);
    }
  });
  it("completes a one-word author from the bio of the author's Person node, as WordPress's Yoast writes it", () => {
    const graph = (description: string) =>
      `{"@graph": [{"@type": "Article", "author": {"@id": "https://example.org/#/schema/person/1"}}, {"@type": "Person", "@id": "https://example.org/#/schema/person/1", "name": "Nils", "description": "${description}"}]}`;
    assert.equal(read(graph("Nils Pickert ist freier Autor und Journalist.")).author, "Nils Pickert");
    // A bio that goes on in lower case names no surname.
    assert.equal(read(graph("Nils is a freelance writer.")).author, "Nils");
  });
  it("gives up on what it cannot mend, and reads the rest of the page", () => {
    const meta = read(`{"@type": "NewsArticle", "author": Jo Lee, "datePublished": "2021-03-04"}`);
    assert.equal(meta.author, undefined);
    assert.equal(meta.published, undefined);
  });
});

describe("an author's name from what the page marks as its byline", () => {
  const cases: Array<[string, string | undefined]> = [
    ["Posted by Jo Lee", "Jo Lee"],
    ["Geschrieben von Karin Schulz", "Karin Schulz"],
    ["| Autor: Karin Schulz", "Karin Schulz"],
    ["Publié par Anne Martin", "Anne Martin"],
    ["Andreas Berg", "Andreas Berg"],
    ["Jo Lee 8 January 2020, 3:51 pm", "Jo Lee"],
    ["Karin Schulz am 21. April 2020", "Karin Schulz"],
    ["Karin Schulz Freitag, 18. Oktober 2019", "Karin Schulz"],
    // Month-first dates, with or without the weekday; a number after a separator; "… ago" written before the number.
    ["Sarah Gooding March 9, 2017 13", "Sarah Gooding"],
    ["By GILLIAN MOHNEY March 11, 2015 3:46 PM", "GILLIAN MOHNEY"],
    ["Joe Wee Monday, February 13, 2017", "Joe Wee"],
    ["James Akinaka • 8h", "James Akinaka"],
    ["Aleš Vávra před 3 hodinami", "Aleš Vávra"],
    ["María López hace 2 horas", "María López"],
    ["Last Updated: January 7, 2025", undefined],
    ["Jo Lee Zuletzt aktualisiert 3. Mai", "Jo Lee"],
    // Newsroom roles before or after the name go; a role alone or beside one word stays as written.
    ["FOCUS-Online-Experte Robin Tschöpe", "Robin Tschöpe"],
    ["Christoph Hein Chefredakteur", "Christoph Hein"],
    ["By Jane Doe, Staff Writer", "Jane Doe"],
    ["Senior Editor Jane Doe", "Jane Doe"],
    ["Reporter Jones", "Reporter Jones"],
    ["Ben Silverman Games Editor", "Ben Silverman"],
    ["Jo Lee Science Correspondent", "Jo Lee"],
    ["Jo News Editor", "Jo News"],
    ["Jo Lee - ", "Jo Lee"],
    ["Karin Schulz Alle Artikel", "Karin Schulz"],
    ["“Jo Lee”", "Jo Lee"],
    ["Redacci&oacute;n Central", "Redacción Central"],
    ["user42", "user42"],
    ["Veröffentlicht am", undefined],
    ["Posted on", undefined],
    ["Name *", undefined],
    ["https://example.org/author/jo/", undefined],
    ["jo[at]example.org", undefined],
    // What a date line leaves once its digits are gone, set apart or dangling; a surname that is a month stays.
    ["John Walk - January", "John Walk"],
    ["Günter Kienitz at", "Günter Kienitz"],
    ["Sara Zinnecker Stand", "Sara Zinnecker"],
    ["Theresa May", "Theresa May"],
    ["~ Cem Basman", "Cem Basman"],
    ["Grant Tinsley, PhD", "Grant Tinsley"],
    ["Martin Junker Alles von Martin Junker Kontakt", "Martin Junker"],
    ["Dezember", undefined],
    ["on September", undefined],
    ["29. Juni", undefined],
    ["Follow", undefined],
    // Initials and agencies are credits; a cue alone or a short lower-case word is not.
    ["by LD", "LD"],
    ["AFP", "AFP"],
    ["By", undefined],
    ["von", undefined],
    // A byline of several fields: the one "by" opens, however its date comes before it.
    ["Dezember 10, 2019 · von freeman1984 · in Allgemein", "freeman1984"],
    ["Автор: Иван Петров", "Иван Петров"],
  ];
  for (const [byline, name] of cases) {
    it(`reads "${byline}" as ${name === undefined ? "no name" : `"${name}"`}`, () => assert.equal(bylineName(byline), name));
  }
  it("follows a JSON-LD author given by reference to another node of the graph", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Article", "@id": "https://example.org/tram/#article", headline: "Tram plan", author: { "@id": "https://example.org/#/schema/person/1" } },
        { "@type": "Person", "@id": "https://example.org/#/schema/person/1", name: "Evan Symon" },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script></head><body><h1>Tram plan</h1>${BODY}</body></html>`;
    assert.equal(readHtmlMetadata(buildHtmlTree(html)).author, "Evan Symon");
    // A graph pointing in a circle names no one, and reading it ends.
    const circle = { "@graph": [{ "@type": "Article", headline: "Tram plan", author: { "@id": "#a" } }, { "@id": "#a", name: { "@id": "#a" } }] };
    const looped = `<html><head><script type="application/ld+json">${JSON.stringify(circle)}</script></head><body><h1>Tram plan</h1>${BODY}</body></html>`;
    assert.equal(readHtmlMetadata(buildHtmlTree(looped)).author, undefined);
  });
  it("finds a byline written as plain text in an element of its own, and no byline in other phrases with its words", () => {
    const page = (line: string) => `<html><body><h1>Tram plan</h1><p class="teaser-cat">${line}</p>${BODY}</body></html>`;
    assert.equal(readHtmlMetadata(buildHtmlTree(page("von Andreas Kürten"))).author, "Andreas Kürten");
    assert.equal(readHtmlMetadata(buildHtmlTree(page("By <a href='/jo'>Jo Lee</a>"))).author, "Jo Lee");
    for (const line of ["von Berlin nach Hamburg", "By the river Thames, late at night", "Von Mensch zu Mensch", "By Land And Sea", "Von Mensch Zu Mensch"]) {
      assert.equal(readHtmlMetadata(buildHtmlTree(page(line))).author, undefined, line);
    }
  });
  it("reads a label and a name set in elements of their own as words apart", () => {
    for (const byline of [`<span>Von</span><a href="/autor/elisa">Elisa Marvena</a>`, `<div class="author"><b>Author</b>Elisa Marvena</div>`]) {
      const html = `<html><body><h1>Tram plan</h1><div class="byline">${byline}</div>${BODY}</body></html>`;
      assert.equal(readHtmlMetadata(buildHtmlTree(html)).author, "Elisa Marvena", byline);
    }
  });
  it("reads a name set after its label in elements apart, up to the next field", () => {
    const page = (facts: string) => readHtmlMetadata(buildHtmlTree(`<html><body><h1>Tram plan</h1>${facts}${BODY}</body></html>`)).author;
    assert.equal(page(`<div><h5>Datum: </h5>03.11.2021 <br><h5>Autor: </h5>Peter Maahn/SP-X</div>`), "Peter Maahn");
    assert.equal(page(`<p><span class="label">Auteur: </span> <a href="/anna">Anna Kubišta</a></p>`), "Anna Kubišta");
    assert.equal(page(`<p><span>Autor:</span> Fritz Imhof<br><span>Rubrik:</span> Politik</p>`), "Fritz Imhof");
    assert.equal(page(`<p><b>Yazar:</b> Ayşe Yılmaz</p>`), "Ayşe Yılmaz");
    // A label before no name, or in the comments, names no author.
    assert.equal(page(`<p><span>Autor:</span> unbekannt</p>`), undefined);
    assert.equal(page(`<div class="comments"><p><b>Author:</b> Jo Lee</p></div>`), undefined);
    assert.equal(page(`<div class="comments"><p><b>Author:</b> Jo Lee</p></div><p><span>Autor:</span> Karin Schulz</p>`), "Karin Schulz");
  });
  it("reads the author a Twitter card labels among its extra fields", () => {
    const head = `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Williams Perdomo @wperdomod"><meta name="twitter:label2" content="Est. reading time">`;
    assert.equal(readHtmlMetadata(buildHtmlTree(`<html><head>${head}</head><body>${BODY}</body></html>`)).author, "Williams Perdomo");
    const other = `<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="3 minutes">`;
    assert.equal(readHtmlMetadata(buildHtmlTree(`<html><head>${other}</head><body>${BODY}</body></html>`)).author, undefined);
  });
  it("names every co-author a later source lists, and not initials set after the name", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Sadhbh O'Sullivan"}}</script>`;
    const authorWith = (metaAuthor: string) => readHtmlMetadata(buildHtmlTree(`<html><head>${ld}<meta name="author" content="${metaAuthor}"></head><body>${BODY}</body></html>`)).author;
    assert.equal(authorWith("Sadhbh O'Sullivan,Elisabeth Kochan"), "Sadhbh O'Sullivan, Elisabeth Kochan");
    assert.equal(authorWith("Sadhbh O'Sullivan, SO"), "Sadhbh O'Sullivan");
    assert.equal(authorWith("Elisabeth Kochan"), "Sadhbh O'Sullivan");
  });
  it("tries the next marked byline when one holds only its cue", () => {
    const html = `<html><body><h1>Tram plan</h1><span class="meta-prep-author">By </span><span class="author vcard"><a href="/jo">Jo Lee</a></span>${BODY}</body></html>`;
    assert.equal(readHtmlMetadata(buildHtmlTree(html)).author, "Jo Lee");
  });
  it("reads bylines in scripts without capitals: Chinese, Korean and Arabic cues", () => {
    const page = (line: string) => `<html><body><h1>标题</h1><div class="info">${line}</div>${BODY}</body></html>`;
    assert.equal(readHtmlMetadata(buildHtmlTree(page("新华社北京2月17日电（记者 王小明）"))).author, "王小明");
    assert.equal(readHtmlMetadata(buildHtmlTree(page("来源：新华网 | 责任编辑： 焦鹏"))).author, "焦鹏");
    assert.equal(readHtmlMetadata(buildHtmlTree(page("홍길동 기자 hong@example.kr"))).author, "홍길동");
    assert.equal(readHtmlMetadata(buildHtmlTree(page("[서울=뉴스] 김철수 기자 = 정부는 오늘 새 노선을 발표했다."))).author, "김철수");
    assert.equal(readHtmlMetadata(buildHtmlTree(page("بقلم: أحمد محمود"))).author, "أحمد محمود");
    // The writer before the editor in charge, wherever the page puts them.
    assert.equal(readHtmlMetadata(buildHtmlTree(page("责任编辑：焦鹏</div><div>作者：李华"))).author, "李华");
    // A photographer's credit under a picture, a sentence about reporters, a verb of writing: no author.
    // Written on to its cue, a name opens with a surname (记者唐霁); a verb does not ("the reporter learned", "told the
    // reporter", "the author's own view").
    assert.equal(readHtmlMetadata(buildHtmlTree(page("新华社巴黎12月9日电（记者唐霁）"))).author, "唐霁");
    const sentences = ["南都记者了解到，新线路将于明年开通。", "工作人员向南都记者介绍，新线路将于明年开通。", "【免责声明】本文仅代表作者本人观点"];
    for (const line of ["新华社记者 才扬 摄", "记者从市政府获悉，新线路将于明年开通。", "국회 출입 기자들이 질문했다", "كتب الرئيس في تغريدة أن الاجتماع كان مثمرا", ...sentences]) {
      assert.equal(readHtmlMetadata(buildHtmlTree(page(line))).author, undefined, line);
    }
  });
  it("leaves out the site's name set beside the person's", () => {
    const head = `<meta property="og:site_name" content="CNN">`;
    const page = (byline: string) => `<html><head>${head}</head><body><h1>Tram plan</h1><span class="byline">${byline}</span>${BODY}</body></html>`;
    assert.equal(readHtmlMetadata(buildHtmlTree(page("By Rob Picheta, CNN"))).author, "Rob Picheta");
    assert.equal(readHtmlMetadata(buildHtmlTree(page("Jo Lee, Sam Poe"))).author, "Jo Lee, Sam Poe");
  });
  it("skips commenters and prefers a person to the site's own name", () => {
    const head = `<meta property="og:site_name" content="Daily Example"><meta name="author" content="Daily Example">`;
    const body = `<h1>Tram plan</h1><span class="byline">By Jo Lee</span>${BODY}<div class="comments"><span class="comment-author">Sam says:</span></div>`;
    assert.equal(readHtmlMetadata(buildHtmlTree(`<html><head>${head}</head><body>${body}</body></html>`)).author, "Jo Lee");
    const onlyComments = `<h1>Tram plan</h1>${BODY}<ol class="commentlist"><li><span class="author">Sam</span></li></ol>`;
    assert.equal(readHtmlMetadata(buildHtmlTree(`<html><body>${onlyComments}</body></html>`)).author, undefined);
  });
});
