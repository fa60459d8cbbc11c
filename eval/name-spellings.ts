import { personKey, personMatchKey } from "../src/enrich/person-key.js";

/**
 * People in the news as outlets in other scripts spell them (written for this check from how Russian, Chinese,
 * Arabic, Japanese, Korean, Hebrew, Persian, Greek, Hindi and Thai news write these names; no page copied). Each
 * spelling should meet the English one's cross-script key (`personMatchKey`), and no two people should share one.
 */
export const NAME_SPELLINGS: readonly (readonly string[])[] = [
  ["Joe Biden", "Джо Байден", "جو بايدن", "ジョー・バイデン", "조 바이든", "ג'ו ביידן", "جو بایدن", "Τζο Μπάιντεν", "जो बाइडेन", "โจ ไบเดน", "乔·拜登"],
  ["Donald Trump", "Дональд Трамп", "唐纳德·特朗普", "دونالد ترامب", "ドナルド・トランプ", "도널드 트럼프", "דונלד טראמפ", "دونالد ترامپ", "Ντόναλντ Τραμπ", "डोनाल्ड ट्रंप", "โดนัลด์ ทรัมป์"],
  ["Emmanuel Macron", "Эмманюэль Макрон", "埃马纽埃尔·马克龙", "إيمانويل ماكرون", "エマニュエル・マクロン", "에마뉘엘 마크롱", "עמנואל מקרון", "امانوئل مکرون", "Εμανουέλ Μακρόν", "इमैनुएल मैक्रों", "เอมมานูเอล มาครง"],
  ["Volodymyr Zelensky", "Владимир Зеленский", "Володимир Зеленський", "弗拉基米尔·泽连斯基", "فولوديمير زيلينسكي", "ウォロディミル・ゼレンスキー", "볼로디미르 젤렌스키", "וולודימיר זלנסקי", "ولودیمیر زلنسکی", "Βολοντίμιρ Ζελένσκι", "वोलोदिमीर ज़ेलेंस्की", "โวโลดีมีร์ เซเลนสกี"],
  ["Benjamin Netanyahu", "Биньямин Нетаньяху", "本雅明·内塔尼亚胡", "بنيامين نتنياهو", "ベンヤミン・ネタニヤフ", "베냐민 네타냐후", "בנימין נתניהו", "Μπενιαμίν Νετανιάχου", "बेंजामिन नेतन्याहू", "เบนจามิน เนทันยาฮู"],
  ["António Guterres", "Антониу Гутерриш", "安东尼奥·古特雷斯", "أنطونيو غوتيريش", "アントニオ・グテーレス", "안토니우 구테흐스", "אנטוניו גוטרש", "Αντόνιο Γκουτέρες", "एंटोनियो गुटेरेस"],
  ["Keir Starmer", "Кир Стармер", "基尔·斯塔默", "كير ستارمر", "キア・スターマー", "키어 스타머", "קיר סטארמר", "Κιρ Στάρμερ", "कीर स्टार्मर"],
  ["Ursula von der Leyen", "Урсула фон дер Ляйен", "乌尔苏拉·冯德莱恩", "أورسولا فون دير لاين", "ウルズラ・フォンデアライエン", "우르줄라 폰데어라이엔", "אורסולה פון דר ליין", "Ούρσουλα φον ντερ Λάιεν"],
  ["Xi Jinping", "习近平", "Си Цзиньпин", "شي جين بينغ", "習近平", "시진핑", "שי ג'ינפינג", "Σι Τζινπίνγκ", "शी जिनपिंग"],
  ["Kim Jong Un", "Ким Чен Ын", "金正恩", "كيم جونغ أون", "김정은", "קים ג'ונג און"],
  ["Yoon Suk Yeol", "윤석열", "Юн Сок Ёль", "尹锡悦", "ユン・ソンニョル", "يون سوك يول"],
  ["Lee Jae-myung", "이재명", "Ли Чжэ Мён", "李在明", "イ・ジェミョン"],
  ["Mohammed bin Salman", "Мухаммед бен Сальман", "穆罕默德·本·萨勒曼", "محمد بن سلمان", "ムハンマド・ビン・サルマン", "무함마드 빈 살만"],
  ["Abdel Fattah el-Sisi", "Абдель Фаттах ас-Сиси", "阿卜杜勒·法塔赫·塞西", "عبد الفتاح السيسي", "アブデルファタハ・シシ"],
  ["Luiz Inácio Lula da Silva", "Луис Инасиу Лула да Силва", "路易斯·伊纳西奥·卢拉·达席尔瓦", "لويس إيناسيو لولا دا سيلفا"],
  ["Giorgia Meloni", "Джорджа Мелони", "乔治娅·梅洛尼", "جورجيا ميلوني", "ジョルジャ・メローニ", "조르자 멜로니", "ג'ורג'ה מלוני", "Τζόρτζια Μελόνι"],
  ["Vladimir Putin", "Владимир Путин", "弗拉基米尔·普京", "فلاديمير بوتين", "ウラジーミル・プーチン", "블라디미르 푸틴", "ולדימיר פוטין", "Βλαντιμίρ Πούτιν", "व्लादिमीर पुतिन", "วลาดิมีร์ ปูติน"],
  ["Antony Blinken", "Энтони Блинкен", "安东尼·布林肯", "أنتوني بلينكن", "アントニー・ブリンケン", "토니 블링컨", "אנתוני בלינקן"],
  ["Recep Tayyip Erdoğan", "Реджеп Тайип Эрдоган", "雷杰普·塔伊普·埃尔多安", "رجب طيب أردوغان", "レジェプ・タイップ・エルドアン", "레제프 타이이프 에르도안", "רג'פ טאיפ ארדואן"],
];

export interface SpellingEvaluation {
  spellings: number;
  met: number;
  /** Spellings that miss their English key, for reading: "Keir Starmer: 基尔·斯塔默". */
  misses: string[];
  /** Pairs of different people whose English spellings share a key (should be none). */
  merged: string[];
}

export function evaluateSpellings(groups: readonly (readonly string[])[] = NAME_SPELLINGS): SpellingEvaluation {
  const key = (name: string) => personMatchKey(`person:${personKey(name)}`);
  const result: SpellingEvaluation = { spellings: 0, met: 0, misses: [], merged: [] };
  for (const [english, ...others] of groups) {
    for (const other of others) {
      result.spellings++;
      if (key(other) === key(english!)) result.met++;
      else result.misses.push(`${english}: ${other}`);
    }
  }
  const heads = groups.map((g) => g[0]!);
  for (let i = 0; i < heads.length; i++) for (let j = i + 1; j < heads.length; j++) if (key(heads[i]!) === key(heads[j]!)) result.merged.push(`${heads[i]} = ${heads[j]}`);
  return result;
}

export function formatSpellingEvaluation(e: SpellingEvaluation): string {
  return [
    `${NAME_SPELLINGS.length} people in the news, each spelled as up to ten other scripts write the name (eval/name-spellings.ts): **${e.met}/${e.spellings}** spellings meet the English spelling's cross-script key; different people sharing a key: ${e.merged.length === 0 ? "none" : e.merged.join("; ")}.`,
    "",
    `- missed: ${e.misses.join("; ")}`,
  ].join("\n");
}
