import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clean, parseSourceLine } from "../../src/clean/index.js";
import { rawDocument } from "./text-doc.js";

// Han, kana and Hangul say in one character what alphabets say in two or three: a Japanese article of
// 150 characters is a whole short report, not a scrap the extractor should look past.

const REPORT =
  "３月４日の市議会で、来年度の予算案が賛成多数で可決された。市長は「子育て支援と公共交通の充実を最優先にした」と述べ、" +
  "北部の三つの地区で新しい保育所を開く計画を説明した。野党は税負担が増えると批判し、採決の前に議場を退出した。" +
  "予算案は四月から執行され、保育所の一つは秋に開所する予定だ。";

/** A tool panel a script shows on a click: hidden in the page, its labels are not the article. */
const HIDDEN_PANEL = `<div class="tools" style="display: none;">
  <p>この記事を保存するには会員登録が必要です。保存した記事はスマートフォンやタブレットでも読むことができます。</p>
  <h5>文字の大きさ</h5><p>小さく 標準 大きく</p>
  <h5>記事の利用について</h5><p>会議資料への転載や複製、印刷をご希望の方は、お問い合わせ窓口までご連絡ください。詳しい手続きは案内ページに掲載しています。</p>
  <p>共有する 印刷する メールで送る ブックマークに追加する 後で読む リストに保存する この記事をフォローする 通知を受け取る</p>
  <p>有料会員になると、すべての記事を読むことができます。初月は無料でお試しいただけます。解約はいつでもマイページから手続きできます。</p>
  <p>ご利用の端末やブラウザーによっては、一部の機能が使えない場合があります。推奨環境については、よくある質問のページをご覧ください。</p>
</div>`;

const page = `<!doctype html><html lang="ja"><head><title>予算案を可決</title></head><body>
<header><a href="/">トップ</a> <a href="/politics">政治</a> <a href="/economy">経済</a></header>
<main><h1>予算案を可決</h1>${HIDDEN_PANEL}<div class="article-body"><p>${REPORT}</p></div></main>
</body></html>`;

describe("text in scripts written without letters", () => {
  it("keeps a short Japanese report as the article, without the hidden tool panel's labels", () => {
    const article = clean(rawDocument(page, "html"));
    assert.ok(article !== null);
    assert.equal(article.text, REPORT);
    assert.equal(article.lang.code, "ja");
  });

  it("does not take a Chinese or Japanese sentence that opens with a date for a date line", () => {
    assert.equal(parseSourceLine(REPORT), null);
    assert.equal(parseSourceLine("５月８日、東京都内で開かれた記者会見で首相は新しい経済対策を発表した"), null);
  });

  it("still reads a date line with its weekday", () => {
    assert.equal(parseSourceLine("2023年11月17日 星期五")?.published?.day, 17);
  });
});

describe("the header Chinese templates print above the body", () => {
  const BODY = [
    "市政府周二公布了新的公共交通计划，未来三年将新增两条地铁线路和二十条公交线路，总投资约三百亿元。",
    "市长在发布会上表示，新线路将优先覆盖北部新区和机场周边地区，首条线路预计明年年底开通。",
    "有市民认为票价仍然偏高，希望政府在扩建线路的同时出台更多优惠措施，让更多人选择公共交通出行。",
  ];
  const page = `<!doctype html><html lang="zh-CN"><head><title>市政府公布新的公共交通计划_本地新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
<div class="detail"><div class="headline">市政府公布新的公共交通计划</div>
<div class="info">发布时间：2024-03-05 09:30 来源：本地日报 作者：李明</div>
${BODY.map((p) => `<p>${p}</p>`).join("\n")}</div></body></html>`;

  it("moves the repeated headline and its labelled source line into metadata", () => {
    const article = clean(rawDocument(page, "html"));
    assert.equal(article.text, BODY.join("\n\n"));
    assert.equal(article.author, "李明");
    assert.deepEqual([article.published?.year, article.published?.month, article.published?.day, article.published?.hour], [2024, 3, 5, 9]);
    assert.ok(article.removed.some((span) => span.reason === "metadata" && span.text.includes("来源：本地日报")));
  });
});
