import type { StoreFinding } from "./store.js";

/** What both backends count about the folds and copy groups, for `foldFindings`. */
export interface FoldFacts {
  pending: boolean;
  /** Articles that are no copy of another and have no story. */
  withoutStory: number;
  /** Copy groups without exactly one canonical member, whose canonical id is not that member, or whose size is off. */
  badGroups: number;
  /** Articles naming a copy group that does not exist. */
  orphanMembers: number;
}

/** The findings about folds and copy groups, worded (and repaired) the same on every backend. */
export function foldFindings(f: FoldFacts): StoreFinding[] {
  const findings: StoreFinding[] = [];
  if (f.pending) {
    findings.push({
      code: "check.fold-pending",
      severity: "warning",
      message: `a story fold is pending (an ingest was stopped before its fold, or ran with --no-stories)${f.withoutStory > 0 ? `: ${f.withoutStory} article(s) have no story yet` : ""}`,
      repair: "newsfold recluster (or any ingest, which finishes it first)",
    });
  } else if (f.withoutStory > 0) {
    findings.push({
      code: "check.story-missing",
      severity: "error",
      message: `${f.withoutStory} article(s) that are no copy have no story, though no fold is pending`,
      repair: "newsfold recluster",
    });
  }
  if (f.badGroups > 0 || f.orphanMembers > 0) {
    findings.push({
      code: "check.copy-groups",
      severity: "error",
      message: `${f.badGroups} copy group(s) without exactly one canonical article or with a wrong size, ${f.orphanMembers} article(s) in a group that does not exist`,
      repair: "copy groups are decided as articles are stored: ingest the same inputs into a new store (newsfold ingest … --db new.db)",
    });
  }
  return findings;
}
