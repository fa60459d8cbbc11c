/**
 * Inflected forms of a demonym or country adjective, from its base form, per language: the packages
 * give "Chinois", "Chinesisch", "Cinese"; articles write "chinoises", "chinesischen", "cinesi".
 * Rules cover regular adjectives; irregular forms belong in the curated supplement.
 */
export function inflectDemonym(lang: string, base: string): string[] {
  const w = base.toLowerCase();
  const out = new Set([w]);
  const add = (...xs: string[]) => xs.forEach((x) => out.add(x));
  switch (lang) {
    case "fr":
      if (w.endsWith("ien")) add(w + "ne", w + "s", w + "nes");
      else if (w.endsWith("en")) add(w + "ne", w + "s", w + "nes");
      else if (w.endsWith("e")) add(w + "s");
      else if (w.endsWith("s") || w.endsWith("x")) add(w + "e", w + "es");
      else if (w.endsWith("al")) add(w + "e", w.slice(0, -2) + "aux", w + "es");
      else add(w + "e", w + "s", w + "es");
      break;
    case "es": {
      if (w.endsWith("o")) add(w.slice(0, -1) + "a", w + "s", w.slice(0, -1) + "as");
      else if (/[áéíóú]n$|[áéíóú]s$/.test(w)) {
        const plain = w.normalize("NFD").replace(/\p{M}/gu, "");
        add(plain + "a", plain + "es", plain + "as");
      } else if (w.endsWith("í")) add(w + "es", w + "s");
      else if (w.endsWith("e")) add(w + "s");
      else add(w + "es", w + "a", w + "as");
      break;
    }
    case "it":
      if (w.endsWith("o")) add(w.slice(0, -1) + "a", w.slice(0, -1) + "i", w.slice(0, -1) + "e");
      else if (w.endsWith("e")) add(w.slice(0, -1) + "i");
      break;
    case "pt":
      if (w.endsWith("ão")) add(w.slice(0, -2) + "ã", w.slice(0, -2) + "ães", w.slice(0, -2) + "ãs", w.slice(0, -2) + "ões");
      else if (w.endsWith("ês")) add(w.slice(0, -2) + "esa", w.slice(0, -2) + "eses", w.slice(0, -2) + "esas");
      else if (w.endsWith("o")) add(w.slice(0, -1) + "a", w + "s", w.slice(0, -1) + "as");
      else if (w.endsWith("e")) add(w + "s");
      else if (w.endsWith("l")) add(w.slice(0, -1) + "is", w + "a", w + "as");
      break;
    case "de":
      for (const e of ["e", "en", "er", "es", "em"]) add(w + e);
      break;
    case "pl":
      if (w.endsWith("ki") || w.endsWith("ski")) {
        const stem = w.slice(0, -1);
        for (const e of ["a", "ie", "iego", "iej", "ich", "im", "imi", "ą", "iemu"]) add(stem + e);
      }
      break;
    case "cs":
      // Czech hard adjectives in -ý (německý, jihokorejský): genders, cases, plural.
      if (w.endsWith("ý")) for (const e of ["á", "é", "ého", "ému", "ém", "ým", "ou", "í", "ých", "ými"]) add(w.slice(0, -1) + e);
      break;
    case "ru":
      // -ский / -цкий and -ий after other consonants (американский, турецкий): genders, cases, plural.
      if (w.endsWith("ий")) for (const e of ["ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую", "их", "ими"]) add(w.slice(0, -2) + e);
      break;
    case "uk":
      if (w.endsWith("ий")) for (const e of ["а", "е", "і", "ого", "ому", "им", "ім", "ій", "ої", "у", "ою", "их", "ими"]) add(w.slice(0, -2) + e);
      break;
    case "bg":
      // -ски: feminine, neuter, and the definite forms (германският канцлер, руската армия).
      if (w.endsWith("и")) for (const e of ["а", "о", "ия", "ият", "ата", "ото", "ите"]) add(w.slice(0, -1) + e);
      break;
    case "sr":
    case "hr":
    case "bs": {
      // -ski, -čki, -ški (Latin or Cyrillic): genders, cases, plural (španskog premijera, u nemačkoj vladi, руским снагама).
      const stem = /(?:ski|čki|ški|ски|чки|шки)$/u.test(w) ? w.slice(0, -1) : null;
      const cyrillic = /\p{Script=Cyrillic}/u.test(w);
      const endings = cyrillic ? ["а", "о", "е", "ог", "ога", "ом", "ому", "ој", "у", "их", "им", "има"] : ["a", "o", "e", "og", "oga", "om", "omu", "oj", "u", "ih", "im", "ima"];
      if (stem !== null) for (const e of endings) add(stem + e);
      break;
    }
    case "sl":
      if (/(?:ski|čki|ški)$/u.test(w)) for (const e of ["a", "o", "e", "ega", "emu", "em", "im", "ih", "imi"]) add(w.slice(0, -1) + e);
      break;
    case "mk":
      // -ски: genders, plural and the definite forms (германскиот канцелар, руската армија).
      if (/(?:ски|чки|шки)$/u.test(w)) for (const e of ["а", "о", "иот", "ата", "ото", "ите"]) add(w.slice(0, -1) + e);
      break;
    case "en":
    case "nl":
    case "no":
    case "fi":
      if (!/(s|sh|ch|ese|ss|i)$/.test(w)) add(w + "s");
      if (lang === "nl") add(w + "e");
      break;
    case "el":
      // A masculine demonym in -ος (Ρώσος): its cases and plural, and the adjective in -ικός (ρωσικός, ρωσική) in its genders and cases.
      if (w.endsWith("ος")) {
        const stem = w.slice(0, -2).normalize("NFD").replace(/\p{M}/gu, "");
        for (const e of ["ος", "ου", "ο", "οι", "ων", "ους"]) add(stem + e);
        for (const e of ["ος", "η", "ο", "ου", "ης", "οι", "ες", "α", "ων", "ους"]) add(`${stem}ικ${e}`);
        // The woman of the nation in -ίδα (Ιταλίδα, Γαλλίδα, Ρωσίδα: "η Ιταλίδα πρωθυπουργός") and its plural.
        for (const e of ["ιδα", "ιδας", "ιδες", "ιδων"]) add(stem + e);
      }
      break;
    default:
      break;
  }
  return [...out];
}
