import type { Pool } from "pg";
import { foldFindings } from "../check-findings.js";
import type { StoreFinding } from "../store.js";

/**
 * Verifies a PostgreSQL store's folds and copy groups. The server keeps its own pages and indexes
 * consistent (and each article's search vector lives in its row), so there is no file or index to check.
 */
export async function checkPostgresStore(pool: Pool, schema: string): Promise<StoreFinding[]> {
  const { rows } = await pool.query<{ pending: boolean; without_story: number; bad_groups: number; orphan_members: number }>(
    `SELECT (SELECT commits > folded FROM ${schema}.fold_state) AS pending,
            (SELECT count(*) FROM ${schema}.articles WHERE story_id IS NULL AND (group_id IS NULL OR copy_kind = 'canonical'))::int AS without_story,
            (SELECT count(*) FROM ${schema}.copy_groups g
              WHERE (SELECT count(*) FROM ${schema}.articles a WHERE a.group_id = g.id AND a.copy_kind = 'canonical') <> 1
                 OR NOT EXISTS (SELECT 1 FROM ${schema}.articles a WHERE a.id = g.canonical_id AND a.group_id = g.id AND a.copy_kind = 'canonical')
                 OR g.size <> (SELECT count(*) FROM ${schema}.articles a WHERE a.group_id = g.id))::int AS bad_groups,
            (SELECT count(*) FROM ${schema}.articles a
              WHERE a.group_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${schema}.copy_groups g WHERE g.id = a.group_id))::int AS orphan_members`,
  );
  const r = rows[0];
  return foldFindings({ pending: r.pending, withoutStory: r.without_story, badGroups: r.bad_groups, orphanMembers: r.orphan_members });
}
