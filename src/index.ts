/**
 * The public API of newsfold: an explicit list, kept in step with package.json "exports" by
 * test/api/exports.test.ts. Each stage is a typed function; `fold` runs them all into a store.
 */
export type * from "./types.js";
export { NewsfoldError, isNewsfoldError } from "./errors.js";
export { ERROR_CODES, PROBLEM_CODES, STORE_FINDING_CODES, NEWSFOLD_CODES } from "./codes.js";
export type { ErrorCode, ProblemCode, StoreFindingCode, NewsfoldCode } from "./codes.js";
export { createCollectingReporter, silentReporter, type CollectingReporter } from "./report.js";

// read
export { readInputs, readBuffer, readStream, planInputs, decodeBytes, repairMojibake, READ_PROBLEM_CODES, DEFAULT_MAX_DOCUMENT_BYTES } from "./read/index.js";
export type { ReadOptions, InputPlan, PlannedFile } from "./read/index.js";

// clean
export { clean, createCleaner, detectLanguage, parseDate, formatPartialDate, parseDateline, parseSourceLine, extractHtml } from "./clean/index.js";
export type { CleanOptions, Cleaner } from "./clean/index.js";

// text and fingerprint
export { normalizeText, tokenize, shingleHashes, shingleHashesOfText } from "./text/index.js";
export { exactHash, createMinHasher, estimateJaccard, serializeSignature, deserializeSignature } from "./fingerprint/index.js";
export type { MinHasher } from "./fingerprint/index.js";
export { fingerprint, createFingerprinter, type Fingerprint } from "./pipeline/prepare.js";

// lsh and copies
export { createLshIndex, optimalBandsRows, candidateProbability } from "./lsh/index.js";
export type { LshIndex, LshIndexOptions, LshWeights } from "./lsh/index.js";
export { createCopyIndex, verifyPair, chooseCanonical, groupCopies, createDeduplicator } from "./copies/index.js";
export type { CopyIndex, CopyIndexOptions, CopyMatch, CopyEdge, Deduplicator, DedupOptions } from "./copies/index.js";

// enrich, stories, threads, similarity
export { enrich, createEnricher, personKey, gazetteerLoadMs } from "./enrich/index.js";
export type { Enrichment, Entity, EntityType, EnrichInput, EnrichOptions } from "./enrich/index.js";
export { createStoryClusterer, storyArticle } from "./stories/index.js";
export type { StoryArticle, StoryOptions, StorySummary } from "./stories/index.js";
export { createThreadLinker } from "./threads/index.js";
export type { Thread, ThreadOptions } from "./threads/index.js";
export { similarity, createIdfTable, addToIdfTable } from "./similarity/index.js";
export type { SimilarityInput, SimilarityReport, IdfTable } from "./similarity/index.js";
export { foldStories, type FoldStoriesOptions, type FoldStoriesSummary } from "./pipeline/fold-stories.js";
export { findSimilar, similarityInput, idfFromStore } from "./pipeline/similar.js";

// store
export { openStore, storeConfigFromLocation, sortableDate } from "./store/index.js";
export type { Store, StoreConfig, StoredArticle, CopyGroup, SearchHit, NewArticle, CommitBatch, GroupChange, OtherSource, SourceSighting } from "./store/index.js";

// the whole fold
export { ingest, DEFAULT_BATCH_SIZE, type IngestOptions, type IngestSummary, type IngestProgress } from "./pipeline/ingest.js";
export { fold, type FoldOptions } from "./fold.js";
export { resolveConfig, type Config, type ResolvedConfig } from "./config/index.js";
export { runCli } from "./cli/program.js";
