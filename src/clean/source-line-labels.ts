/**
 * The words news templates print before a date, a byline or a source, at the start of a line or of a
 * part of one ("Publié le", "Опубликовано:", "Yayınlanma tarihi:", "تاريخ النشر:", "Автор:", "Источник:").
 * Each list is the languages' own words for "published", "updated", "by/author" and "source"; a label
 * alone says nothing, the rest of the part must be a date, a name or a short source (source-line.ts).
 */

const UPDATED_WORDS = [
  // Western European languages
  String.raw`(?:last |dernière |derniere )?(?:updated?|mis à jour|mise à jour|modifié|actualisé|aktualisiert|zuletzt aktualisiert|aktualisierung|actualizado|actualización|atualizado|atualização|aggiornato|aggiornamento|bijgewerkt)(?: (?:on|le|am|el|em|il|op|at|à))?|stand`,
  // Central and Eastern European, Nordic, Greek, Turkish
  String.raw`обновлено|обновлен[оа]?|оновлено|изменено|змінено|актуализирано|aktualizacja|zaktualizowano|aktualizováno|aktualizované|frissítve|actualizat|ažurirano|posodobljeno|päivitetty|uppdaterad|opdateret|oppdatert|ενημέρωση|ενημερώθηκε|güncelleme(?: tarihi)?|güncellendi|güncellenme(?: tarihi)?`,
  // Vietnamese, Indonesian, Malay; Arabic, Persian, Hebrew; Hindi; Korean, Japanese, Chinese
  String.raw`cập nhật(?: lúc| ngày)?|diperbarui|dikemaskini|(?:آخر )?تحديث|به‌?\s?روز(?:\s?رسانی| شده)|עודכן|अपडेट(?:ेड)?|अद्यतन|최종\s?수정|수정|업데이트|更新(?:日時|日|时间|時間)?`,
].join("|");

const PUBLISHED_WORDS = [
  String.raw`(?:first )?(?:published|posted|publié|publiée|mis en ligne|paru|veröffentlicht|erschienen|publicado|publicada|pubblicato|pubblicata|gepubliceerd|date)(?: (?:on|le|am|el|em|il|op|at|à))?|le|on|am|el|il|em`,
  String.raw`опубликовано|дата публикации|опубліковано|дата публікації|публикувано|opublikowano|data publikacji|publikováno|publikované|közzétéve|publicat|objavljeno|julkaistu|publicerad|publiceret|publisert|δημοσίευση|δημοσιεύθηκε|yayınlanma(?: tarihi)?|yayınlandı|yayın tarihi`,
  String.raw`ngày đăng|đăng(?: lúc| ngày)?|diterbitkan|dipublikasikan|tarikh|تاريخ النشر|نشر(?: في| بتاريخ)?|تاریخ انتشار|פורסם|प्रकाशित|प्रकाशन तिथि|기사\s?입력|입력|게재|발행|公開(?:日時|日)?|配信(?:日時|日)?|掲載(?:日)?|発行`,
].join("|");

const AUTHOR_WORDS = [
  String.raw`by|par|von|por|di|de|door|texte|text|auteur|author|autor|autore`,
  String.raw`автор|автори|autorka|szerző|kirjoittaja|författare|forfatter|συντάκτης|yazar|yazan|tác giả|penulis|oleh`,
  String.raw`بقلم|الكاتب|المؤلف|نویسنده|מאת|लेखक|筆者`,
].join("|");

const SOURCE_WORDS = String.raw`источник|джерело|źródło|zdroj|kaynak|forrás|sursa|izvor|lähde|källa|kilde|πηγή|nguồn|sumber|المصدر|منبع|מקור|स्रोत|출처|出典`;

/** "Updated on", "Обновлено", "Güncelleme:" … at a part's start: the date after it dates a change. */
export const UPDATED_LABEL = new RegExp(String.raw`^(?:${UPDATED_WORDS})\s*:?\s*`, "iu");
export const PUBLISHED_LABEL = new RegExp(String.raw`^(?:${PUBLISHED_WORDS})\s*:?\s*`, "iu");
/** "By", "Автор:", "بقلم" before a name; Latin and Cyrillic ones need the space or colon a word ends with. */
export const AUTHOR_LABEL = new RegExp(String.raw`^(?:${AUTHOR_WORDS})(?:\s*:\s*|\s+)`, "iu");
/** "Источник: ТАСС", "Kaynak: AA": a source's name after a colon. */
export const SOURCE_LABEL = new RegExp(String.raw`^(?:${SOURCE_WORDS})\s*:\s*`, "iu");
