import { test } from "node:test";
import assert from "node:assert/strict";
import { enrich } from "../../src/enrich/index.js";
import { personMatchKey } from "../../src/enrich/person-key.js";
import { enrichText, ids, ofType, peopleNamed } from "./helpers.js";

/** Texts that must yield no person at all, with why. */
const NO_PEOPLE: readonly { why: string; lang: string; text: string; title?: string }[] = [
  { why: "sentence-initial words", lang: "fr", text: "Selon les experts, la situation reste tendue. Pour autant, rien ne change." },
  { why: "places, laws and prizes named by their heads (en)", lang: "en", text: "Crowds filled Broad Street and Times Square after the Tax Act passed, and the Sun Peaks Resort was full." },
  { why: "sites, lines and utilities named by their heads, American spellings too", lang: "en", text: "Crowds filled Renaissance Center, rode Jones Boulevard and paid Austin Energy." },
  { why: "weekdays and months", lang: "en", text: "The talks resumed on Monday. In September Parliament met again, and on Friday March ended." },
  { why: "weekdays and months (de)", lang: "de", text: "Am Montag Januar sprach niemand. Im Dezember Sonntag blieb alles ruhig." },
  { why: "an all-caps dateline", lang: "fr", text: "DOUCHANBE, 17 septembre (Xinhua) -- Les ministres se sont rencontrés jeudi." },
  { why: "an all-caps dateline (en)", lang: "en", text: "WASHINGTON, March 3 (Reuters) - Officials met on Tuesday to discuss the budget." },
  { why: "agency names", lang: "en", text: "The report was confirmed by Reuters and AFP, while AP and dpa said little. ANSA and EFE agreed." },
  { why: "agency names (fr)", lang: "fr", text: "Selon l'agence Xinhua, la réunion a eu lieu. Un correspondant de l'AFP a dit que tout allait bien." },
  { why: "a title-case headline", lang: "en", title: "Global Markets Rally As Central Banks Hold Rates Steady", text: "Stocks rose on the day." },
  { why: "page furniture and time words (en)", lang: "en", text: "Celebrations went on. Happy New Year to all readers, said the mayor. Reply Parent Thread Link. Police Department officers stayed calm." },
  { why: "sentence-initial words (ru)", lang: "ru", text: "Также обсуждались цены. Сегодня никто не приехал. Фото Видео Читайте подробнее." },
  { why: "a role before a capitalised time or function word (pl)", lang: "pl", text: "Minister Dziś powiedział, że premier Również przyjedzie." },
  { why: "a role before a capitalised time or function word (uk)", lang: "uk", text: "Міністр Сьогодні сказав, що прем'єр Також приїде." },
  { why: "a role before a capitalised time or function word (bg)", lang: "bg", text: "Министър Днес каза, че премиерът Също ще дойде." },
  { why: "a role before a capitalised time or function word (el)", lang: "el", text: "Ο υπουργός Επίσης μίλησε χθες. Ο πρωθυπουργός Σήμερα δεν ήρθε." },
  { why: "a number word opening a sentence before a plural noun (de)", lang: "de", text: "Am Bahnhof kontrollierten Beamte eine Gruppe. Drei Zivilpolizisten wurden verletzt." },
  { why: "number words in a title-case phrase (en)", lang: "en", text: "The report counted them again: Two Officers and Three Volunteers were hurt." },
  { why: "a number word opening a sentence (es)", lang: "es", text: "La policía llegó tarde. Tres Agentes resultaron heridos en el centro." },
  { why: "a role word ending a title without a full stop is not the role of the body's first word", lang: "en", title: "Voters head to the polls", text: "Danes voted in a referendum on the euro." },
  { why: "capitalised common phrases", lang: "fr", text: "Il a invité le pays aux Jeux Olympiques d'hiver et à la Route de la Soie." },
  { why: "an inflected adjective before a noun, capitalised in a list of tips (de)", lang: "de", text: "Tipps für den Sommer: Strahlende Farben, die Lebensfreude versprühen. Auch Strahlende Farben im Herbst sind gut." },
  { why: "companies and bodies named by their designators (Airlines, Limited, Board, Academy)", lang: "en", text: "Delays hit Southwest Airlines, said Business Standard Private Limited. The Transport Safety Board met at the Fire Academy." },
  { why: "ordinals and 'further', 'new' opening German sentences before a noun", lang: "de", text: "Die Polizei kam spät. Weitere Maßnahmen folgen. Neue Zusammenstöße gab es nicht. Ersten Ermittlungen zufolge war es Brandstiftung." },
  { why: "events named by their heads", lang: "en", text: "Athletes met at the World Athletics Championships, then at the French Open and the Mobile World Congress." },
  { why: "points of the compass and heads of places (es)", lang: "es", text: "El crudo del Mar del Norte subió. La Casa Blanca dijo que el Comando Sur vigila el Pacífico Oriental." },
  { why: "points of the compass (pt)", lang: "pt", text: "O Irã ameaçou os rivais no Oriente Médio, disse o governo ontem." },
  { why: "heads of places and public buildings (fr)", lang: "fr", text: "Le Centre Hospitalier de la Côte Basque accueille des patients du Pays Basque, a-t-il dit." },
  { why: "Arabic adverbs and nouns with a possessive pronoun written on", lang: "ar", text: "وأشار فراس إلى تقرير أمريكي صدر مؤخرا. وأعلن رئيس هيئة الترفيه بالسعودية إصابتها بوعكة صحية." },
  { why: "units of measure (de)", lang: "de", text: "Der Gefrierpunkt von Adblue liegt bei -11,5 Grad Celsius. Die Temperatur bewegt sich zwischen -12 und -2 Grad Celsius (0). Das Mittel lag mit 11,9 Grad Celsius (°C) um 2,9 Grad über dem Wert." },
];

test("non-names never become people", () => {
  for (const c of NO_PEOPLE) {
    const e = enrichText(c.text, c.lang, c.title === undefined ? {} : { title: c.title });
    assert.deepEqual(ofType(e, "person").map((p) => p.name), [], c.why);
  }
});

/** Words that look like places to a naive matcher and must not become one. */
const NO_PLACES: readonly { why: string; lang: string; text: string }[] = [
  { why: "a lower-case common word named like a country", lang: "en", text: "They bought fine china and ate turkey with the chad." },
  { why: "a sentence-initial word the text also writes in lower case", lang: "en", text: "Reading is fun. We like reading. Split the bill, then split again." },
  { why: "an Arabic word after من (from, of), the commonest preposition, is no city for that", lang: "ar", text: "خرج المريض من المستشفى بعد تعافيه من كورونا" },
  { why: "Arabic المدينة, 'the city', is the common noun, not Medina", lang: "ar", text: "انتشرت الشرطة في جميع أنحاء المدينة التي عرفت الهدوء" },
  { why: "English lower-case demonym look-alikes", lang: "en", text: "Please polish the german-made silver and the french fries." },
];

test("common words are never matched as places", () => {
  for (const c of NO_PLACES) assert.deepEqual(ids(enrichText(c.text, c.lang), "place"), [], c.why);
});

test("an unknown dateline place stays a string, never a guessed country", () => {
  const e = enrich({ title: null, text: "ZORBLAXVILLE, 3 mai -- La réunion a eu lieu.", lang: "fr", published: null, dateline: { place: "ZORBLAXVILLE" } });
  const place = e.entities.find((x) => x.type === "place");
  assert.equal(place?.id, "place:name:zorblaxville");
  assert.equal(place?.country, undefined);
});

test("people with the same surname and different given names stay apart in one article", () => {
  const e = enrichText("Joe Biden met Hunter Biden on Tuesday, the White House said.", "en");
  const bidens = ofType(e, "person").filter((p) => p.name.endsWith("Biden"));
  assert.deepEqual(bidens.map((p) => p.name).sort(), ["Hunter Biden", "Joe Biden"], "a name opening the sentence is found too");
  assert.equal(new Set(bidens.map((p) => p.id)).size, 2, JSON.stringify(bidens.map((p) => p.id)));
});

test("an initial form merges into the one full name it fits within an article", () => {
  const e = enrichText("Le ministre Wang Yi est arrivé. W. Yi a dit que tout allait bien, a déclaré Jane Smith.", "fr");
  const wang = ofType(e, "person").filter((p) => p.id.endsWith("-i"));
  assert.equal(wang.length, 1, JSON.stringify(ofType(e, "person").map((p) => p.id)));
  assert.equal(wang[0]!.mentions.length, 2);
});

/** Other names: what must not become one, and what must meet. */
test("shouted banners are not acronyms, and words the text writes in lower case are not names", () => {
  const e = enrichText("GERMANY'S PARTY VOTED TO EXPEL THEIR LEADER on Friday. The NATO summit met, and we read the news. Then READ more.", "en");
  assert.deepEqual(ofType(e, "organisation").map((o) => o.id), ["org:nato"]);
  assert.ok(!e.names.includes("read") && !e.names.includes("voted"), JSON.stringify(e.names));
});

test("Arabic names lose their article and proclitics, and function words are no names", () => {
  const a = enrichText("قال الرئيس إن المفاوضات مع البرلمان في الدوحة مستمرة", "ar");
  const b = enrichText("وصل الوفد إلى الدوحة وقال إن والبرلمان يرحب", "ar");
  assert.ok(a.names.includes("برلمان") && b.names.includes("برلمان"), JSON.stringify([a.names, b.names]));
  assert.ok(!a.names.includes("في") && !a.names.includes("قال"));
});

test("Arabic nouns of institutions after a role are no people; the name after them is one", () => {
  const none = enrichText("قال رئيس منظمة التجارة العالمية إن المفاوضات مستمرة، وقال رئيس مجلس الإدارة في بيان", "ar");
  assert.deepEqual(ofType(none, "person").map((p) => p.name), []);
  const named = enrichText("أعلن رئيس شركة النفط الوطنية خالد منصور أن الإنتاج ارتفع", "ar");
  assert.deepEqual(ofType(named, "person").map((p) => p.name), ["خالد منصور"]);
});

/**
 * What a role heads, after its genitive, is no person; who holds it, after a comma or with no genitive, is. A role
 * or honorific of another language that is a common word here cues nothing.
 */
const ROLE_COMPLEMENTS: readonly { lang: string; text: string; people: string[] }[] = [
  { lang: "es", text: "Lo dijo Iris Avellaneda, presidenta de la Liga Argentina por los Derechos Humanos.", people: ["Iris Avellaneda"] },
  { lang: "es", text: "Lo explica Marcelo Leppe, director del Instituto Antártico de Chile.", people: ["Marcelo Leppe"] },
  { lang: "es", text: "La comisión de Legislación General de la Cámara de Diputados se reunirá, según la presidenta del cuerpo, Cecilia Moreau.", people: ["Cecilia Moreau"] },
  { lang: "es", text: "Negri elevó una nota al presidente de la Cámara de Diputados, Sergio Massa, para que se constituyan.", people: ["Sergio Massa"] },
  { lang: "fr", text: "Le directeur général de la Banque a parlé aux élus de l'Assemblée.", people: [] },
  { lang: "fr", text: "Le ministre des Affaires étrangères Sergueï Lavrov a reçu le général de Gaulle.", people: ["Sergueï Lavrov", "Gaulle"] },
  // The portfolio after the genitive is the role's; the name after it holds the role.
  { lang: "fr", text: "La ministre des Sports Laura Flessel a répondu au ministre du Budget Éric Woerth.", people: ["Laura Flessel", "Éric Woerth"] },
  // German: a role's holder follows it, articles aside; a noun after a preposition or verb is a common one.
  { lang: "de", text: "Theresia Bauer, Ministerin für Wissenschaft, sprach mit dem Chef für Trennscheiben.", people: ["Theresia Bauer"] },
  { lang: "de", text: "Der Autor will seine Meinung unters Volk bringen, sagte Bundeskanzler Olaf Scholz.", people: ["Olaf Scholz"] },
  { lang: "de", text: "Das will die Premierministerin von Barbados, Mia Mottley, nun auch nutzen.", people: ["Mia Mottley"] },
  { lang: "de", text: "Oberrohr 613 mm 640 mm\n\nSteuerrohr 115 mm 120 mm", people: [] },
  // Another language's role or honorific is a common word here: German "reine" (pure), "Papa"; metres are no "M.".
  { lang: "de", text: "Der Kohleausstieg sei reine Augenwischerei, sagte Papa. Stöcke aus Aluminium mit 16 mm Durchmesser.", people: [] },
  { lang: "de", text: "Sie ist Präsidentin des Deutschen Vereins für Fürsorge.", people: [] },
  { lang: "fr", text: "M. Macron a reçu MM. Dupont et Durand.", people: ["Macron", "Dupont"] },
  // Spanish "don" is an honorific; in English it is a given name.
  { lang: "en", text: "The coach Don Jackson said the team would win.", people: ["Don Jackson"] },
  { lang: "it", text: "Il presidente del Consiglio Giorgia Meloni ha incontrato il presidente della Repubblica Sergio Mattarella.", people: ["Giorgia Meloni", "Sergio Mattarella"] },
];

test("a name after a role's genitive is what the role heads, and cue words count in their own language only", () => {
  for (const c of ROLE_COMPLEMENTS) {
    const people = ofType(enrichText(c.text, c.lang), "person").map((p) => p.name);
    assert.deepEqual(people.sort(), [...c.people].sort(), `${c.lang}: ${c.text}`);
  }
});

test("Hebrew and Persian nouns of institutions after a role are no people", () => {
  const he = enrichText("אמר ראש ארגון הבריאות העולמי טדרוס אדהנום כי המגפה נמשכת", "he");
  assert.deepEqual(ofType(he, "person").map((p) => p.name), ["טדרוס אדהנום"]);
  const fa = enrichText("رئیس سازمان گفت که مذاکرات ادامه دارد", "fa");
  assert.deepEqual(ofType(fa, "person").map((p) => p.name), []);
  // A portfolio or an adjective after "minister" is no name: "the health minister", "the new minister".
  for (const text of ["امروز صبح وزیر بهداشت گفت که واکسن رسید.", "دولت ایران وزیر جدید را معرفی کرد."]) {
    assert.deepEqual(ofType(enrichText(text, "fa"), "person").map((p) => p.name), [], text);
  }
});

test("Urdu portfolios and institutions after a role are no names; the name after them is one, meeting its English spelling", () => {
  const people = (text: string) => ofType(enrichText(text, "ur"), "person").map((p) => p.name);
  assert.deepEqual(people("چین کے وزیر خارجہ وانگ یی نے جمعرات کو لاہور کا دورہ کیا۔"), ["وانگ یی"]);
  assert.deepEqual(people("وزیر داخلہ رانا ثناء اللہ نے کہا کہ حکومت کام کر رہی ہے۔"), ["رانا ثناء اللہ"]);
  assert.deepEqual(people("وزارت خزانہ نے کہا کہ بجٹ تیار ہے۔"), []);
  const urdu = ofType(enrichText("وزیر خارجہ شاہ محمود قریشی نے کراچی میں بات کی۔", "ur"), "person");
  const english = ofType(enrichText("Foreign Minister Shah Mahmood Qureshi spoke in Karachi.", "en"), "person");
  assert.deepEqual(urdu.map((p) => personMatchKey(p.id)), english.map((p) => personMatchKey(p.id)));
});

test("Persian opens a sentence with a name and its role, without a comma; other words before a role are no name", () => {
  const people = (text: string) => peopleNamed(text, "fa");
  assert.deepEqual(people("سرگئی لاوروف وزیر خارجه روسیه گفت که مذاکرات ادامه دارد."), ["سرگئی لاوروف"]);
  assert.deepEqual(people("خبر کوتاه است. محمدجواد ظریف وزیر امور خارجه ایران روز دوشنبه به مسکو رفت."), ["محمدجواد ظریف"]);
  // Mid-sentence, two words before a role are the sentence's own ("according to ISNA, the minister …").
  assert.deepEqual(people("به گزارش ایسنا وزیر امور خارجه ایران گفت."), []);
  assert.deepEqual(people("روز دوشنبه وزیر امور خارجه ایران به مسکو رفت."), []);
});

test("Arabic name keys meet across a conjunction, a preposition and the two spellings of a final ta marbuta", () => {
  const a = enrichText("وصلت بعثة الإغاثة مع القافلة ومنظمة الإغاثة تستعد", "ar");
  const b = enrichText("قال مسؤول إن وبعثه الاغاثه وصلت للقافله", "ar");
  for (const n of ["بعثه", "اغاثه", "قافله"]) assert.ok(a.names.includes(n) && b.names.includes(n), `${n}: ${JSON.stringify([a.names, b.names])}`);
  assert.ok(!a.names.includes("منظمه"), "an institution noun is no name");
});

test("Polish case endings of a name meet in one key", () => {
  const a = enrichText("Spotkanie z prezydentem Dudą odbyło się wczoraj, a wizyta Kaczyńskiego trwała.", "pl");
  const b = enrichText("Wczoraj przemawiał prezydent Duda, a potem Kaczyński i sztab Dudy.", "pl");
  for (const n of ["dud", "kaczynsk"]) assert.ok(a.names.includes(n) && b.names.includes(n), `${n}: ${JSON.stringify([a.names, b.names])}`);
});

test("Polish adjectival surnames meet across cases, instrumental and locative included", () => {
  const a = enrichText("Premier spotkał się wczoraj z ministrem Morawieckim i posłem Nowickim.", "pl");
  const b = enrichText("Wczoraj przemawiali premier Morawiecki oraz poseł Nowicki, a potem rzecznik Morawieckiego.", "pl");
  for (const n of ["morawieck", "nowick"]) assert.ok(a.names.includes(n) && b.names.includes(n), `${n}: ${JSON.stringify([a.names, b.names])}`);
});

test("German nouns with common-noun suffixes are no names; a surname beside them stays one", () => {
  const e = enrichText("Nach langer Beratung folgte die Einigung. Wegen Erkrankung und Krise sprach Kogler über Gesundheit und Freiheit.", "de");
  for (const n of ["beratung", "einigung", "erkrankung", "krise", "gesundheit", "freiheit"]) assert.ok(!e.names.includes(n), `${n}: ${JSON.stringify(e.names)}`);
  assert.ok(e.names.includes("kogler"), JSON.stringify(e.names));
});

test("Spanish and Turkish institution nouns are no names; the people beside them stay", () => {
  const es = enrichText("El jefe del Gobierno, Pedro Sánchez, visitó el Hospital Nacional con el Ministerio de Salud y la Policía Nacional.", "es");
  for (const n of ["hospital", "nacional", "ministerio", "policia"]) assert.ok(!es.names.includes(n), `${n}: ${JSON.stringify(es.names)}`);
  assert.ok(es.names.includes("sanchez"), JSON.stringify(es.names));
  // A portfolio after a role's "de" is what the role heads, not who holds it.
  const portfolio = ofType(enrichText("Habló con el secretario de Comunicación y el ministro de Educación Nicolás Trotta.", "es"), "person").map((e) => e.name);
  assert.deepEqual(portfolio, ["Nicolás Trotta"]);
  const tr = enrichText("MHP Genel Başkanı Devlet Bahçeli, İçişleri Bakanlığı ve Ankara Büyükşehir Belediyesi ile görüştü.", "tr");
  for (const n of ["bakanligi", "belediyesi", "genel"]) assert.ok(!tr.names.includes(n), `${n}: ${JSON.stringify(tr.names)}`);
  assert.ok(tr.names.includes("bahceli") && tr.names.includes("devlet"), JSON.stringify(tr.names));
});

test("Turkish words whose suffixes no name takes are no people, cued or not; the people beside them stay", () => {
  const text =
    "Cumhurbaşkanlığı Sözcüsü İbrahim Kalın açıklama yaptı. Gram Altın Fiyatları yükseldi, Çeyrek Altın Fiyatları da arttı. " +
    "Kaza Araştırma Kurulundan gelen bilgiye göre Sağlık Bakanlığımızın ekipleri Ankara Merkezinde çalıştı. Alman Bakan Sabine Müller de konuştu.";
  const people = ofType(enrichText(text, "tr"), "person").map((e) => e.name);
  for (const wrong of ["Cumhurbaşkanlığı", "Fiyatları", "Kurulundan", "Bakanlığımızın", "Merkezinde"]) {
    assert.ok(!people.some((p) => p.includes(wrong)), `${wrong}: ${JSON.stringify(people)}`);
  }
  for (const person of ["İbrahim Kalın", "Sabine Müller"]) assert.ok(people.includes(person), `${person}: ${JSON.stringify(people)}`);
});

test("Arabic function words after a role, and words a tatweel stretches, are no names; the name after a role stays", () => {
  const text = "وقال الأمين العام للأمم المتحدة بشأن دراسة المعابر إن الوضع صعب. وأعلن وزير الإسكان عاصم الجزار بأنه سيبدأ اليوم. وصرح الرئيس عـنـد تقـاطـع الطرق.";
  const people = ofType(enrichText(text, "ar"), "person").map((e) => e.name);
  assert.deepEqual(people, ["عاصم الجزار"]);
});

test("Polish institution nouns and their adjectives, in their cases, are no people; the name after them is one", () => {
  const text = "Jak poinformowała Prokuratura Okręgowa w Krakowie, śledztwo trwa. Według Ministerstwa Zdrowia liczba zakażeń rośnie, poinformował rzecznik Komendy Stołecznej Policji Sylwester Marczak.";
  assert.deepEqual(ofType(enrichText(text, "pl"), "person").map((e) => e.name), ["Sylwester Marczak"]);
});

test("German common nouns after a determiner do not start a person", () => {
  const e = enrichText("Der ehemalige Bürgermeister Michael Bloomberg trifft die Demokraten. Die Demokraten Bloomberg und Sanders streiten, sagte ein Sprecher.", "de");
  assert.ok(!ofType(e, "person").some((p) => /Demokraten|Bürgermeister/.test(p.name)), JSON.stringify(ofType(e, "person").map((p) => p.name)));
});

test("German formal pronouns are no names, and a noun after a possessive or quantifier starts no person", () => {
  const e = enrichText("Wir verwenden auf unserer Webseite Cookies. Bitte prüfen Sie Ihre Einstellungen, sagte Werner Kogler. Alle Bürger Wiens wählten.", "de");
  for (const n of ["ihre", "sie"]) assert.ok(!e.names.includes(n), `${n}: ${JSON.stringify(e.names)}`);
  assert.deepEqual(ofType(e, "person").map((p) => p.name), ["Werner Kogler"]);
});

test("months and weekdays in capitals (shot lists, datelines) are not organisations", () => {
  const cases = [
    { lang: "en", text: "The footage was shot on 3 APRIL in the capital. It aired on MONDAY evening." },
    { lang: "de", text: "Aufgenommen am 12. MÄRZ in der Hauptstadt. Gesendet am DIENSTAG." },
  ];
  for (const c of cases) assert.deepEqual(ids(enrichText(c.text, c.lang), "organisation"), [], c.text);
});

test("a word a number counts is never a person, even after a role ('30 Prozent')", () => {
  const e = enrichText("Die Regierung will auf Grundlage eines Plans von US-Präsident Donald Trump bis zu 30 Prozent des Landes annektieren.", "de");
  assert.deepEqual(ofType(e, "person").map((p) => p.name), ["Donald Trump"]);
  const f = enrichText("Das sagte Fraktionschef André Trepoll über 11,2 Prozent, das schlechteste Ergebnis der Partei.", "de");
  assert.deepEqual(ofType(f, "person").map((p) => p.name), ["André Trepoll"]);
});

test("English names written with 'the' are institutions, papers and documents, never people or a city", () => {
  const e = enrichText(
    "The White House said on Tuesday that the talks would go on. A spokesman told the New York Times that the Department of Justice " +
      "and the Paris Agreement were not discussed. White House officials declined to comment.",
    "en",
  );
  assert.deepEqual(ofType(e, "person"), [], "no person among institutions, a paper and a treaty, even beside 'said' or after a role word");
  const orgs = ofType(e, "organisation").map((o) => o.name);
  for (const name of ["White House", "New York Times", "Department of Justice", "Paris Agreement"]) assert.ok(orgs.includes(name), `${name} is an organisation: ${orgs}`);
  assert.equal(ofType(e, "organisation").find((o) => o.name === "White House")?.mentions.length, 2, "the mention without 'the' is the same organisation");
  assert.ok(!ids(e, "place").includes("place:gn:2553604"), "'White House' is no alias of Casablanca here");
  assert.ok(ids(e, "place").includes("place:gn:5128581"), "the paper's name still says New York");
});

test("a role inside a name's run still makes a person after 'the', and 'of' names keep their place", () => {
  const e = enrichText("The President Joe Biden met officials of the District of Columbia. The court in the Hague ruled.", "en");
  assert.deepEqual(ofType(e, "person").map((p) => p.name), ["Joe Biden"]);
  assert.ok(ids(e, "place").includes("place:gn:4140963"), "the District of Columbia is Washington");
  assert.ok(ids(e, "place").includes("place:gn:2747373"), "the Hague is The Hague");
});

test("a city of several words is a place, never a person", () => {
  for (const [lang, text] of [
    ["en", "The meeting took place in New York on Monday, then in Los Angeles and Rio de Janeiro."],
    ["de", "Das Treffen fand in New York statt. Danach reiste er nach Los Angeles. New York bleibt Gastgeber."],
  ] as const) {
    const e = enrichText(text, lang);
    assert.deepEqual(ofType(e, "person"), [], `${lang}: ${ofType(e, "person").map((p) => p.name)}`);
    assert.ok(ids(e, "place").includes("place:gn:5128581"), `${lang}: New York is a place`);
  }
});

test("a name after 'the' ends where a role or a person begins, and an English name quoted abroad is no person", () => {
  const e = enrichText("The Bank of England Governor Andrew Bailey spoke to the Centers for Disease Control.", "en");
  assert.deepEqual(ofType(e, "person").map((p) => p.name), ["Andrew Bailey"]);
  const orgs = ofType(e, "organisation").map((o) => o.name);
  assert.ok(orgs.includes("Bank of England") && orgs.includes("Centers for Disease Control"), `${orgs}`);
  const es = enrichText("Según The New York Times, el presidente Pedro Sánchez viajará.", "es");
  assert.deepEqual(ofType(es, "person").map((p) => p.name), ["Pedro Sánchez"]);
});

test("names with two particles are one person, and 'Präsident' is a role", () => {
  const en = enrichText("Commission President Ursula von der Leyen said on Monday. Von der Leyen added more.", "en");
  assert.deepEqual(ofType(en, "person").map((p) => p.name), ["Ursula von der Leyen"]);
  const de = enrichText("Die Kommissionspräsidentin Ursula von der Leyen sagte am Montag, Präsident Joe Biden komme. Von der Leyen fügte hinzu.", "de");
  assert.deepEqual(ofType(de, "person").map((p) => p.name).sort(), ["Joe Biden", "Ursula von der Leyen"]);
  const police = enrichText("Das teilte die Sprecherin von der Polizei Berlin mit.", "de");
  assert.deepEqual(ofType(police, "person"), [], "'von der' after a common noun is a preposition and its article");
});

test("a name ending with an organisation's head is no person, and a role is its own person's", () => {
  const e = enrichText("North Korea fired a missile, Fox News reported. Speaking to CNN, Senator Bernie Sanders of Vermont said Congress must act. Supreme Court Justice Amy Coney Barrett spoke.", "en");
  assert.deepEqual(ofType(e, "person").map((p) => p.name).sort(), ["Amy Coney Barrett", "Bernie Sanders"]);
  assert.ok(ofType(e, "organisation").some((o) => o.name === "Fox News"));
});

test("an outlet named by its kind of paper is no person, even after 'according to'", () => {
  const e = enrichText("According to Business Insider, shares rose. The Evening Standard and the Philadelphia Inquirer agreed, Boris Johnson said.", "en");
  assert.deepEqual(ofType(e, "person").map((p) => p.name), ["Boris Johnson"]);
  assert.deepEqual(ofType(e, "organisation").map((o) => o.name).sort(), ["Business Insider", "Evening Standard", "Philadelphia Inquirer"]);
});

test("a run ending in a city names a club, not a person, unless a cue says otherwise", () => {
  const e = enrichText("Manchester United beat Real Madrid and Bayern Munich. Jack London wrote books.", "en");
  assert.deepEqual(ofType(e, "person").map((p) => p.name), ["Jack London"]);
  assert.ok(ids(e, "place").includes("place:gn:3117735"), "Madrid stays a place of the story");
});

test("the head of an institution's name is no city, and a conjunction ends the name", () => {
  const e = enrichText("Según El País, el Banco de España y la Unión Europea advirtieron.", "es");
  assert.ok(!ids(e, "place").includes("place:gn:3684917"), "'Banco' is not El Banco (Colombia) here");
  assert.ok(ofType(e, "organisation").some((o) => o.name === "Banco de España"), ofType(e, "organisation").map((o) => o.name).join(", "));
});

test("a word inside an institution's name is no city, one ending it still is, and the institution's word is no given name", () => {
  const pt = enrichText("Segundo a Folha, o Banco Central do Brasil subiu os juros.", "pt");
  assert.deepEqual(ids(pt, "place").filter((id) => id.startsWith("place:gn:")), [], "neither El Banco nor Davao ('Central')");
  const de = enrichText("Forscher der Universität Hamburg berichten.", "de");
  assert.ok(ids(de, "place").includes("place:gn:2911298"), "Universität Hamburg names Hamburg");
  const it = enrichText("Il presidente del Consiglio Giorgia Meloni ha parlato a Roma.", "it");
  assert.deepEqual(ofType(it, "person").map((p) => p.name), ["Giorgia Meloni"]);
});

test("a newspaper's name opening with its head is an organisation, not a person", () => {
  const e = enrichText("Il quotidiano ha citato la Gazzetta dello Sport e il Giornale di Brescia.", "it");
  assert.deepEqual(ofType(e, "person"), []);
  assert.ok(ofType(e, "organisation").some((o) => o.name === "Gazzetta dello Sport"));
});

test("a pair opening with a common given name is a person written once, at a sentence's start and beyond English; a word the article writes in lower case is none", () => {
  assert.deepEqual(peopleNamed("Emmanuel Macron a rencontré Carla Bruni à Berlin.", "fr"), ["Emmanuel Macron", "Carla Bruni"]);
  assert.deepEqual(peopleNamed("Pedro Sánchez se reunió con Carlos Slim en Madrid.", "es"), ["Pedro Sánchez", "Carlos Slim"]);
  assert.deepEqual(peopleNamed("Keir Starmer arrived on Monday.", "en"), ["Keir Starmer"]);
  // Two given names and a surname keep the first at a sentence's start; another capitalised first word goes.
  assert.deepEqual(peopleNamed("Lee Harvey Oswald was arrested. Winemaker Simon McCabe opened the cellar.", "en"), ["Lee Harvey Oswald", "Simon McCabe"]);
  // In Cyrillic and Greek, the given name read in Latin letters (Ольга, Olga; Αλέξης, Alexis).
  assert.deepEqual(peopleNamed("Вчера Ольга Смирнова выступила в Москве.", "ru"), ["Ольга Смирнова"]);
  assert.deepEqual(peopleNamed("Ο Αλέξης Τσίπρας συναντήθηκε χθες.", "el"), ["Αλέξης Τσίπρας"]);
  // Capitalised words that are no given name stay out where nothing else names them a person.
  assert.deepEqual(peopleNamed("Il travaille pour Banques Populaires et pour Lehman Brothers depuis 2001.", "fr"), []);
  // After an article a pair names a place or a firm, in languages that set none before a person's name.
  assert.deepEqual(peopleNamed("Il a visité le Lincoln Center et la Victoria Falls.", "fr"), []);
  assert.deepEqual(peopleNamed("Er fuhr mit der Elizabeth Line.", "de"), []);
  // A sentence's first word set aside, what is left opens with a common given name (German and Spanish, not only English).
  assert.deepEqual(peopleNamed("Die Wahl ist vorbei. Spitzenkandidat Marcus Weinberg war der falsche Mann.", "de"), ["Marcus Weinberg"]);
  // "Happy" is in the lists of given names, and "new" is a word this article writes in lower case.
  assert.deepEqual(peopleNamed("Happy New Year from the new team.", "en"), []);
});

test("an Arabic role's complement with a preposition written on is no name; the name after it is one", () => {
  const people = ofType(enrichText("شيعت إيران أمس جثمان رئيس منظمة الأبحاث بوزارة الدفاع محسن فخري زادة إلى مقبرة بشمال طهران.", "ar"), "person");
  assert.ok(people.length > 0 && people.every((p) => p.name.startsWith("محسن")), people.map((p) => p.name).join("; "));
});

test("a body line in headline case (a related article's title) makes no person of its capitals; a byline or a list keeps its names", () => {
  const text = "Officials met on Monday in Paris and agreed on a plan.\n\nPolice Unsure if Raid Killed Top Suspect in Paris\n\n" +
    "Stadium Hit By Multiple Explosions in Paris Attacks\n\nPrime Minister Manuel Valls said the plan would work.\n\n" +
    "(Reporting by Pierre Durand, Anne Martin; editing by John Smith)";
  assert.deepEqual(peopleNamed(text, "en"), ["Manuel Valls", "Pierre Durand", "Anne Martin", "John Smith"]);
});

test("time zones, hours, device terms and page words in capitals are not organisations; acronyms of bodies are", () => {
  const text = "Officials met on Monday.\nThe phone has an AMOLED screen, 4 GB of RAM, NFC, GPS and LTE, and the launch is at 9 PM GMT. " +
    "FILE - The NATO summit in Brussels. ALSO READ: the UEFA decision. SOURCE: the ministry.";
  assert.deepEqual(ofType(enrichText(text, "en"), "organisation").map((o) => o.name).sort(), ["NATO", "UEFA"]);
});
