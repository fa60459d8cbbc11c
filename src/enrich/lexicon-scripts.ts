/**
 * The same word classes as lexicon.ts for languages outside the Latin script: ru, uk, bg (Cyrillic),
 * el, ar, fa, ur, he, hi, bn, th, zh, ja, ko. Written as the folded forms `fold` gives (lower case, accents and
 * vowel points off). General vocabulary of each language, not words of any article.
 */

/**
 * Months and weekdays: never people or places (الخميس "Thursday" is also a town's name). Not the Persian
 * for Monday, دوشنبه, which is also how Persian and Arabic write Dushanbe.
 */
export const SCRIPT_CALENDAR = `
  январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
  января февраля марта апреля мая июня июля августа сентября октября ноября декабря
  понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье
  січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень
  січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
  понеділок вівторок середа середу четвер пʼятниця пятниця пятницю субота суботу неділя неділю
  януари февруари април юни юли септември октомври ноември декември
  понеделник вторник сряда четвъртък петък събота неделя
  ιανουαριος φεβρουαριος μαρτιος απριλιος μαιος ιουνιος ιουλιος αυγουστος σεπτεμβριος οκτωβριος νοεμβριος δεκεμβριος
  ιανουαριου φεβρουαριου μαρτιου απριλιου μαιου ιουνιου ιουλιου αυγουστου σεπτεμβριου οκτωβριου νοεμβριου δεκεμβριου
  δευτερα τριτη τεταρτη πεμπτη παρασκευη σαββατο κυριακη
  يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
  الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت الأحد الاحد
  سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه شنبه یکشنبه
  ژانویه فوریه آوریل ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر
  ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר
  ראשון שני שלישי רביעי חמישי שישי שבת
  اتوار پیر منگل بدھ جمعرات جمعہ ہفتہ
  রবিবার সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার
  जनवरी फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर
  सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार
  มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม
  จันทร์ อังคาร พุธ พฤหัสบดี ศุกร์ เสาร์ อาทิตย์
  星期一 星期二 星期三 星期四 星期五 星期六 星期日 周一 周二 周三 周四 周五 周六 周日
  月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日
  월요일 화요일 수요일 목요일 금요일 토요일 일요일
`;

/** Roles that introduce a name ("министр X", "وزير الخارجية X", "विदेश मंत्री X", "외교부장"). */
export const SCRIPT_ROLES = `
  министр министра министру министром президент президента президенту президентом премьер премьера премьеру лидер
  премьером премьер-министр премьер-министра премьер-министру премьер-министром канцлер канцлера канцлеру
  канцлером глава главы главе главой посол посла послу послом генсек генсека генсеком спикер спикера спикером
  председатель председателя председателем мэр мэра мэром губернатор губернатора губернатором госсекретарь
  госсекретаря госсекретарю госсекретарем сенатор сенатора сенатором депутат депутата депутатом король короля
  королем папа директор директора директором
  міністр міністра міністром президент президента президентом прем'єр прем'єра прем'єром прем'єр-міністр лідер
  прем'єр-міністра прем'єр-міністром канцлер канцлера канцлером голова головою посол посла послом речник
  президентка прем'єр-міністерка міністерка речниця очільник очільниця держсекретар держсекретаря держсекретарем
  министър министъра министърът президентът президента премиер премиерът премиера канцлер канцлерът канцлера
  посланик посланикът председател председателят лидер лидерът
  председник председника председником премијер премијера премијером министар министра министром канцелар
  канцелара канцеларом амбасадор амбасадора портпарол
  υπουργος υπουργου προεδρος προεδρου πρωθυπουργος καγκελαριος πρεσβης εκπροσωπος ηγετης
  وزير وزيرة الوزير رئيس الرئيس رئيسة رئيسه المستشار المستشارة سفير السفير الملك الأمير الشيخ نظيره نظيرته المتحدث الناطق الأمين زعيم الزعيم زعيمة
  اللواء العميد العقيد المقدم النقيب المشير الجنرال
  وزیر رئیس‌جمهور رئیس سفیر سخنگوی صدراعظم دبیرکل رهبر
  שר השר שרת נשיא הנשיא ראש קנצלר שגריר דובר מזכיר המזכיר מזכירת מנהיג מנהיגת
  मंत्री प्रधानमंत्री राष्ट्रपति चांसलर राजदूत प्रवक्ता नेता सीईओ चेयरमैन अध्यक्ष
  صدر وزیراعظم ترجمان رہنما
  প্রেসিডেন্ট রাষ্ট্রপতি প্রধানমন্ত্রী মন্ত্রী পররাষ্ট্রমন্ত্রী মুখপাত্র চ্যান্সেলর রাষ্ট্রদূত নেতা
  รัฐมนตรี นายกรัฐมนตรี ประธานาธิบดี โฆษก
  장관 외교부장 대통령 총리 총리는 대변인 외무장관 외교부장은 장관은 대통령은 총재 차관 대표 회장 사장
  პრეზიდენტი პრეზიდენტმა პრეზიდენტს პრეზიდენტ პრემიერ-მინისტრი პრემიერ-მინისტრმა პრემიერი მინისტრი მინისტრმა ელჩი კანცლერი
  նախագահ նախագահը վարչապետ վարչապետը նախարար նախարարը դեսպան կանցլեր
  அதிபர் ஜனாதிபதி பிரதமர் அமைச்சர் வெளியுறவு தூதர் முதல்வர் செய்தித்தொடர்பாளர் தலைவர்
  ప్రధాని ప్రధానమంత్రి అధ్యక్షుడు అధ్యక్షుడైన మంత్రి ముఖ్యమంత్రి రాయబారి
  പ്രധാനമന്ത്രി പ്രസിഡന്റ് മന്ത്രി മുഖ്യമന്ത്രി അംബാസഡർ
  ಪ್ರಧಾನಿ ಪ್ರಧಾನಮಂತ್ರಿ ಅಧ್ಯಕ್ಷ ಅಧ್ಯಕ್ಷರಾದ ಸಚಿವ ಮುಖ್ಯಮಂತ್ರಿ ರಾಯಭಾರಿ
  पंतप्रधान राष्ट्राध्यक्ष अध्यक्ष मुख्यमंत्री नेते
  ፕሬዝዳንት ፕሬዚዳንት ፕሬዝደንት ሚኒስትር ሚኒስትሩ አምባሳደር
`;

/** Honorifics written before a name. */
export const SCRIPT_HONORIFICS = `г-н г-жа господин госпожа пан пані κ κος κα السيد السيدة الدكتور الدكتورة دكتور المهندس المهندسة آقای خانم מר גב श्री श्रीमती นาย นาง นางสาว`;

/** Reporting verbs: a name next to one is a person. */
export const SCRIPT_REPORTING = `
  сказал сказала заявил заявила отметил отметила подчеркнул подчеркнула сообщил сообщила словам
  сказав сказала заявив заявила зазначив наголосив повідомив
  каза заяви посочи подчерта
  δηλωσε ειπε τονισε σημειωσε
  قال قالت أكد أكدت صرح صرحت أوضح أضاف وأضاف وقال وقالت
  گفت کرد
  אמר אמרה הוסיף
  कहा बताया
  กล่าว
`;

/**
 * The commonest Chinese surnames (with their traditional forms), nine in ten people's: a role followed by
 * another word (外长理事会, "council of foreign ministers") is not a name, and a Han name that does not
 * start with one is a foreign name written by sound (朔尔茨), not a surname and a given name.
 */
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温" +
    "張劉陳楊黃趙吳孫馬郭羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒熊邱閆雷龍陶賀顧龔萬錢嚴湯").split(""),
);
/**
 * Korean surnames of one syllable, nearly every Korean's (and the Korean readings of Chinese ones, 왕 for 王): a
 * Hangul name that opens with none is a foreign name written by sound (블링컨, Blinken), not a surname and a given name.
 */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set(
  ("김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부시리").split(""),
);

/**
 * Characters of the Xinhua transcription table for foreign personal names (the 译音表 of 《英语姓名译名手册》
 * and 《世界人名翻译大辞典》): Chinese writes a foreign name syllable by syllable with these
 * (谢尔盖·拉夫罗夫, 古特雷斯, 纳伦德拉·莫迪). Many are also ordinary characters, so a run of them is a
 * name only beside a role or joined to another by the name interpunct.
 */
export const TRANSCRIPTION: ReadonlySet<string> = new Set(
  ("阿埃艾安奥巴拜班邦贝本比彼别宾波伯博布达戴代丹道德登迪蒂丁东杜顿多厄恩尔法菲费芬丰弗福夫富盖冈戈格古哈海汉翰豪" +
    "赫亨洪霍胡华惠基吉季加贾杰金卡凯坎康考柯科克肯孔库昆拉莱兰朗劳勒雷蕾里利莉丽连列林琳隆龙卢鲁伦罗洛玛马迈麦曼梅" +
    "门蒙米敏默莫姆穆纳娜奈南内尼妮纽诺努欧帕派潘庞佩彭皮珀普奇乔琼丘萨塞桑瑟森沙莎尚舍什斯松苏索塔泰坦汤特提廷图托瓦万" +
    "威韦维温沃乌伍西希谢辛逊休雅亚扬耶伊因尤约扎泽詹茨兹娃娅朔京盖" +
    "查切契采策楚岑崔措捷赖恰钦屈舒滕佐祖明" +
    // Of conventional forms the press writes every day: 威廉 (William), 路易斯 (Luis, Louis), 席尔瓦 (Silva).
    "廉路易席").split(""),
);

/**
 * Chinese and Japanese role words, matched inside unspaced text: a name stands right after one
 * (外长王毅, 国务委员兼外长王毅) or, in Japanese, right before one (王毅外相).
 */
export const CJK_ROLES_BEFORE = [
  "国务委员", "外交部长", "外长", "总理", "总统", "主席", "部长", "大使", "发言人", "首相", "国务卿", "总书记", "副总理", "秘书长", "议长", "国王", "女王", "女士", "先生",
  // Beyond government: central banks and companies, cities and states, courts, sport, international bodies.
  "行长", "董事长", "总裁", "首席执行官", "总经理", "市长", "州长", "省长", "委员长", "总干事", "主教练", "检察长", "大法官", "参议员", "众议员", "议员",
  // Party leaders ("国大党领导人拉胡尔·甘地").
  "领导人", "党首",
];
export const CJK_ROLES_AFTER = [
  "外相", "首相", "大統領", "国務長官", "外務大臣", "大臣", "長官", "報道官", "氏", "国家主席",
  // Ministers by portfolio (防衛相, defence), central banks and companies, prefectures and cities, parties, sport, courts.
  "防衛相", "財務相", "経済産業相", "経産相", "法相", "厚生労働相", "厚労相", "文部科学相", "環境相", "農相", "国土交通相",
  "総裁", "会長", "社長", "知事", "市長", "議長", "委員長", "幹事長", "代表", "事務総長", "監督", "容疑者", "被告",
];
/**
 * Japanese roles that also close common compounds (映画監督, film director; 日本代表, the national team; 県知事):
 * the kanji before one are a name only when the Japanese name table reads them as one, or in Katakana.
 */
export const CJK_ROLES_AFTER_KNOWN_NAMES: ReadonlySet<string> = new Set(["総裁", "会長", "社長", "知事", "市長", "議長", "委員長", "幹事長", "代表", "事務総長", "監督", "容疑者", "被告"]);

/**
 * Function words of Hebrew, Persian, Hindi, Urdu, Bengali and Marathi that end a name (Arabic's are in names.ts):
 * prepositions, postpositions, conjunctions, pronouns, auxiliaries. Marathi writes an honorific postposition after a
 * name ("नरेंद्र मोदी यांनी", by Narendra Modi; यांना, यांचा, यांच्या).
 */
export const SCRIPT_FUNCTION_WORDS_TEXT = `
  של את עם על אל מן כי גם הוא היא הם זה זו לא כל אשר או אבל ביום היום אתמול נפגש נפגשה אמר
  و در از به با که این آن را برای تا هم یا اما است بود شد روز دیروز امروز
  ने का की के को से में पर और है हैं था थी थे भी यह वह तथा एवं कि ही दिन आज कल
  نے کو میں سے کے کی کا پر تک اور یہ وہ ہے ہیں تھا تھی تھے بھی کہ دن آج کل
  ও এবং সঙ্গে সাথে করেন করে বলেন বলেছেন হয় ছিল থেকে জন্য এই সেই আজ গতকাল
  यांनी यांना यांचा यांची यांचे यांच्या आणि व हे ही आहे होते
`;

/** Capitalised words of role phrases that are no names ("υπουργός Εξωτερικών", Greek for "minister of foreign affairs"; "глава Кремля", head of the Kremlin). */
export const SCRIPT_NOT_NAMES = `εξωτερικων εσωτερικων αμυνας οικονομικων υγειας δικαιοσυνης παιδειας кремль кремля кремле кремлем кремлі κρεμλινο κρεμλινου`;

/**
 * Given names that open a person's name in Arabic and Persian text, where no capital marks one: common Arabic and
 * Persian given names, and common Western given names as Arabic news spells them (none kept for one bearer). Given names that are also common words are
 * left out, since a word alone would then open a "name": علي (Ali, the preposition على as Egypt writes it; Persian's
 * علی, with its own letter ya, is kept), حسن (good),
 * سعيد (happy), عمر (age), جمال (beauty), كريم, عادل, أمين (secretary), صالح (in لصالح), سلطان, سالم, كمال, رضا,
 * عزيز, نصر, باسم ("in the name of"), تركي (Turkish), رجب (a month), منى (a place), نهى (forbade), هند (India), أمل
 * (hope), نور (light), إيمان (faith), أسماء (names), هبة, دعاء, ولاء, أمير (emir), صادق, and the foreign جو (weather),
 * شي (thing), بيني (between me). Every one needs a second name word after it (people-caseless.ts).
 */
export const ARABIC_SCRIPT_GIVEN_NAMES_TEXT = `
  محمد أحمد محمود مصطفى إبراهيم يوسف إسماعيل موسى عيسى يحيى سليمان داود خالد حسين طارق وليد هشام ياسر سامي فهد
  ناصر ماجد بشار حمد زياد رامي نبيل مروان فيصل منصور حمزة أنس معاذ بلال عثمان نايف نواف بندر مشعل راشد حامد مهدي
  جعفر عباس قاسم جلال هاني وائل أسامة عمرو شادي تامر أيمن حازم رشيد مجدي فتحي صبري حسني جواد نجيب عصام إياد ثامر
  لؤي غسان مازن ماهر أشرف عمار سمير منير أنور ناجي سعد سعود مرتضى حميد عبدالله عبدالرحمن عبدالعزيز
  فاطمة عائشة مريم خديجة زينب سارة ليلى نادية سعاد رانيا دينا سلمى ريم لينا رشا غادة سميرة نجلاء شيماء سهى ياسمين
  ميساء رنا عبير
  علی حسین مهدی مسعود مجید حمید علیرضا محمدرضا محمدجواد مرتضی مصطفی داوود کاظم فاطمه زهرا معصومه
  دونالد بوريس إيمانويل فلاديمير أنجيلا سيرغي سيرجي جون جورج مايك مايكل أنطونيو أنتوني بنيامين جاستن شارل تشارلز
  جيف بيل مارك ديفيد جيمس روبرت بيتر
`;

/**
 * Given names that open a person's name in Hindi text (Devanagari has no capitals), as ARABIC_SCRIPT_GIVEN_NAMES_TEXT
 * does in Arabic: common Indian given names and Western ones as Hindi spells them. Left out as common words: विजय
 * (victory), आनंद (joy), प्रकाश (light), सूरज (sun), दीपक (lamp), किरण (ray), पूजा (worship), ममता (affection), विनोद
 * (humour), पंकज (lotus), विराट (huge), स्मृति (memory), शरद (autumn), नवीन (new), अमर (immortal), विकास (growth),
 * सीमा (border), रेखा (line), कविता (poem), प्रदीप (lamp), प्रिया (dear), अरविंद (lotus), मनमोहन (charming), योगी, ऋषि
 * (sage), names of gods (राम, कृष्ण, गणेश), and जो (who).
 */
export const HINDI_GIVEN_NAMES_TEXT = `
  राहुल अमित नरेंद्र सोनिया प्रियंका अशोक सुनील अनिल मुकेश रमेश सुरेश महेश राजेश दिनेश संजय अजय मनोज राकेश नितिन
  सचिन रोहित अनुराग गौतम अर्जुन देवेंद्र सुधीर कुलदीप सुभाष सुनीता अनीता नेहा
  डोनाल्ड व्लादिमीर बोरिस इमैनुएल एंजेला जॉन जॉर्ज माइकल डेविड जेम्स रॉबर्ट पीटर
`;

/**
 * Given names that open a person's name in Hebrew text, as ARABIC_SCRIPT_GIVEN_NAMES_TEXT does in Arabic: common
 * Israeli given names and common Western ones as Hebrew spells them. Left out as common words: דוד (uncle), אבי (my
 * father), בני (my sons), שרה (minister, feminine), תמר (date palm), יאיר (will light), אור (light), טל (dew), גיל (age),
 * חיים (life), נתן (gave), מאיר (lighting), שאול (borrowed), איתן (firm), אלון (oak), זאב (wolf), יובל (jubilee), מיכל
 * (tank), שירה (poetry), יעל (ibex), דפנה (laurel), הדס (myrtle), איילת, אורי; יהודה and ישראל, which name places first.
 */
export const HEBREW_GIVEN_NAMES_TEXT = `
  משה יוסף אברהם יעקב יצחק בנימין שמואל דניאל מיכאל אהוד אריאל נפתלי יואב גדעון איתמר עמיר עומר אביגדור אליהו שמעון
  ראובן גלעד רון ניר מרדכי רחל נועה רונית ציפי גולדה מירי אורית רות אסתר לאה
  דונלד ג'ו ולדימיר עמנואל בוריס אנגלה סרגיי ג'ון ג'ורג' מייקל אנטוני ג'סטין צ'ארלס מארק דייוויד ג'יימס רוברט פיטר
`;
