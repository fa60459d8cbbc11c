import type { QuoteRelation } from "../copies/quote-relations.js";
import { z } from "@hono/zod-openapi";
import type { SimilarityReport } from "../similarity/index.js";
import type { CopyGroup, StoredArticle } from "../store/index.js";

/**
 * The API's shapes, once: the same zod schemas validate requests and generate /api/openapi.json.
 * Every input is a string from a URL, so each is bounded in length and parsed strictly (an id is
 * digits only: "1e3", " 1" and "0x1" are refused rather than coerced).
 */

/** Default and largest page size of every list. */
export const PAGE_DEFAULT = 20;
export const PAGE_MAX = 100;
/** Longest free text accepted in a query (search words, names): far above any real query. */
const TEXT_MAX = 500;

/*
 * Query and path parameters word every message of theirs as what they take ("an article id (positive
 * integer)"), so a refusal reads "b: required, an article id (positive integer)" (http/validation.ts).
 */

/** A positive whole number written in digits (ids), at most 15 digits so it stays a safe integer; `what`: "an article id". */
export const idString = (what: string) => {
  const takes = `${what} (positive integer)`;
  return z
    .string({ error: takes })
    .regex(/^[1-9][0-9]{0,14}$/, takes)
    .transform(Number)
    .openapi({ type: "string", pattern: "^[1-9][0-9]{0,14}$", example: "1", description: takes });
};

/** A whole number in [min, max], `fallback` when absent. */
export const boundedInt = (min: number, max: number, fallback: number) => {
  const takes = `a whole number from ${min} to ${max}`;
  return z
    .string({ error: takes })
    .regex(/^[0-9]{1,9}$/, takes)
    .transform(Number)
    .refine((n) => n >= min && n <= max, takes)
    .optional()
    .transform((n) => n ?? fallback)
    .openapi({ type: "string", pattern: "^[0-9]{1,9}$", description: `${min}–${max}, default ${fallback}` });
};

export const text = (description: string, max = TEXT_MAX) => {
  const takes = `text of 1 to ${max} characters`;
  return z.string({ error: takes }).min(1, takes).max(max, takes).openapi({ description });
};

/** `limit` and `offset` of a list page; `fallback` is the limit when none is asked for. */
export const pageQuery = (fallback = PAGE_DEFAULT) =>
  z.object({
    limit: boundedInt(1, PAGE_MAX, fallback),
    offset: boundedInt(0, 1_000_000_000, 0),
  });

export const PageQuery = pageQuery();

const ENTITY_ID_TAKES = "an entity id such as place:KZ";

/** A canonical entity id ("place:KZ", "person:w-y", "org:sco"), as the store writes them. */
export const EntityId = z
  .string({ error: ENTITY_ID_TAKES })
  .max(200, ENTITY_ID_TAKES)
  .regex(/^(person|place|org):[^\u0000-\u001f]+$/, ENTITY_ID_TAKES)
  .openapi({ example: "place:KZ" });

/** An entity by id (place:KZ) or by a name in any spelling. */
export const entityRef = (description: string) =>
  z.union([EntityId, text("a name in any spelling", 200)], { error: "an entity id (place:KZ) or a name of 1 to 200 characters" }).openapi({ description });

const LANG_TAKES = "a language code such as fr";

/** A language code as cleaning writes it ("fr", "en", "und"). */
export const Lang = z.string({ error: LANG_TAKES }).regex(/^[a-z]{2,3}$/, LANG_TAKES).openapi({ example: "fr" });

const DATE_TAKES = "a date written 2021-09-17 (or 2021-09, 2021)";

/** A sortable date prefix: 2021, 2021-09, 2021-09-17. */
export const DatePrefix = z.string({ error: DATE_TAKES }).regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, DATE_TAKES);

export const ErrorBody = z
  .object({ error: z.object({ code: z.string().openapi({ example: "http.bad-request" }), message: z.string() }) })
  .openapi("Error");

/** A list page: items plus where the next page starts (null on the last page). */
export const listOf = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      limit: z.number().int(),
      offset: z.number().int(),
      next: z.number().int().nullable(),
      total: z.number().int().optional(),
    })
    .openapi(name);

/** What to ask the store for: one more than the page, so the envelope knows whether another page follows. */
export const probe = (q: { limit: number; offset: number }) => ({ limit: q.limit + 1, offset: q.offset });

/** The page envelope from `limit + 1` items read (see `probe`): `next` is null on the last page. */
export function page<T>(items: T[], limit: number, offset: number): { items: T[]; limit: number; offset: number; next: number | null } {
  const more = items.length > limit;
  return { items: more ? items.slice(0, limit) : items, limit, offset, next: more ? offset + limit : null };
}

const nullableString = z.string().nullable();

export const StoryListingSchema = z
  .object({
    id: z.number().int(),
    threadId: z.number().int().nullable(),
    title: z.string(),
    first: nullableString,
    last: nullableString,
    articles: z.number().int(),
    languages: z.array(z.string()),
    sites: z.array(z.string()),
  })
  .openapi("StoryListing");

export const ThreadListingSchema = z
  .object({ id: z.number().int(), title: z.string(), first: nullableString, last: nullableString, stories: z.number().int(), articles: z.number().int() })
  .openapi("ThreadListing");

const CopyKindSchema = z.enum(["canonical", "exact", "near", "contained"]).nullable();

export const StoryMemberSchema = z
  .object({
    id: z.number().int(),
    title: nullableString,
    site: nullableString,
    url: nullableString,
    lang: z.string(),
    published: nullableString,
    groupId: z.number().int().nullable(),
    copyKind: CopyKindSchema,
  })
  .openapi("StoryMember");

export const ArticleListingSchema = StoryMemberSchema.extend({ storyId: z.number().int().nullable() }).openapi("ArticleListing");

const EntityTypeSchema = z.enum(["person", "place", "organisation"]);

export const EntitySummarySchema = z
  .object({
    id: z.string(),
    type: EntityTypeSchema,
    name: z.string(),
    country: nullableString,
    articles: z.number().int(),
    first: nullableString,
    last: nullableString,
  })
  .openapi("EntitySummary");

export const SearchHitSchema = z
  .object({ id: z.number().int(), title: nullableString, snippet: z.string(), score: z.number(), groupId: z.number().int().nullable() })
  .openapi("SearchHit");

export const PlaceSchema = z
  .object({ id: z.string(), name: z.string(), country: nullableString, lat: z.number(), lon: z.number(), articles: z.number().int() })
  .openapi("Place");

/** Deep values documented by shape name and checked by TypeScript (their fields are the library's types). */
export const CopyGroupSchema = z.custom<CopyGroup>().openapi("CopyGroup", {
  type: "object",
  description: "A copy group: its canonical article and every member with kind and similarity (CopyGroup in src/store/store.ts).",
});
const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() }).nullable();

export const QuoteRelationSchema = z
  .object({
    id: z.number().int().openapi({ description: "the other article" }),
    title: nullableString,
    url: nullableString,
    published: nullableString,
    share: z.number().openapi({ description: "share of the quoted text found in the quoting one (0–1)" }),
    here: SpanSchema.openapi({ description: "the shared passage in this article (character offsets in `text`, end exclusive)" }),
    there: SpanSchema.openapi({ description: "the shared passage in the other article" }),
  })
  .openapi("QuoteRelation");

export const ArticleSchema = z.custom<
  StoredArticle & { copies: CopyGroup | null; quotes: QuoteRelation[]; quotedBy: QuoteRelation[]; quoteCounts: { quotes: number; quotedBy: number }; textOffset: number }
>().openapi("Article", {
  type: "object",
  description:
    "A stored article (StoredArticle in src/store/store.ts): text, dates, entities with mention offsets, removed spans, provenance, story, thread and copy group. " +
    "`otherSources` lists every other place the identical document was read at (file, line or record, URL; `seenAt` when first read there), `provenance` being the first. " +
    "`quotes` lists the articles whose text lies inside this one and `quotedBy` those quoting it (QuoteRelation; at most 50 each, `quoteCounts` gives the totals): " +
    "a quoting article is no copy, it stays an original. " +
    'Mention offsets index `title + "\\n\\n" + text` (the text alone when there is no title): subtract `textOffset` for an offset within `text`.',
});
export const SimilarityReportSchema = z.custom<SimilarityReport>().openapi("SimilarityReport", {
  type: "object",
  description: "Scores per dimension (text, entities, geography, time, narrative) with their evidence, the overall score and verdict (src/similarity).",
});

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

/** Error responses every route may answer. */
export const errorResponses = {
  400: jsonContent(ErrorBody, "a parameter is invalid"),
  404: jsonContent(ErrorBody, "not found"),
  500: jsonContent(ErrorBody, "the server failed"),
} as const;
