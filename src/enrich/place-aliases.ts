/**
 * Curated place data the packages lack: exonyms of capitals and large cities (GeoNames alternate
 * names are not shipped by any offline npm package we found), short country names CLDR spells only
 * formally, and demonyms for languages i18n-nationality does not cover. General data, not tuned to
 * any article: each row is a well-known form in a major language.
 */

/**
 * City exonyms: [country, GeoNames name, "alias|alias|…"]. Aliases resolve to the
 * same GeoNames id, so "Pékin" and "Beijing" are one place, and renamed capitals keep their old names.
 */
export const CITY_EXONYMS: readonly (readonly [string, string, string])[] = [
  ["CN", "Beijing", "Pékin|Peking|Pechino|Pequim|Pekín|Pekin|Pekinie|Pekinu|北京|Пекин|Pekino"],
  ["CN", "Shanghai", "Szanghaj|Xangai|Şanghay|上海|Шанхай|Sciangai"],
  ["HK", "Hong Kong", "Hongkong|Hong-Kong|香港|Гонконг|Hongkongu"],
  ["TW", "Taipei", "Taipeh|Taipé|Tajpej|台北|臺北|Тайбэй"],
  ["TJ", "Dushanbe", "Douchanbé|Duschanbe|Dusambé|Duszanbe|Dusanbe|Душанбе|Dushanbé"],
  ["KZ", "Astana", "Nur-Sultan|Nour-Soultan|Astaná|Астана|Нур-Султан|阿斯塔纳|Akmola"],
  ["KZ", "Almaty", "Alma-Ata|Almaté|Ałmaty|Алматы|Алма-Ата"],
  ["UZ", "Tashkent", "Tachkent|Taschkent|Taszkent|Taşkent|Ташкент"],
  ["KG", "Bishkek", "Bichkek|Bischkek|Biszkek|Bişkek|Бишкек"],
  ["TM", "Ashgabat", "Achgabat|Aschgabat|Aszchabad|Aşkabat|Ашхабад"],
  ["AF", "Kabul", "Kaboul|Kabuł|Cabul|Кабул"],
  ["RU", "Moscow", "Moscou|Moskau|Moscú|Mosca|Moscovo|Moskwa|Moskova|Москва|Moskwie|Moskwy"],
  ["RU", "Saint Petersburg", "Saint-Pétersbourg|Sankt Petersburg|San Petersburgo|San Pietroburgo|São Petersburgo|Petersburg|Sankt-Petersburg|Санкт-Петербург"],
  ["UA", "Kyiv", "Kiev|Kiew|Kijów|Kiyev|Kijowie|Kijowa|Київ|Киев|Kyjev|Kyjeve|Kyjevě|キーウ|キエフ|키이우|키예프"],
  ["BY", "Minsk", "Mińsk|Минск"],
  ["PL", "Warsaw", "Varsovie|Warschau|Varsovia|Varsóvia|Warszawa|Varşova|Warszawie|Warszawy|Варшава"],
  ["DE", "Berlin", "Berlín|Berlino|Berlim|Berlinie|Berlina|Берлин"],
  ["DE", "Munich", "München|Múnich|Monaco di Baviera|Munique|Monachium|Münih"],
  ["DE", "Köln", "Cologne|Colonia|Colônia|Kolonia"],
  ["FR", "Paris", "París|Parigi|Paryż|Paryżu|Paryża|Париж"],
  ["GB", "London", "Londres|Londra|Londyn|Londynie|Лондон"],
  ["IT", "Rome", "Rom|Roma|Rzym|Rzymie|Řím|Římě|Рим|Риме|Рима|Римі|Риму|罗马"],
  ["IT", "Milan", "Milano|Mailand|Milán|Mediolan|Milão"],
  ["IT", "Naples", "Napoli|Neapel|Nápoles|Neapol"],
  ["IT", "Venice", "Venise|Venedig|Venecia|Venezia|Veneza|Wenecja"],
  ["IT", "Florence", "Firenze|Florenz|Florencia|Florença|Florencja"],
  ["ES", "Madrid", "Madryt|Madrycie"],
  ["ES", "Barcelona", "Barcelone|Barcellona|Barcelonie"],
  ["ES", "Sevilla", "Seville|Séville|Siviglia|Sewilla"],
  ["PT", "Lisbon", "Lisbonne|Lissabon|Lisboa|Lisbona|Lizbona|Lizbon"],
  ["BE", "Brussels", "Bruxelles|Brüssel|Bruselas|Bruxelas|Bruksela|Brukseli|Brüksel|Brussel"],
  ["BE", "Antwerpen", "Antwerp|Anvers|Amberes|Anversa|Antwerpia"],
  ["NL", "Amsterdam", "Ámsterdam"],
  ["NL", "The Hague", "La Haye|Den Haag|La Haya|L'Aia|Haga|Lahey"],
  ["AT", "Vienna", "Vienne|Wien|Viena|Wiedeń|Wiedniu|Viyana|Вена"],
  ["CH", "Genève", "Geneva|Genf|Ginebra|Ginevra|Genebra|Genewa|Cenevre|Genewie|ژنو|ז'נבה|ג'נבה|জেনেভা|ஜெனீவா|เจนีวา|ጄኔቫ"],
  ["CH", "Zürich", "Zurich|Zurych|Zurigo|Zúrich"],
  ["CZ", "Prague", "Prag|Praga|Praha|Pradze"],
  ["HU", "Budapest", "Budapeszt|Budapeste"],
  ["RO", "Bucharest", "Bucarest|Bukarest|Bucareste|Bukareszt|Bükreş|București"],
  ["BG", "Sofia", "Sofía|Sófia|Sofija|София"],
  ["RS", "Belgrade", "Belgrad|Belgrado|Beograd"],
  ["GR", "Athens", "Athènes|Athen|Atenas|Atene|Ateny|Atina|Αθήνα"],
  ["TR", "Istanbul", "İstanbul|Estambul|Istambul|Stambuł|Stambule|Стамбул"],
  ["TR", "Ankara", "Ancara|Анкара"],
  ["DK", "Copenhagen", "Copenhague|Kopenhagen|Copenaghen|Kopenhaga|København|Kopenhag"],
  ["SE", "Stockholm", "Estocolmo|Stoccolma|Sztokholm"],
  ["NO", "Oslo", ""],
  ["FI", "Helsinki", "Helsingfors"],
  ["IE", "Dublin", "Dublín|Dublino|Dublinie"],
  ["EG", "Cairo", "Le Caire|Kairo|El Cairo|Il Cairo|Kair|Kahire|Caire|القاهرة"],
  ["IR", "Tehran", "Téhéran|Teheran|Teherán|Teerã|Tahran|Teheranie|طهران"],
  ["IQ", "Baghdad", "Bagdad|Bagdá|Bağdat|بغداد"],
  ["SY", "Damascus", "Damas|Damaskus|Damasco|Damaszek|Şam|دمشق"],
  ["LB", "Beirut", "Beyrouth|Beirute|Bejrut|Beyrut|بيروت"],
  ["IL", "Jerusalem", "Jérusalem|Jerusalén|Gerusalemme|Jerusalém|Jerozolima|Kudüs|القدس"],
  ["SA", "Riyadh", "Riyad|Riad|Rijad|Riade|Rijadzie|الرياض"],
  ["IN", "New Delhi", "New Dehli|Nueva Delhi|Nuova Delhi|Nova Deli|Nowe Delhi|Yeni Delhi"],
  ["IN", "Mumbai", "Bombay|Bombaj"],
  ["PK", "Islamabad", "Islamabád"],
  ["JP", "Tokyo", "Tokio|Tóquio|Tokyō|東京|Токио"],
  ["KR", "Seoul", "Séoul|Seúl|Seul|서울"],
  ["KP", "Pyongyang", "Pjöngjang|Pionyang|Pyongyang|Pjongjang|Piongyang|평양"],
  ["TH", "Bangkok", "Bangkoku|Banguecoque"],
  ["VN", "Hanoi", "Hanói|Hanoï"],
  ["SG", "Singapore", "Singapour|Singapur|Cingapura|Singapura"],
  ["US", "Washington", "Waszyngton|Waszyngtonie|Washington D.C."],
  ["US", "New York City", "New York|Nueva York|Nowy Jork|Nova Iorque|Nowym Jorku"],
  ["US", "Los Angeles", ""],
  ["CA", "Montréal", "Montreal"],
  ["MX", "Mexico City", "Mexico|Ciudad de México|Mexiko-Stadt|Città del Messico|Cidade do México|Meksyk|Mexico-Stad|Mexikóváros|Thành phố Mexico|مكسيكو سيتي|মেক্সিকো সিটি"],
  ["BR", "Brasília", "Brasilia|Brazylia"],
  ["AR", "Buenos Aires", ""],
  ["ZA", "Cape Town", "Le Cap|Kapstadt|Ciudad del Cabo|Città del Capo|Kapsztad"],
  ["ET", "Addis Ababa", "Addis-Abeba|Addis Abeba|Adís Abeba"],
  ["KE", "Nairobi", ""],
  ["DZ", "Algiers", "Alger|Algier|Argel|Algeri|Algier|Cezayir|الجزائر"],
  ["TN", "Tunis", "Túnez|Tunisi|Túnis|Tunus"],
  ["MA", "Rabat", ""],
  ["LY", "Tripoli", "Trípoli|Trypolis|Trablus|طرابلس"],
  ["PS", "Gaza", "Gazie|Gazy|غزة"],
];

/** Common short names CLDR lists only formally (ru "КНР (…)") or not at all, by language. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  CN: "中国|Китай|Китае|Китая|Chiny|Chinach|Chin|Çin",
  RU: "Россия|России|РФ|Rosja|Rosji|Rosją|Rusya|러시아|ロシア",
  US: "أمريكا|أميركا|آمریکا|अमेरिका|アメリカ|米国|США|Stany Zjednoczone|Stanów Zjednoczonych|Stanach Zjednoczonych|ABD|EE.UU.|EEUU|EUA|Estados Unidos|Etats-Unis",
  // Great Britain as each language's press writes it: CLDR gives the official "United Kingdom" alone, and the two words
  // were read as a person's name ("Gran Bretagna", "Marea Britanie", "Velká Británie").
  GB: "بريطانيا|Britain|Grande-Bretagne|Großbritannien|Gran Bretaña|Wielka Brytania|Wielkiej Brytanii|İngiltere|Britannia|" +
    "Gran Bretagna|Grã-Bretanha|Gran Bretanya|Marea Britanie|Groot-Brittannië|Velká Británie|Veľká Británia|Nagy-Britannia|" +
    "Büyük Britanya|Velika Britanija|Велика Британија|Storbritannia|Iso-Britannia|Suurbritannia|Didžioji Britanija|Lielbritānija|Μεγάλη Βρετανία",
  // Russian press still writes Belarus by its Soviet name (Белоруссия) as often as CLDR's Беларусь.
  BY: "Белоруссия",
  DE: "Niemcy|Niemczech|Niemiec|Almanya|Германия",
  KZ: "Казахстан|Казахстана|Kazachstanie|Kazachstanu",
  TW: "Тайвань|Tajwan|Tajwanie|Tajwanu|Tayvan|台湾|臺灣",
  // Russian writes the two Koreas by the points of the compass, CLDR by their official names (Республика Корея, КНДР).
  // Telugu news writes India and Pakistan as Hindi does (భారత్, పాకిస్థాన్), CLDR భారతదేశం and పాకిస్తాన్; Malayalam news
  // Pakistan without the doubled k of CLDR's പാക്കിസ്ഥാൻ.
  IN: "భారత్",
  PK: "పాకిస్థాన్|പാകിസ്താൻ|പാകിസ്ഥാൻ",
  KR: "한국|韓国|Korea Południowa|Güney Kore|Corée du Sud|Südkorea|Corea del Sur|Южная Корея|דרום קוריאה",
  KP: "Korea Północna|Kuzey Kore|Corée du Nord|Nordkorea|Corea del Norte|Северная Корея",
  NL: "Holland|Hollande|Holanda|Holandia|Hollanda|Olanda|Голландия|Hollandia",
  CZ: "Czechy|Czechach|Czech Republic|République tchèque|Tschechien|República Tcheca|Repubblica Ceca",
  CI: "Ivory Coast|Costa d'Avorio|Costa do Marfim|Costa de Marfil|Wybrzeże Kości Słoniowej",
  // Polish names these two in the plural, and declines them: "premier Włoch", "na Węgrzech".
  IT: "Włochy|Włoch|Włoszech|Włochom",
  HU: "Węgry|Węgier|Węgrzech|Węgrom",
  // Bengali news writes the Vatican without CLDR's "City" (ভ্যাটিকান সিটি), Thai as the city-state (CLDR นครวาติกัน).
  VA: "Vatican|Vatikan|Vaticano|Watykan|ভ্যাটিকান|นครรัฐวาติกัน",
  PS: "Palestine|Palästina|Palestina|Palestyna|Filistin",
  AE: "UAE|EAU|VAE|Emirats arabes unis|Emiraty Arabskie|Объединённые Арабские Эмираты",
  // The Democratic Republic of the Congo by its initials (en DRC; fr, es, it, pt RDC).
  CD: "DRC|RDC|DR Kongo",
  TR: "Turcja|Turcji|Türkei|Turquie|Turquía|Türkiye|튀르키예",
  UA: "Ukraina|Ukrainie|Ukrainy|Украина|Україна|Ukrayna",
  // South Africa as Korean news writes it, whole (CLDR spaces its official name) or short, and Ukrainian's initials.
  ZA: "남아프리카공화국|남아공|ПАР",
};

/**
 * i18n-nationality's base forms that are another word: Italian "Emiro" is an emir (l'emiro del Qatar), not Emirati,
 * which Italian writes "emiratino". And those it writes with the country in brackets, one word for two countries
 * ("Nigeriano (Nigeria)", "Nigeriano (Niger)"), which a reader tells apart: nigeriano, nigerino; nigerianisch, nigrisch.
 * Replaced before inflection.
 */
export const NATIONALITY_ERRATA: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  it: { AE: "emiratino", NG: "nigeriano", NE: "nigerino" },
  de: { NG: "nigerianisch", NE: "nigrisch" },
  // The package's Spanish gives "pakistano", a word no Spanish dictionary holds (RAE: pakistaní, paquistaní); and
  // "navideño", Christmas Island's, which news writes only of Christmas ("las celebraciones navideñas").
  // Where the package gives the country's name, the adjective dictionaries give: Spanish "ghanés", "maliense",
  // "nigerino", "malauí" (RAE); French "suisse" is the name and the adjective both.
  es: { PK: "pakistaní", CX: "", GH: "ghanés", ML: "maliense", NE: "nigerino", MW: "malauí" },
  fr: { CH: "suisse" },
};

/**
 * Demonyms and country adjectives for languages i18n-nationality lacks (pl, pt, tr, hu, cs, ru, uk, bg) and common short
 * forms it misses (en "Kazakh", fr "kazakh"). Base forms only: inflections are generated per language.
 */
export const DEMONYM_SUPPLEMENT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { KZ: "Kazakh", UZ: "Uzbek", KG: "Kyrgyz", TJ: "Tajik", TM: "Turkmen", GB: "British", US: "American|US", CN: "Chinese", KR: "South Korean", KP: "North Korean", PS: "Palestinian", AF: "Afghan", NL: "Dutch" },
  fr: { KZ: "kazakh", UZ: "ouzbek", KG: "kirghiz", TJ: "tadjik", TM: "turkmène", GB: "britannique", US: "américain", PS: "palestinien", KR: "sud-coréen", KP: "nord-coréen", NL: "néerlandais" },
  de: { KZ: "kasachisch", GB: "britisch", US: "amerikanisch|US-amerikanisch", PS: "palästinensisch" },
  es: { KZ: "kazajo", GB: "británico", US: "estadounidense|norteamericano", PS: "palestino", PK: "paquistaní" },
  it: { KZ: "kazako", GB: "britannico", US: "statunitense", PS: "palestinese" },
  pt: {
    CN: "chinês", KZ: "cazaque", DE: "alemão", FR: "francês", GB: "britânico", US: "americano|estadunidense", RU: "russo",
    IT: "italiano", ES: "espanhol", JP: "japonês", BR: "brasileiro", PT: "português", UA: "ucraniano", IN: "indiano",
    TR: "turco", PL: "polonês|polaco", AF: "afegão", IR: "iraniano", IL: "israelense|israelita", PS: "palestino", NG: "nigeriano",
    PK: "paquistanês", MX: "mexicano", KR: "sul-coreano",
  },
  pl: {
    CN: "chiński", KZ: "kazachski", DE: "niemiecki", FR: "francuski", GB: "brytyjski", US: "amerykański", RU: "rosyjski",
    IT: "włoski", ES: "hiszpański", JP: "japoński", PL: "polski", UA: "ukraiński", IN: "indyjski", TR: "turecki",
    AF: "afgański", IR: "irański", IL: "izraelski", PS: "palestyński", BY: "białoruski", CZ: "czeski", HU: "węgierski",
    PK: "pakistański", BR: "brazylijski", MX: "meksykański", KR: "południowokoreański", CA: "kanadyjski", KE: "kenijski",
  },
  tr: {
    CN: "Çinli", KZ: "Kazak|Kazakistanlı", DE: "Alman", FR: "Fransız", GB: "İngiliz", US: "Amerikan|Amerikalı", RU: "Rus",
    IT: "İtalyan", ES: "İspanyol", JP: "Japon", PL: "Polonyalı", UA: "Ukraynalı", IN: "Hintli", TR: "Türk",
    AF: "Afgan", IR: "İranlı", IL: "İsrailli", PS: "Filistinli", SY: "Suriyeli", GR: "Yunan", AZ: "Azerbaycanlı",
  },
  // Czech names a country by its adjective as often ("německý kancléř", "jihokorejský prezident"): the masculine -ý base,
  // its genders and cases made in inflect.ts.
  cs: {
    CN: "čínský", DE: "německý", FR: "francouzský", GB: "britský", US: "americký", RU: "ruský", IT: "italský", ES: "španělský",
    JP: "japonský", PL: "polský", UA: "ukrajinský", IN: "indický", TR: "turecký", IR: "íránský", IL: "izraelský", PS: "palestinský",
    KR: "jihokorejský", KP: "severokorejský", BR: "brazilský", MX: "mexický", PK: "pákistánský", CZ: "český", SK: "slovenský",
    HU: "maďarský", AT: "rakouský", CA: "kanadský", AU: "australský", EG: "egyptský", SY: "syrský", CH: "švýcarský",
    NL: "nizozemský", BE: "belgický", SE: "švédský", NO: "norský", FI: "finský", DK: "dánský", GR: "řecký", RO: "rumunský",
    BG: "bulharský", RS: "srbský", HR: "chorvatský", AR: "argentinský", ZA: "jihoafrický", NG: "nigerijský", KE: "keňský",
    AF: "afghánský", IQ: "irácký", VN: "vietnamský", KZ: "kazašský", BY: "běloruský", PT: "portugalský",
  },
  // Russian, Ukrainian and Bulgarian name a country by its adjective as often as by its name ("российский президент",
  // "американські посадовці", "германският канцлер"): the masculine base, its genders, cases and plural made in inflect.ts.
  ru: {
    CN: "китайский", KZ: "казахстанский", DE: "германский|немецкий", FR: "французский", GB: "британский", US: "американский",
    RU: "российский", IT: "итальянский", ES: "испанский", JP: "японский", PL: "польский", UA: "украинский", IN: "индийский",
    TR: "турецкий", AF: "афганский", IR: "иранский", IL: "израильский", PS: "палестинский", BY: "белорусский", SY: "сирийский",
    EG: "египетский", KR: "южнокорейский", KP: "северокорейский", SA: "саудовский", IQ: "иракский", CA: "канадский",
    BR: "бразильский", AU: "австралийский", ID: "индонезийский", PK: "пакистанский", GE: "грузинский", AM: "армянский",
    AZ: "азербайджанский", TJ: "таджикский", UZ: "узбекский", KG: "киргизский", CZ: "чешский", HU: "венгерский", GR: "греческий",
    FI: "финский", SE: "шведский", NO: "норвежский", NL: "нидерландский", AT: "австрийский", CH: "швейцарский", VN: "вьетнамский",
    MX: "мексиканский", QA: "катарский", LB: "ливанский", LY: "ливийский", JO: "иорданский", CU: "кубинский", RS: "сербский",
    BG: "болгарский", RO: "румынский", MN: "монгольский", MD: "молдавский", LT: "литовский", LV: "латвийский", EE: "эстонский",
  },
  uk: {
    CN: "китайський", KZ: "казахстанський", DE: "німецький", FR: "французький", GB: "британський", US: "американський",
    RU: "російський", IT: "італійський", ES: "іспанський", JP: "японський", PL: "польський", UA: "український", IN: "індійський",
    TR: "турецький", IR: "іранський", IL: "ізраїльський", PS: "палестинський", BY: "білоруський", SY: "сирійський",
    EG: "єгипетський", KR: "південнокорейський", KP: "північнокорейський", SA: "саудівський", CA: "канадський", AU: "австралійський",
    GE: "грузинський", CZ: "чеський", HU: "угорський", GR: "грецький", MD: "молдовський", RO: "румунський", SK: "словацький",
    LT: "литовський", LV: "латвійський", EE: "естонський", FI: "фінський", SE: "шведський", NL: "нідерландський", AT: "австрійський",
    PK: "пакистанський", BR: "бразильський", MX: "мексиканський", AF: "афганський",
  },
  // Not PL: Bulgarian "полски" is also "of the field" ("полски цветя").
  bg: {
    CN: "китайски", KZ: "казахстански", DE: "германски", FR: "френски", GB: "британски", US: "американски", RU: "руски",
    IT: "италиански", ES: "испански", JP: "японски", UA: "украински", IN: "индийски", TR: "турски", IR: "ирански",
    IL: "израелски", BG: "български", GR: "гръцки", RO: "румънски", MK: "македонски", RS: "сръбски", SY: "сирийски",
    PK: "пакистански", BR: "бразилски", MX: "мексикански", KR: "южнокорейски", AF: "афгански",
  },
  // South Slavic adjectives the rule of derived-demonyms.ts does not form (kineski, not kinski), in both of Serbian's alphabets.
  sr: {
    CN: "кинески|kineski", FR: "француски|francuski", RS: "српски|srpski", US: "амерички|američki", GB: "британски|britanski",
    KR: "јужнокорејски|južnokorejski", PS: "палестински|palestinski", GR: "грчки|grčki", SI: "словеначки|slovenački",
  },
  hr: { CN: "kineski", US: "američki", GB: "britanski", RS: "srpski", KR: "južnokorejski", IT: "talijanski", PS: "palestinski", GR: "grčki", SI: "slovenski" },
  bs: { CN: "kineski", US: "američki", GB: "britanski", RS: "srpski", KR: "južnokorejski", PS: "palestinski", GR: "grčki", SI: "slovenački" },
  sl: { FR: "francoski", US: "ameriški", GB: "britanski", KR: "južnokorejski", PS: "palestinski", GR: "grški", CN: "kitajski", SI: "slovenski" },
  mk: { CN: "кинески", FR: "француски", US: "американски", GB: "британски", RS: "српски", GR: "грчки", KR: "јужнокорејски", PS: "палестински", SI: "словенечки" },
  // Hungarian news names a leader's country by its adjective, before the role ("Putyin orosz elnök").
  hu: {
    CN: "kínai", KZ: "kazah", DE: "német", FR: "francia", GB: "brit", US: "amerikai", RU: "orosz", IT: "olasz",
    ES: "spanyol", JP: "japán", PL: "lengyel", UA: "ukrán", IN: "indiai", TR: "török", HU: "magyar", AT: "osztrák",
    IR: "iráni", IL: "izraeli", PS: "palesztin", CZ: "cseh", SK: "szlovák", RO: "román", RS: "szerb", HR: "horvát",
    GR: "görög", EG: "egyiptomi", SY: "szíriai", BY: "fehérorosz",
  },
  // Hebrew and Georgian adjectives of a country the rules of derived-demonyms.ts do not make (איטליה gives איטלקי,
  // რუსეთი gives რუსი); Hebrew's with the article only, as there.
  he: {
    IT: "האיטלקי|האיטלקית", US: "האמריקאי|האמריקאית|האמריקני|האמריקנית", GB: "הבריטי|הבריטית", EG: "המצרי|המצרית",
    AR: "הארגנטינאי|הארגנטינאית", BR: "הברזילאי|הברזילאית", PL: "הפולני|הפולנית", SA: "הסעודי|הסעודית",
    NL: "ההולנדי|ההולנדית", CH: "השווייצרי|השווייצרית",
  },
  // Hindi adjectives of a country the rule of derived-demonyms.ts does not make (फ्रांस gives फ्रांसी, इटली इटल).
  hi: {
    FR: "फ्रांसीसी", IN: "भारतीय", IT: "इतालवी", ES: "स्पेनिश|स्पेनी", GB: "ब्रिटिश", US: "अमेरिकी|अमरीकी", DE: "जर्मन",
  },
  ka: {
    RU: "რუსი", FR: "ფრანგი", TR: "თურქი", US: "ამერიკელი", GB: "ბრიტანელი", GR: "ბერძენი", AM: "სომეხი", NL: "ჰოლანდიელი",
    CH: "შვეიცარიელი", PL: "პოლონელი", IR: "ირანელი", AZ: "აზერბაიჯანელი",
  },
};

/** Combining forms that open compound adjectives: "sino-kazakhes" names CN and KZ, "franco-allemand" FR and DE. */
export const COMBINING_FORMS: Readonly<Record<string, string>> = {
  sino: "CN", franco: "FR", germano: "DE", russo: "RU", anglo: "GB", italo: "IT", hispano: "ES",
  nippo: "JP", turco: "TR", greco: "GR", indo: "IN", americano: "US", israelo: "IL", irano: "IR",
  polono: "PL", belgo: "BE", helveto: "CH", austro: "AT", deutsch: "DE", chinesisch: "CN", russisch: "RU", us: "US",
};
