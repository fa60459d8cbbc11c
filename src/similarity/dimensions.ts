import { entityOverlap, geographyOverlap, type Entity } from "../enrich/index.js";
import { personMatchKey, surnameMatchKey } from "../enrich/person-key.js";
import type { PartialDate } from "../types.js";
import type { PreparedDocument } from "./document.js";
import type { EntitiesEvidence, GeographyEvidence, IdfTable, NarrativeEvidence, NearPlace, SharedEntity, TimeEvidence } from "./types.js";

/** Shared entities, near places, numbers and names listed in the evidence: enough to explain a score. */
export const MAX_LISTED = 20;
/** Two different places closer than this are "near" (a metropolitan area, a border region). */
export const NEAR_KM = 300;
/** Mean Earth radius (IUGG), for the haversine distance. */
const EARTH_RADIUS_KM = 6371.0088;
const MS_PER_DAY = 86_400_000;
const DAYS_PER_YEAR = 365;
/** Years a news text plausibly names as a date (not amounts such as "1500 soldiers"). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** `table`'s entity frequencies, when it has them, weigh shared keys by rarity. */
export function entitiesEvidence(a: PreparedDocument, b: PreparedDocument, table?: IdfTable): EntitiesEvidence {
  const ea = a.enrichment;
  const eb = b.enrichment;
  if (ea === null || eb === null) return { shared: [], overlap: 0 };
  return { shared: sharedEntities(ea.entities, eb.entities, (e) => e.type !== "place"), overlap: entityOverlap(ea, eb, table?.entities) };
}

export function geographyEvidence(a: PreparedDocument, b: PreparedDocument, table?: IdfTable): GeographyEvidence {
  const ea = a.enrichment;
  const eb = b.enrichment;
  if (ea === null || eb === null) return { shared: [], near: [], overlap: 0 };
  const isPlace = (e: Entity) => e.type === "place";
  const shared = sharedEntities(ea.entities, eb.entities, isPlace);
  const sharedIds = new Set(shared.map((s) => s.id));
  const onlyA = ea.entities.filter((e) => isPlace(e) && !sharedIds.has(e.id));
  const onlyB = eb.entities.filter((e) => isPlace(e) && !sharedIds.has(e.id));
  const near: NearPlace[] = [];
  for (const pa of onlyA) {
    for (const pb of onlyB) {
      const country = pa.country !== undefined && pa.country === pb.country ? pa.country : null;
      const distanceKm = pa.lat !== undefined && pa.lon !== undefined && pb.lat !== undefined && pb.lon !== undefined ? haversineKm(pa.lat, pa.lon, pb.lat, pb.lon) : null;
      if (country === null && (distanceKm === null || distanceKm > NEAR_KM)) continue;
      near.push({ a: { id: pa.id, name: pa.name }, b: { id: pb.id, name: pb.name }, country, distanceKm: distanceKm === null ? null : Math.round(distanceKm) });
    }
  }
  near.sort((x, y) => (x.distanceKm ?? Infinity) - (y.distanceKm ?? Infinity) || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
  return { shared, near: near.slice(0, MAX_LISTED), overlap: geographyOverlap(ea, eb, table?.entities) };
}

/**
 * What the overlap compares an entity by: people by their cross-script key (Ван И, Wang Yi and 王毅 are one),
 * anything else by its id.
 */
const matchKeyOf = (e: Entity): string => (e.type === "person" ? personMatchKey(e.id) : e.id);

/**
 * The entities both name, as the overlap counts them: people across scripts, and a surname alone ("莫迪", "朔尔茨",
 * as Chinese and Thai reports often name a foreigner) with the full name that ends in it.
 */
function sharedEntities(a: readonly Entity[], b: readonly Entity[], keep: (e: Entity) => boolean): SharedEntity[] {
  const byKey = new Map<string, Entity>();
  const bySurname = new Map<string, { entity: Entity; surnameOnly: boolean }>();
  for (const e of b) {
    if (!keep(e)) continue;
    const key = matchKeyOf(e);
    if (!byKey.has(key)) byKey.set(key, e);
    if (e.type !== "person") continue;
    const surname = surnameMatchKey(key);
    if (!bySurname.has(surname ?? key)) bySurname.set(surname ?? key, { entity: e, surnameOnly: surname === null });
  }
  const out: SharedEntity[] = [];
  for (const e of a) {
    if (!keep(e)) continue;
    const key = matchKeyOf(e);
    let other = byKey.get(key);
    if (other === undefined && e.type === "person") {
      const surname = surnameMatchKey(key);
      const candidate = bySurname.get(surname ?? key);
      if (candidate !== undefined && (surname === null || candidate.surnameOnly)) other = candidate.entity;
    }
    if (other !== undefined) out.push({ id: e.id, name: e.name, type: e.type, salienceA: e.salience, salienceB: other.salience });
  }
  out.sort((x, y) => Math.min(y.salienceA, y.salienceB) - Math.min(x.salienceA, x.salienceB) || (x.id < y.id ? -1 : 1));
  return out.slice(0, MAX_LISTED);
}

/** Great-circle distance (haversine formula; Sinnott 1984). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function timeEvidence(a: PreparedDocument, b: PreparedDocument): TimeEvidence {
  const sharedYears = [...a.numbers].filter((n) => b.numbers.has(n) && isYear(n)).map(Number).sort((x, y) => x - y);
  const eventA = a.enrichment?.eventDate?.date ?? null;
  const eventB = b.enrichment?.eventDate?.date ?? null;
  const publishedGapDays = gapDays(a.published, b.published);
  const eventGapDays = gapDays(eventA, eventB);
  const leastGapDays = eventGapDays !== null || publishedGapDays !== null ? null : (leastGap(eventA, eventB) ?? leastGap(a.published, b.published));
  return { publishedGapDays, eventGapDays, leastGapDays, sharedYears };
}

/**
 * The least number of days between two dates known to the month and day, over every year the missing
 * year(s) could be: the known year and its neighbours for one unknown year, a circular year for two.
 */
export function leastGap(a: PartialDate | null, b: PartialDate | null): number | null {
  if (a === null || b === null || a.month === undefined || a.day === undefined || b.month === undefined || b.day === undefined) return null;
  const year = a.year ?? b.year;
  if (year === undefined) {
    const d = Math.abs(dayNumber({ ...a, year: 2001 })! - dayNumber({ ...b, year: 2001 })!); // 2001: not a leap year
    return Math.min(d, DAYS_PER_YEAR - d);
  }
  let least = Infinity;
  for (const ya of a.year === undefined ? [year - 1, year, year + 1] : [a.year]) {
    for (const yb of b.year === undefined ? [ya - 1, ya, ya + 1] : [b.year]) {
      least = Math.min(least, Math.abs(dayNumber({ ...a, year: ya })! - dayNumber({ ...b, year: yb })!));
    }
  }
  return least;
}

function isYear(n: string): boolean {
  const y = Number(n);
  return n.length === 4 && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** Whole days between two dates known to the day, year included; null otherwise (a year is never guessed). */
export function gapDays(a: PartialDate | null, b: PartialDate | null): number | null {
  const da = dayNumber(a);
  const db = dayNumber(b);
  return da === null || db === null ? null : Math.abs(da - db);
}

function dayNumber(d: PartialDate | null): number | null {
  if (d === null || d.year === undefined || d.month === undefined || d.day === undefined) return null;
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function narrativeEvidence(a: PreparedDocument, b: PreparedDocument): NarrativeEvidence {
  const sharedNumbers = [...a.numbers].filter((n) => b.numbers.has(n));
  const sharedNames = [...a.names].filter((n) => b.names.has(n)).sort();
  return {
    sharedNumbers: sharedNumbers.slice(0, MAX_LISTED),
    sharedNames: sharedNames.slice(0, MAX_LISTED),
    titleOverlap: a.titleTerms === null || b.titleTerms === null ? null : jaccard(a.titleTerms, b.titleTerms),
  };
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
