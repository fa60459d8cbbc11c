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

export const OTHER_LANGUAGE_RULES: readonly BoilerplateRule[] = [
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
