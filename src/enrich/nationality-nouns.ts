/**
 * Nouns that name a person by nationality ("der Pakistaner Arshad Nadeem", "Pakistańczyk", "пакистанец", "Pákistánec",
 * "Pakistanlı", "Mpakistani", "Španjolca"), which sports and foreign news set before a name where English writes "Pakistan's". Derived
 * by each language's regular formation, from the country's name or from its adjective; a form the rule makes that is no
 * word of the language ("Kanadaer") matches nothing. The common irregular nouns are listed (NOUN_SUPPLEMENT).
 */

/** Languages whose nouns are formed from the country's name (`nounsOfCountryName`). */
export const NOUN_FROM_NAME_LANGS: ReadonlySet<string> = new Set(["de", "cs", "sk", "tr", "sw", "hr", "sr", "bs"]);
/** Languages whose nouns are formed from the adjective of the country (`nounsOfAdjective`). */
export const NOUN_FROM_ADJECTIVE_LANGS: ReadonlySet<string> = new Set(["ru", "uk", "bg", "pl"]);

/** A stem this short makes nouns that are other words. */
const MIN_STEM_LETTERS = 3;

/** The nouns of a one-word country name in `lang` (NOUN_FROM_NAME_LANGS), with their cases and feminine forms. */
export function nounsOfCountryName(lang: string, name: string): string[] {
  const word = name.trim();
  if (!/^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(word) || word.length <= MIN_STEM_LETTERS) return [];
  if (lang === "hr" || lang === "sr" || lang === "bs") return southSlavicNouns(word);
  if (!/^\p{Script=Latin}+$/u.test(word)) return [];
  switch (lang) {
    case "de": return germanNouns(word);
    case "cs": case "sk": return czechNouns(word);
    case "tr": return turkishNouns(word);
    case "sw": return swahiliNouns(word);
    default: return [];
  }
}

/**
 * German: -er onto a name ending in a consonant or -a (Pakistaner, Japaner, Iraker; Kenianer, Amerikaner, Ghanaer),
 * -ier or -ianer for -ien (Spanier, Belgier; Brasilianer, Kolumbianer), -aner for -o (Mexikaner, Marokkaner); the
 * feminine -in, the genitive -s and the dative plural -n.
 */
function germanNouns(word: string): string[] {
  const bases: string[] = [];
  if (word.endsWith("ien")) bases.push(`${word.slice(0, -3)}ier`, `${word.slice(0, -3)}ianer`);
  else if (word.endsWith("a")) bases.push(`${word}ner`, `${word}er`);
  else if (word.endsWith("o")) bases.push(`${word.slice(0, -1)}aner`);
  else if (!/[aeiouyäöü]$/u.test(word)) bases.push(`${word}er`);
  return bases.flatMap((b) => [b, `${b}in`, `${b}innen`, `${b}s`, `${b}n`]);
}

/**
 * Czech and Slovak: -ec onto a name ending in a consonant (Pákistánec, Íránec), in place of -sko/-ko (Japonsko →
 * Japonec, Německo → Němec); its cases (-ce, -ci, -cem; plural -ci, -ců) and the feminine -ka.
 */
function czechNouns(word: string): string[] {
  let masculine: string;
  if (/sko$/u.test(word)) masculine = `${word.slice(0, -3)}ec`;
  else if (/cko$/u.test(word)) masculine = word.slice(0, -2);
  else if (!/[aeiouyáéíóúůýě]$/iu.test(word)) masculine = `${word}ec`;
  else return [];
  const stem = masculine.slice(0, -2);
  return [masculine, `${stem}ce`, `${stem}ci`, `${stem}cem`, `${stem}ců`, `${stem}cům`, `${stem}ka`, `${stem}ky`, `${stem}kou`];
}

/**
 * Croatian, Serbian and Bosnian: -ac onto a name ending in a consonant (Pakistanac, Iranac), in place of -ska, -ačka and
 * -ija (Španjolska → Španjolac, Njemačka → Njemac; Шпанија → Шпанац; Indija → Indijac as well), in Latin or Cyrillic
 * letters; its a is fleeting in the other cases (Španjolca, Шпанца, -cu, -cem; plural -ci).
 */
function southSlavicNouns(word: string): string[] {
  const cyrillic = /\p{Script=Cyrillic}/u.test(word);
  const [ac, c, a, u, em, i] = cyrillic ? ["ац", "ц", "а", "у", "ем", "и"] : ["ac", "c", "a", "u", "em", "i"];
  let stems: string[];
  // -ačka drops with its vowel (Njemačka → Njemac), -ska alone (Španjolska → Španjolac), -ija alone or kept (Indijac).
  if (/(?:ačka|ачка)$/u.test(word)) stems = [word.slice(0, -4)];
  else if (/(?:ska|ска)$/u.test(word)) stems = [word.slice(0, -3)];
  else if (/(?:ija|ија)$/u.test(word)) stems = [word.slice(0, -3), word.slice(0, -1)];
  else if (!/[aeiouаеиоу]$/iu.test(word)) stems = [word];
  else return [];
  return stems.filter((st) => st.length >= MIN_STEM_LETTERS).flatMap((st) => [`${st}${ac}`, ...[a, u, em, i].map((e) => `${st}${c}${e}`)]);
}

/** Turkish: -lı, -li, -lu, -lü by the name's last vowel (Pakistanlı, Hindistanlı, Meksikalı, Perulu). */
function turkishNouns(word: string): string[] {
  const vowels = word.toLowerCase().match(/[aıeioöuü]/gu);
  const last = vowels?.[vowels.length - 1];
  if (last === undefined) return [];
  const suffix = "aı".includes(last) ? "lı" : "ei".includes(last) ? "li" : "ou".includes(last) ? "lu" : "lü";
  return [`${word}${suffix}`];
}

/**
 * Swahili: the noun class 1 prefix m- (plural wa-) on the name, in place of the country's u- (Kenya → Mkenya, Pakistani
 * → Mpakistani; Uhindi → Mhindi, Ujerumani → Mjerumani; before a vowel mw-: Uingereza → Mwingereza).
 */
function swahiliNouns(word: string): string[] {
  const lower = word.toLowerCase();
  const stem = lower.startsWith("u") ? lower.slice(1) : lower;
  // A name ending in a consonant takes -i as a Swahili noun does (Pakistan → Mpakistani).
  const stems = /[aeiou]$/u.test(stem) ? [stem] : [stem, `${stem}i`];
  return stems.flatMap((st) => [/^[aeiou]/u.test(st) ? `mw${st}` : `m${st}`, `wa${st}`]);
}

/** The nouns of a country's adjective in `lang` (NOUN_FROM_ADJECTIVE_LANGS), with their cases and feminine forms. */
export function nounsOfAdjective(lang: string, adjective: string): string[] {
  const word = adjective.trim().toLowerCase();
  if (/\s/u.test(word)) return [];
  switch (lang) {
    case "ru": return slavicNouns(word, /(?:ий|)ский$|цкий$/u, ["ец", "ца", "цу", "цем", "це", "цы", "цев"], ["ка", "ки", "ке", "ку", "кой"], "ий", "ие");
    case "uk": return slavicNouns(word, /(?:ій|)ський$|цький$/u, ["ець", "ця", "цю", "цем", "ці", "ців"], ["ка", "ки", "ці", "ку", "кою"], "ій", "іє");
    case "bg": return slavicNouns(word, /(?:ий|)ски$|цки$/u, ["ец", "еца", "ецът", "ци", "ците"], ["ка", "ки", "ката"], "ий", "ие");
    case "pl": return polishNouns(word);
    default: return [];
  }
}

/**
 * Russian, Ukrainian and Bulgarian: the adjective's -ский (-ський, -ски) to -ец (пакистанский → пакистанец, американский
 * → американец), feminine -ка (пакистанка). Endings are given from the noun's -ец; its е is fleeting (пакистанца). After
 * -ий- (`iy`, индийский) the nominative is -иец (`ie`: индиец, індієць) and the other cases keep -ий- (индийца); -цкий
 * keeps its ц (немецкий → немец, немца).
 */
function slavicNouns(word: string, ending: RegExp, masculine: readonly string[], feminine: readonly string[], iy: string, ie: string): string[] {
  const m = ending.exec(word);
  if (m === null) return [];
  const stem = word.slice(0, m.index);
  if (stem.length < MIN_STEM_LETTERS) return [];
  const fleeting = (e: string) => !e.startsWith("ц");
  if (m[0].startsWith("ц")) return masculine.map((e) => (fleeting(e) ? `${stem}ц${e.slice(e.indexOf("ц") + 1)}` : `${stem.slice(0, -1)}${e}`));
  if (m[0].startsWith(iy)) return masculine.map((e) => (fleeting(e) ? `${stem}${ie}${e.slice(1)}` : `${stem}${iy}${e}`));
  return [...masculine.map((e) => `${stem}${e}`), ...feminine.map((e) => `${stem}${e}`)];
}

/**
 * Polish: -ński to -ńczyk (pakistański → Pakistańczyk, japoński → Japończyk), -jski to -jczyk (kanadyjski →
 * Kanadyjczyk), with their cases (-a, -owi, -iem; plural -cy) and the feminine -nka, -jka (Pakistanka, Kanadyjka).
 */
function polishNouns(word: string): string[] {
  const m = /([ńj])ski$/u.exec(word);
  if (m === null || m.index < MIN_STEM_LETTERS) return [];
  const stem = word.slice(0, m.index);
  const soft = m[1]!;
  const feminine = `${stem}${soft === "ń" ? "n" : "j"}`;
  const noun = `${stem}${soft}czyk`;
  return [noun, `${noun}a`, `${noun}owi`, `${noun}iem`, `${stem}${soft}czycy`, `${feminine}ka`, `${feminine}ki`, `${feminine}ce`, `${feminine}kę`];
}

/**
 * Irregular nouns of nationality for the countries most in the news, as each language's dictionaries give them; the
 * rules above derive the regular ones.
 */
export const NOUN_SUPPLEMENT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  de: {
    IN: "Inder|Inderin", CN: "Chinese|Chinesin|Chinesen", FR: "Franzose|Französin|Franzosen", RU: "Russe|Russin|Russen",
    TR: "Türke|Türkin|Türken", PL: "Pole|Polin|Polen", GR: "Grieche|Griechin|Griechen", IT: "Italiener|Italienerin",
    GB: "Brite|Britin|Briten", US: "Amerikaner|Amerikanerin", UA: "Ukrainer|Ukrainerin", AF: "Afghane|Afghanin|Afghanen",
    SE: "Schwede|Schwedin|Schweden", DK: "Däne|Dänin|Dänen", FI: "Finne|Finnin|Finnen", NO: "Norweger|Norwegerin",
    NL: "Niederländer|Niederländerin", EG: "Ägypter|Ägypterin", SY: "Syrer|Syrerin", CA: "Kanadier|Kanadierin",
    IL: "Israeli", SA: "Saudi", KE: "Kenianer|Kenianerin", ET: "Äthiopier|Äthiopierin", JM: "Jamaikaner|Jamaikanerin",
  },
  cs: {
    IN: "Ind|Inka|Indové", CN: "Číňan|Číňanka", US: "Američan|Američanka", FR: "Francouz|Francouzka", IT: "Ital|Italka",
    ES: "Španěl|Španělka", PL: "Polák|Polka", RU: "Rus|Ruska", UA: "Ukrajinec|Ukrajinka", GB: "Brit|Britka", TR: "Turek|Turkyně",
    BR: "Brazilec|Brazilka", MX: "Mexičan|Mexičanka", KE: "Keňan|Keňanka", CA: "Kanaďan|Kanaďanka", KR: "Korejec|Korejka",
  },
  pl: {
    IN: "Hindus|Hinduska|Hindusa|Hindusem", DE: "Niemiec|Niemka|Niemca|Niemcem", FR: "Francuz|Francuzka|Francuza|Francuzem",
    IT: "Włoch|Włoszka|Włocha|Włochem", ES: "Hiszpan|Hiszpanka|Hiszpana|Hiszpanem", US: "Amerykanin|Amerykanka|Amerykanina",
    RU: "Rosjanin|Rosjanka|Rosjanina", GB: "Brytyjczyk|Brytyjka|Brytyjczyka", CZ: "Czech|Czeszka|Czecha", KE: "Kenijczyk|Kenijka",
  },
  ru: {
    FR: "француз|француженка|француза", RU: "россиянин|россиянка", GB: "англичанин|англичанка", IN: "индианка",
    TR: "турок|турчанка|турка", SE: "швед|шведка|шведа", FI: "финн|финка|финна", PL: "поляк|полька|поляка", CZ: "чех|чешка|чеха",
  },
  uk: {
    FR: "француз|француженка|француза", TR: "турок|турчанка", PL: "поляк|полька|поляка",
  },
  sw: { IN: "Mhindi|Wahindi", US: "Mmarekani|Wamarekani", GB: "Mwingereza|Waingereza" },
  ro: {
    IN: "indianul|indiana|indianului", PK: "pakistanezul|pakistaneza|pakistanezului", IT: "italianul|italiana|italianului",
    ES: "spaniolul|spaniola|spaniolului", FR: "francezul|franceza|francezului", DE: "germanul|germana|germanului",
    US: "americanul|americana|americanului", RU: "rusul|rusoaica|rusului", BR: "brazilianul|braziliana|brazilianului",
    GB: "britanicul|britanica|britanicului", CN: "chinezul|chinezoaica|chinezului", JP: "japonezul|japoneza|japonezului",
  },
};
