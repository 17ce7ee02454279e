import type { Database } from '../db/database.ts';
import { findMeasuresAgainst, type MeasureScope, scopeAsOf } from './queries.ts';
import type { Hop } from './score.ts';
import { ACTIVE_STATUSES } from './weights.ts';

/** True when a scope may bite on the day asked: active, or a change to active is in its window. */
export const mayBite = (scope: MeasureScope) =>
  (scope.status !== null && ACTIVE_STATUSES.includes(scope.status)) || scope.uncertainty !== null;

/**
 * The measures that reach any of `targetIds` on `asOf` (as known at `knownAt`): named targets and
 * measures on all destinations (but the imposer and the exempted). Active ones, and those whose
 * status may change on that day (`uncertainty`), so that answers can say so. With `goodIds`, each
 * scope's `coverHops` are those to these goods only (null: every good it covers).
 */
export async function listMeasuresAgainst(
  db: Database,
  targetIds: string[],
  asOf: string,
  knownAt: string | null = null,
  goodIds: string[] | null = null,
): Promise<MeasureScope[]> {
  const rows = await db.run(findMeasuresAgainst, { targetIds, asOf, goodIds, knownAt });
  return rows.map((row) => scopeAsOf(row, asOf)).filter(mayBite);
}

/**
 * The countries a measure reaches among `countryIds`, each with the TARGETS hop of its path: a
 * named target's own relationship, or, for a measure on all destinations, a hop that stands for
 * the scope and carries its provenance. The imposer is never a target; an exemption always wins.
 */
export function targetHopsAmong(scope: MeasureScope, countryIds: Iterable<string>): Hop[] {
  const excluded = new Set([...scope.imposerIds, ...scope.exemptIds]);
  const hops = scope.targetHops.filter((hop) => !excluded.has(hop.to));
  if (scope.scope === 'NAMED_TARGETS') return hops;
  const named = new Set(hops.map((hop) => hop.to));
  for (const countryId of new Set(countryIds)) {
    if (excluded.has(countryId) || named.has(countryId)) continue;
    hops.push({ type: 'TARGETS', from: scope.measureId, to: countryId, props: scope.scopeProps });
  }
  return hops;
}
