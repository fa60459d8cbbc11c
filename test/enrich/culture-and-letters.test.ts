import { test } from "node:test";
import assert from "node:assert/strict";
import { personMatchKey } from "../../src/enrich/person-key.js";
import { assertSameMatchKeys, enrichText, ids, matchKey, ofType, showEntities } from "./helpers.js";

/**
 * Culture pages name people by their craft (director, actress, 导演, المخرج, במאי) and nationality rather than an office,
 * French names in other scripts as they sound (Huppert: Юппер, ユペール, أوبير), and cities by their adjective.
 */
const ALMODOVAR = matchKey("Pedro Almodóvar");
const HUPPERT = matchKey("Isabelle Huppert");

function peopleKeys(text: string, lang: string): string[] {
  return ofType(enrichText(text, lang), "person").map((p) => personMatchKey(p.id));
}

test("a director, an actress, a singer or a writer named before the name cues it, in every script", () => {
  const cases: [string, string, string][] = [
    ["es", "El jurado, presidido por la actriz francesa Isabelle Huppert, elogió a sus dos protagonistas.", HUPPERT],
    ["pl", "Hiszpański reżyser Pedro Almodóvar zdobył w sobotę nagrodę.", ALMODOVAR],
    ["fi", "Espanjalainen ohjaaja Pedro Almodóvar voitti lauantaina palkinnon.", ALMODOVAR],
    ["ru", "Испанский режиссёр Педро Альмодовар в субботу получил награду.", ALMODOVAR],
    ["ar", "فاز المخرج الإسباني بيدرو ألمودوبار يوم السبت بالجائزة.", ALMODOVAR],
    ["he", "הבמאי הספרדי פדרו אלמודובר זכה ביום שבת בפרס.", ALMODOVAR],
    ["hi", "स्पेनिश निर्देशक पेड्रो अल्मोडोवर ने शनिवार को पुरस्कार जीता।", ALMODOVAR],
    ["ka", "ესპანელმა რეჟისორმა პედრო ალმოდოვარმა შაბათს ჯილდო მოიგო.", ALMODOVAR],
  ];
  for (const [lang, text, key] of cases) assert.ok(peopleKeys(text, lang).includes(key), `${lang}: ${showEntities(enrichText(text, lang))}`);
});

test("a role before one person cues a later name across a list, not across the clause that person opens", () => {
  // "Złotego Lwa" (the Golden Lion) follows the director's name and his verb: a prize, not a second person.
  assert.deepEqual(peopleKeys("Hiszpański reżyser Pedro Almodóvar zdobył w sobotę Złotego Lwa na festiwalu w Wenecji.", "pl"), [ALMODOVAR]);
  // A comma or "and" carries the list on; a verb of meeting names a second person too.
  assert.deepEqual(
    ofType(enrichText("On pouvait reconnaître l'ancien Premier ministre Alain Juppé, l'ancien mannequin Inès de la Fressange et d'autres.", "fr"), "person").map((p) => p.name),
    ["Alain Juppé", "Inès de la Fressange"],
  );
  assert.deepEqual(
    ofType(enrichText("Statsminister Ulf Kristersson träffade Olaf Scholz i Berlin.", "sv"), "person").map((p) => p.name).sort(),
    ["Olaf Scholz", "Ulf Kristersson"],
  );
});

test("a French name without its first h or final t in other scripts keeps its key; a given name keeps its h", () => {
  assertSameMatchKeys([
    ["Isabelle Huppert", "Изабель Юппер", "Ιζαμπέλ Ιπέρ", "イザベル・ユペール", "إيزابيل أوبير", "Իզաբել Յուպեր"],
    ["François Hollande", "Франсуа Олланд"],
    // Scripts that write the h meet the Latin spelling still.
    ["Vanessa Hudson", "Ванесса Хадсон", "ונסה הדסון", "バネッサ・ハドソン"],
  ]);
  assert.notEqual(matchKey("Hugh Lawson"), matchKey("Annie Lawson"));
});

test("Hungarian names a city by its adjective in -i, in lower case", () => {
  assert.ok(ids(enrichText("Pedro Almodóvar nyerte a velencei filmfesztivál fődíját.", "hu"), "place").includes("place:gn:3164603"));
  assert.ok(ids(enrichText("A budapesti találkozón a miniszterek megállapodtak.", "hu"), "place").includes("place:gn:3054643"));
  // A common adjective in -i is none: "esti" (evening's), "helyi" (local).
  assert.deepEqual(ids(enrichText("A helyi lakosok az esti híradót nézték.", "hu"), "place"), []);
});

test("Hindi writes the nukta or leaves it out: France's adjective either way, and no one's name", () => {
  for (const adjective of ["फ़्रांसीसी", "फ्रांसीसी"]) {
    const e = enrichText(`जूरी की अध्यक्ष ${adjective} अभिनेत्री इज़ाबेल ह्यूपर्ट ने फ़िल्म की सराहना की।`, "hi");
    assert.ok(ids(e, "place").includes("place:FR"), showEntities(e));
    assert.deepEqual(ofType(e, "person").map((p) => personMatchKey(p.id)), [HUPPERT], showEntities(e));
  }
});

test("Vietnamese: weekday and pronoun syllables are no honorific, a marked syllable no romanised city", () => {
  // "thứ Ba" is Tuesday, not "bà" (Mrs); "của ông." is "his", not "Mr"; "Tổng Thư ký" is the secretary-general.
  assert.deepEqual(peopleKeys("Ông Ruto đến Pretoria hôm thứ Ba. Hai nhà lãnh đạo đã ký các thỏa thuận.", "vi"), [matchKey("Ruto")]);
  assert.deepEqual(peopleKeys("Đây là bộ phim đầu tiên của ông. Ban giám khảo đã khen ngợi bộ phim.", "vi"), []);
  assert.deepEqual(ofType(enrichText("Tổng Thư ký Guterres đến Kyiv hôm thứ Năm.", "vi", { title: "Tổng Thư ký Guterres đến Kyiv" }), "person").map((p) => p.name), ["Guterres"]);
  // "Liên hoan phim" (film festival) is no Lien, a Wade-Giles name of Lianzhou.
  assert.deepEqual(ids(enrichText("Ông đã giành giải thưởng tại Liên hoan phim năm nay.", "vi"), "place"), []);
});

test("Georgian: one word closing the sentence after a role is its verb, unless a name's nominative", () => {
  assert.deepEqual(peopleKeys("ჟიურიმ ფილმის ორი მთავარი მსახიობი შეაქო.", "ka"), []);
  assert.deepEqual(peopleKeys("შეხვედრას ესწრებოდა პრეზიდენტი პუტინი.", "ka"), [matchKey("Putin")]);
});

test("Bengali's genitive, Thai's honorific before a name it does not know, Chinese's French openings after the name dot", () => {
  // "ইজাবেল হুপার্টের নেতৃত্বাধীন জুরি", the jury led by Isabelle Huppert: the name without its -ের.
  assert.deepEqual(peopleKeys("ফরাসি অভিনেত্রী ইজাবেল হুপার্টের নেতৃত্বাধীন জুরি ছবির প্রশংসা করেছে।", "bn"), [HUPPERT]);
  // The segmenter reads นางอิซาเบล as นา|งอิ|ซา|เบล: the honorific นาง (Mrs) still opens the name.
  assert.deepEqual(peopleKeys("คณะกรรมการซึ่งมีนางอิซาเบล อูแปร์ นักแสดงชาวฝรั่งเศส เป็นประธาน", "th"), [HUPPERT]);
  // Nor is a compound opening with the honorific's letters a name: นางแบบ (model), นายกรัฐมนตรี (prime minister).
  assert.deepEqual(peopleKeys("นางแบบชื่อดังเดินทางมาถึงแล้ว", "th"), []);
  // 于 (at) opens 于佩尔 (Huppert) right after the name dot; elsewhere it is the preposition ("阿莫多瓦于7日", on the 7th).
  assert.deepEqual(peopleKeys("由法国女演员伊莎贝尔·于佩尔担任主席的评审团称赞了表演。", "zh"), [HUPPERT]);
  assert.deepEqual(peopleKeys("西班牙导演佩德罗·阿莫多瓦于7日获奖。", "zh"), [matchKey("佩德罗·阿莫多瓦")]);
});

test("sport: a coach named by the job, a club named by its word and city, a city after 'in' before a club", () => {
  const cases: [string, string][] = [
    ["ro", "Antrenorul Carlo Ancelotti a declarat că echipa a suferit."],
    ["sv", "Tränaren Carlo Ancelotti sade att laget hade lidit."],
    ["id", "Pelatih Carlo Ancelotti mengatakan timnya menderita."],
    ["vi", "Huấn luyện viên Carlo Ancelotti cho biết đội bóng đã vất vả."],
    ["fa", "کارلو آنچلوتی، سرمربی رئال، گفت تیمش سختی کشید."],
    ["he", "המאמן קרלו אנצ'לוטי אמר שהקבוצה סבלה."],
    ["hi", "कोच कार्लो एंचेलोटी ने कहा कि टीम ने संघर्ष किया।"],
  ];
  for (const [lang, text] of cases) assert.deepEqual(peopleKeys(text, lang), [matchKey("Carlo Ancelotti")], `${lang}: ${showEntities(enrichText(text, lang))}`);
  // Swahili "Kocha" (coach) is no town, though GeoNames lists it among Xincheng's names.
  assert.deepEqual(ids(enrichText("Kocha Carlo Ancelotti alisema timu iliteseka.", "sw"), "place"), []);
  // "Il Real Madrid ha battuto …": a club, though a reporting word stands by.
  assert.deepEqual(ofType(enrichText("Il Real Madrid ha battuto il Bayern a Monaco di Baviera.", "it"), "person"), []);
  // "w Monachium Bayern": the city says where, and Bayern alone is no person.
  assert.deepEqual(peopleKeys("Real Madryt pokonał w środę w Monachium Bayern 2:1.", "pl"), []);
  // "all'Allianz Arena di Monaco di Baviera", written twice: a stadium of Munich, no person.
  const stadium = enrichText("Il Real ha vinto all'Allianz Arena di Monaco di Baviera. Ancora all'Allianz Arena di Monaco di Baviera si gioca domenica.", "it");
  assert.deepEqual(ofType(stadium, "person"), [], showEntities(stadium));
  // Hungarian "2-1-re" (two to one): its "re" is no Italian king before a name.
  assert.deepEqual(peopleKeys("A Real Madrid szerdán 2-1-re legyőzte a Bayernt Münchenben.", "hu"), []);
});

test("Korean: a country and a bare role before a foreign name, as world pages write an apposition", () => {
  assert.deepEqual(peopleKeys("미국 대통령 도널드 트럼프는 15일 기자들에게 말했다.", "ko"), [matchKey("Donald Trump")]);
  assert.deepEqual(peopleKeys("이탈리아 총리 조르자 멜로니는 회담 뒤 밝혔다.", "ko"), [matchKey("Giorgia Meloni")]);
  // Common nouns after a role are no name: "미국 대통령 선거 결과가" (the US presidential election's result).
  assert.deepEqual(peopleKeys("미국 대통령 선거 결과가 나왔다.", "ko"), []);
});

test("local officials: governors and mayors in every script, a city of two words after the role, 'at' and a city opening a sentence", () => {
  const LEITE = matchKey("Eduardo Leite");
  const MELO = matchKey("Sebastião Melo");
  // Czech sets the city bare between the role and the name: a city of two words is no given name.
  assert.deepEqual(peopleKeys("Povodně si vyžádaly 39 obětí, oznámil guvernér Eduardo Leite. Starosta Porto Alegre Sebastião Melo nařídil evakuaci.", "cs"), [LEITE, MELO]);
  // Romanian "La" (at) and Vietnamese "Tại" opening a sentence before a city are no name, the apposition after aside.
  assert.deepEqual(peopleKeys("La Porto Alegre, primarul Sebastião Melo a ordonat evacuarea.", "ro"), [MELO]);
  assert.deepEqual(peopleKeys("Tại Porto Alegre, Thị trưởng Sebastião Melo đã ra lệnh sơ tán.", "vi"), [MELO]);
  const cases: [string, string, string][] = [
    ["el", "Το ανακοίνωσε ο κυβερνήτης Εντουάρντο Λέιτε την Κυριακή.", LEITE],
    ["uk", "Мер Порту-Алегрі Себастьян Мелу наказав евакуювати райони.", MELO],
    ["ka", "პორტუ-ალეგრის მერმა სებასტიან მელუმ ევაკუაცია ბრძანა.", MELO],
    ["zh", "巴西南里奥格兰德州州长爱德华多·莱特4日表示。", LEITE],
    ["zh", "阿雷格里港市长塞巴斯蒂昂·梅洛下令疏散。", MELO],
  ];
  for (const [lang, text, key] of cases) assert.ok(peopleKeys(text, lang).includes(key), `${lang}: ${showEntities(enrichText(text, lang))}`);
});

test("a two-letter weekday abbreviation in running prose is no day: the 'do' of Rio Grande do Sul", () => {
  const published = { year: 2025, month: 5, day: 5, precision: "day" as const, text: "2025-05-05" };
  const de = enrichText("Im Bundesstaat Rio Grande do Sul sind 39 Menschen ums Leben gekommen, wie Gouverneur Eduardo Leite am Sonntag mitteilte.", "de", { published });
  assert.equal(de.eventDate?.date.day, 4);
  const nl = enrichText("In Rio Grande do Sul zijn zeker 39 mensen omgekomen, zei gouverneur Eduardo Leite zondag.", "nl", { published });
  assert.equal(nl.eventDate?.date.day, 4);
});
