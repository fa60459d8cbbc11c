import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clean } from "../../src/clean/index.js";
import type { RemovalReason } from "../../src/types.js";
import { rawDocument } from "./text-doc.js";

const BODY = [
  "Le conseil municipal a voté mardi soir un budget en hausse de trois pour cent, porté par les investissements dans les écoles.",
  "Le maire a défendu un effort nécessaire après deux années difficiles, tandis que l'opposition a dénoncé une hausse des impôts locaux.",
  "Les travaux de rénovation commenceront au printemps et dureront dix-huit mois selon le calendrier présenté en séance.",
];

function page(...paragraphs: string[]): string {
  return paragraphs.join("\n\n");
}

describe("boilerplate at the edges of a body is removed with its reason", () => {
  const cases: Array<[string, RemovalReason]> = [
    ["Vous avez une question, une remarque, des suggestions ? Contactez notre équipe de rédaction par e-mail", "contact-prompt"],
    ["Contact our newsroom with your story ideas", "contact-prompt"],
    ["Kontaktieren Sie die Redaktion unter redaktion@example.de", "contact-prompt"],
    ["Share this article", "share-prompt"],
    ["Follow us on Twitter and Facebook", "share-prompt"],
    ["Suivez-nous sur Facebook", "share-prompt"],
    ["Teilen", "share-prompt"],
    ["Compartir", "share-prompt"],
    ["Condividi su Facebook", "share-prompt"],
    ["© 2021 Le Quotidien. Tous droits réservés.", "footer"],
    ["All rights reserved.", "footer"],
    ["Alle Rechte vorbehalten.", "footer"],
    ["Todos os direitos reservados.", "footer"],
    ["Mentions légales | Politique de confidentialité", "footer"],
    ["Lire aussi : Les écoles rouvrent lundi", "navigation"],
    ["Leggi anche: il piano per le scuole", "navigation"],
    ["Leia também: o plano para as escolas", "navigation"],
    ["Abonnez-vous à notre newsletter", "boilerplate"],
    ["Sign up for our daily newsletter", "boilerplate"],
    ["Nous utilisons des cookies pour améliorer votre expérience.", "boilerplate"],
    ["Was this article helpful?", "share-prompt"],
    ["Hat Ihnen dieser Beitrag gefallen?", "share-prompt"],
    ["Gefällt dir unser Reisemagazin? Dann erzähl deinen Freunden davon.", "share-prompt"],
    ["¿Te gustó esta nota?", "share-prompt"],
    ["Möchtest du den Artikel mit Freunden teilen?", "share-prompt"],
    ["(37 votes, average 4.2 out of 5)", "share-prompt"],
    ["We rely on your support to keep our reporting free for everyone.", "boilerplate"],
    ["Um unabhängig zu bleiben, brauchen wir deine Unterstützung.", "boilerplate"],
    ["Melde dich hier für unseren wöchentlichen Newsletter an!", "boilerplate"],
    ["Get the best stories delivered to your inbox.", "boilerplate"],
    ["Die wichtigsten Nachrichten direkt in Ihren Posteingang.", "boilerplate"],
    ["Zum Weiterlesen:", "navigation"],
    ["Schon gelesen?", "navigation"],
    ["Otras noticias", "navigation"],
    ["Inne artykuły autora", "navigation"],
    ["Titelbild: Ein Radfahrer auf der neuen Brücke", "boilerplate"],
    ["Figure 2: Snow depth over the Alps in January", "boilerplate"],
    ["Beitragsbild", "boilerplate"],
    ["Kategorie: Politik", "navigation"],
    ["Schlagworte", "navigation"],
    ["Siguenos en Telegram, Instagram, Facebook y Twitter", "share-prompt"],
    ["¡Mira lo que tiene nuestro canal de YouTube!", "share-prompt"],
    ["aja/PAP", "byline"],
    ["(dpa)", "byline"],
    ["AFP/The Local", "byline"],
    ["010020070770000000000000011100001310193761", "trailing-junk"],
    ["9f8e7d6c5b4a39281726354433221100", "trailing-junk"],
    ["https://example.com/article/12345", "trailing-junk"],
  ];
  for (const [line, reason] of cases) {
    it(`removes "${line.slice(0, 50)}" after the body as ${reason}`, () => {
      const article = clean(rawDocument(page(...BODY, line)));
      assert.equal(article.text, BODY.join("\n\n"));
      assert.deepEqual(
        article.removed.map((span) => [span.reason, span.text]),
        [[reason, line]],
      );
    });
  }

  it("removes a trailing related-links block under its heading", () => {
    const article = clean(rawDocument(page(...BODY, "À lire aussi", "Les écoles rouvrent lundi", "Le budget adopté")));
    assert.equal(article.text, BODY.join("\n\n"));
    assert.equal(article.removed[0]?.reason, "navigation");
  });

  it("removes a trailing note about the author under its heading", () => {
    for (const heading of ["About the author", "Über die Autorin", "Sobre el autor", "À propos de l'auteur", "O autorze"]) {
      const bio = "Jo Martin covers local government and transport. Before joining the paper she reported on courts for ten years.";
      const article = clean(rawDocument(page(...BODY, heading, bio)));
      assert.equal(article.text, BODY.join("\n\n"), heading);
      assert.equal(article.removed[0]?.reason, "byline");
    }
  });

  it("keeps a section after an author heading when it is too long to be a biography", () => {
    const long = Array.from({ length: 5 }, (_, i) => `Section ${i + 1}: the author interviewed ${i + 2} residents of the northern district about the budget, the schools and the new tram line, and compared their answers with the figures the council published in its annual report last year.`);
    const article = clean(rawDocument(page(...BODY, "About the author", ...long)));
    assert.ok(article.text.includes("About the author"));
  });

  it("removes repeated template labels between paragraphs", () => {
    const article = clean(rawDocument(page(BODY[0], "Advertisement", BODY[1], "Advertisement", BODY[2])));
    assert.equal(article.text, BODY.join("\n\n"));
    assert.equal(article.removed.length, 2);
  });
});

describe("what cleaning must NOT remove", () => {
  const keep: Array<[string, string]> = [
    ["a sentence that quotes a footer phrase in the middle of the body", "Le tribunal a rappelé que tous droits réservés ne signifie pas que toute citation est interdite, a expliqué l'avocate."],
    ["a paragraph that mentions sharing", "Share prices rose sharply on Tuesday after the company announced a new chief executive and a buyback."],
    ["a paragraph about cookies in the middle", "Wir verwenden Cookies im Alltag kaum noch bewusst, sagte die Datenschützerin in ihrem Vortrag vor dem Ausschuss."],
    ["numbers inside the body", "Le bilan fait état de 1 234 567 euros de dépenses engagées depuis 2019."],
    ["a short subheading that occurs once", "Un budget contesté"],
    ["a sentence that names an agency", "The agency AFP said the talks in Brussels would resume on Monday after a pause of two weeks."],
    ["a sentence that starts with a caption word", "Figure skating drew more visitors to the rink than the council had expected for the whole winter."],
    ["a question in the body about a text", "Did the minister like the text of the agreement? Nobody in the room could say for sure."],
  ];
  for (const [title, paragraph] of keep) {
    it(`keeps ${title}`, () => {
      const article = clean(rawDocument(page(BODY[0], paragraph, BODY[1], BODY[2])));
      assert.ok(article.text.includes(paragraph));
      assert.deepEqual(article.removed, []);
    });
  }

  it("keeps a contact sentence inside the body, far from the edges", () => {
    const paragraph = "Contactez notre équipe, a lancé le maire aux habitants venus nombreux, avant de détailler le calendrier.";
    const article = clean(rawDocument(page(BODY[0], paragraph, BODY[1], BODY[2])));
    assert.ok(article.text.includes(paragraph));
  });

  it("keeps a paragraph repeated in a lightly different form", () => {
    const edited = BODY[0].replace("mardi soir", "mercredi");
    const article = clean(rawDocument(page(...BODY, edited)));
    assert.ok(article.text.includes(edited));
  });

  it("keeps a last paragraph that asks a question about something other than the piece", () => {
    const last = "Will the council find the money before the summer?";
    const article = clean(rawDocument(page(...BODY, last)));
    assert.ok(article.text.endsWith(last));
  });

  it("keeps a last paragraph that tells of an e-mail in an inbox", () => {
    const last = "Investigators said the fake invoice had looked genuine when it landed in your inbox, or anyone's.";
    const article = clean(rawDocument(page(...BODY, last)));
    assert.ok(article.text.endsWith(last));
  });

  it("keeps a number that ends a sentence of the body", () => {
    const last = "Le projet coûtera 12 500 000 euros.";
    const article = clean(rawDocument(page(...BODY, last)));
    assert.ok(article.text.endsWith(last));
  });
});

describe("repeated blocks collapse to their first copy", () => {
  it("removes a body captured twice as one repeated-block span with source offsets", () => {
    const content = page("Un titre de test sans point", ...BODY, "Tous droits réservés.", "Un titre de test sans point", ...BODY);
    const article = clean(rawDocument(content));
    assert.equal(article.text, BODY.join("\n\n"));
    const repeated = article.removed.filter((span) => span.reason === "repeated-block");
    assert.equal(repeated.length, 1);
    assert.equal(content.slice(repeated[0].start, repeated[0].end), repeated[0].text);
  });

  it("leaves the body alone when collapseRepeated is off", () => {
    const content = page(...BODY, ...BODY);
    const article = clean(rawDocument(content), { collapseRepeated: false });
    assert.equal(article.text, page(...BODY, ...BODY));
  });

  it("reports clean.empty for a page of boilerplate only", () => {
    const problems: string[] = [];
    const article = clean(rawDocument("Advertisement\n\nAdvertisement\n\n"), {}, { report: (p) => problems.push(p.code) });
    assert.equal(article.text, "");
    assert.ok(problems.includes("clean.empty"));
  });
});
