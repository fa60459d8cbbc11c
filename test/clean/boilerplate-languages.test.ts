import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clean } from "../../src/clean/index.js";
import type { RemovalReason } from "../../src/types.js";
import { rawDocument } from "./text-doc.js";

interface Case {
  lang: string;
  title: string;
  body: [string, string, string];
  /** Lines of the site's interface, each with the reason it must be removed for; placed as `where` says. */
  chrome: Array<{ line: string; reason: RemovalReason; where: "middle" | "end" }>;
}

const CASES: Case[] = [
  {
    lang: "ru",
    title: "Министры обсудили безопасность границы",
    body: [
      "Министр иностранных дел провёл в четверг переговоры со своим коллегой в Душанбе, где обсуждались вопросы безопасности на границе.",
      "По словам участников встречи, стороны договорились продолжить консультации на уровне экспертов в следующем месяце.",
      "Наблюдатели отмечают, что визит стал первым за последние два года и может открыть путь к новому соглашению.",
    ],
    chrome: [
      { line: "Читайте также: Власти объявили о новых мерах поддержки экспортёров", reason: "navigation", where: "middle" },
      { line: "Поделиться", reason: "share-prompt", where: "middle" },
      { line: "Нашли ошибку? Выделите её и нажмите Ctrl+Enter.", reason: "contact-prompt", where: "end" },
      { line: "© 2026 Новости. Все права защищены.", reason: "footer", where: "end" },
    ],
  },
  {
    lang: "el",
    title: "Συνάντηση για την ενεργειακή συνεργασία",
    body: [
      "Ο υπουργός Εξωτερικών συναντήθηκε την Πέμπτη με τον ομόλογό του στην Αθήνα για να συζητήσουν την ενεργειακή συνεργασία.",
      "Σύμφωνα με ανακοίνωση, οι δύο πλευρές συμφώνησαν να συνεχίσουν τις διαβουλεύσεις τον επόμενο μήνα.",
      "Παρατηρητές σημειώνουν ότι η επίσκεψη είναι η πρώτη εδώ και δύο χρόνια.",
    ],
    chrome: [
      { line: "Διαβάστε επίσης: Νέα μέτρα στήριξης για τις επιχειρήσεις", reason: "navigation", where: "middle" },
      { line: "Με επιφύλαξη παντός δικαιώματος", reason: "footer", where: "end" },
    ],
  },
  {
    lang: "ar",
    title: "وزير الخارجية يلتقي نظيره في دوشنبه",
    body: [
      "التقى وزير الخارجية يوم الخميس نظيره في دوشنبه لبحث قضايا الأمن على الحدود المشتركة بين البلدين.",
      "وقال المشاركون في الاجتماع إن الجانبين اتفقا على مواصلة المشاورات على مستوى الخبراء الشهر المقبل.",
      "ويرى مراقبون أن الزيارة هي الأولى منذ عامين وقد تمهد الطريق لاتفاق جديد.",
    ],
    chrome: [
      { line: "اقرأ أيضا: الحكومة تعلن عن إجراءات جديدة لدعم المصدرين", reason: "navigation", where: "middle" },
      { line: "إعلان", reason: "boilerplate", where: "middle" },
      { line: "جميع الحقوق محفوظة © 2026", reason: "footer", where: "end" },
    ],
  },
  {
    lang: "he",
    title: "שר החוץ נפגש עם עמיתו",
    body: [
      "שר החוץ נפגש ביום חמישי עם עמיתו בירושלים כדי לדון בשיתוף הפעולה בתחום האנרגיה.",
      "לדברי המשתתפים, הצדדים הסכימו להמשיך בהתייעצויות ברמת המומחים בחודש הבא.",
      "משקיפים מציינים כי זהו הביקור הראשון מזה שנתיים.",
    ],
    chrome: [
      { line: "קראו גם: הממשלה הודיעה על צעדים חדשים", reason: "navigation", where: "middle" },
      { line: "כל הזכויות שמורות", reason: "footer", where: "end" },
    ],
  },
  {
    lang: "hi",
    title: "विदेश मंत्री ने सीमा सुरक्षा पर चर्चा की",
    body: [
      "विदेश मंत्री ने गुरुवार को दुशांबे में अपने समकक्ष से मुलाकात की और सीमा सुरक्षा के मुद्दों पर चर्चा की।",
      "बैठक में शामिल लोगों के अनुसार दोनों पक्ष अगले महीने विशेषज्ञ स्तर पर बातचीत जारी रखने पर सहमत हुए।",
      "पर्यवेक्षकों का कहना है कि यह दो साल में पहली यात्रा है।",
    ],
    chrome: [
      { line: "यह भी पढ़ें: सरकार ने निर्यातकों के लिए नए उपायों की घोषणा की", reason: "navigation", where: "middle" },
      { line: "सर्वाधिकार सुरक्षित", reason: "footer", where: "end" },
    ],
  },
  {
    lang: "zh",
    title: "外长在杜尚别举行会谈",
    body: [
      "外交部长周四在杜尚别与其同行举行会谈，双方讨论了边境安全问题。",
      "据与会人士介绍，双方同意下个月继续在专家层面进行磋商。",
      "观察人士指出，这是两年来的首次访问，可能为达成新协议铺平道路。",
    ],
    chrome: [
      { line: "相关新闻：政府宣布支持出口企业的新措施", reason: "navigation", where: "middle" },
      { line: "分享到：微博 微信", reason: "share-prompt", where: "middle" },
      { line: "版权所有 未经授权不得转载", reason: "footer", where: "end" },
    ],
  },
  {
    lang: "zh (toolbar and editor lines)",
    title: "市政府公布新的公共交通计划",
    body: [
      "市政府周二公布了新的公共交通计划，未来三年将新增两条地铁线路和二十条公交线路。",
      "市长在发布会上表示，新线路将优先覆盖北部新区和机场周边地区。",
      "有市民认为票价仍然偏高，希望政府在扩建线路的同时出台更多优惠措施。",
    ],
    chrome: [
      { line: "字号：[大] [中] [小] [打印]", reason: "boilerplate", where: "middle" },
      { line: "37评论 收藏", reason: "boilerplate", where: "middle" },
      { line: "（责任编辑：王明）", reason: "byline", where: "end" },
      { line: "扫一扫在手机打开当前页面", reason: "boilerplate", where: "end" },
    ],
  },
  {
    lang: "zh (invitations to follow the site's account or get its app)",
    title: "市政府公布新的公共交通计划",
    body: [
      "市政府周二公布了新的公共交通计划，未来三年将新增两条地铁线路和二十条公交线路。",
      "市长在发布会上表示，新线路将优先覆盖北部新区和机场周边地区，并关注市民的出行需求。",
      "有市民认为票价仍然偏高，希望政府在扩建线路的同时出台更多优惠措施。",
    ],
    chrome: [
      { line: "新酷产品第一时间免费试玩，快来下载客户端体验吧", reason: "share-prompt", where: "end" },
      { line: "24小时滚动播报最新资讯，更多粉丝福利扫描二维码关注（example）", reason: "share-prompt", where: "end" },
      { line: "证券时报APP", reason: "share-prompt", where: "end" },
      { line: "微信公众号", reason: "share-prompt", where: "end" },
    ],
  },
  {
    lang: "ja",
    title: "外相がドゥシャンベで会談",
    body: [
      "外務大臣は木曜日、ドゥシャンベで相手国の外相と会談し、国境の安全保障について協議した。",
      "出席者によると、双方は来月、専門家レベルで協議を続けることで合意した。",
      "今回の訪問は二年ぶりで、新たな合意への道を開く可能性があると指摘されている。",
    ],
    chrome: [
      { line: "関連記事", reason: "navigation", where: "middle" },
      { line: "広告", reason: "boilerplate", where: "middle" },
      { line: "無断転載・複製を禁じます", reason: "footer", where: "end" },
    ],
  },
  {
    lang: "ko",
    title: "외교장관 두샨베서 회담",
    body: [
      "외교부 장관은 목요일 두샨베에서 상대국 장관과 만나 국경 안보 문제를 논의했다.",
      "회담 참석자들에 따르면 양측은 다음 달 전문가 수준에서 협의를 계속하기로 합의했다.",
      "관측통들은 이번 방문이 2년 만에 처음이라고 지적했다.",
    ],
    chrome: [
      { line: "관련기사: 정부, 수출기업 지원 대책 발표", reason: "navigation", where: "middle" },
      { line: "무단전재 및 재배포 금지", reason: "footer", where: "end" },
    ],
  },
  {
    lang: "th",
    title: "รัฐมนตรีต่างประเทศหารือความมั่นคงชายแดน",
    body: [
      "รัฐมนตรีว่าการกระทรวงการต่างประเทศได้พบกับรัฐมนตรีของอีกฝ่ายเมื่อวันพฤหัสบดีเพื่อหารือเรื่องความมั่นคงชายแดน",
      "ผู้เข้าร่วมประชุมระบุว่าทั้งสองฝ่ายตกลงที่จะหารือกันต่อในระดับผู้เชี่ยวชาญในเดือนหน้า",
      "ผู้สังเกตการณ์ชี้ว่านี่เป็นการเยือนครั้งแรกในรอบสองปี",
    ],
    chrome: [
      { line: "อ่านเพิ่มเติม: รัฐบาลประกาศมาตรการใหม่", reason: "navigation", where: "middle" },
      { line: "สงวนลิขสิทธิ์", reason: "footer", where: "end" },
    ],
  },
  {
    lang: "tr",
    title: "Dışişleri Bakanı Duşanbe'de görüştü",
    body: [
      "Dışişleri Bakanı perşembe günü Duşanbe'de mevkidaşıyla bir araya gelerek sınır güvenliği konularını görüştü.",
      "Görüşmeye katılanlara göre iki taraf, gelecek ay uzmanlar düzeyinde istişarelere devam etme konusunda anlaştı.",
      "Gözlemciler, ziyaretin iki yıldır ilk olduğunu belirtiyor.",
    ],
    chrome: [
      { line: "İlgili Haberler", reason: "navigation", where: "middle" },
      { line: "Paylaş", reason: "share-prompt", where: "middle" },
      { line: "Tüm hakları saklıdır.", reason: "footer", where: "end" },
    ],
  },
];

function pageOf(c: Case): string {
  const middle = c.chrome.filter((x) => x.where === "middle").map((x) => x.line);
  const end = c.chrome.filter((x) => x.where === "end").map((x) => x.line);
  return [c.title, c.body[0], ...middle, c.body[1], c.body[2], ...end].join("\n\n");
}

describe("site interface lines in other languages and scripts are removed with their reason", () => {
  for (const c of CASES) {
    it(`${c.lang}: the body stays whole, every interface line goes`, () => {
      const cleaned = clean(rawDocument(pageOf(c)));
      assert.equal(cleaned.title, c.title);
      assert.equal(cleaned.text, c.body.join("\n\n"));
      for (const { line, reason } of c.chrome) {
        assert.ok(
          cleaned.removed.some((span) => span.reason === reason && span.text.includes(line)),
          `${JSON.stringify(line)} not removed as ${reason}: ${JSON.stringify(cleaned.removed)}`,
        );
      }
    });
  }
});

describe("the same words inside article text stay", () => {
  it("a sentence that mentions the words, a long line starting with a label, a label without a separator", () => {
    const body = [
      "Эксперты считают, что все права защищены законом, но на практике их соблюдение зависит от судов.",
      `Читайте также ${"длинный текст статьи, который продолжается и не является ссылкой на другой материал, ".repeat(4)}`.trim(),
      "报道说，广告行业的收入在今年第三季度增长了百分之十二，分享经济也在快速发展。",
      "编辑部的同事们认为，收藏古籍需要耐心，而评论家对此看法不一。",
      "Uzmanlar ilgili haberler konusunda temkinli olunması gerektiğini söyledi ve açıklamayı paylaştı.",
    ];
    const cleaned = clean(rawDocument(body.join("\n\n")));
    assert.equal(cleaned.text, body.join("\n\n"));
  });
});

describe("a first paragraph that ends a sentence is text, not a title, in every script", () => {
  const pages: Array<[string, string[]]> = [
    ["hi", ["विदेश मंत्री ने गुरुवार को अपने समकक्ष से मुलाकात की।", "दोनों पक्ष अगले महीने बातचीत जारी रखने पर सहमत हुए।"]],
    ["zh", ["外交部长周四与其同行举行会谈。", "双方同意下个月继续磋商。"]],
    ["ja", ["外務大臣は木曜日に会談した。", "双方は協議を続けることで合意した。"]],
    ["ur", ["وزیر خارجہ نے جمعرات کو ملاقات کی۔", "دونوں فریقوں نے بات چیت جاری رکھنے پر اتفاق کیا۔"]],
  ];
  for (const [lang, body] of pages) {
    it(lang, () => {
      const cleaned = clean(rawDocument(body.join("\n\n")));
      assert.equal(cleaned.title, null);
      assert.equal(cleaned.text, body.join("\n\n"));
    });
  }
});
