import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import { withRetracted } from './retracted.ts';

/** Who said what; null means "no filter" for each field. */
export interface StatementFilter {
  /** Actor ids: said by any of them (BY). */
  by: string[] | null;
  /** Node ids of any kind: about any of them (ABOUT). */
  about: string[] | null;
  /** Also retracted facts (hidden by default). */
  includeRetracted?: boolean;
}

const filterParams = ['by', 'about', 'includeRetracted'] as const;
export const countStatements = defineQuery<StatementFilter, { total: number }>(
  'read/count-statements',
  filterParams,
);

export async function countStatementPage(db: Database, filter: StatementFilter): Promise<number> {
  const rows = await db.run(countStatements, withRetracted(filter));
  return rows[0]?.total ?? 0;
}
