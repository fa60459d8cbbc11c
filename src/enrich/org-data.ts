/**
 * Major international organisations with their names and acronyms in the main languages and scripts: general
 * data (no package ships it), so "OCS", "SCO" and "ШОС" meet as one id. Row: [id, display name,
 * "acronym|acronym", "name|name"]. Acronyms match only as written in capitals; names match folded.
 */
export const ORGANISATIONS: readonly (readonly [string, string, string, string])[] = [
  ["un", "United Nations", "UN|ONU|ООН|UNO|BM|ONZ|ΟΗΕ|PBB|VN|FN|OSN|ENSZ|YK|LHQ", "United Nations|Nations unies|Organisation des Nations unies|Vereinte Nationen|Vereinten Nationen|Naciones Unidas|Nazioni Unite|Nações Unidas|Narody Zjednoczone|Narodów Zjednoczonych|Birleşmiş Milletler|Организация Объединённых Наций|联合国|الأمم المتحدة|Organizacja Narodów Zjednoczonych|Організація Об'єднаних Націй|Организация на обединените нации|سازمان ملل|سازمان ملل متحد|האו\"ם|או\"ם|האומות המאוחדות|国連|国際連合|유엔|국제연합|संयुक्त राष्ट्र|Ηνωμένα Έθνη|สหประชาชาติ|Perserikatan Bangsa-Bangsa|Liên Hợp Quốc|Verenigde Naties|Förenta nationerna|Organizace spojených národů|Egyesült Nemzetek|Organizația Națiunilor Unite|Yhdistyneet kansakunnat"],
  ["unsc", "UN Security Council", "", "Security Council|Conseil de sécurité|Sicherheitsrat|Consejo de Seguridad|Consiglio di sicurezza|Conselho de Segurança|Rada Bezpieczeństwa|Güvenlik Konseyi"],
  ["nato", "NATO", "NATO|OTAN|НАТО|ΝΑΤΟ", "North Atlantic Treaty Organization|Organisation du traité de l'Atlantique nord|Organización del Tratado del Atlántico Norte|Nordatlantikpakt|Organizzazione del Trattato dell'Atlantico del Nord|Sojusz Północnoatlantycki|Kuzey Atlantik Antlaşması Örgütü|Организация Североатлантического договора|Североатлантический альянс|Північноатлантичний альянс|الناتو|حلف الناتو|حلف شمال الأطلسي|ناتو|נאט\"ו|北约|北大西洋公约组织|北大西洋条約機構|나토|북대서양조약기구|नाटो|นาโต|Βορειοατλαντική Συμμαχία"],
  ["eu", "European Union", "EU|UE|ЕС|AB|ΕΕ|EU", "European Union|Union européenne|Europäische Union|Europäischen Union|Unión Europea|Unione europea|União Europeia|Unia Europejska|Unii Europejskiej|Avrupa Birliği|Европейский союз|欧盟|Евросоюз|Евросоюза|Евросоюзе|Евросоюзом|Европейского союза|Євросоюз|Євросоюзу|Європейський Союз|Європейського Союзу|Европейският съюз|Европейския съюз|الاتحاد الأوروبي|اتحادیه اروپا|האיחוד האירופי|欧洲联盟|欧州連合|유럽연합|यूरोपीय संघ|Ευρωπαϊκή Ένωση|Ευρωπαϊκής Ένωσης|สหภาพยุโรป|Uni Eropa|Liên minh châu Âu|Europese Unie|Europeiska unionen|Evropská unie|Evropské unie|Európai Unió|Uniunea Europeană|Euroopan unioni|Europska unija"],
  ["ec", "European Commission", "", "European Commission|Commission européenne|Europäische Kommission|EU-Kommission|Comisión Europea|Commissione europea|Comissão Europeia|Komisja Europejska|Komisji Europejskiej|Avrupa Komisyonu|Еврокомиссия|Еврокомиссии|Еврокомиссию|Еврокомиссией|Европейская комиссия|Европейской комиссии|Єврокомісія|Єврокомісії|Європейська комісія|Європейської комісії|Европейската комисия|المفوضية الأوروبية|کمیسیون اروپا|הנציבות האירופית|欧盟委员会|欧州委員会|유럽연합 집행위원회|Ευρωπαϊκή Επιτροπή|Ευρωπαϊκής Επιτροπής|Evropská komise|Evropské komise|Europese Commissie|Europeiska kommissionen|Comisia Europeană|Komisi Eropa|Ủy ban châu Âu"],
  ["ep", "European Parliament", "", "European Parliament|Parlement européen|Europäisches Parlament|Europaparlament|Parlamento Europeo|Parlamento europeo|Parlamento Europeu|Parlament Europejski|Avrupa Parlamentosu"],
  ["ecb", "European Central Bank", "ECB|BCE|EZB|EBC", "European Central Bank|Banque centrale européenne|Europäische Zentralbank|Banco Central Europeo|Banca centrale europea|Europejski Bank Centralny"],
  ["sco", "Shanghai Cooperation Organisation", "SCO|OCS|ШОС|SCO|ŞİÖ", "Shanghai Cooperation Organisation|Shanghai Cooperation Organization|Organisation de coopération de Shanghai|Shanghaier Organisation für Zusammenarbeit|Organización de Cooperación de Shanghái|Organizzazione per la cooperazione di Shanghai|Szanghajska Organizacja Współpracy|Şanghay İşbirliği Örgütü|Шанхайская организация сотрудничества|上海合作组织|منظمة شنغهاي للتعاون|منظمة شانغهاي للتعاون|سازمان همکاری شانگهای"],
  ["who", "World Health Organization", "WHO|OMS|ВОЗ|DSÖ|WZO", "World Health Organization|Organisation mondiale de la santé|Weltgesundheitsorganisation|Organización Mundial de la Salud|Organizzazione mondiale della sanità|Organização Mundial da Saúde|Światowa Organizacja Zdrowia|Dünya Sağlık Örgütü|Всемирная организация здравоохранения|世界卫生组织|منظمة الصحة العالمية|سازمان بهداشت جهانی|سازمان جهانی بهداشت|ארגון הבריאות העולמי|世界保健機関|세계보건기구|विश्व स्वास्थ्य संगठन|Παγκόσμιος Οργανισμός Υγείας|องค์การอนามัยโลก|Всесвітня організація охорони здоров'я|Organisasi Kesehatan Dunia|Tổ chức Y tế Thế giới|Wereldgezondheidsorganisatie|Världshälsoorganisationen"],
  ["imf", "International Monetary Fund", "IMF|FMI|IWF|МВФ|MFW|ΔΝΤ", "International Monetary Fund|Fonds monétaire international|Internationaler Währungsfonds|Fondo Monetario Internacional|Fondo monetario internazionale|Fundo Monetário Internacional|Międzynarodowy Fundusz Walutowy|Uluslararası Para Fonu|Международный валютный фонд|Міжнародний валютний фонд|صندوق النقد الدولي|صندوق بین‌المللی پول|קרן המטבע הבינלאומית|国际货币基金组织|国際通貨基金|국제통화기금|अंतरराष्ट्रीय मुद्रा कोष|Διεθνές Νομισματικό Ταμείο|กองทุนการเงินระหว่างประเทศ|Dana Moneter Internasional|Quỹ Tiền tệ Quốc tế|Internationaal Monetair Fonds"],
  ["world-bank", "World Bank", "", "World Bank|Banque mondiale|Weltbank|Banco Mundial|Banca mondiale|Bank Światowy|Dünya Bankası|Всемирный банк|Світовий банк|البنك الدولي|بانک جهانی|הבנק העולמי|世界银行|世界銀行|세계은행|विश्व बैंक|Παγκόσμια Τράπεζα|ธนาคารโลก|Bank Dunia|Ngân hàng Thế giới|Wereldbank|Världsbanken"],
  ["wto", "World Trade Organization", "WTO|OMC|ВТО|DTÖ", "World Trade Organization|Organisation mondiale du commerce|Welthandelsorganisation|Organización Mundial del Comercio|Organizzazione mondiale del commercio|Światowa Organizacja Handlu|Всемирная торговая организация|منظمة التجارة العالمية|سازمان تجارت جهانی|ארגון הסחר העולמי|世界贸易组织|世界貿易機関|세계무역기구"],
  ["osce", "OSCE", "OSCE|OSZE|OBWE|AGİT|ОБСЕ", "Organization for Security and Co-operation in Europe|Organisation pour la sécurité et la coopération en Europe"],
  ["csto", "Collective Security Treaty Organization", "CSTO|OTSC|ОДКБ|OVKS", "Collective Security Treaty Organization|Organisation du traité de sécurité collective"],
  ["cis", "Commonwealth of Independent States", "CIS|CEI|GUS|СНГ|WNP|BDT", "Commonwealth of Independent States|Communauté des États indépendants|Gemeinschaft Unabhängiger Staaten"],
  ["eaeu", "Eurasian Economic Union", "EAEU|UEEA|ЕАЭС|EAWU", "Eurasian Economic Union|Union économique eurasiatique|Eurasische Wirtschaftsunion|Unión Económica Euroasiática"],
  ["asean", "ASEAN", "ASEAN|ANASE|АСЕАН", "Association of Southeast Asian Nations|Association des nations de l'Asie du Sud-Est"],
  ["au", "African Union", "", "African Union|Union africaine|Afrikanische Union|Unión Africana|Unione africana|União Africana|Unia Afrykańska|Afrika Birliği|Африканский союз|الاتحاد الأفريقي|اتحادیه آفریقا|האיחוד האפריקאי|非洲联盟|アフリカ連合|아프리카연합"],
  ["arab-league", "Arab League", "", "Arab League|Ligue arabe|Arabische Liga|Liga Árabe|Lega araba|Liga Arabska|Arap Birliği|جامعة الدول العربية|Лига арабских государств|الجامعة العربية|اتحادیه عرب|הליגה הערבית|阿拉伯国家联盟|アラブ連盟|아랍연맹"],
  ["opec", "OPEC", "OPEC|OPEP|ОПЕК|ΟΠΕΚ", "Organization of the Petroleum Exporting Countries|Organisation des pays exportateurs de pétrole|أوبك|اوپک|אופ\"ק|欧佩克|石油輸出国機構|석유수출국기구|ओपेक|โอเปก"],
  ["oecd", "OECD", "OECD|OCDE|ОЭСР|OECD", "Organisation for Economic Co-operation and Development|Organisation de coopération et de développement économiques"],
  ["g7", "G7", "G7|G8", ""],
  ["g20", "G20", "G20", ""],
  ["brics", "BRICS", "BRICS|БРИКС", ""],
  ["unesco", "UNESCO", "UNESCO|ЮНЕСКО", ""],
  ["unicef", "UNICEF", "UNICEF|ЮНИСЕФ", ""],
  ["unhcr", "UNHCR", "UNHCR|HCR|ACNUR", "Haut-Commissariat des Nations unies pour les réfugiés|UN-Flüchtlingshilfswerk"],
  ["iaea", "IAEA", "IAEA|AIEA|IAEO|OIEA|MAEA|UAEA|МАГАТЭ", "International Atomic Energy Agency|Agence internationale de l'énergie atomique|Internationale Atomenergiebehörde|الوكالة الدولية للطاقة الذرية|آژانس بین‌المللی انرژی اتمی|הסוכנות הבינלאומית לאנרגיה אטומית|国际原子能机构|国際原子力機関|국제원자력기구"],
  ["icc", "International Criminal Court", "ICC|CPI|IStGH|MTK|МУС", "International Criminal Court|Cour pénale internationale|Internationaler Strafgerichtshof|Corte Penal Internacional|Corte penale internazionale|Międzynarodowy Trybunał Karny|Международный уголовный суд|المحكمة الجنائية الدولية|دیوان کیفری بین‌المللی|בית הדין הפלילי הבינלאומי|国际刑事法院|国際刑事裁判所|국제형사재판소"],
  ["icj", "International Court of Justice", "ICJ|CIJ|IGH|MTS", "International Court of Justice|Cour internationale de justice|Internationaler Gerichtshof|Corte Internacional de Justicia"],
  ["icrc", "Red Cross", "ICRC|CICR|IKRK", "Red Cross|Croix-Rouge|Rotes Kreuz|Roten Kreuz|Cruz Roja|Croce Rossa|Cruz Vermelha|Czerwony Krzyż|Kızılay|Kızılhaç"],
  ["interpol", "Interpol", "INTERPOL", "Interpol"],
  ["council-of-europe", "Council of Europe", "", "Council of Europe|Conseil de l'Europe|Europarat|Consejo de Europa|Consiglio d'Europa|Rada Europy|Avrupa Konseyi"],
  ["european-council", "European Council", "", "European Council|Conseil européen|Europäischer Rat|Consejo Europeo|Consiglio europeo|Rada Europejska"],
  ["fifa", "FIFA", "FIFA|ФИФА", ""],
  ["uefa", "UEFA", "UEFA|УЕФА", ""],
  ["ioc", "International Olympic Committee", "IOC|CIO|IOK|MKOl|МОК", "International Olympic Committee|Comité international olympique|Internationales Olympisches Komitee|Comité Olímpico Internacional|Comitato olimpico internazionale"],
  ["amnesty", "Amnesty International", "", "Amnesty International|Amnistía Internacional"],
  ["hrw", "Human Rights Watch", "HRW", "Human Rights Watch"],
  ["msf", "Médecins Sans Frontières", "MSF", "Médecins sans frontières|Doctors Without Borders|Ärzte ohne Grenzen|Médicos Sin Fronteras|Lekarze bez Granic"],
  ["greenpeace", "Greenpeace", "", "Greenpeace"],
  ["fed", "Federal Reserve", "", "Federal Reserve|Réserve fédérale|US-Notenbank|Reserva Federal|Rezerwa Federalna"],
  ["cica", "CICA", "CICA|CIMA|СВМДА", "Conference on Interaction and Confidence-Building Measures in Asia|Conférence pour l'interaction et les mesures de confiance en Asie"],
];

/**
 * News agencies: credited in datelines and bylines, never people, and not entities of the story
 * itself (every wire story names one), so they are dropped rather than counted as organisations.
 */
export const NEWS_AGENCIES: readonly string[] = [
  "AFP", "Reuters", "dpa", "AP", "ANSA", "EFE", "TASS", "ТАСС", "RIA", "Interfax", "Kyodo", "Yonhap", "PAP",
  "Anadolu", "AA", "DHA", "APA", "KNA", "epd", "SDA", "Belga", "Lusa", "Agerpres", "MTI", "CTK", "UPI", "Bloomberg",
  "Sputnik", "Europa Press", "Agence France-Presse", "Associated Press", "Deutsche Presse-Agentur",
];

/** Words that open an organisation's name, by which unknown organisations are found and kept as strings. */
export const ORG_HEADS: readonly string[] = [
  // fr
  "Organisation", "Ministère", "Banque", "Conseil", "Commission", "Parlement", "Agence", "Fonds", "Union", "Parti",
  "Assemblée", "Cour", "Tribunal", "Université", "Institut", "Association", "Fédération", "Comité", "Office", "Société",
  // en
  "Ministry", "Organization", "Bank", "Council", "Parliament", "Agency", "Fund", "Party", "Assembly", "Court",
  "University", "Institute", "Federation", "Committee", "Department", "Corporation", "Foundation", "League",
  // de
  "Ministerium", "Bundesministerium", "Partei", "Kommission", "Universität", "Stiftung", "Verband", "Bundesamt", "Amt",
  "Kanzlei", "Klinik",
  // es, it, pt
  "Ministerio", "Organización", "Banco", "Consejo", "Comisión", "Partido", "Universidad", "Instituto", "Fondo",
  "Ministero", "Organizzazione", "Banca", "Consiglio", "Commissione", "Partito", "Università", "Istituto",
  "Ministério", "Organização", "Comissão", "Universidade",
  // newspapers ("Corriere della Sera", "Gazzetta dello Sport", "Diario de Sevilla", "Folha de S.Paulo", "Jornal do Brasil")
  "Corriere", "Gazzetta", "Giornale", "Diario", "Folha", "Jornal",
  // Arabic group names as Latin letters write them ("Hayat Tahrir al-Sham", "Jabhat al-Nusra", "Jaish al-Adl", "Hizb ut-Tahrir")
  "Tahrir", "Jabhat", "Harakat", "Hizb", "Jaish", "Kataib", "Katibat", "Saraya", "Liwa", "Ahrar", "Jund",
  // pl
  "Ministerstwo", "Organizacja", "Rada", "Komisja", "Partia", "Uniwersytet", "Instytut", "Fundacja", "Stowarzyszenie",
  // ro, with the genitive a role's complement takes ("directorul general al Organizației Mondiale a Sănătății")
  "Organizația", "Organizației", "Ministerul", "Ministerului", "Consiliul", "Consiliului", "Comisia", "Comisiei", "Universitatea", "Universității",
];

/** Names that end with their head: Turkish ("Dışişleri Bakanlığı", "Cumhuriyet Halk Partisi"), English, German. Never a person's last word. */
export const ORG_TAILS: readonly string[] = [
  "Bakanlığı", "Partisi", "Üniversitesi", "Bankası", "Örgütü", "Birliği", "Konseyi", "Meclisi", "Derneği", "Vakfı",
  "Ministry", "Bank", "Party", "University", "Council", "Agency", "Corporation", "Group", "Institute",
  // English news media ("Fox News", "Financial Times", "Washington Post", "Chicago Tribune")
  "News", "Times", "Post", "Journal", "Tribune", "Herald", "Gazette", "Telegraph", "Chronicle",
  "Insider", "Observer", "Standard", "Express", "Mirror", "Press", "Wire", "Examiner", "Inquirer", "Courier", "Dispatch", "Sentinel", "Bulletin",
  "Ministerium", "Partei", "Bank", "Universität", "Institut", "Stiftung",
];
