/**
 * Exposure: which firms depend on which curbed goods, how badly, and why. The semantics are in
 * docs/exposure.md; the weights in weights.ts; the Cypher in cypher/exposure/.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { assemblePath, bestPath, type ExposurePath, type SupplyShare } from './paths.ts';
import {
  findBasedIn,
  findDependentPaths,
  findFirmPaths,
  findMeasureScope,
  findMeasuresAgainst,
  findSectorFirms,
  findSupplyShares,
  type MeasureScope,
} from './queries.ts';
import { byScore, totalExposure } from './score.ts';
import { ACTIVE_STATUSES } from './weights.ts';

export interface FirmExposure {
  firmId: string;
  total: number;
  measures: ExposurePath[];
}

const unique = <T>(items: T[]) => [...new Set(items)];

async function shares(
  db: Database,
  importerIds: string[],
  supplierIds: string[],
  knownAt: string | null,
): Promise<SupplyShare[]> {
  if (importerIds.length === 0 || supplierIds.length === 0) return [];
  return db.run(findSupplyShares, {
    importerIds: unique(importerIds),
    supplierIds: unique(supplierIds),
    knownAt,
  });
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
  const basedIn = await db.run(findBasedIn, { firmIds: [firmId], countryIds: null, knownAt });
  const targetIds = [firmId, ...basedIn.map((b) => b.countryId)];
  const scopes = await db.run(findMeasuresAgainst, {
    targetIds,
    asOf,
    statuses: ACTIVE_STATUSES,
    knownAt,
  });
  const goodIds = unique(scopes.flatMap((s) => s.coverHops.map((h) => h.to)));
  if (goodIds.length === 0) return { firmId, total: 0, measures: [] };
  const dependencies = await db.run(findFirmPaths, {
    firmId,
    goodIds,
    maxHops: neo4j.int(maxHops),
    knownAt,
  });
  const known = await shares(
    db,
    basedIn.map((b) => b.countryId),
    scopes.flatMap((s) => s.imposerIds),
    knownAt,
  );
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
  return { firmId, total: totalExposure(measures.map((m) => m.score)), measures };
}

/** A measure's scope on `asOf` (as known at `knownAt`); null when there is no such measure. */
export async function measureScope(
  db: Database,
  measureId: string,
  asOf: string,
  knownAt: string | null = null,
): Promise<MeasureScope | null> {
  const [scope] = await db.run(findMeasureScope, { measureId, asOf, knownAt });
  return scope ?? null;
}

export interface RankedDependent {
  id: string;
  score: number;
  path: ExposurePath;
}

/**
 * Firms (and sectors) exposed to one measure's scope, best first. Works for measures in the
 * graph and for hypothetical ones (`simulate`), which write nothing.
 */
export async function exposedDependents(
  db: Database,
  scope: MeasureScope,
  maxHops: number,
  knownAt: string | null = null,
): Promise<{ firms: RankedDependent[]; sectors: RankedDependent[] }> {
  const goodIds = scope.coverHops.map((h) => h.to);
  if (!scope.status || !ACTIVE_STATUSES.includes(scope.status) || goodIds.length === 0) {
    return { firms: [], sectors: [] };
  }
  const targetIds = scope.targetHops.map((h) => h.to);
  // The shares depend only on the scope: fetched while the paths are.
  const [dependencies, known] = await Promise.all([
    db.run(findDependentPaths, { goodIds, maxHops: neo4j.int(maxHops), knownAt }),
    shares(db, targetIds, scope.imposerIds, knownAt),
  ]);
  const sectorIds = unique(dependencies.filter((d) => d.isSector).map((d) => d.dependentId));
  const sectorFirms =
    sectorIds.length > 0 ? await db.run(findSectorFirms, { sectorIds, knownAt }) : [];
  const firmIds = unique([
    ...dependencies.filter((d) => !d.isSector).map((d) => d.dependentId),
    ...sectorFirms.map((s) => s.firmId),
  ]);
  // Only a firm based in a target country is exposed through it: the rest need no BASED_IN hop.
  const basedIn =
    firmIds.length > 0
      ? await db.run(findBasedIn, { firmIds, countryIds: targetIds, knownAt })
      : [];

  // Indexes for the loop below, which meets every path of every dependent: a large graph gives
  // hundreds of thousands, so no lookup in it may scan a list.
  const basedInHops = groupBy(basedIn, (b) => `${b.firmId}>${b.countryId}`);
  const firmsOfSector = groupBy(sectorFirms, (s) => s.sectorId);
  const firmPaths = new Map<string, ExposurePath>();
  const sectorPaths = new Map<string, ExposurePath>();
  const add = (map: Map<string, ExposurePath>, id: string, path: ExposurePath | null) => {
    if (!path || path.score <= 0) return;
    const best = map.get(id);
    if (!best || bestPath([best, path]) === path) map.set(id, path);
  };
  for (const dependency of dependencies) {
    const ways = dependency.isSector
      ? (firmsOfSector.get(dependency.dependentId) ?? []).map((s) => ({
          firmId: s.firmId,
          via: [s.hop],
        }))
      : [{ firmId: dependency.dependentId, via: [] }];
    for (const { firmId, via } of ways) {
      for (const targetHop of scope.targetHops) {
        const basedInHop = basedInHops.get(`${firmId}>${targetHop.to}`)?.[0]?.hop ?? null;
        if (targetHop.to !== firmId && !basedInHop) continue;
        const path = assemblePath(
          scope,
          { ...dependency, hops: [...via, ...dependency.hops] },
          targetHop,
          basedInHop,
          known,
        );
        add(firmPaths, firmId, path);
      }
    }
    if (dependency.isSector) {
      // The sector's own exposure, for the firms of the target countries it stands for.
      for (const targetHop of scope.targetHops) {
        add(
          sectorPaths,
          dependency.dependentId,
          assemblePath(scope, dependency, targetHop, null, known),
        );
      }
    }
  }
  const rank = (map: Map<string, ExposurePath>) =>
    [...map.entries()].map(([id, path]) => ({ id, score: path.score, path })).sort(byScore);
  return { firms: rank(firmPaths), sectors: rank(sectorPaths) };
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
