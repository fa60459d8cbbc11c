import { NewsfoldError } from "../errors.js";
import type { EnrichOptions, ResolvedEnrichOptions } from "./types.js";

export const DEFAULT_ENRICH_OPTIONS: ResolvedEnrichOptions = Object.freeze({ dates: true, maxEntities: 50 });

/** Validate and freeze options (throws NewsfoldError `enrich.options.invalid` on misuse). */
export function resolveEnrichOptions(options: EnrichOptions = {}): ResolvedEnrichOptions {
  const maxEntities = options.maxEntities ?? DEFAULT_ENRICH_OPTIONS.maxEntities;
  if (!Number.isInteger(maxEntities) || maxEntities < 0) {
    throw new NewsfoldError("enrich.options.invalid", `createEnricher: maxEntities must be a non-negative integer, got ${String(maxEntities)}`);
  }
  return Object.freeze({ dates: options.dates ?? DEFAULT_ENRICH_OPTIONS.dates, maxEntities });
}
