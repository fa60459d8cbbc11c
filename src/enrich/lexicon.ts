/**
 * Words that tell a name from a non-name, for fr, en, de, es, it, pt, pl, tr: honorifics, roles,
 * reporting verbs, and the capitalised words that are never people. All in folded form (see fold.ts).
 * Other scripts' words come from lexicon-scripts.ts; more Latin-script languages' (scoped to their language)
 * from lexicon-europe.ts.
 */
import { foldToken } from "./fold.js";
import { SCRIPT_CALENDAR, SCRIPT_HONORIFICS, SCRIPT_NOT_NAMES, SCRIPT_REPORTING, SCRIPT_ROLES } from "./lexicon-scripts.js";

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean).map(foldToken));

/**
 * Words written after a name to tell a son from his father ("Robert F. Kennedy Jr.", "Martin Luther King Jr.", "Neymar da
 * Silva Santos Júnior", "Роберт Кеннеди-младший", "ロバート・F・ケネディ・ジュニア", "로버트 F. 케네디 주니어"): part of how
 * the name is written, not its surname. Keys leave them out (person-key.ts), so the son and the father share one: news
 * names the living one far more often, and a key on the suffix would miss the scripts that drop it.
 */
export const GENERATIONAL_SUFFIXES_WRITTEN: readonly string[] = ["Jr", "Jnr", "Sr", "Snr", "Junior", "Júnior", "младший", "старший", "молодший", "ジュニア", "주니어"];
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(GENERATIONAL_SUFFIXES_WRITTEN.map(foldToken));
/** Those that follow nothing but a name (abbreviations): after two capitalised words they mark a person's name. */
export const NAME_ONLY_SUFFIXES: ReadonlySet<string> = words("Jr Jnr Sr Snr");

/** Honorifics written before a name, with or without a full stop. */
export const HONORIFICS = words(`
  m mm mme mmes mlle monsieur madame mr mrs ms miss sir dame dr pr prof herr frau sr sra srta don dona dona senor senora
  sig sigra signor signora dott dottssa pan pani panem bay bayan sayin lord lady mgr
` + SCRIPT_HONORIFICS);

/**
 * Experts, scientists and researchers, in every language, in the cases a name follows them in: roles too ("the Nigerian
 * expert Dimie Ogoina", "Experten Sabine Fischer-Volk", "ekspert Jan Kowalski"), but only right before the name or across
 * a nationality, where an office's reaches further: "un expert néerlandais désigné par l'Union cycliste" names no
 * person, and "Wissenschaftler der Universität Bonn" no scientist. Nouns only: "scientifique" and "científico" are
 * adjectives as often ("revue scientifique").
 */
const EXPERT_WORDS = `
  expert experte expertin experten esperto esperta experto experta especialista ekspert eksperta ekspertem ekspertka uzman
  scientist wissenschaftler wissenschaftlerin scienziato scienziata cientista naukowiec naukowca
  researcher chercheur chercheuse forscher forscherin investigador investigadora ricercatore ricercatrice pesquisador pesquisadora badacz
  deskundige wetenschapper onderzoeker experten forskare forskaren eksperten forsker forskeren asiantuntija asiantuntijan tutkija tutkijan
  odborník odborníka odborníkem experta vědec vědce vedec vedca expertul expertului specialistul cercetătorul cercetătorului
  szakértő szakértője kutató stručnjak stručnjaka znanstvenik naučnik strokovnjak strokovnjaka ekspertas eksperto eksperts ekspert eksperdi
  pakar peneliti ilmuwan mtaalamu mtaalam mwanasayansi
  эксперт эксперта экспертом експерт експерта експертом науковець науковця експертът стручњак стручњака ειδικος ειδικου ειδικο επιστημονας επιστημονα
  الخبير الخبيرة کارشناس پژوهشگر מומחה המומחה מומחית המומחית विशेषज्ञ वैज्ञानिक বিশেষজ্ঞ বিজ্ঞানী நிபுணர் விஞ்ஞானி ผู้เชี่ยวชาญ
  ექსპერტი ექსპერტმა ექსპერტს փորձագետ փորձագետը ባለሙያ
`;
export const EXPERTS = words(EXPERT_WORDS);

/** Roles and functions that introduce a name ("le ministre X", "President X", "Bundeskanzlerin X"). */
export const ROLES = words(`
  prime vice president presidente presidenta presidente prezydent prasident prasidentin prasidenten cumhurbaskani baskan baskani president presidente
  ministre minister ministro ministra ministerin bakan bakani ministre-president ministerprasident ministerprasidentin
  premier premiere chancelier chanceliere chancellor kanzler kanzlerin bundeskanzler bundeskanzlerin kanclerz canciller cancelliere chanceler basbakan
  secretaire secretary secretario secretaria segretario sekretarz generalsekretar sekreter sekreteri
  porte-parole spokesman spokeswoman spokesperson sprecher sprecherin portavoz portavoce porta-voz rzecznik sozcusu
  ambassadeur ambassadrice ambassador botschafter botschafterin embajador ambasciatore embaixador ambasador buyukelcisi
  roi reine king queen konig konigin rey reina re regina rei rainha krol krolowa kral
  prince princesse prinz prinzessin principe principessa ksiaze
  pape pope papst papa papiez
  general generale generalin genera
  directeur directrice director direktor direktorin direttore direttrice diretor dyrektor
  chef cheffe chief head jefe jefa capo szef szefowa
  maire mayor burgermeister burgermeisterin alcalde alcaldesa sindaco prefeito burmistrz prezydent
  senateur senatrice senator senatorin senador senatore
  depute deputee deputy abgeordnete abgeordneter diputado diputada deputato deputado posel poslanka milletvekili
  gouverneur governor gouverneurin gobernador governatore governador gubernator vali valisi kaymakam kaymakami
  yardimcisi baskanvekili direktoru muduru komutani yonetmen uyesi uyeleri
  juge judge justice richter richterin juez giudice juiz sedzia sedziego sedzia yargic hakim
  homologue counterpart amtskollege amtskollegin homologo omologo odpowiednik mevkidasi
  successeur predecesseur successor predecessor nachfolger nachfolgerin vorganger vorgangerin sucesor sucesora predecesor
  predecesora successore predecessore sucessor antecessor nastepca nastepczyni poprzednik poprzedniczka halefi selefi
  conseiller conseillere adviser advisor berater beraterin asesor consigliere conselheiro doradca
  leader dirigeant dirigeante anfuhrer lider lideri leiter leiterin mandatario mandataria
  opposant candidat candidate kandidat kandidatin candidato candidata kandydat aday
  acteur actrice actor actress schauspieler schauspielerin attore attrice aktor aktorka
  chanteur chanteuse singer sanger sangerin cantante cantor piosenkarz
  entraineur coach trainer trainerin allenatore entrenador treinador trener
  ecrivain auteur author writer autor autorin scrittore escritor pisarz
  professeur professor professorin profesor professore
  journaliste journalist journalistin periodista giornalista jornalista dziennikarz
  realisateur realisatrice cineaste filmmaker regisseur regisseurin cineasta regista realizador realizadora rezyser rezyserka
  actriz atriz ator actrices acteurs actores atores actors actresses oyuncu
  producteur productrice producer produzent produzentin productor productora produttore produttrice produtor produtora producent
  compositeur compositrice composer komponist komponistin compositor compositora compositore kompozytor besteci
  musicien musicienne musician musiker musikerin musico musicista muzyk
  artiste artist kunstler kunstlerin artista artysta artystka sanatci
  peintre painter maler malerin pintor pintora pittore pittrice malarz
  photographe photographer fotograf fotografin fotografo fotografa
  sarkici romancier romanciere novelist schriftsteller schriftstellerin novelista romanziere romancista
  ceo pdg patron vorstandschef chairman chairwoman amministratore amministratrice topman topvrouw
  emir sultan sheikh cheikh scheich jeque sceicco xeque szejk sjeik seyh emiro emiri
  mufti imam rabbin rabbi pastor
  cardinal kardinal cardinale cardeal cardenal kardynal kardinaali kardinalen cardinalul kadinali
  archbishop erzbischof archeveque arzobispo arcivescovo arcebispo arcybiskup
` + SCRIPT_ROLES + EXPERT_WORDS);

/** Roles recognised as a word and as the end of a compound ("Minister", "Außenminister", "Gesundheitsministerin"). */
export const ROLE_SUFFIXES = [
  "vorsitzender", "vorsitzende", "grunderin", "grunder", "minister", "ministerin", "kanzler", "kanzlerin", "prasident", "prasidentin", "prasidenten",
  "sprecher", "sprecherin", "chef", "chefin", "bakani", "voorzitter", "woordvoerder", "woordvoerster",
  // German compounds a role heads ("Moderatorin", "Hauptkommissar", "Tennisprofi", "Drehbuchautor", "Digital-Vorstand");
  // not "-mann", which ends as many surnames (Hoffmann) as roles (Feuerwehrmann).
  "moderator", "moderatorin", "kommissar", "kommissarin", "profi", "coach", "trainer", "trainerin", "autor", "autorin",
  "vorstand", "fuhrer", "fuhrerin", "leiter", "leiterin", "direktor", "direktorin", "intendant", "intendantin", "vize", "boss",
  "regisseur", "regisseurin", "darsteller", "darstellerin", "produzent", "produzentin",
  // Members, councillors, candidates and champions ("Vorstandsmitglied", "Aufsichtsrätin", "Bundestagsabgeordneter",
  // "Spitzenkandidat", "WBO-Weltmeister", "Nationalspieler"). A council's member by the woman's form only: "der
  // Aufsichtsrat", "der Stadtrat" are the boards as often; and by name, since a bare "-rat" ends given names (Bharat).
  "mitglied", "abgeordneter", "abgeordnete", "kandidat", "kandidatin", "stadtratin", "gemeinderatin",
  "landrat", "landratin", "aufsichtsratin", "betriebsratin", "weltmeister", "weltmeisterin",
  "europameister", "europameisterin", "olympiasieger", "olympiasiegerin", "spieler", "spielerin", "youtuber", "youtuberin",
  // Lawyers, experts and clergy ("Rechtsanwalt", "Staatsanwältin", "Trendexpertin", "Bischöfin", "Landesbischof").
  "anwalt", "anwaltin", "experte", "expertin", "bischof", "bischofin",
];

/**
 * Reporting verbs and "according to": a name next to one is a person. In the Slavic languages the verbs of meeting and
 * talking too, whose partner is named in a declined case ("встретился с Дональдом Туском", "spotkał się z Donaldem
 * Tuskiem"), where a run of capitals alone proves little.
 */
export const REPORTING = words(`
  dit dire declare declaree indique affirme ajoute souligne note estime explique annonce precise rappele rappelle
  assure declare affirme estime selon a-t-il a-t-elle raconte confie insiste
  said says say told tells added stated noted announced explained according insisted warned argued wrote
  sagte sagt erklarte erklart betonte betont teilte meinte sprach laut zufolge warnte forderte
  dijo dice afirmo declaro senalo aseguro explico indico anadio segun advirtio
  detto dichiarato affermato spiegato sottolineato dice secondo ha
  disse afirmou declarou explicou segundo acrescentou
  powiedzial powiedziala stwierdzil stwierdzila podkreslil podkreslila zaznaczyl mowi wedlug dodal dodala
  dedi soyledi acikladi belirtti ifade kaydetti vurguladi
  rekl rekla uvedl uvedla prohlasil prohlasila povedal povedala uviedol uviedla
  rekao rekla izjavio izjavila kazao kazala dejal dejala
  spotkal spotkala rozmawial rozmawiala podziekowal podziekowala
  setkal setkala jednal jednala hovoril hovorila podekoval stretol stretla rokoval
  sastao sastala razgovarao razgovarala srecal srecala pogovarjal
` + SCRIPT_REPORTING);

/** Name particles allowed inside a person's name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
// Cyrillic writes the particles of foreign names as they sound ("Урсула фон дер Ляйен", "Ван дер Беллен").
export const NAME_PARTICLES = words(`de del della di da das do dos du van von der den ter bin ben ibn al el la le фон дер ван ден де дель да ди дос ду бин бін бен ибн ібн аль эль ντα ντε ντι φον βαν αλ ελ μπιν μπεν`);

const MONTHS = `
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  january february march april may june july august september october november december
  januar februar marz juni juli oktober dezember
  enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
  gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
  janeiro fevereiro marco maio junho julho setembro outubro dezembro
  styczen luty marzec kwiecien maj czerwiec lipiec sierpien wrzesien pazdziernik listopad grudzien
  stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia
  ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik
  feb apr jul aug sep sept oct nov dec okt dez janv fevr avr juil ene dic`;
const WEEKDAYS = `
  lundi mardi mercredi jeudi vendredi samedi dimanche
  monday tuesday wednesday thursday friday saturday sunday
  montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
  lunes martes miercoles jueves viernes sabado domingo
  lunedi martedi mercoledi giovedi venerdi sabato domenica
  segunda terca quarta quinta sexta
  poniedzialek wtorek sroda czwartek piatek sobota niedziela
  pazartesi sali carsamba persembe cuma cumartesi pazar`;

/** Months (and their abbreviations, less "Jan" and "Jun", which are also given names) and weekdays: capitalised in some languages, never people or places. */
export const CALENDAR_WORDS = words(MONTHS + WEEKDAYS + SCRIPT_CALENDAR);

/** The months and weekdays of the languages that write them with a capital (English, German, Turkish), and abbreviations. */
const CAPITALISED_CALENDAR = words(`
  january february march april may june july august september october november december
  januar februar marz maerz april mai juni juli august september oktober november dezember
  monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
  ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik pazartesi sali carsamba persembe cuma cumartesi pazar
  feb apr jul aug sep sept oct nov dec okt dez janv fevr avr juil ene dic`);

/**
 * Calendar words only languages that write them in lower case have (French, Spanish, Italian, Portuguese, Polish):
 * written with a capital past a sentence's start they are no month or weekday but a name, as many are given names and
 * surnames ("Marco Rubio", Portuguese março folded; "Julio Iglesias", "Plácido Domingo", "Luigi Di Maio").
 */
export const LOWER_CASE_CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [...words(MONTHS + WEEKDAYS)].filter((w) => !CAPITALISED_CALENDAR.has(w) && !words(SCRIPT_CALENDAR).has(w)),
);
/** Those that are weekdays: a weekday opens holidays' names ("Domingo de Pascua", "Martes Financiero"), a surname only after a given name. */
export const LOWER_CASE_WEEKDAYS: ReadonlySet<string> = new Set([...words(WEEKDAYS)].filter((w) => LOWER_CASE_CALENDAR_WORDS.has(w)));

/**
 * Capitalised words that are not names even mid-sentence: pronouns, courtesy forms, religious and
 * generic words, and common words of headlines. Sentence-initial words need no list (see tokens.ts).
 */
export const NOT_NAMES = words(`
  i ich sie ihr ihnen du dich dir wir euch usted ustedes lei
  god dieu gott dios dio deus bog allah tanri
  internet covid covid-19 coronavirus corona sars mers ebola hiv aids pib gdp bip
  etat etats state staat estado stato
  ouest est nord sud west east north south ost
  olympiques olympics olympic olympia olympischen
  jeux games spiele juegos giochi jogos
  route ceinture belt road
  premier guerre war krieg guerra
  mondiale world welt mundial mondo mundo
  affaires affairs angelegenheiten asuntos affari
  gouvernement government regierung gobierno governo exteriores etrangeres auswartigen
  ok tv ceo pr
  facebook twitter instagram whatsapp youtube tiktok telegram linkedin twitterze facebooku instagramie
  kremlin kreml cremlino kremla kremlu
` + SCRIPT_NOT_NAMES);

/** German noun endings: two capitalised German nouns in a row are common, names with these endings are not. */
export const GERMAN_NOUN_ENDINGS = ["ung", "ungen", "heiten", "keiten", "schaften", "ionen", "eln", "iert", "heit", "keit", "schaft", "tat", "ion", "ismus", "nahme", "ment", "erei", "chen", "lich", "isch", "tum", "nis", "ium", "krise", "suche"];
/**
 * Endings of German present participles, capitalised at a sentence's start or in a title ("Strahlende Farben"): read
 * without a cue only, as a few surnames end so (Michael Ende, Børge Brende).
 */
export const GERMAN_ADJECTIVE_ENDINGS = ["ende", "enden"];

/**
 * Endings of German adjectives and participles inflected, which no name takes whatever cue stands by ("Bisherigen
 * Feststellungen zufolge", "Künstlicher Intelligenz", "Reflexartige Rufe", "Installierte Updates", "Dreifacher Mord",
 * "Regulierbarer Hüftgurt"). Not "-ischer" and "-iger": Fischer, Geiger.
 */
export const GERMAN_INFLECTED_ADJECTIVE_ENDINGS = ["ig", "lich", "isch", "iert", "fach", "bar"].flatMap(inflected).filter((e) => e !== "ischer" && e !== "iger");

/** A German adjective stem's inflected forms: -e, -en, -er, -es, -em. */
function inflected(stem: string): string[] {
  return ["e", "en", "er", "es", "em"].map((ending) => stem + ending);
}

/**
 * Turkish words no name is, by their suffixes (keys are folded: ı → i, ğ → g): an abstract noun in -lık with a
 * possessive or case after it ("Bakanlığı", "Cumhurbaşkanlığı", "Başkonsolosluğu", "Bakanlığımızın"), a plural
 * with a possessive or case ("Fiyatları", "Müfettişleri", "İşlemlerde"; a bare plural stays, Güler is a surname),
 * the locative adjective ("Bakanlıktaki", "İstanbul'daki"), and a compound's possessive with a case after it
 * ("Kurulundan", "Merkezinde", "Federasyonunca", "Virüsünün"; not the dative: "Sabine" ends so). Also a compound's head
 * with its possessive after a vowel ("Deprem Listesi", "Kandilli Rasathanesi", "Malkara İlçesi"; Aksu ends on a
 * consonant and s), and a bare plural of a longer stem ("İnsanlar", "Kurumsal Denetçiler"; Güler is a surname): one
 * word each, not a hyphenated name's last part ("es-Sisi").
 */
export const TURKISH_NON_NAME = /(?:l[iu]g[iu](?:m[iu]z)?(?:[iu]?n(?:d[ae](?:n|ki)?)?)?|l[iu]k(?:t[ae]ki|l[ae]r)|l[ae]r(?:i(?:n(?:i|d[ae]n?|e)?)?|d[ae]n?|[ae])|[dt][ae]ki|[iu]n(?:d[ae]n?|c[ae]|[iu]n))$|^[^ ]{3,}[aeiou]s[iu]$|^[^ ]{5,}l[ae]r$/u;
