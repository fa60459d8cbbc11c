import { test } from "node:test";
import assert from "node:assert/strict";
import { enrichText, ofType } from "./helpers.js";

/** The places a text names, by display name. */
const places = (text: string, lang: string): string[] => ofType(enrichText(text, lang), "place").map((p) => p.name).sort();

test("a country named by its CLDR name in a script without case, not by a shorter country inside it", () => {
  // i18n-iso-countries names Indonesia 印尼 in Chinese; 印度尼西亚 held 印度, India.
  assert.deepEqual(places("印度尼西亚总统周三会见了德国总理。", "zh"), ["Germany", "Indonesia"]);
  assert.deepEqual(places("他访问了印尼和印度。", "zh"), ["India", "Indonesia"]);
  assert.deepEqual(places("زار المملكة العربية السعودية الأسبوع الماضي.", "ar"), ["Saudi Arabia"]);
});

test("a short country name one language writes names no country in another", () => {
  // Vietnamese Mỹ (the USA) folds to English "My"; Latvian Čada (Chad) to Spanish "cada" (each).
  assert.deepEqual(places("My mother said the council approved the plan on Monday.", "en"), []);
  assert.deepEqual(places("Cada año el consejo aprueba el plan.", "es"), []);
  assert.deepEqual(places("Mỹ và Úc ký hiệp định với Đức.", "vi"), ["Australia", "Germany", "United States"]);
  // Written so across Europe, a short name stays a country in any language.
  assert.deepEqual(places("Die Regierung in Kuba und im Irak reagierte.", "de"), ["Cuba", "Iraq"]);
  assert.deepEqual(places("El gobierno de Irak respondió.", "es"), ["Iraq"]);
});

test("the adjective of a country names it in Arabic, Persian and Hindi", () => {
  assert.deepEqual(places("التقى المستشار الألماني الرئيس الإندونيسي.", "ar"), ["Germany", "Indonesia"]);
  assert.deepEqual(places("وقالت الحكومة المصرية إن المسؤولين الأمريكيين وصلوا.", "ar"), ["Egypt", "United States"]);
  assert.deepEqual(places("دولت آلمانی و مقامات آمریکایی گفتند.", "fa"), ["Germany", "United States"]);
  assert.deepEqual(places("जर्मन चांसलर ने इंडोनेशियाई राष्ट्रपति से मुलाकात की।", "hi"), ["Germany", "Indonesia"]);
  // After a given name the adjective is a family name: Ahmed al-Masri, no Egypt.
  assert.deepEqual(places("قال الكاتب أحمد المصري إن الوضع صعب.", "ar"), []);
  // A form the rule makes that is a name: Uma Bharti, not India.
  assert.deepEqual(places("उमा भारती ने कहा।", "hi"), []);
});

test("the adjective of a country names it in Russian, Ukrainian and Bulgarian, in every gender and case", () => {
  assert.deepEqual(places("Российский президент и американские чиновники встретились с китайским министром.", "ru"), ["China", "Russia", "United States"]);
  assert.deepEqual(places("Американські посадовці зустрілися з німецькою делегацією.", "uk"), ["Germany", "United States"]);
  assert.deepEqual(places("Германският канцлер посети руската столица.", "bg"), ["Germany", "Russia"]);
});
