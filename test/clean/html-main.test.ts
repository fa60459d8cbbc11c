import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractHtml } from "../../src/clean/index.js";
import { contentSignal, nameChromeMark, tagChromeReason } from "../../src/clean/html-signals.js";
import { buildHtmlTree } from "../../src/clean/html-tree.js";

/** Structural rules of the one-pass extractor, one page shape each (every text is made up). */

const PROSE = [
  "The regional council approved the new transport plan on Monday after a long debate about the cost of extending the tram line.",
  "Opponents argued that the northern suburbs would gain little, since buses already reach the airport every ten minutes at peak hours.",
  "The mayor said construction could begin next spring if the national government confirms its share of the funding before the summer.",
  "Residents along the planned route will be invited to public meetings, where engineers are to present the noise studies in detail.",
];

/** A sidebar of headlines: link text that makes the article less than half of the page's text. */
const SIDEBAR = `<div class="sidebar"><h3>Popular</h3><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Other story number ${i} about the city budget and the schools</a></li>`).join("")}</ul></div>`;

function extract(html: string) {
  return extractHtml(html, { maxHtmlChars: 1_000_000 });
}

describe("a template word that wraps most of the page's prose is not chrome on that page", () => {
  it("keeps an article a page builder wraps in 'widget' containers, and drops its sidebar", () => {
    const widget = (inner: string) => `<div class="builder-widget-wrap"><div class="builder-widget-container">${inner}</div></div>`;
    const html = `<html><body><div class="row">${widget(`<h1>Tram plan approved</h1>`)}${widget(PROSE.map((p) => `<p>${p}</p>`).join(""))}</div>${SIDEBAR}</body></html>`;
    const result = extract(html);
    assert.equal(result.fallback, false);
    for (const p of PROSE) assert.ok(result.lines.includes(p), `missing: ${p}`);
    assert.ok(!result.lines.some((line) => line.includes("Other story")));
  });

  it("keeps a blog post whose template names its wrapper after the date", () => {
    const html = `<html><body><div class="date-outer"><h2 class="date-header">Monday, 3 May</h2><div class="post hentry"><div class="post-body">${PROSE.map((p) => `<p>${p}</p>`).join("")}</div></div></div>${SIDEBAR}</body></html>`;
    const result = extract(html);
    assert.equal(result.fallback, false);
    for (const p of PROSE) assert.ok(result.lines.includes(p), `missing: ${p}`);
  });

  it("still drops a real date line and byline named as such", () => {
    const html = `<html><body><article><div class="post-date">3 May 2021</div><div class="byline">By Ann Lee</div>${PROSE.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const result = extract(html);
    assert.ok(!result.lines.some((line) => line.includes("3 May 2021") || line.includes("Ann Lee")));
    assert.equal(result.lines.length, PROSE.length);
  });
});

describe("the tree follows the HTML parser where pages are sloppy", () => {
  const paragraphs = PROSE.map((p) => `<p>${p}</p>`).join("");
  it("ends a head left open at the first tag that cannot be in a head (no </head>, no <body>)", () => {
    const result = extract(`<html><head><title>T</title><meta charset="utf-8"><script>var a = 1;</script><div class="page"><article>${paragraphs}</article></div></html>`);
    assert.equal(result.fallback, false);
    assert.deepEqual(result.lines, PROSE);
  });
  it("ignores a whole document pasted inside an article (a second <html><body>)", () => {
    const html = `<html><body><div class="menu"><a href="/">Home</a></div><article><html><body>${paragraphs}</body></html></article></body></html>`;
    const tree = buildHtmlTree(html);
    const paragraphElements = tree.elements.filter((el) => el.tag === "p");
    assert.equal(paragraphElements.length, PROSE.length);
    for (const p of paragraphElements) assert.equal(p.parent?.tag, "article");
    assert.deepEqual(extract(html).lines, PROSE);
  });
});

describe("a body the template splits into parts comes out whole", () => {
  it("takes the container of every part when what the best part leaves out is prose", () => {
    const first = PROSE.map((p) => `<p>${p.replace(/ /g, ", ")}</p>`).join("");
    const rest = [
      "Engineers will publish the final noise studies in the autumn and hold a second round of meetings before any contract is signed",
      "The council also asked the transport authority to compare the cost of a rapid bus line with the cost of the tram extension",
      "A decision on the depot site was postponed until the environmental assessment of the wetland near the airport is complete",
    ];
    const html = `<html><body><div class="nav"><a href="/">Home</a> <a href="/news">News</a></div><div class="detail">
      <div class="media"><div class="inner"><div class="media-body">${first}</div></div></div>
      <div class="continued"><div class="inner"><div class="media-body">${rest.map((p) => `<p>${p}</p>`).join("")}</div></div></div></div></body></html>`;
    const lines = extract(html).lines;
    for (const p of rest) assert.ok(lines.includes(p), `missing: ${p}`);
    assert.ok(!lines.includes("Home News"));
  });
});

describe("wrappers that add no text do not count as levels between the body and its lead", () => {
  it("takes the lead above a body nested in many wrappers that hold nothing else to read", () => {
    const lead = "The tram will reach the airport by 2027, the council decided after a debate that lasted late into the night.";
    const nested = (inner: string, depth: number): string => (depth === 0 ? inner : `<div class="level${depth}"><div class="spacer"></div>${nested(inner, depth - 1)}</div>`);
    const html = `<html><body><div class="nav"><a href="/">Home</a> <a href="/news">News</a></div><div class="frame"><p>${lead}</p>${nested(PROSE.map((p) => `<p>${p}</p>`).join(""), 6)}</div>${SIDEBAR}</body></html>`;
    const lines = extract(html).lines;
    assert.deepEqual(lines, [lead, ...PROSE]);
  });
});

describe("the standfirst set in the article's header comes with the body", () => {
  const standfirst = "Four years of debate end with a vote: the tram reaches the airport.";
  const body = `<div class="layout"><div class="col"><div class="inner"><div class="text">${PROSE.map((p) => `<p>${p}</p>`).join("")}</div></div><div class="col-aside"><div class="related-box">${Array.from({ length: 12 }, (_, i) => `<a href="/r${i}">Other story number ${i} about the city budget and the schools</a>`).join(" ")}</div></div></div></div>`;
  it("takes a short prose block above the body, past an image and a heading", () => {
    const html = `<html><body><article><header><h1>Tram plan approved</h1><div class="img"><img src="x.jpg"></div><p class="excerpt">${standfirst}</p></header>${body}</article>${SIDEBAR}</body></html>`;
    assert.deepEqual(extract(html).lines, [standfirst, ...PROSE]);
  });
});

describe("teaser cards inside the article are dropped whatever the template calls them", () => {
  const body = PROSE.map((p) => `<p>${p}</p>`).join("");
  const card = (i: number) => `<div class="card"><h3><a href="/story-${i}">Other headline number ${i}</a></h3><p>A summary of another story number ${i} that readers may want to open next.</p></div>`;
  it("drops repeated cards whose title is a link, with their excerpts", () => {
    const result = extract(`<html><body><article>${body}<div class="grid">${[1, 2, 3].map(card).join("")}</div></article></body></html>`);
    assert.deepEqual(result.lines, PROSE);
    assert.ok(result.removed.some((span) => span.reason === "related" && span.text.includes("another story number 2")), JSON.stringify(result.removed));
  });
  it("drops a pair of such cards too", () => {
    const result = extract(`<html><body><article>${body}<div class="grid">${[1, 2].map(card).join("")}</div></article></body></html>`);
    assert.deepEqual(result.lines, PROSE);
  });
  it("keeps the article's own sections, whose headings are not links", () => {
    const sections = [1, 2, 3].map((i) => `<div class="section"><h3>Part ${i}</h3><p>${PROSE[i]} See <a href="/plan">the plan</a>.</p></div>`).join("");
    const result = extract(`<html><body><article><p>${PROSE[0]}</p>${sections}</article></body></html>`);
    for (const i of [1, 2, 3]) assert.ok(result.lines.includes(`Part ${i}`), result.lines.join("\n"));
    assert.equal(result.lines.length, 7);
  });
});

describe("short lines after the article's last sentence are the template's trailer", () => {
  const body = PROSE.map((p) => `<p>${p}</p>`).join("");
  it("drops labels, a contact name and a topic line after the last sentence, on record", () => {
    const trailer = `<h3>Contact:</h3><p>Press officer Jane Doe</p><div>More on transport and the city</div>`;
    const result = extract(`<html><body><article>${body}${trailer}</article></body></html>`);
    assert.deepEqual(result.lines, PROSE);
    for (const line of ["Contact:", "Press officer Jane Doe", "More on transport and the city"]) {
      assert.ok(result.removed.some((span) => span.reason === "boilerplate" && span.text === line), line);
    }
  });
  it("keeps what ends the article as a list, a sentence of its own, a bullet line or an emoji", () => {
    const ending = `<ul><li>Tram line 4</li><li>Bus line 12</li></ul><p>See you there!</p><p>• Depot open to visitors</p><p>We will be there too 🚋</p>`;
    const result = extract(`<html><body><article>${body}${ending}</article></body></html>`);
    assert.deepEqual(result.lines, [...PROSE, "Tram line 4", "Bus line 12", "See you there!", "• Depot open to visitors", "We will be there too 🚋"]);
  });
  it("keeps a long run of short lines after the prose: it is the article's own list", () => {
    const ranking = Array.from({ length: 40 }, (_, i) => `<p>Station ${i + 1} of the new line</p>`).join("");
    const result = extract(`<html><body><article>${body}${ranking}</article></body></html>`);
    assert.equal(result.lines.length, PROSE.length + 40);
  });
});

describe("boxes shown over the page on demand are never the article", () => {
  it("drops a contact modal whose inner box is named as content, and keeps the article beside it", () => {
    const modal = `<div class="contact-modal"><div class="modal-content"><p>Write to our editors, we answer every message within two working days, promised.</p><p>Call us from Monday to Friday, between nine and five, at the number below, or visit us.</p></div></div>`;
    const result = extract(`<html><body><div class="main"><div>${PROSE.map((p) => `<p>${p}</p>`).join("")}</div></div>${modal}</body></html>`);
    assert.deepEqual(result.lines, PROSE);
    assert.ok(result.removed.some((span) => span.reason === "boilerplate" && span.text.includes("Write to our editors")), JSON.stringify(result.removed));
  });

  it("drops a video player's settings menu and tooltips above the article's text", () => {
    const labels = ["Video Quality", "Auto", "High (HD)", "Closed Captions", "Language", "English", "Type Size", "Georgia", "Verdana", "50% (transparency)"];
    const player = `<div class="vp-controls"><div class="vp-fullscreen-btn vp-tooltip" role="button"><div class="vp-tooltip-content">Full Screen</div></div>
      <div class="vp-settings-container">${labels.map((l) => `<div class="vp-settings-item">${l}</div>`).join("")}</div></div>`;
    const result = extract(`<html><body><div class="main"><div class="story">${player}${PROSE.map((p) => `<p>${p}</p>`).join("")}</div></div></body></html>`);
    assert.deepEqual(result.lines, PROSE);
  });
});

describe("boxes a template puts inside the article are dropped by the word that names them", () => {
  const body = PROSE.map((p) => `<p>${p}</p>`).join("");
  const dropped = (inner: string) => {
    const result = extract(`<html><body><article class="post"><div class="entry-content">${body}${inner}</div></article></body></html>`);
    for (const p of PROSE) assert.ok(result.lines.includes(p), `missing: ${p}`);
    return result;
  };
  const cases: Array<[string, string, string]> = [
    ["a rating widget", `<span class="post-ratings">Was this useful? 12 votes, 4.5 out of 5</span>`, "boilerplate"],
    ["a promotion box", `<div class="promotion-box"><h3>Enjoying the magazine?</h3><p>Order the print edition today and get three issues for the price of two.</p></div>`, "advertising"],
    ["a donation appeal", `<div class="reward donation-form"><p>Independent reporting costs money: please give what you can so that we can keep writing.</p></div>`, "subscribe-prompt"],
    ["an author box in one word", `<div class="authorbox"><p>Jo Smith writes about cities, transport and housing for the paper since 2009.</p></div>`, "byline"],
    ["an author box whose BEM modifier says content", `<div class="author-box--content"><p>Jo Smith writes about cities, transport and housing for the paper since 2009.</p></div>`, "byline"],
    ["a post footer named in one word", `<div class="entryfooter"><p>Comments are closed for this post, thank you for reading us.</p></div>`, "footer"],
    ["an affiliate disclosure", `<p class="affiliate-disclosure">We may earn a commission when you buy through links on this page, at no cost to you.</p>`, "advertising"],
    ["a call-to-action box", `<div class="cta-box"><p>Join ten thousand readers and get our best stories every Friday morning.</p></div>`, "subscribe-prompt"],
    ["a list of similar posts", `<section class="similar-posts"><p>A longer look at how other cities financed their tram lines in the last decade.</p></section>`, "related"],
    ["a paywall prompt", `<div class="paywall"><p>Subscribe to continue reading: the first month costs one euro, cancel at any time.</p></div>`, "subscribe-prompt"],
  ];
  for (const [what, inner, reason] of cases) {
    it(`drops ${what} as ${reason}`, () => {
      const result = dropped(inner);
      assert.equal(result.lines.length, PROSE.length, result.lines.join("\n"));
      assert.ok(result.removed.some((span) => span.reason === reason), JSON.stringify(result.removed));
    });
  }
  it("keeps the paragraphs a 'paywall' box hides: the rest of the article, not a prompt", () => {
    const rest = [
      "Engineers expect the first section to open within three years, with trams every six minutes at peak hours and every ten in the evening.",
      "The council will publish the full noise and traffic studies next month, together with the answers to the questions residents have sent in.",
      "Local businesses along the route asked for compensation during the works, which the mayor said would be discussed with their associations.",
      "A second vote on the financing is planned for the autumn, once the regional government has confirmed its own contribution to the project.",
      "Until then the existing bus lines keep their timetables, and the ticket prices agreed last year stay in force for all passengers.",
    ];
    // Less than half of the page's prose, so the word is not distrusted as this page's layout word.
    const shown = [...PROSE, ...PROSE.map((p) => p.replace(/\.$/u, ", officials said."))];
    const result = extract(`<html><body><article class="post"><div class="entry-content">${shown.map((p) => `<p>${p}</p>`).join("")}<div class="paywall">${rest.map((p) => `<p>${p}</p>`).join("")}</div></div></article></body></html>`);
    assert.deepEqual(result.lines, [...shown, ...rest]);
  });
  it("keeps an article whose every paragraph a template marks 'paywall', a long one among them", () => {
    // The long paragraph is more prose than a prompt holds; with the short ones, "paywall" marks most of the page.
    const long = [...PROSE, PROSE[0], PROSE[1]].join(" ");
    const marked = [long, ...PROSE];
    const plain = [`${PROSE[2]} Again.`, `${PROSE[3]} Again.`];
    const html = `<html><body><article class="post"><div class="entry-content">${marked.map((p) => `<p class="paywall">${p}</p>`).join("")}${plain.map((p) => `<p>${p}</p>`).join("")}</div></article></body></html>`;
    assert.deepEqual(extract(html).lines, [...marked, ...plain]);
  });
  it("reads 'related_post' as a list of related posts, not as the post", () => {
    const related = `<ul class="related_post">${[1, 2, 3].map((i) => `<li><a href="/p${i}">Story ${i}</a><small>An excerpt of the other story number ${i}, long enough to read as prose here.</small></li>`).join("")}</ul>`;
    const result = dropped(related);
    assert.ok(!result.lines.some((line) => line.includes("other story")), result.lines.join("\n"));
  });
  it("keeps a post whose own class says 'post-content' after a chrome-free word", () => {
    const result = extract(`<html><body><div class="single-post-content">${body}</div><div class="related-posts"><a href="/x">Another headline about the city</a></div></body></html>`);
    assert.deepEqual(result.lines, PROSE);
  });
});

describe("a teaser is chrome only when it links elsewhere", () => {
  const body = PROSE.map((p) => `<p>${p}</p>`).join("");
  it("keeps the article's own teaser (its lead) and drops teasers of other articles", () => {
    const lead = "The tram will reach the airport by 2027, the council decided after a debate that lasted late into the night.";
    const others = [1, 2, 3].map((i) => `<div class="teaser"><a href="/story-${i}"><h3>Other headline ${i}</h3></a><p>A summary of another story number ${i} that readers may want to open next.</p></div>`).join("");
    const result = extract(`<html><body><article><p class="article-teaser">${lead}</p><div class="article-body">${body}</div>${others}</article></body></html>`);
    assert.deepEqual(result.lines, [lead, ...PROSE]);
    assert.ok(result.removed.some((span) => span.reason === "related" && span.text.includes("another story number 1")));
  });
});

describe("the one-pass extractor finds bodies that scoring misses, without Readability.js", () => {
  const body = PROSE.map((p) => `<p>${p}</p>`).join("");
  it("takes the element holding most of the page's prose when a content-named box of two lines outscores the body", () => {
    const intro = `<div class="text"><p>Short, content-named, intro box, with, commas, to score, high.</p></div>`;
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/n${i}">Section ${i}</a>`).join(" ");
    const html = `<html><body><header>${intro}</header><div class="wrap"><div class="x1">${links}<div class="x2">${body}</div></div></div></body></html>`;
    const result = extract(html);
    assert.equal(result.fallback, false);
    for (const p of PROSE) assert.ok(result.lines.includes(p), `missing: ${p}\n${result.lines.join("\n")}`);
  });
  it("reads 'non-paywall' and 'no-ads' as the absence of a paywall or of advertising", () => {
    const result = extract(`<html><body><section class="row non-paywall"><article>${body}</article></section><div class="no-ads"><p>${PROSE[0]} Again.</p></div></body></html>`);
    assert.equal(result.fallback, false);
    for (const p of PROSE) assert.ok(result.lines.includes(p), `missing: ${p}`);
  });
});

describe("when the one pass finds too little", () => {
  const body = PROSE.map((p) => `<p>${p}</p>`).join("");
  it("reads a page hidden as a whole until a script shows it, without Readability.js", () => {
    const result = extract(`<html><body><div id="page" style="display: none;"><nav><a href="/">Home</a></nav><article>${body}</article></div><script>show()</script></body></html>`);
    assert.equal(result.fallback, false);
    assert.deepEqual(result.lines, PROSE);
  });
  it("still leaves out hidden blocks of a page that shows its article", () => {
    const result = extract(`<html><body><article>${body}<div hidden><p>${PROSE[0].replace("council", "hidden board")}</p></div></article></body></html>`);
    assert.deepEqual(result.lines, PROSE);
  });
  it("does not ask Readability.js about a page too short to hold more than it kept", () => {
    const result = extract(`<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><p>Opening hours: Monday to Friday, nine to five.</p></body></html>`);
    assert.equal(result.fallback, false);
    assert.deepEqual(result.lines, ["Opening hours: Monday to Friday, nine to five."]);
  });
});

describe("the removal log shows a dropped block's text as a reader sees it", () => {
  const body = PROSE.map((p) => `<p>${p}</p>`).join("");
  it("runs ruby-annotated Japanese together and leaves the readings out", () => {
    const nav = `<nav><ul><li><a href="/e"><ruby>災害<rt>さいがい</rt></ruby>に<ruby>気<rt>き</rt></ruby>をつけて</a></li><li><a href="/n">ニュース</a></li></ul></nav>`;
    const result = extract(`<html><body>${nav}<article>${body}</article></body></html>`);
    const span = result.removed.find((s) => s.reason === "navigation");
    assert.equal(span?.text, "災害に気をつけて ニュース", JSON.stringify(result.removed));
  });
  it("separates links that markup alone runs together", () => {
    const nav = `<nav><a href="/">Home</a><a href="/w">World</a><a href="/s">Sport</a></nav>`;
    const result = extract(`<html><body>${nav}<article>${body}</article></body></html>`);
    assert.equal(result.removed.find((s) => s.reason === "navigation")?.text, "Home World Sport", JSON.stringify(result.removed));
  });
});

describe("the parts around an article body are not its text", () => {
  const body = PROSE.map((p) => `<p>${p}</p>`).join("");
  const legend = `<div class="story__legend"><ul><li>… names of people</li><li>… names of places</li></ul><p class="story__note">* Underlined words open the dictionary when you tap them on this page.</p></div>`;
  const banner = `<header><div class="site-about__body"><p>This site explains the news in simple words for learners and children of every age, every day of the week.</p></div></header>`;

  it("drops the page's header, a legend after the body and the notes in it", () => {
    const html = `<html><body>${banner}<main><article class="news-item"><h1 class="story__title">Tram plan approved</h1><div class="story__body">${body}</div>${legend}</article></main>${SIDEBAR}</body></html>`;
    const result = extract(html);
    assert.equal(result.fallback, false);
    for (const p of PROSE) assert.ok(result.lines.includes(p), `missing: ${p}`);
    for (const dropped of ["This site explains", "names of people", "Underlined words"]) assert.ok(!result.lines.some((line) => line.includes(dropped)), `kept: ${dropped}\n${result.lines.join("\n")}`);
  });

  it("keeps a lead set above the body in the article's own header", () => {
    const lead = "Councillors voted by a wide margin for the line, which the region has promised since the last election campaign.";
    const html = `<html><body>${banner}<article><header><h1>Tram plan approved</h1><p class="standfirst">${lead}</p></header><div class="story__body">${body}</div></article>${SIDEBAR}</body></html>`;
    const result = extract(html);
    assert.ok(result.lines.includes(lead), result.lines.join("\n"));
    for (const p of PROSE) assert.ok(result.lines.includes(p), `missing: ${p}`);
  });
});

describe("what the markup says a block is", () => {
  const elementOf = (html: string, tag: string, names = "") => buildHtmlTree(html).elements.find((e) => e.tag === tag && e.names === names)!;

  it("a header outside any article, section or main is the page's banner; inside one it heads it", () => {
    const html = "<html><body><header><p>Site</p></header><article><header><h1>Title</h1></header><p>Text</p></article></body></html>";
    const headers = buildHtmlTree(html).elements.filter((e) => e.tag === "header");
    assert.deepEqual(headers.map((h) => tagChromeReason(h)), ["header", null]);
  });

  it("a BEM element is content by its own word, and a part of the article named otherwise is not", () => {
    const html = `<html><body><div class="article__body">a</div><div class="article__legend">b</div><div class="article__inner">c</div><div class="article__share">d</div></body></html>`;
    assert.equal(contentSignal(elementOf(html, "div", "article__body")), true);
    assert.equal(contentSignal(elementOf(html, "div", "article__legend")), false);
    assert.equal(contentSignal(elementOf(html, "div", "article__inner")), true, "a wrapper of the article is the article");
    assert.equal(nameChromeMark(elementOf(html, "div", "article__share"))?.reason, "share-prompt");
  });
});

describe("text inside a link is link text, whatever blocks the link wraps", () => {
  const body = PROSE.map((p) => `<p>${p}</p>`).join("");
  // A card is one link around a picture, a headline, a standfirst of two sentences and a time.
  const card = (i: number) =>
    `<article class="item item--type-article"><a href="/news/other-story-${i}" class="item__anchor"><span class="img item__thumb"><img src="x.jpg"></span>` +
    `<div class="item__title-wrapper"><h4 class="item__hed">Other story number ${i} from the newsroom</h4><p class="item__dek">A standfirst written as a sentence, ` +
    `long enough to pass for prose, about the other story number ${i}, the people it follows, the places they live in, and what the council decided for them on Monday evening after a long debate.</p>` +
    `<div class="item__metadata"><span class="item__date">${i}H ago</span></div></div></a></article>`;
  const sections = ["World", "Politics", "Science"]
    .map(
      (topic, s) =>
        `<div class="col-12"><section class="component component--type-mixed_listing"><h3 class="component__title">${topic}</h3><a class="component__view-more" href="/${topic.toLowerCase()}/">More ${topic}</a>` +
        `<div class="component__item-wrapper">${[1, 2, 3, 4, 5].map((i) => card(s * 5 + i)).join("")}</div><a class="component__view-more--sm" href="/${topic.toLowerCase()}/">More in ${topic}</a></section></div>`,
    )
    .join("");

  it("drops sections of teaser cards below the article, each card one link around a headline and a standfirst", () => {
    const result = extract(`<html><body><main><div class="row"><div class="row"><article><section class="content__body">${body}</section></article></div><div class="row">${sections}</div></div></main></body></html>`);
    assert.deepEqual(result.lines, PROSE);
  });

  it("keeps the sections of an article behind accordion toggles, which link to the page itself", () => {
    const panel = (i: number, text: string) =>
      `<div class="panel"><a role="button" href="#collapse-${i}"><div class="panel-heading"><h4>Section ${i} of the report on the tram line and its costs</h4></div></a><div id="collapse-${i}" class="panel-collapse"><p>${text}</p></div></div>`;
    const result = extract(`<html><body><div class="news-detail"><p>${PROSE[0]}</p><p>${PROSE[1]}</p>${panel(1, PROSE[2])}${panel(2, PROSE[3])}</div></body></html>`);
    for (const p of PROSE) assert.ok(result.lines.includes(p), `missing: ${p}`);
  });
});
