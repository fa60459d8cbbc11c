/**
 * Korean postpositions written onto a noun, longest first (locative 에서 and its short form 서, 에, 로/으로,
 * 까지, 부터, and the case particles): "도쿄에서" is 도쿄 + 에서. Enrichment cuts them off to find names;
 * search indexes and queries a noun apart from its particle.
 */
export const KOREAN_POSTPOSITIONS = ["에서는", "에서도", "에서", "에게", "으로", "까지", "부터", "에는", "에도", "에", "서", "로", "의", "은", "는", "이", "가", "을", "를", "와", "과", "도"] as const;

/** Syllables a noun keeps once its particle is cut: a shorter rest is mostly a word that merely ends like one (국가). */
export const MIN_KOREAN_STEM = 2;

/**
 * A Hangul word of MIN_KOREAN_STEM syllables or more and the particle it ends with, the longest that fits.
 * Written with a lazy stem so the same expression reads the same in PostgreSQL's regular expressions.
 */
export const KOREAN_NOUN_PARTICLE_SOURCE = `([\\uac00-\\ud7a3]{${MIN_KOREAN_STEM},}?)(${KOREAN_POSTPOSITIONS.join("|")})(?![\\uac00-\\ud7a3])`;

/** The particle a Korean word ends with (the longest that leaves MIN_KOREAN_STEM syllables), or undefined. */
export function koreanParticleOf(word: string): string | undefined {
  return KOREAN_POSTPOSITIONS.find((p) => word.length - p.length >= MIN_KOREAN_STEM && word.endsWith(p));
}

/** A Korean word without the particle written onto it ("경주에서", "지진으로" → 경주, 지진). */
export function withoutKoreanParticle(word: string): string {
  const particle = koreanParticleOf(word);
  return particle === undefined ? word : word.slice(0, word.length - particle.length);
}
