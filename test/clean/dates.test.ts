import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clean, formatPartialDate, parseDate, parseDateline, parseSourceLine } from "../../src/clean/index.js";
import { rawDocument } from "./text-doc.js";

describe("parseDate reads dates as far as the text states them", () => {
  const cases: Array<[string, string, string]> = [
    ["French.xinhuanet.com | Publié le 2021-09-17 à 15:56", "2021-09-17T15:56", "minute"],
    ["Dernière mise à jour à 09h10 le 14/09", "--09-14T09:10", "minute"],
    ["Updated 3:15 PM ET, Tue March 4, 2021", "2021-03-04T15:15", "minute"],
    ["Von Hans Müller | 12.03.2021", "2021-03-12", "day"],
    ["17 septembre", "--09-17", "day"],
    ["3. März", "--03-03", "day"],
    ["2021-09-17T15:56:00+08:00", "2021-09-17T15:56:00+08:00", "second"],
    ["4 de marzo de 2021 10:30", "2021-03-04T10:30", "minute"],
    ["4 de março de 2021", "2021-03-04", "day"],
    ["3 marzo 2021, ore 18:05", "2021-03-03T18:05", "minute"],
    ["Stand: 12.03.2021, 15.56 Uhr", "2021-03-12T15:56", "minute"],
    ["le 1er septembre 2021 à 9h", "2021-09-01T09:00", "hour"],
    ["Published: Sept. 17, 2021 at 3:56 p.m. GMT", "2021-09-17T15:56Z", "minute"],
    ["March 2021", "2021-03", "month"],
    // C's asctime and Java's Date.toString(), the year after the time (JSON-LD written by such servers).
    ["Tue Jan 28 15:28:56 CET 2020", "2020-01-28T15:28:56+01:00", "second"],
    ["Fri Feb 18 10:27:24 2022", "2022-02-18T10:27:24", "second"],
  ];
  for (const [text, iso, precision] of cases) {
    it(`reads "${text}" as ${iso}`, () => {
      const date = parseDate(text);
      assert.ok(date);
      assert.equal(formatPartialDate(date), iso);
      assert.equal(date.precision, precision);
    });
  }

  it("reads no year from a number after a time that is no year", () => assert.equal(parseDate("Jan 28 15:28 (2020 people)")?.year, undefined));

  const negatives = ["hier soir", "il y a deux heures", "12.5 Prozent", "version 3.2", "Tel. 0301234567", "between 3-4 people", ""];
  for (const text of negatives) {
    it(`finds no date in "${text}"`, () => assert.equal(parseDate(text), null));
  }
});

describe("parseSourceLine reads source/date lines and refuses sentences", () => {
  it("splits site and publication date", () => {
    const line = parseSourceLine("French.xinhuanet.com | Publié le 2021-09-17 à 15:56");
    assert.equal(line?.site, "French.xinhuanet.com");
    assert.equal(line?.published?.minute, 56);
  });
  it("reads an update label as updated", () => {
    const line = parseSourceLine("Mis à jour le 18/09/2021 à 10h02");
    assert.equal(line?.updated?.day, 18);
    assert.equal(line?.published, undefined);
  });
  it("reads a byline with a date", () => {
    const line = parseSourceLine("Von Anna Schmidt | 12.03.2021");
    assert.equal(line?.author, "Anna Schmidt");
    assert.equal(line?.published?.year, 2021);
  });
  it("reads a bare byline", () => assert.equal(parseSourceLine("Par Jean Dupont")?.author, "Jean Dupont"));
  it("reads the labels of other languages: published, updated, by, source", () => {
    assert.equal(parseSourceLine("Дата публикации: 12 марта 2021")?.published?.month, 3);
    assert.equal(parseSourceLine("Güncelleme: 12.03.2021")?.updated?.day, 12);
    assert.equal(parseSourceLine("Aktualizacja: 12.03.2021, 10:15")?.published, undefined);
    assert.equal(parseSourceLine("Cập nhật: 12/03/2021 10:15")?.updated?.minute, 15);
    assert.equal(parseSourceLine("تاريخ النشر: 2021-03-12")?.published?.day, 12);
    assert.deepEqual({ ...parseSourceLine("Автор: Иван Петров | 12 марта 2021"), published: undefined }, { author: "Иван Петров", published: undefined });
    assert.equal(parseSourceLine("بقلم محمد علي")?.author, "محمد علي");
    assert.deepEqual(parseSourceLine("Источник: ТАСС"), { site: "ТАСС" });
  });
  it("reads the labelled fields Chinese sites run together", () => {
    assert.deepEqual(
      { ...parseSourceLine("2019-09-26 12:11来源：证券时报网作者：李在山"), published: parseSourceLine("2019-09-26 12:11来源：证券时报网作者：李在山")?.published?.minute },
      { site: "证券时报网", author: "李在山", published: 11 },
    );
    const line = parseSourceLine("发布日期：2016-11-22 浏览次数： 信息来源：省发改委");
    assert.equal(line?.published?.day, 22);
    assert.equal(line?.site, "省发改委");
    assert.equal(parseSourceLine("来源：本站原创 作者：医技药剂党支部")?.author, "医技药剂党支部");
    assert.equal(parseSourceLine("更新时间：2020年3月1日 08:30")?.updated?.hour, 8);
  });
  it("reads an outlet's name beside the date without a label, as portals write it, \"original\" mark and all", () => {
    assert.equal(parseSourceLine("原创 南方都市报 2019-09-09 16:01:46")?.published?.minute, 1);
    assert.equal(parseSourceLine("新华社 2019年12月10日")?.published?.day, 10);
    // A clause after the date is no outlet's name, however short its words.
    assert.equal(parseSourceLine("2019年9月9日，记者从海螺沟景区获悉"), null);
  });

  const negatives = [
    "Le ministre a annoncé le 17 septembre 2021 un plan de relance pour les régions.",
    "By the end of March 2021 the plan had failed.",
    "Le Monde",
    "Selon le chef de la diplomatie chinoise, le Kazakhstan est un pays eurasien important.",
    "所要時間：2時間",
    "Источник: по словам министра, переговоры прошли успешно.",
    "Автор идеи сказал, что проект 12 марта 2021 года будет готов.",
    "来源：据新华社报道，会议于周二在北京召开，各方代表出席。",
    "时间：下周二上午在市政府会议室举行",
    "",
  ];
  for (const text of negatives) {
    it(`is not a source line: "${text}"`, () => assert.equal(parseSourceLine(text), null));
  }
});

describe("parseDateline reads wire datelines and leaves prose alone", () => {
  const cases: Array<[string, string, string | undefined, string | undefined]> = [
    ["DOUCHANBE, 17 septembre (Xinhua) -- Les ministres", "DOUCHANBE", "--09-17", "Xinhua"],
    ["PARIS (AFP) - Le gouvernement", "PARIS", undefined, "AFP"],
    ["WASHINGTON, March 3 (Reuters) - The central bank", "WASHINGTON", "--03-03", "Reuters"],
    ["BERLIN, 3. März (dpa) – Der Stadtrat", "BERLIN", "--03-03", "dpa"],
    ["MADRID, 4 mar (EFE).- El Consejo", "MADRID", "--03-04", "EFE"],
    ["NEW YORK — Stocks rose", "NEW YORK", undefined, undefined],
    ["RIO DE JANEIRO, 5 de março (Reuters) - O governo", "RIO DE JANEIRO", "--03-05", "Reuters"],
    ["新华社杜尚别9月17日电（记者李奥）上海合作组织成员国元首理事会", "杜尚别", "--09-17", "新华社"],
    ["本报北京3月4日讯 国务院新闻办公室", "北京", "--03-04", "本报"],
    ["新华社北京0月17日电 no such month", "北京", undefined, "新华社"],
    ["【ワシントン共同】米政府は", "ワシントン", undefined, "共同"],
    ["(두샨베=연합뉴스) 홍길동 특파원 = 상하이협력기구", "두샨베", undefined, "연합뉴스"],
    ["دوشنبه (رويترز) - قال وزير الخارجية", "دوشنبه", undefined, "رويترز"],
    ["القاهرة - (أ ف ب) - أعلنت الحكومة", "القاهرة", undefined, "أ ف ب"],
  ];
  for (const [text, place, date, agency] of cases) {
    it(`reads "${text.slice(0, 40)}"`, () => {
      const dateline = parseDateline(text);
      assert.ok(dateline);
      assert.equal(dateline.place, place);
      assert.equal(dateline.date ? formatPartialDate(dateline.date) : undefined, date);
      assert.equal(dateline.agency, agency);
    });
  }

  const negatives = [
    "Paris - la ville lumière a accueilli hier le sommet.",
    "La Chine et le Kazakhstan continueront de renforcer leur coopération.",
    "The minister said - in a statement - that",
    "Update - the figures were revised.",
    "外交部长周四在杜尚别与其同行举行会谈。",
    "قال وزير الخارجية (في بيان) إن",
    "(서울에서) 열린 회의에서",
    "",
  ];
  for (const text of negatives) {
    it(`finds no dateline in "${text}"`, () => assert.equal(parseDateline(text), null));
  }
});

describe("a text that opens a paragraph with its day", () => {
  const LEAD = "Die Bundesregierung hat den Gesetzentwurf zur Strompreisbremse am Freitag im Kabinett beschlossen und in den Bundestag eingebracht.";
  const published = (...paragraphs: string[]) => {
    const date = clean(rawDocument(paragraphs.join("\n\n"))).published;
    return date ? formatPartialDate(date) : null;
  };
  it("dates an undated text by a full date and a dash opening one of its first paragraphs", () => {
    assert.equal(published(LEAD, "29.11.2022 – Mehrfach und vehement hatte die Branche vor den Folgen gewarnt, nun kommt es so.", LEAD), "2022-11-29");
    assert.equal(published("27.1.2022 - Bei der Erinnerung an die Verfolgten des Regimes standen in diesem Jahr die Frauen im Mittelpunkt.", LEAD), "2022-01-27");
  });
  it("takes no day from a chronology, a date without its year, or a date the sentence goes on from", () => {
    const entries = ["12.03.2020 – Die Schulen schließen landesweit bis auf Weiteres.", "22.03.2020 – Kontaktbeschränkungen treten überall in Kraft."];
    assert.equal(published(LEAD, ...entries, LEAD), null);
    assert.equal(published(LEAD, "29. November – Mehrfach und vehement hatte die Branche vor den Folgen gewarnt, nun kommt es so."), null);
    assert.equal(published(LEAD, "29.11.2022 hatte die Branche vor den Folgen gewarnt, und nun kommt es wirklich so wie befürchtet."), null);
  });
});

describe("a date read from the page in the future is no publication date", () => {
  const LEAD = "The council approved the tram plan after a long debate on Tuesday evening, and work starts in the spring.";
  const page = (dateLine: string, meta: Parameters<typeof rawDocument>[2] = {}) => clean(rawDocument(`Tram plan approved\n\n${dateLine}\n\n${LEAD}`, "text", meta));
  const year = new Date().getUTCFullYear();
  it("drops a source line's date of a later year and keeps one of today", () => {
    assert.equal(page(`Published: 12.03.${year + 3}`).published, null);
    const today = new Date();
    const stated = `${today.getUTCDate()}.${today.getUTCMonth() + 1}.${today.getUTCFullYear()}`;
    assert.equal(page(`Published: ${stated}`).published?.day, today.getUTCDate());
    assert.equal(page(`Published: 12.03.${year - 3}`).published?.year, year - 3);
  });
  it("drops a version number read as a date (2.6.38 is 2 June 2038 to a day-first reader) but keeps what the container states", () => {
    assert.equal(page(`KernelVersion: 2.6.${String((year + 2) % 100).padStart(2, "0")}`).published, null);
    assert.equal(page("Published: 12.03.2099", { published: `${year + 1}-01-02` }).published?.year, year + 1);
  });
});

describe("month names of more languages, from CLDR", () => {
  const days: Array<[string, number, number, number]> = [
    ["17 сентября 2021", 2021, 9, 17],
    ["17 września 2021", 2021, 9, 17],
    ["17. září 2021", 2021, 9, 17],
    ["15 października 2022", 2022, 10, 15],
    ["17 Eylül 2021", 2021, 9, 17],
    ["17 Σεπτεμβρίου 2021", 2021, 9, 17],
    ["17. syyskuuta 2021", 2021, 9, 17],
    ["3 березня 2020", 2020, 3, 3],
  ];
  for (const [text, year, month, day] of days) {
    it(text, () => {
      const date = parseDate(text);
      assert.deepEqual([date?.year, date?.month, date?.day, date?.precision], [year, month, day, "day"]);
    });
  }
  it("leaves out three-letter abbreviations that are words elsewhere", () => {
    assert.equal(parseDate("LED 2021"), null);
  });
});

describe("dates in every script", () => {
  const days: Array<[string, string]> = [
    ["发布时间：2021年9月16日 15:30", "2021-09-16T15:30"],
    ["2021年09月16日 15時30分", "2021-09-16T15:30"],
    ["令和3年9月16日", "2021-09-16"],
    ["9月16号 下午3:20", "--09-16T15:20"],
    ["2021년 9월 16일 오후 3:20", "2021-09-16T15:20"],
    ["입력 2021.09.16 15:30", "2021-09-16T15:30"],
    ["2021/09/16", "2021-09-16"],
    ["2021. szeptember 16.", "2021-09-16"],
    ["16 سبتمبر 2021", "2021-09-16"],
    ["١٦ سبتمبر ٢٠٢١", "2021-09-16"],
    ["الخميس 16 أيلول/سبتمبر 2021", "2021-09-16"],
    ["16 شتنبر 2021", "2021-09-16"],
    ["16 בספטמבר 2021", "2021-09-16"],
    ["16 सितंबर 2021", "2021-09-16"],
    ["१६ सितंबर २०२१", "2021-09-16"],
    ["16 กันยายน 2564", "2021-09-16"],
    ["วันที่ 16 ก.ย. 2564", "2021-09-16"],
    ["16 ก.ย. 64 10:30 น.", "2021-09-16T10:30"],
    ["1 มี.ค. 2567", "2024-03-01"],
    ["5 มิ.ย. พ.ศ. 2565", "2022-06-05"],
    ["民國110年9月16日", "2021-09-16"],
    ["民国110年9月16日", "2021-09-16"],
    ["16 сентября 2021 г., 15:30", "2021-09-16T15:30"],
    ["۲۵ شهریور ۱۴۰۰", "2021-09-16"],
    ["۳۰ اسفند ۱۳۹۹", "2021-03-20"],
    ["۱ مهر ماه ۱۴۰۰", "2021-09-23"],
    ["25 سنبله 1400", "2021-09-16"],
    // Arabic's mark of a Gregorian year (ميلادي) written onto the year.
    ["5 مارس 2023م", "2023-03-05"],
    ["٥ مارس ٢٠٢٣م", "2023-03-05"],
    // CLDR's month names of Kazakh, Filipino, Tamil and Amharic.
    ["5 наурыз 2023", "2023-03-05"],
    ["5 Marso 2023", "2023-03-05"],
    ["5 மார்ச் 2023", "2023-03-05"],
    ["5 ማርች 2023", "2023-03-05"],
    // Vietnamese: day, month and year as numbers after their nouns.
    ["ngày 5 tháng 3 năm 2023", "2023-03-05"],
    ["Ngày 15 tháng 12 năm 2022", "2022-12-15"],
    ["5 tháng 3, 2023", "2023-03-05"],
    // Typed on an Arabic keyboard: its yeh and kaf for Persian's (تير for تیر, دى for دی, ارديبهشت).
    ["2 تير 1399", "2020-06-22"],
    ["15 دى 1399", "2021-01-04"],
    ["3 ارديبهشت 1400", "2021-04-23"],
  ];
  for (const [text, iso] of days) it(`reads "${text}" as ${iso}`, () => assert.equal(formatPartialDate(parseDate(text)!), iso));
  it("keeps the text as written, in its own digits", () => assert.equal(parseDate("نشر في ١٦ سبتمبر ٢٠٢١")?.text, "١٦ سبتمبر ٢٠٢١"));
  it("reads no date into numbers that are not one", () => {
    for (const text of ["版本 2021.3", "9月", "١٢٫٥ بالمئة", "2021/13/45", "۳۰ اسفند ۱۴۰۰", "۵ مهر"]) assert.equal(parseDate(text), null, text);
  });
});

describe("Solar Hijri month names are CLDR's", () => {
  it("reads every month of Iran's and Afghanistan's calendars as Intl writes it", () => {
    for (const locale of ["fa", "fa-AF"]) {
      const format = new Intl.DateTimeFormat(`${locale}-u-ca-persian-nu-latn`, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
      // The 16th of each Persian month from 1 Farvardin 1400 (21 March 2021): every month's name in a full date.
      for (let month = 0; month < 12; month++) {
        const at = Date.UTC(2021, 2, 21 + 15) + (month * 31 - Math.max(0, month - 6)) * 86_400_000;
        const date = parseDate(format.format(at));
        assert.equal(date && formatPartialDate(date), new Date(at).toISOString().slice(0, 10), `${locale}: ${format.format(at)}`);
      }
    }
  });
});

describe("month names of more languages, from CLDR (continued)", () => {
  it("still leaves out three-letter abbreviations", () => {
    assert.equal(parseDate("LED 2021"), null);
  });
});
