import type { RemovalReason } from "../types.js";
import { OTHER_LANGUAGE_RULES, RELATED_LABEL_OTHER_LANGUAGES } from "./boilerplate-languages.js";

/**
 * Template text news sites print around articles, in fr, en, de, es, it, pt (and nl where cheap).
 * Each rule says where it may remove a paragraph:
 *  - "edge": only in the runs of paragraphs before the body or after it (footers, prompts);
 *  - "anywhere": also in the middle of the body, so it must match the whole paragraph and be
 *    unmistakable ("Advertisement", "Share this article").
 * Patterns are tested against whitespace-collapsed text, case-insensitively.
 */
export interface BoilerplateRule {
  reason: RemovalReason;
  scope: "edge" | "anywhere";
  pattern: RegExp;
  /** Paragraphs longer than this are article text that happens to contain the words. */
  maxChars: number;
}

/** A footer or prompt paragraph is short; a long one quoting "all rights reserved" is article text. */
const EDGE_MAX_CHARS = 300;
/** Lines removable in the middle of a body are button labels and link lines, never sentences. */
const INLINE_MAX_CHARS = 160;
/** A "Lire aussi : <headline>" link line is a label plus one headline. */
const LINK_LINE_MAX_CHARS = 220;

const SOCIAL = String.raw`(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|pinterest|reddit|telegram|xing|flipboard|messenger|print|imprimer|drucken|stampa|imprimir|copy link|copier le lien|link kopieren)`;

const RELATED_LABEL = String.raw`(?:lire aussi|à lire aussi|a lire aussi|voir aussi|à voir aussi|lire la suite|sur le même sujet|à lire également|dans la même rubrique|les plus lus|read more|read also|see also|related(?: (?:articles?|stories|content|coverage|posts?|links?|topics?))?|more on this(?: story| topic)?|more from [\p{L} ]{1,30}|more stories|recommended(?: for you| stories| articles)?|most read|most popular|you may also like|you might also like|trending(?: now)?|(?:jetzt )?lesen sie (?:auch|mehr|weiter)|auch lesen|mehr zum thema|mehr dazu|auch interessant|weiterlesen|weitere (?:artikel|beiträge|infos|informationen|nachrichten|themen)(?: zum thema)?|weiterführende (?:links?|artikel|informationen)|neueste (?:artikel|beiträge)|meistgelesen|meistdiskutiert(?:e artikel)?|meist-diskutiert|beliebte (?:artikel|beiträge)|(?:das|diese[sr]?) (?:thema |artikel )?könnte (?:sie|dich) (?:auch )?interessieren|entdecke(?:n sie)? (?:weitere|jetzt|mehr)[\p{L} ]{0,30}|lee también|lea también|leer más|(?:te|le) puede interesar|también te puede interesar|noticias relacionadas|relacionad[oa]s|más noticias|leggi anche|leggi tutto|potrebbe interessarti|articoli correlati|leia também|leia mais|veja também|saiba mais|notícias relacionadas|czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|przeczytaj (?:też|także|również)|polecamy|lees ook|meer over|mehr themen|more topics|plus de sujets|ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel)|articles similaires|articles liés|artículos relacionados|similar (?:posts|articles|stories)|(?:zum|mehr zum) weiterlesen|schon gelesen|lust auf mehr|want more|(?:die )?meistgelesenen?(?: artikel| beiträge| nachrichten)?|(?:unsere )?top[- ]themen(?: der redaktion)?|mehr (?:artikel|beiträge|kolumnen|nachrichten|news|geschichten)(?: zum thema| aus [\p{L} ]{1,30})?|more (?:articles|news|posts)|(?:don't|do not) miss|otras noticias|notas relacionadas|(?:lo )?más leíd[oa]s?|te recomendamos|inne artykuły(?: autora)?|najczęściej czytane|à lire|nos derniers articles|derniers articles)`;

/** What a reader is asked to rate: the piece or the publication. */
const PIECE_WORD = String.raw`(?:artikel|beitrag|text|article|post|story|artículo|nota|articolo|artigo|artykuł|tekst|magazin|magazine|blog)`;
const PIECE = String.raw`(?<!\p{L})${PIECE_WORD}`;
/** ...and how: liked, useful, helpful. */
const LIKED = String.raw`(?<!\p{L})(?:gefällt|gefallen|gefiel|nützlich|hilfreich|helpful|useful|like|liked|enjoy(?:ed)?|útil|gust[óa]|piaciuto|utile|plu|aimé|podobał|przydatny)`;

/** News agencies whose codes end wire stories. */
const AGENCY = String.raw`(?:pap|dpa|afp|ap|reuters|efe|ansa|apa|kna|epd|sda|ats|belga|anp|ria|tass|xinhua|kap|dts|rtr|sid|ots|europa press)`;
const SHARE_VERB = String.raw`(?:teilen|share|partager|compartir|condividere|udostępnij)`;

/** A heading that opens a trailing block of related links ("Lire aussi", "Related stories"). */
export const RELATED_HEADING = new RegExp(String.raw`^(?:${RELATED_LABEL}|${RELATED_LABEL_OTHER_LANGUAGES})\s*[:：»>.…?!-]?$`, "iu");

/** A heading over a short note on who wrote the piece ("About the author", "Über Kathrin"). */
export const ABOUT_AUTHOR_HEADING =
  /^(?:(?:über|about|à propos de|a propos de|sobre|sull'|o) ?(?:den |die |the |l'|el |la |o |a )?(?:autor(?:in|en|innen|a|es|ze)?|author|authors|auteur(?:e)?|writer|autore|redakteur(?:in)?)|über (?:mich|uns)|about (?:me|us)|(?:der|die|zu[rm]) autor(?:in)?|(?:questions|fragen) (?:to|an) (?:the|den|die) (?:author|autor(?:in)?))\s*:?$/iu;

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // Contact and tip prompts.
  {
    reason: "contact-prompt",
    scope: "edge",
    maxChars: EDGE_MAX_CHARS,
    pattern:
      /contactez(?:-nous| notre| la rédaction| l'équipe)|vous avez une question|une remarque, des suggestions|écrivez-nous|contact (?:us|our (?:newsroom|team|editors?|reporters?))|send us (?:a (?:news )?tip|your (?:tips|questions|stories))|(?:got|have) a (?:news )?tip|questions or comments\?|kontaktieren sie (?:uns|die redaktion)|schreiben sie (?:uns|der redaktion)|hinweise an die redaktion|contáct(?:e|a)nos|escríbenos|contattaci|scrivi(?:ci)? alla redazione|fale conosco|entre em contato|envie sua (?:sugestão|dúvida)/iu,
  },
  // "Found a mistake? Select it and press Ctrl+Enter": the error-report widget of Russian, Ukrainian, Baltic and
  // Central Asian sites, in every language they publish in; the key names are the same in all of them.
  {
    reason: "contact-prompt",
    scope: "edge",
    maxChars: EDGE_MAX_CHARS,
    pattern: /ctrl\s*\+\s*enter/iu,
  },
  // Share and follow prompts, and rows of social buttons.
  {
    reason: "share-prompt",
    scope: "anywhere",
    maxChars: INLINE_MAX_CHARS,
    pattern: new RegExp(
      String.raw`^(?:share|partager|partagez|teilen|compartir|comparte|condividi|compartilhe|compartilhar|delen)(?: (?:this|cet|cette|on|sur|auf|en|su|no|em|via|l'article|article|story|page|post|diesen artikel|este artículo|questo articolo|esta notícia|esta matéria))*(?: (?:on|sur|auf|en|su|no|via) .{1,40})?\s*[:!]?$|^(?:follow us|suivez-nous|folgen sie uns|folge uns|síguenos|siguenos|seguici|siga-nos|volg ons|obserwuj nas)\b.{0,80}$|^¡?(?:mira|visita|abonnez-vous à|subscribe to|abonniere|besuche|schau dir) [^.!?]{0,40}(?:nuestro|notre|our|unser(?:en)?) (?:canal|chaîne|channel|kanal)\b.{0,40}$|^${SOCIAL}(?:\s*[|·•,/]?\s*${SOCIAL})*$|^(?:tweet|pin it|like us on facebook|share on (?:facebook|twitter|whatsapp|linkedin)|teilen sie dies mit|share this|partager cette page|diesen beitrag teilen|compartir en .{1,20}|condividi su .{1,20})\s*:?$`,
      "iu",
    ),
  },
  {
    reason: "share-prompt",
    scope: "edge",
    maxChars: EDGE_MAX_CHARS,
    pattern:
      /follow us on|suivez-nous sur|retrouvez-nous sur|folgen sie uns auf|síguenos en|seguici su|siga-nos n[oa]|share this (?:article|story|page)|partagez cet article|diesen artikel teilen|comparte este artículo|condividi questo articolo|compartilhe esta/iu,
  },
  // Legal lines and copyright.
  {
    reason: "footer",
    scope: "edge",
    maxChars: EDGE_MAX_CHARS,
    pattern:
      /all rights reserved|tous droits réservés|tous droits de reproduction|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|^(?:©|\(c\)|copyright\b)|©\s*\d{4}|reproduction (?:interdite|prohibited)|toute reproduction|this material may not be published|ne peut être reproduit/iu,
  },
  {
    reason: "footer",
    scope: "edge",
    maxChars: INLINE_MAX_CHARS,
    pattern:
      /^(?:impressum|mentions légales|datenschutz(?:erklärung)?|privacy policy|terms of (?:use|service)|cookie policy|conditions générales(?: d'utilisation)?|politique de confidentialité|aviso legal|política de privacidad|note legali|termos de uso|política de privacidade|nutzungsbedingungen|agb)(?:\s*[|·•,/-]\s*.{1,40})*$/iu,
  },
  // Advertising labels and cookie / newsletter notices.
  {
    reason: "boilerplate",
    scope: "anywhere",
    maxChars: INLINE_MAX_CHARS,
    pattern:
      /^(?:advertisement|advertising|ad|sponsored(?: content)?|publicité|pub|contenu sponsorisé|anzeige|werbung|publicidad|pubblicità|publicidade|scroll to continue with content|continue reading (?:below|the main story)|story continues below(?: advertisement)?|la suite après (?:la|cette) publicité|article continues below)$/iu,
  },
  {
    reason: "boilerplate",
    scope: "edge",
    maxChars: EDGE_MAX_CHARS,
    pattern:
      /(?:we use|this (?:web)?site uses|nous utilisons|ce site (?:web )?utilise|wir verwenden|diese (?:web)?seite verwendet|utilizamos|usamos|este sitio (?:web )?utiliza|utilizziamo|questo sito utilizza|este site (?:usa|utiliza)|utilizamos)\b.{0,120}cookies|accept(?:er|ez)? (?:all )?(?:les )?cookies|(?:sign up|subscribe)(?: now)?(?: (?:to|for))? (?:our |the |a )?(?:free )?(?:daily |weekly )?newsletter|abonnez-vous (?:à|a) (?:notre|la|nos) newsletter|inscrivez-vous (?:à|a) (?:notre|la|nos) newsletter|recevez (?:notre|la) newsletter|newsletter abonnieren|melde dich[^.!?]{0,40}newsletter|(?:delivered|sent|straight|right|direkt|bequem|kostenlos|gratis)(?: (?:to|in|into))? (?:deinen|ihren|your) (?:posteingang|inbox)|(?:in|to) (?:deinen|ihren|your) (?:posteingang|inbox) (?:every|each|jeden|jede)\b|jetzt (?:kostenlos )?abonnieren|suscríbete (?:a|al)|iscriviti alla (?:nostra )?newsletter|assine (?:a|nossa) newsletter|cadastre-se/iu,
  },
  // Photo credits and captions' credit lines ("Foto: dpa", "(© FEI/…)", "praca / ShutterStock").
  {
    reason: "boilerplate",
    scope: "anywhere",
    maxChars: INLINE_MAX_CHARS,
    pattern:
      /^\(?(?:fotos?|photos?|bild(?:er)?|image(?:n|s)?|imágenes|immagine|imagem|picture|zdjęcie|fot\.|crédits? photos?|credits?|photo credit|photograph(?:s)? by|bildquelle|bildnachweis|quelle|source|fuente|fonte|źródło)\s*(?::|by\b)|^(?:beitragsbild|titelbild|headerbild|aufmacherbild|vorschaubild|abbildung|abb\.|grafik|illustration|figure|fig\.|ilustración|imagen|gráfico|grafico|rycina|ryc\.)\s*(?:\d+[.:]?\s*)?(?::|$)|^\(©|(?:^|[\s/|(])(?:shutterstock|getty ?images|istock(?:photo)?|imago(?: images)?|unsplash|picture alliance|pixabay|adobe ?stock|wenn\.com)\b[^.!?]{0,60}\)?$/iu,
  },
  // Reading time, comment counters and prompts, login walls, tables of contents.
  {
    reason: "boilerplate",
    scope: "anywhere",
    maxChars: INLINE_MAX_CHARS,
    pattern:
      /^(?:\d+\s*(?:min(?:ute)?s?\.?|minuten)(?: read| lesezeit| de lecture| lectura)?|(?:lesezeit|temps de lecture|reading time|tiempo de lectura|tempo di lettura)\s*:?\s*\d+.{0,20}|inhaltsverzeichnis|table of contents|sommaire|índice|contents|(?:keine|\d+) kommentare?\b.{0,80}|(?:no|\d+) comments?|(?:aucun|\d+) commentaires?|(?:sin|\d+) comentarios?|(?:nessun|\d+) commenti|kommentar(?:e)? (?:verfassen|schreiben|abgeben)|leave a (?:comment|reply)|laisser un commentaire|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht.*|your email address will not be published.*|votre adresse (?:e-mail|de messagerie) ne sera pas publiée.*|(?:sie sind|du bist) (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet).*|du musst eingeloggt sein.*|you must be logged in.*|lade weitere inhalte.*|load more|mehr laden|charger plus|zurück|back to top|nach oben|retour en haut|permalink|permalien\b.*|drucken|print|imprimer|gefällt mir|like this|j'aime|me gusta|\d* ?bloggern? gefällt das|\d* ?bloggers? like this|wird geladen\s*…?|loading\s*(?:…|\.\.\.)?)$/iu,
  },
  // Subscription and support appeals, app promotions.
  {
    reason: "boilerplate",
    scope: "edge",
    maxChars: EDGE_MAX_CHARS,
    pattern:
      /subscribe now|join our newsletter|already a subscriber|support (?:our|independent) (?:work|journalism)|consider supporting|become a (?:member|subscriber|patron)|hazte miembro|suscríbete|download (?:the|our) [\p{L} ]{1,30}apps?|(?:laden sie|lade dir) (?:unsere|die) app|jetzt abonnieren|abonnieren sie|unterstützen sie (?:uns|unsere arbeit|unabhängigen journalismus)|soutenez (?:notre|le) journalisme|abonnez-vous|zapraszamy (?:też )?do subskrypcji|we want to hear what you think|submit a letter to the editor|give us feedback|help us continue|dieser beitrag gibt die meinung des autors wieder|the views expressed|les propos tenus|wszelkie prawa zastrzeżone|materiał chroniony prawem autorskim|(?:we|journalism) (?:rely|relies|depends?) on (?:your|readers)|(?:with|need) your support|(?:deine|ihre|eure) unterstützung|unterstütze(?:n sie)? (?:uns|unser)|apoya(?:nos| nuestro periodismo)|(?:soutenez|soutenir)-nous|wesprzyj(?:cie)? nas/iu,
  },
  // Prompts that ask the reader to rate, like or share the piece ("Was this article helpful?").
  {
    reason: "share-prompt",
    scope: "edge",
    maxChars: EDGE_MAX_CHARS,
    pattern: new RegExp(
      String.raw`^[^.!?]{0,60}(?:${PIECE}[^.!?]{0,40}(?:${LIKED}|${SHARE_VERB})|${LIKED}[^.!?]{0,40}\p{L}{0,12}${PIECE_WORD})[^.!?]{0,40}[?!]|(?:vergiss nicht|vergessen sie nicht|don't forget|n'oubliez pas|no olvides|non dimenticare)\b.{0,30}(?:teilen|share|partager|compartir|condividere)|^\(?(?:\d+ (?:stimmen|votes?|bewertungen|ratings?|votos|voti|głosów)|(?:noch )?keine bewertungen|no ratings yet)\b.{0,40}\)?$`,
      "iu",
    ),
  },
  // Agency and editor sign-offs closing a wire story ("aja/PAP", "(dpa)", "AFP/The Local", "jm/sda").
  {
    reason: "byline",
    scope: "edge",
    maxChars: 40,
    pattern: new RegExp(String.raw`^\(?(?:[\p{L}.]{1,12}\s*[/,]\s*){0,3}${AGENCY}(?:\s*[/,]\s*[\p{L}. ]{1,20}){0,3}\)?$`, "iu"),
  },
  // "Lire aussi : …" link lines, anywhere (they are the site's, never the writer's).
  {
    reason: "navigation",
    scope: "anywhere",
    maxChars: LINK_LINE_MAX_CHARS,
    pattern: new RegExp(String.raw`^(?:[>»►▶•*-]\s*)?${RELATED_LABEL}\s*(?::|»|>|-|–)\s*\S.*$|${RELATED_HEADING.source}`, "iu"),
  },
  {
    reason: "navigation",
    scope: "edge",
    maxChars: INLINE_MAX_CHARS,
    pattern: /^(?:tags?|mots[- ]clés|schlagwörter|schlagworte|etiquetas|tag|categories|catégories|kategorien|topics|thèmes|themen|temas|kategorie|category|categoría|catégorie|categoria|kategoria|rubrik|rubrique|sección|ressort)\s*:|^(?:schlagworte|schlagwörter|tags|stichwörter|keywords|mots-clés|etiquetas|tagi)(?: zum thema)?$/iu,
  },
  // The same kinds of line in languages written in other scripts, and Turkish, Indonesian, Vietnamese.
  ...OTHER_LANGUAGE_RULES,
];

/** Junk a crawler leaves after the article: removable only at the very end. */
export const TRAILING_JUNK: readonly RegExp[] = [
  // Digit runs and id strings: page metadata ending in the article id.
  /^[\d\s.,:;/_-]*\d{8,}[\d\s.,:;/_-]*$/u,
  /^[0-9a-f]{16,}$/iu,
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu,
  // Bare URLs.
  /^(?:<?(?:https?:\/\/|www\.)\S+>?\s*)+$/iu,
  // Crawl metadata lines ("URL: …", "WARC-Date: …").
  /^(?:url|source url|fetched(?: at)?|crawled(?: at)?|retrieved|warc-[\w-]+|content-type|content-length|http\/\d(?:\.\d)?)\s*:\s*\S.{0,200}$/iu,
  // Lines of only punctuation or symbols.
  /^[\p{P}\p{S}\s]+$/u,
];
