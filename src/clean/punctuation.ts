/**
 * What ends a sentence, in the scripts newsfold reads: the Latin full stop, question and exclamation
 * marks and ellipsis, and their CJK (。．！？), Devanagari (। ॥), Arabic (۔ ؟), Ethiopic (።), Burmese
 * (။) and Khmer (។ ៕) counterparts. For character classes: a line ending in one is a sentence, not a
 * label, a link or a headline fragment. (Thai and Lao mark no sentence end; their lines are judged
 * by other signs.)
 */
export const SENTENCE_FINAL = ".!?…。．！？।॥۔؟።။។៕";
