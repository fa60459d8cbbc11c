import { foldToken } from "./fold.js";

/**
 * The word classes of lexicon.ts for more languages written in the Latin script: nl, sv, da, nb, fi, cs, sk,
 * ro, hu, hr/sr/bs, sl, id/ms, vi, sw; and the case forms news writes roles in where the language inflects
 * them (Polish "prezydenta", Czech "premiéra", Romanian "președintele", Greek "πρόεδρο"). General vocabulary
 * of each language, written as it is spelt (folded here as lexicon.ts folds), never words of any article.
 */

/**
 * Roles and functions that introduce a name, by language, with the cases a name follows them in. Scoped to their
 * language, unlike lexicon.ts's shared lists: across languages these words are other words (Spanish "cancelar",
 * to cancel; Italian "noi", we; "SA", a company's form).
 */
const ROLES_BY_LANGUAGE: Readonly<Record<string, string>> = {
  // English offices before a name, and the abbreviations US and British news writes them in ("Sen. Tim Scott", "Florida
  // Gov. Ron DeSantis", "Det. Insp. Jane Lee", "House Speaker Nancy Pelosi", "Tánaiste Leo Varadkar"). English only:
  // "det" is Danish "it", "sen" Turkish "you", "col" Spanish "cabbage".
  en: `chair chairperson speaker congressman congresswoman councilman councilwoman councillor councilor alderman
    commissioner inspector insp detective det sergeant sgt constable officer sheriff deputy superintendent supt supervisor
    sen gov rep reps lt lieutenant capt captain col colonel cmdr commander adm admiral cpl corporal
    attorney prosecutor lawyer treasurer comptroller trustee dean provost bishop reverend rev
    manager administrator executive founder co-founder cofounder economist analyst mp mps mep meps taoiseach tanaiste`,
  // Spanish, Portuguese and Italian offices and trades the shared table lacks: councillors, deputies and vice-presidents, the
  // feminine and plural forms, and "vocero" (Latin America's spokesman).
  es: `concejal concejala concejales edil ediles regidor regidora gobernadora gobernadores vicepresidente vicepresidenta
    vicepresidentes presidentes ministros ministras viceministro viceministra vicecanciller subsecretario subsecretaria
    secretarios fiscal magistrado magistrada procurador procuradora consejero consejera intendente comisionado comisionada
    delegado delegada exministro exministra expresidente expresidenta diputados senadores alcaldes vocero vocera
    coordinador coordinadora gerente rector rectora obispo comandante coronel capitan teniente sargento empresario
    empresaria abogado abogada economista`,
  pt: `vereador vereadora governadora governadores presidentes ministros ministras prefeita prefeitos deputados
    senadores secretarios procurador procuradora desembargador desembargadora delegado delegada vice-presidente
    vice-presidenta advogado advogada empresario empresaria economista bispo comandante coronel capitao`,
  it: `sindaca assessore assessora governatrice sottosegretario sottosegretaria viceministro viceministra vicepresidente
    vicepresidentessa presidentessa ministri magistrato procuratore procuratrice avvocato avvocata imprenditore
    imprenditrice economista vescovo comandante colonnello capitano`,
  nl: `premier minister-president kanselier bondskanselier koning koningin woordvoerder woordvoerster burgemeester
    staatssecretaris voorzitter secretaris-generaal president minister ambassadeur
    regisseuse zanger zangeres schrijver schrijfster kunstenaar kunstenares componist bondscoach
    rechter
    leider oppositieleider partijleider fractieleider`,
  sv: `premiärminister statsminister utrikesminister kansler förbundskansler kung drottning talesperson talesman vd
    ambassadör borgmästare generalsekreterare ordförande president minister
    regissör regissören skådespelare skådespelaren skådespelerska skådespelerskan sångare sångaren sångerska sångerskan författare författaren producent producenten konstnär konstnären tränare tränaren förbundskapten
    generaldirektör generaldirektören
    domare domaren
    presidenten premiärministern statsministern utrikesministern kanslern förbundskanslern kungen drottningen talespersonen ambassadören borgmästaren generalsekreteraren ordföranden ministern
    ledare ledaren oppositionsledare oppositionsledaren partiledare partiledaren`,
  da: `præsident premierminister statsminister udenrigsminister kansler forbundskansler konge dronning talsmand
    ambassadør borgmester generalsekretær formand minister
    instruktør instruktøren skuespiller skuespilleren skuespillerinde sanger sangeren sangerinde forfatter forfatteren kunstner kunstneren træner træneren landstræner
    generaldirektør
    dommer dommeren
    præsidenten premierministeren statsministeren udenrigsministeren kansleren kongen dronningen ambassadøren borgmesteren generalsekretæren formanden ministeren
    leder lederen oppositionsleder oppositionslederen partileder partilederen`,
  nb: `president statsminister utenriksminister kansler forbundskansler konge dronning talsperson ambassadør
    ordfører generalsekretær minister
    regissør regissøren skuespiller skuespilleren sanger sangeren forfatter forfatteren kunstner kunstneren trener treneren landslagssjef
    generaldirektør
    dommer dommeren
    presidenten statsministeren utenriksministeren kansleren kongen dronningen ambassadøren ordføreren generalsekretæren ministeren
    leder lederen opposisjonsleder opposisjonslederen partileder partilederen`,
  fi: `presidentti presidentin pääministeri pääministerin ministeri ministerin ulkoministeri ulkoministerin
    liittokansleri liittokanslerin kuningas kuningatar tiedottaja suurlähettiläs pormestari pääsihteeri
    ohjaaja ohjaajan elokuvaohjaaja näyttelijä näyttelijän laulaja laulajan kirjailija kirjailijan tuottaja säveltäjä taiteilija valmentaja valmentajan päävalmentaja päävalmentajan
    pääjohtaja pääjohtajan
    tuomari tuomarin
    johtaja johtajan oppositiojohtaja oppositiojohtajan puoluejohtaja puoluejohtajan`,
  cs: `prezident prezidenta prezidentem prezidentovi prezidentka premiér premiéra premiérem premiérka ministr ministra
    ministrem ministryně kancléř kancléře kancléřem král krále králem mluvčí velvyslanec velvyslance starosta
    tajemník předseda předsedy předsedou šéf šéfa kancléřka předsedkyně velvyslankyně
    režisér režiséra režisérem režisérka režisérkou herec herce hercem herečka herečky herečkou zpěvák zpěvačka spisovatel spisovatelka skladatel trenér trenéra trenérem guvernér guvernéra guvernérem
    ředitel ředitele ředitelem ředitelka ředitelky
    soudce soudkyně`,
  sk: `prezident prezidenta premiér premiéra minister ministra kancelár kancelára kráľ hovorca veľvyslanec primátor
    predseda šéf prezidentka premiérka ministerka kancelárka predsedníčka hovorkyňa
    režisér režiséra režisérka herec herca hercom herečka herečky herečkou spevák speváčka spisovateľ tréner trénera trénerom guvernér
    riaditeľ riaditeľa riaditeľka
    sudca sudkyňa`,
  ro: `președinte președintele președintelui premier premierul premierului ministru ministrul ministrului cancelar
    cancelarul cancelarului rege regele regelui ambasador ambasadorul primar primarul secretarul liderul șeful
    președinta președintei premiera premierei ministra ministrei
    regizor regizorul regizorului regizoarea actorul actorului actriță actrița actriței cântăreț cântărețul cântăreața scriitor scriitorul scriitoarea producător producătorul compozitor compozitorul artist artistul antrenor antrenorul antrenorului selecționer selecționerul guvernator guvernatorul guvernatorului
    directorul directorului
    judecător judecătorul judecătoarea judecătorului`,
  hu: `elnök elnöke elnököt elnökkel miniszterelnök miniszterelnöke miniszterelnököt miniszter külügyminiszter
    kancellár király királynő szóvivő nagykövet polgármester főtitkár miniszterelnökkel miniszterelnöknek miniszterrel
    külügyminiszterrel kancellárral főtitkárral nagykövettel vezérigazgató vezérigazgatója elnöknek
    rendező rendezője rendezőt filmrendező színész színésze színésznő színésznője énekes énekesnő író írónő zeneszerző edző edzője vezetőedző vezetőedzője
    igazgató igazgatója főigazgató főigazgatója
    bíró bírája`,
  hr: `predsjednik predsjednika predsjednikom premijer premijera premijerom ministar ministra ministrom kancelar
    kancelara kralj kralja glasnogovornik veleposlanik gradonačelnik predsjednica predsjednice premijerka premijerke
    ministrica ministrice kancelarka kancelarke glasnogovornica
    redatelj redatelja redateljem redateljica glumac glumca glumica glumice pjevač pjevačica pisac književnik skladatelj trenera izbornik izbornika
    ravnatelj ravnatelja
    sudac suca sutkinja`,
  sr: `predsednik predsednika predsednikom premijer premijera premijerom ministar ministra ministrom kancelar
    kancelara kralj kralja portparol ambasador gradonačelnik predsednica predsednice premijerka premijerke ministarka
    kancelarka
    režiser režisera reditelj reditelja rediteljka glumac glumca glumica glumice pevač pevačica pisac književnik kompozitor trenera selektor selektora
    direktor direktora
    sudija sudije`,
  sl: `predsednik predsednika premier ministra minister kancler kanclerja kralj veleposlanik župan predsednica predsednice
    premierka premierke ministrica ministrice kanclerka kanclerke
    režiser režiserja režiserka igralec igralca igralka igralke pevec pevka pisatelj pisateljica trenerja selektor
    sodnik sodnika sodnica`,
  // Lithuanian, Latvian and Estonian, in the cases a name follows them in (Lithuanian "su prezidentu", with the president).
  lt: `prezidentas prezidento prezidentu prezidentui prezidentė premjeras premjero premjeru premjerui premjerė ministras
    ministro ministru ministrė kancleris kanclerio kancleriu karalius ambasadorius meras atstovas pirmininkas pirmininkė
    režisierius režisieriaus režisierė aktorius aktoriaus aktorė aktorės dainininkas dainininkė rašytojas rašytoja treneris trenerio
    teisėjas teisėja`,
  lv: `prezidents prezidenta prezidentu prezidentam prezidente premjerministrs premjerministra premjerministru premjerministre
    ministrs ministra ministru ministre kanclers kanclera karalis vēstnieks mērs priekšsēdētājs
    režisors režisora režisore aktieris aktiera aktrise aktrises dziedātājs dziedātāja rakstnieks rakstniece treneris trenera
    tiesnesis`,
  et: `president presidendi presidendiga peaminister peaministri peaministriga välisminister välisministri minister ministri
    kantsler kantsleri kuningas suursaadik linnapea esimees
    režissöör režissööri lavastaja näitleja näitlejanna laulja kirjanik treener treeneri
    kohtunik`,
  id: `presiden menteri kanselir raja ratu ketua gubernur pemimpin jenderal sekjen
    sutradara aktris penyanyi penulis produser seniman pelukis pelatih atlet
    direktur pelaksana utama
    hakim`,
  pl: `prezydenta prezydentem prezydentowi premiera premierem ministra ministrem kanclerza kanclerzem rzecznika
    ambasadora sekretarza szefa szefowej króla przewodniczący przewodnicząca przewodniczącego przewodniczącej
    rzeczniczka premierka prezydentka ministerka prezes prezesa prezesem prezeska marszałek marszałka marszałkiem
    reżysera reżyserem reżyserki aktorki aktorką aktora aktorem aktorowi piosenkarka piosenkarki piosenkarza pisarza pisarki pisarka producenta kompozytora
    dyrektora dyrektorem`,
  el: `πρόεδρο πρωθυπουργό πρωθυπουργού υπουργό καγκελάριο καγκελαρίου πρέσβη βασιλιά βασιλιάς
    σκηνοθέτης σκηνοθέτη σκηνοθέτιδα ηθοποιός ηθοποιό ηθοποιού τραγουδιστής τραγουδίστρια τραγουδιστή συγγραφέας συγγραφέα παραγωγός συνθέτης συνθέτη προπονητής προπονητή κυβερνήτης κυβερνήτη δήμαρχος δήμαρχο
    διευθυντής διευθυντή
    δικαστής δικαστή`,
  // Swahili: "Waziri Mkuu" (prime minister), "Mkuu" (chief) capitalised after it is the role's, not a name.
  sw: `rais waziri mkuu balozi msemaji katibu gavana seneta mbunge spika mfalme malkia meya mwenyekiti kansela
    mwigizaji mwanamuziki mwimbaji mwandishi kocha
    mkurugenzi mtendaji
    jaji hakimu
    kiongozi`,
  // Azerbaijani, Uzbek and Kazakh: the role with its possessive ending after a country ("Rusiya Prezidenti", "Ресей Президенті").
  az: `prezident prezidenti prezidentinin nazir naziri nazirinin kansler kansleri səfir səfiri sədr sədri`,
  uz: `prezident prezidenti prezidentining vazir vaziri vazirining kansler kansleri elchi elchisi rais raisi`,
  kk: `президент президенті президентінің премьер-министр премьер-министрі министр министрі канцлер канцлері елші елшісі төраға төрағасы`,
};

/** Honorifics written before a name: Dutch "dhr."/"mevrouw", Vietnamese "ông"/"bà" (Mr, Mrs), Indonesian "Bapak"/"Pak", "Ibu". */
const HONORIFICS_BY_LANGUAGE: Readonly<Record<string, string>> = {
  nl: `dhr mevr mevrouw meneer`,
  vi: `ông bà`,
  id: `bapak pak ibu`,
  // Swahili "Bw." (bwana, Mr), "Bi." (bibi, Mrs), "Mhe." (mheshimiwa, the Honourable), "Dkt." (Dr).
  sw: `bw bwana bi mhe mheshimiwa dkt`,
};

/** Verbs of saying next to a name. */
const REPORTING_BY_LANGUAGE: Readonly<Record<string, string>> = {
  nl: `zei zegt verklaarde`,
  sv: `sade sa säger uttalade`,
  da: `sagde siger udtalte`,
  nb: `sa sier uttalte`,
  fi: `sanoi sanoo kertoi`,
  cs: `řekl řekla uvedl uvedla prohlásil prohlásila`,
  sk: `povedal povedala uviedol uviedla`,
  ro: `declarat spus afirmat`,
  hu: `mondta közölte nyilatkozta`,
  hr: `rekao rekla izjavio izjavila`,
  sr: `rekao rekla izjavio izjavila`,
  sl: `dejal dejala povedal povedala`,
  lt: `sakė pareiškė teigė pažymėjo`,
  lv: `sacīja paziņoja norādīja teica`,
  et: `ütles teatas sõnas`,
  id: `berkata mengatakan menurut`,
  sw: `alisema amesema anasema alieleza ameeleza aliongeza alisisitiza`,
};

/** Months and weekdays, capitalised in some of these languages: never people or places. */
const CALENDAR_BY_LANGUAGE: Readonly<Record<string, string>> = {
  nl: `januari februari maart april mei juni juli augustus september oktober november december
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag`,
  id: `januari februari maret april mei juni juli agustus september oktober november desember
    senin selasa rabu kamis jumat sabtu minggu`,
  ro: `ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie
    luni marți miercuri joi vineri sâmbătă duminică`,
  hu: `január február március április május június július augusztus szeptember október november december
    hétfő kedd szerda csütörtök péntek szombat vasárnap`,
  sw: `januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba
    jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili`,
  uz: `yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr
    dushanba seshanba chorshanba payshanba juma shanba yakshanba`,
  kk: `қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан
    дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі`,
};

/** The words of one language, folded as lexicon.ts folds its own. */
export interface LocalLexicon {
  roles: ReadonlySet<string>;
  /** Words of the shared role and honorific lists that are common words here (German "reine", pure; French "prime", bonus). */
  notCues: ReadonlySet<string>;
  /** Roles written in two words, as written (Vietnamese "tổng thống"), or null where the language has none listed. */
  rolePairs: ReadonlySet<string> | null;
  honorifics: ReadonlySet<string>;
  /**
   * Honorifics that cue a name only as written, tones included, or null: Vietnamese "bà" (Mrs) folds to the "Ba" of
   * "thứ Ba" (Tuesday, "day three"), whose full stop before the next sentence is no abbreviation's.
   */
  honorificsAsWritten: ReadonlySet<string> | null;
  reporting: ReadonlySet<string>;
  calendar: ReadonlySet<string>;
  /** The language declines a role in Latin letters ("kancelarom", "premierjem"): a role plus a case ending is one. */
  declinesRoles: boolean;
}

const EMPTY_LEXICON: LocalLexicon = { roles: new Set(), notCues: new Set(), rolePairs: null, honorifics: new Set(), honorificsAsWritten: null, reporting: new Set(), calendar: new Set(), declinesRoles: false };
/** Slavic languages written in Latin letters. */
const LATIN_SLAVIC: ReadonlySet<string> = new Set(["pl", "cs", "sk", "hr", "sr", "bs", "sl"]);

/**
 * Words of lexicon.ts's shared role and honorific lists that another language writes as common words, capitalised at
 * a sentence's start or, in German, as nouns: there they cue no name ("reine Augenwischerei", "die Dame", "Papa";
 * "la prime Macron"; English "Don", a given name).
 */
const NOT_CUES_BY_LANGUAGE: Readonly<Record<string, string>> = {
  de: "reine dame papa re rei don pan bay",
  en: "reine papa re rei don pan pani bay sayin",
  fr: "prime papa re rei don pan bay",
  nl: "reine dame papa re rei don pan bay",
  sv: "reine papa re rei don pan bay",
  // Hungarian "-re" (onto) is written after a hyphen on numbers and names ("2-1-re", "Bayern-re").
  hu: "re rei reine papa don pan bay dame",
};
const lexicons = new Map<string, LocalLexicon>();
/** Norwegian Bokmål is tagged "no" as often as "nb"; Bosnian writes as Croatian does; Malay as Indonesian. */
const SAME_WORDS: Readonly<Record<string, string>> = { no: "nb", bs: "hr", ms: "id" };

/** The role, honorific, reporting and calendar words of `lang` beyond lexicon.ts's shared lists. */
export function localLexicon(lang: string): LocalLexicon {
  const l = SAME_WORDS[lang] ?? lang;
  let lexicon = lexicons.get(l);
  if (lexicon === undefined) {
    const set = (table: Readonly<Record<string, string>>) => new Set((table[l] ?? "").split(/\s+/).filter(Boolean).map(foldToken));
    const rolePairs = l === "vi" ? VIETNAMESE_ROLES : null;
    lexicon = ROLES_BY_LANGUAGE[l] ?? HONORIFICS_BY_LANGUAGE[l] ?? REPORTING_BY_LANGUAGE[l] ?? CALENDAR_BY_LANGUAGE[l] ?? NOT_CUES_BY_LANGUAGE[l] ?? rolePairs
      ? {
          roles: set(ROLES_BY_LANGUAGE), notCues: set(NOT_CUES_BY_LANGUAGE), rolePairs, honorifics: set(HONORIFICS_BY_LANGUAGE),
          honorificsAsWritten: l === "vi" ? new Set(HONORIFICS_BY_LANGUAGE.vi!.split(/\s+/)) : null,
          reporting: set(REPORTING_BY_LANGUAGE), calendar: set(CALENDAR_BY_LANGUAGE), declinesRoles: LATIN_SLAVIC.has(l),
        }
      : EMPTY_LEXICON;
    lexicons.set(l, lexicon);
  }
  return lexicon;
}

/**
 * Vietnamese writes each syllable apart and a role in two ("tổng thống", president; "thủ tướng", prime
 * minister; "bộ trưởng" and "ngoại trưởng", minister; "chủ tịch", chairman): matched as written, tones included,
 * since folded syllables meet other words ("trưởng", head, and "trường", school, both fold to "truong").
 */
export const VIETNAMESE_ROLES: ReadonlySet<string> = new Set([
  "tổng thống", "thủ tướng", "bộ trưởng", "ngoại trưởng", "chủ tịch", "phát ngôn", "đại sứ", "thị trưởng", "thư ký", "nữ hoàng",
  // "giám đốc điều hành", chief executive: director, and executive before the company's name.
  "giám đốc", "điều hành",
  // "lãnh đạo", leader (of a party, of the opposition: "Lãnh đạo phe đối lập").
  "lãnh đạo",
  // Film and stage: "đạo diễn" (director), "diễn viên" (actor, actress), "ca sĩ" (singer), "nhà văn" (writer).
  "đạo diễn", "diễn viên", "ca sĩ", "nhà văn",
  // "huấn luyện viên", coach: read from either pair of its three syllables.
  "huấn luyện", "luyện viên",
  // "thống đốc", governor (of a state or a central bank).
  "thống đốc",
  // "chuyên gia", expert; "thẩm phán", judge; "chánh án", chief justice.
  "chuyên gia", "thẩm phán", "chánh án",
]);

/**
 * What a Vietnamese minister is minister of, written after the role with only its first syllable capitalised ("Bộ trưởng
 * Nội vụ", interior; "Ngoại giao", foreign affairs; "Quốc phòng", defence). Vietnamese capitalises every syllable of a
 * name, so such a pair is no name, and its first syllable no place ("Bộ" folds to Bo, a town in Sierra Leone).
 */
export const VIETNAMESE_ROLE_COMPLEMENTS: ReadonlySet<string> = new Set([
  "nội vụ", "ngoại giao", "quốc phòng", "tài chính", "công an", "y tế", "giáo dục", "tư pháp", "kế hoạch", "thông tin",
  "văn hóa", "văn hoá", "lao động", "giao thông", "xây dựng", "công thương", "nông nghiệp", "khoa học", "kinh tế",
  "thương mại", "năng lượng", "tài nguyên", "ngoại thương", "an ninh", "quốc hội", "chính phủ",
  // What a mayor or a governor heads ("Thị trưởng Thành phố Mexico"), and Sunday, whose syllables news capitalises too.
  "thành phố", "thủ đô", "chủ nhật",
]);

/** Whether tokens `k` and `k + 1` are a Vietnamese role or a role's complement written in two syllables. */
export function vietnamesePairAt(tokens: readonly { text: string; gap: string }[], k: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined || !/^[ \u00a0]$/.test(next.gap)) return false;
  const pair = `${tokens[k]!.text} ${next.text}`.toLowerCase();
  return VIETNAMESE_ROLES.has(pair) || VIETNAMESE_ROLE_COMPLEMENTS.has(pair);
}

/**
 * Weekdays for the event date in the languages chrono-node has no parser for, Sunday first, with the forms
 * news writes "on Thursday" in (Czech "ve čtvrtek", Hungarian "csütörtökön", Croatian "u srijedu"), and Swedish
 * definite and past forms chrono-node's parser misses ("på torsdagen", "i torsdags"). Romanian "luni" (Monday)
 * is left out ("-" holds its place in the row): it is also the plural of "month".
 */
export const EUROPE_WEEKDAYS: ReadonlyArray<readonly [string, string]> = [
  ["sv", "söndagen måndagen tisdagen onsdagen torsdagen fredagen lördagen"],
  ["sv", "söndags måndags tisdags onsdags torsdags fredags lördags"],
  ["da", "søndag mandag tirsdag onsdag torsdag fredag lørdag"],
  ["nb", "søndag mandag tirsdag onsdag torsdag fredag lørdag"],
  ["no", "søndag mandag tirsdag onsdag torsdag fredag lørdag"],
  ["cs", "neděle pondělí úterý středa čtvrtek pátek sobota"],
  ["cs", "neděli pondělí úterý středu čtvrtek pátek sobotu"],
  ["sk", "nedeľa pondelok utorok streda štvrtok piatok sobota"],
  ["sk", "nedeľu pondelok utorok stredu štvrtok piatok sobotu"],
  ["ro", "duminică - marți miercuri joi vineri sâmbătă"],
  ["hu", "vasárnap hétfő kedd szerda csütörtök péntek szombat"],
  ["hu", "vasárnap hétfőn kedden szerdán csütörtökön pénteken szombaton"],
  ["hr", "nedjelja ponedjeljak utorak srijeda četvrtak petak subota"],
  ["hr", "nedjelju ponedjeljak utorak srijedu četvrtak petak subotu"],
  ["bs", "nedjelja ponedjeljak utorak srijeda četvrtak petak subota"],
  ["bs", "nedjelju ponedjeljak utorak srijedu četvrtak petak subotu"],
  ["sr", "nedelja ponedeljak utorak sreda četvrtak petak subota"],
  ["sr", "nedelju ponedeljak utorak sredu četvrtak petak subotu"],
  ["sl", "nedelja ponedeljek torek sreda četrtek petek sobota"],
  ["sl", "nedeljo ponedeljek torek sredo četrtek petek soboto"],
  ["sw", "jumapili jumatatu jumanne jumatano alhamisi ijumaa jumamosi"],
  // Serbian in Cyrillic, as most of its press writes it.
  ["sr", "недеља понедељак уторак среда четвртак петак субота"],
  ["sr", "недељу понедељак уторак среду четвртак петак суботу"],
  // The Baltic languages: "on Thursday" is Lithuanian's accusative, Latvian's adverb, Estonian's adessive.
  ["lt", "sekmadienis pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis"],
  ["lt", "sekmadienį pirmadienį antradienį trečiadienį ketvirtadienį penktadienį šeštadienį"],
  ["lv", "svētdiena pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena"],
  ["lv", "svētdien pirmdien otrdien trešdien ceturtdien piektdien sestdien"],
  ["et", "pühapäev esmaspäev teisipäev kolmapäev neljapäev reede laupäev"],
  ["et", "pühapäeval esmaspäeval teisipäeval kolmapäeval neljapäeval reedel laupäeval"],
  ["ca", "diumenge dilluns dimarts dimecres dijous divendres dissabte"],
  // Belarusian, and Macedonian with its definite article ("во четвртокот", on Thursday).
  ["be", "нядзеля панядзелак аўторак серада чацвер пятніца субота"],
  ["be", "нядзелю панядзелак аўторак сераду чацвер пятніцу суботу"],
  ["mk", "недела понеделник вторник среда четврток петок сабота"],
  ["mk", "неделата понеделникот вторникот средата четвртокот петокот саботата"],
  // Malay names its days apart from Indonesian (Ahad, Isnin, Khamis, Jumaat), which chrono-node reads.
  ["ms", "ahad isnin selasa rabu khamis jumaat sabtu"],
];

/** Languages that set the role after the name without a comma ("Vlagyimir Putyin orosz elnök", Hungarian). */
export const ROLE_AFTER_NAME_LANGUAGES: ReadonlySet<string> = new Set(["hu"]);
