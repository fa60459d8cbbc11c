import { NewsfoldError } from "../errors.js";
import type { EnrichOptions, ResolvedEnrichOptions } from "./types.js";

export const DEFAULT_ENRICH_OPTIONS: ResolvedEnrichOptions = Object.freeze({ dates: true, maxEntities: 50, maxChars: 200_000 });

/** Validate and freeze options (throws NewsfoldError `enrich.options.invalid` on misuse). */
export function resolveEnrichOptions(options: EnrichOptions = {}): ResolvedEnrichOptions {
  const maxEntities = options.maxEntities ?? DEFAULT_ENRICH_OPTIONS.maxEntities;
  if (!Number.isInteger(maxEntities) || maxEntities < 0) {
    throw new NewsfoldError("enrich.options.invalid", `createEnricher: maxEntities must be a non-negative integer, got ${String(maxEntities)}`);
  }
  const maxChars = options.maxChars ?? DEFAULT_ENRICH_OPTIONS.maxChars;
  if (!Number.isInteger(maxChars) || maxChars <= 0) {
    throw new NewsfoldError("enrich.options.invalid", `createEnricher: maxChars must be a positive integer, got ${String(maxChars)}`);
  }
  return Object.freeze({ dates: options.dates ?? DEFAULT_ENRICH_OPTIONS.dates, maxEntities, maxChars });
}
