/**
 * Exposure: which firms depend on which curbed goods, how badly, and why. The semantics are in
 * docs/exposure.md; the weights in weights.ts; the dates rule in as-of.ts; the Cypher in
 * cypher/exposure/. Firms and sectors of one measure: dependents.ts.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { supplyShares } from './dependents.ts';
import { assemblePath, bestPath, type ExposurePath } from './paths.ts';
import {
  findBasedIn,
  findFirmGoods,
  findFirmPaths,
  findMeasureScope,
  type MeasureScope,
  scopeAsOf,
} from './queries.ts';
import { byScore, totalExposure } from './score.ts';
import { listMeasuresAgainst } from './targets.ts';

export { exposedDependents, type RankedDependent, type RankedSector } from './dependents.ts';

export interface FirmExposure {
  firmId: string;
  total: number;
  measures: ExposurePath[];
  /** Why the answer may be wrong on the day asked: changes dated to the month or year. */
  uncertainty: string | null;
  /** False when the id names no company (nothing else is read): the caller says why. */
  isCompany: boolean;
}

const unique = <T>(items: T[]) => [...new Set(items)];

/** The reasons of several scopes, each named by its measure; null when none is uncertain. */
export function uncertaintyOf(scopes: MeasureScope[]): string | null {
  const reasons = scopes
    .filter((s) => s.uncertainty !== null)
    .map((s) => `${s.measureId}: ${s.uncertainty}`);
  return reasons.length > 0 ? reasons.join(' ') : null;
}

/**
 * The measures a firm is exposed to on `asOf`, best first, each with its best path; as the graph
 * was known at `knownAt` (an instant), or now.
 */
export async function firmExposure(
  db: Database,
  firmId: string,
  asOf: string,
  maxHops: number,
  knownAt: string | null = null,
): Promise<FirmExposure> {
  // Where the firm is based and which goods it depends on need only the firm: one wait for both.
  // The measures' COVERS hops are then read for those goods alone (find-firm-goods.cypher says why).
  const [basedIn, [reached]] = await Promise.all([
    db.run(findBasedIn, { firmIds: [firmId], countryIds: null, knownAt }),
    db.run(findFirmGoods, { firmId, maxHops: neo4j.int(maxHops), knownAt }),
  ]);
  if (reached?.isCompany !== true)
    return { firmId, total: 0, measures: [], uncertainty: null, isCompany: false };
  const targetIds = [firmId, ...basedIn.map((b) => b.countryId)];
  const scopes = await listMeasuresAgainst(db, targetIds, asOf, knownAt, reached.goodIds);
  const uncertainty = uncertaintyOf(scopes);
  const goodIds = unique(scopes.flatMap((s) => s.coverHops.map((h) => h.to)));
  if (goodIds.length === 0) return { firmId, total: 0, measures: [], uncertainty, isCompany: true };
  // The firm's paths to the goods and the supply shares that weight them need only the scopes:
  // asked side by side, one wait instead of two.
  const [dependencies, known] = await Promise.all([
    db.run(findFirmPaths, { firmId, goodIds, maxHops: neo4j.int(maxHops), knownAt }),
    supplyShares(
      db,
      // The importers a path can end at: a country the firm is based in, or the firm itself
      // where a measure names it (its own supply of a good, as rank-exposed-firms.cypher reads).
      [firmId, ...basedIn.map((b) => b.countryId)],
      // Only a measure covering a good the firm depends on can put a share on its paths.
      scopes.flatMap((s) => (s.coverHops.length > 0 ? s.imposerIds : [])),
      knownAt,
    ),
  ]);
  const measures = scopes
    .map((scope) => {
      const paths = scope.targetHops.flatMap((targetHop) => {
        const basedInHop =
          targetHop.to === firmId
            ? null
            : (basedIn.find((b) => b.countryId === targetHop.to)?.hop ?? null);
        return dependencies.map((d) => assemblePath(scope, d, targetHop, basedInHop, known));
      });
      return bestPath(paths.filter((p): p is ExposurePath => p !== null && p.score > 0));
    })
    .filter((p): p is ExposurePath => p !== null)
    .map((p) => ({ ...p, id: p.measureId }))
    .sort(byScore);
  const total = totalExposure(measures.map((m) => m.score));
  return { firmId, total, measures, uncertainty, isCompany: true };
}

/** A measure's scope on `asOf` (as known at `knownAt`); null when there is no such measure. */
export async function measureScope(
  db: Database,
  measureId: string,
  asOf: string,
  knownAt: string | null = null,
): Promise<MeasureScope | null> {
  const [row] = await db.run(findMeasureScope, { measureId, asOf, knownAt });
  return row ? scopeAsOf(row, asOf) : null;
}
