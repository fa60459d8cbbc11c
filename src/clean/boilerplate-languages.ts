import type { BoilerplateRule } from "./boilerplate-patterns.js";

/**
 * The template phrases of boilerplate-patterns.ts in the languages its rules do not cover: Russian,
 * Ukrainian, Bulgarian, Greek, Arabic, Persian, Hebrew, Hindi, Chinese, Japanese, Korean, Thai, Turkish,
 * Indonesian and Vietnamese. They are the words of the sites' own interface ("Read also", "Share",
 * "All rights reserved", "Advertisement"), as the Latin-script rules are, under the same limits: a rule
 * for the middle of a body matches a whole short line, and the rest only remove at a body's edges.
 * Scripts without spaces take no word boundaries; a separator (a colon, full-width or not) is required
 * after a label that a headline follows.
 */

/** "Read also", "Related news", "More on the topic": a label over links to other articles. */
export const RELATED_LABEL_OTHER_LANGUAGES = [
  // ru, uk, bg
  String.raw`читайте (?:также|тоже)|читать также|смотрите также|(?:ещё|еще|другие материалы|материалы) по теме|по теме|новости по теме|читайте також|дивіться також|за темою|прочетете (?:още|също)|вижте (?:още|също)|още по темата|свързани (?:новини|статии)`,
  // el
  String.raw`διαβάστε (?:επίσης|ακόμα|ακόμη)|δείτε (?:επίσης|ακόμα|ακόμη)|σχετικά (?:άρθρα|θέματα)`,
  // ar, fa, he
  String.raw`[اإ]قرأ (?:أيضا|أيضاً|ايضا|ايضاً|المزيد)|(?:مواضيع|أخبار|اخبار|مقالات) ذات صلة|ذات صلة|بیشتر بخوانید|(?:مطالب|اخبار) (?:مرتبط|مشابه)|קראו (?:עוד|גם)|כתבות נוספות|עוד באתר`,
  // hi, th
  String.raw`(?:यह|ये) भी पढ़ें|और पढ़ें|संबंधित (?:खबरें|ख़बरें|लेख)|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง`,
  // zh (simplified and traditional), ja, ko
  String.raw`相[关關](?:新[闻聞]|阅读|閱讀|文章|报道|報導)|延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|関連(?:記事|ニュース)|あわせて読みたい|こちらもおすすめ|관련\s?(?:기사|뉴스)|함께 (?:보면 좋은|읽으면 좋은) 기사|많이 본 뉴스`,
  // tr, id, vi
  String.raw`ayrıca (?:okuyun|bakınız)|(?:[iİ]lgili|benzer) haberler|ilginizi çekebilir|baca juga|(?:berita|artikel) terkait|xem thêm|đọc thêm|tin (?:liên quan|cùng chuyên mục)|bài (?:viết )?liên quan`,
].join("|");

/** Social networks and messengers of these languages' sites, as listed after "Share". */
const SOCIAL_OTHER = String.raw`(?:vk|вконтакте|одноклассники|ok|telegram|телеграм|viber|whatsapp|facebook|twitter|x|微博|weibo|微信|wechat|qq|line|kakao(?:talk)?|카카오톡|naver|band|email|e-mail)`;

/** "Share", "Share on", alone on a line or before a row of networks. */
const SHARE_LABEL = String.raw`поделиться|поделитесь|поширити|поділитися|сподели|споделете|κοινοποίηση|μοιραστείτε|شارك|مشاركة|اشتراک(?:‌| )?گذاری|שתפו|שיתוף|शेयर करें|साझा करें|分享(?:到)?|シェア(?:する)?|공유(?:하기)?|แชร์|paylaş|bagikan|chia sẻ`;

/** "Advertisement" as the label of an ad slot. */
const AD_LABEL = String.raw`реклама|διαφήμιση|إعلان|اعلان|تبلیغات|פרסומת|विज्ञापन|广告|廣告|広告|광고|โฆษณา|reklam|iklan|quảng cáo`;

/** "All rights reserved", "No reproduction without permission". */
const RIGHTS = String.raw`все права защищены|(?:всі|усі) права захищені|всички права запазени|με επιφύλαξη παντός δικαιώματος|όλα τα δικαιώματα (?:διατηρούνται|κατοχυρωμένα)|جميع الحقوق محفوظة|حقوق النشر محفوظة|(?:تمامی|کلیه) حقوق[^.!?]{0,40}محفوظ|כל הזכויות שמורות|सर्वाधिकार सुरक्षित|版[权權]所有|保留所有[权權]利|未[经經](?:授[权權]|许可|許可)[^。！？]{0,10}(?:不得|禁止)[转轉][载載]|[转轉][载載]请注明|無断(?:転載|複製)|무단\s?(?:전재|배포)|สงวนลิขสิทธิ์|tüm hakları saklıdır|hak cipta dilindungi|bản quyền thuộc về`;

/**
 * The controls Chinese sites print as text around an article: font size, print, bookmark, report, comment
 * counts, "scan the QR code to share". A line made only of them is the page's toolbar.
 */
const CJK_CONTROL = String.raw`(?:字号|字號|字体|字體|[\[【][大中小][\]】]|大\s*中\s*小|[\[【]?打印(?:本页|本頁)?[\]】]?|[\[【]?关闭(?:窗口)?[\]】]?|列印|收藏(?:本文)?|已收藏[!！]?|举报|舉報|\d*\s*(?:条)?评论(?:\s*[（(]\d+[)）])?|評論(?:\s*[（(]\d+[)）])?|我要(?:跟帖|评论|評論|纠错|糾錯)|已输入\d+字|分享(?:至|到)?(?:好友和朋友圈|朋友圈|微信|微博|QQ空间)?|(?:用)?微信扫(?:码|描|一扫)?(?:二维码)?|扫一扫(?:在手机打开当前页面|分享到(?:微信|朋友圈))?|扫描二维码(?:分享到微信|用手机看)?|返回顶部|回到顶部|返回首页|T\s*[+＋]\s*[-－])`;

/** Who edited or checked the piece, printed after it: "（责任编辑：系统管理员）", "【编辑：姚昊】", "(责编：汤诗瑶、丁涛)". */
const CJK_EDITOR_CREDIT = String.raw`^[（(【\[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|实习编辑|审核|審核|校对|校對|签发|編審|编审)\s*[:：][^。！？!?]{0,40}?[）)】\]]?$`;

/**
 * Chinese sites' invitations around an article to follow their WeChat account, scan a QR code or get their app ("更多粉丝福利
 * 扫描二维码关注", "关注微信公众号", "下载客户端"), and the app's or account's name alone on a line ("证券时报APP", "微信公众号").
 */
const CJK_FOLLOW_PROMPT = String.raw`(?:扫描|扫一扫|扫码|长按|掃描|掃碼)[^。！？]{0,12}关注|(?:关注|關注)[^。！？]{0,12}(?:公众号|公眾號)|下载[^。！？]{0,12}(?:APP|App|app|客户端)`;
const CJK_APP_NAME = String.raw`^[^。！？，,\s]{0,12}\s*(?:APP|App|客户端|客戶端|微信公众号|微信公眾號|官方微信|官方微博)$`;

/** "You are here: Home > News > …". */
const CJK_BREADCRUMB = String.raw`^(?:您(?:现在)?(?:所在的?)?(?:位置|的位置)|当前位置|當前位置|现在位置|現在位置|現在地)\s*[:：]`;

export const OTHER_LANGUAGE_RULES: readonly BoilerplateRule[] = [
  {
    reason: "boilerplate",
    scope: "anywhere",
    maxChars: 60,
    pattern: new RegExp(String.raw`^(?:${CJK_CONTROL}\s*[:：|｜]?\s*)+$`, "u"),
  },
  {
    reason: "byline",
    scope: "edge",
    maxChars: 60,
    pattern: new RegExp(CJK_EDITOR_CREDIT, "u"),
  },
  {
    reason: "navigation",
    scope: "edge",
    maxChars: 200,
    pattern: new RegExp(CJK_BREADCRUMB, "u"),
  },
  {
    reason: "share-prompt",
    scope: "edge",
    maxChars: 100,
    pattern: new RegExp(CJK_FOLLOW_PROMPT, "u"),
  },
  {
    reason: "share-prompt",
    scope: "edge",
    maxChars: 30,
    pattern: new RegExp(CJK_APP_NAME, "u"),
  },
  {
    reason: "share-prompt",
    scope: "anywhere",
    maxChars: 160,
    pattern: new RegExp(String.raw`^(?:${SHARE_LABEL})(?:\s*[:：]?\s*(?:${SOCIAL_OTHER}(?:\s*[|·•,，/]\s*|\s+)?)*)$`, "iu"),
  },
  {
    reason: "boilerplate",
    scope: "anywhere",
    maxChars: 40,
    pattern: new RegExp(String.raw`^(?:${AD_LABEL})\s*[:：]?$`, "iu"),
  },
  {
    reason: "footer",
    scope: "edge",
    maxChars: 300,
    // At the line's start, or after a ©, a year or a separator: not a clause of a sentence ("… что все права защищены законом").
    pattern: new RegExp(String.raw`(?:^|[©.|·•–—-]\s*|\d{4}\s*)(?:${RIGHTS})`, "iu"),
  },
  {
    reason: "navigation",
    scope: "anywhere",
    maxChars: 220,
    pattern: new RegExp(String.raw`^(?:[>»►▶•*-]\s*)?(?:${RELATED_LABEL_OTHER_LANGUAGES})\s*(?:[:：»>|-]|–)\s*\S.*$|^(?:${RELATED_LABEL_OTHER_LANGUAGES})\s*[:：»>.…?!-]?$`, "iu"),
  },
];
