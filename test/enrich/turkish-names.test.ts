import { test } from "node:test";
import assert from "node:assert/strict";
import { enrich } from "../../src/enrich/index.js";
import { peopleNamed } from "./helpers.js";

/** A first line to stand as the headline, whose capitals prove nothing: the sentences under test are the body's. */
const TR = "Toplantı pazartesi yapıldı.\n";

test("Turkish compounds with their head's possessive, bare plurals and bodies' words are no people; a board member is one", () => {
  const text = TR + "Açıklamayı Kandilli Rasathanesi yaptı ve Deprem Listesi yayımlandı. Yetkililer Malkara İlçesi ile Bulakbaşı Köyü " +
    "için Kurumsal Denetçiler ve İzmir Büyükşehir ekiplerini gönderdi. Toplantıya Kurul Üyesi Mustafa Bilici ve Mısır " +
    "Cumhurbaşkanı Abdulfettah es-Sisi katıldı.";
  assert.deepEqual(peopleNamed(text, "tr"), ["Mustafa Bilici", "Abdulfettah es-Sisi"]);
});

test("a Turkish common word is no city's other name, and a platform's name is no one's", () => {
  const tr = enrich({ title: null, text: TR + "Şüpheli, Bakırköy Adalet Sarayı’nda savcıya ifade verdi.", lang: "tr", published: null });
  assert.deepEqual(tr.entities.filter((e) => e.type === "place" && e.name === "Adelaide"), []);
  assert.deepEqual(peopleNamed(TR + "Ermenistan Başbakanı Nikol Paşinyan Facebook hesabından açıklama yaptı.", "tr"), ["Nikol Paşinyan"]);
});
