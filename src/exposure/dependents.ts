/**
 * Firms and sectors exposed to one measure's scope: `exposedFirms`, `sectorExposure` and
 * `simulate` (docs/exposure.md). Works for measures in the graph and for hypothetical ones.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { assemblePath, bestPath, type ExposurePath, type SupplyShare } from './paths.ts';
import {
  findBasedIn,
  findDependentPaths,
  findSectorFirms,
  findSupplyShares,
  type MeasureScope,
} from './queries.ts';
import { byScore } from './score.ts';
import { targetHopsAmong } from './targets.ts';
import { ACTIVE_STATUSES } from './weights.ts';

export interface RankedDependent {
  id: string;
  score: number;
  path: ExposurePath;
}

/** An exposed sector, with the exposed firms that belong to it (best first). */
export interface RankedSector extends RankedDependent {
  firms: RankedDependent[];
}

const unique = <T>(items: T[]) => [...new Set(items)];

export async function supplyShares(
  db: Database,
  importerIds: string[],
  supplierIds: string[],
  knownAt: string | null,
): Promise<SupplyShare[]> {
  if (importerIds.length === 0 || supplierIds.length === 0) return [];
  const shares = await db.run(findSupplyShares, {
    importerIds: unique(importerIds),
    supplierIds: unique(supplierIds),
    knownAt,
  });
  // Where several shares of one importer's supply of a good are known, the largest counts (the
  // cautious choice), then the first by id: the order rank-exposed-firms.cypher keeps.
  return shares.sort(
    (a, b) =>
      (b.share ?? -1) - (a.share ?? -1) ||
      (a.dependencyId < b.dependencyId ? -1 : a.dependencyId > b.dependencyId ? 1 : 0),
  );
}

/**
 * Firms (and sectors) exposed to one measure's scope, best first. `onlyCountries` keeps the
 * targets among those countries (sectorExposure asks about one country); null keeps every target.
 */
export async function exposedDependents(
  db: Database,
  scope: MeasureScope,
  maxHops: number,
  knownAt: string | null = null,
  onlyCountries: string[] | null = null,
): Promise<{ firms: RankedDependent[]; sectors: RankedSector[] }> {
  const goodIds = scope.coverHops.map((h) => h.to);
  if (!scope.status || !ACTIVE_STATUSES.includes(scope.status) || goodIds.length === 0) {
    return { firms: [], sectors: [] };
  }
  const dependencies = await db.run(findDependentPaths, {
    goodIds,
    maxHops: neo4j.int(maxHops),
    knownAt,
  });
  const sectorIds = unique(dependencies.filter((d) => d.isSector).map((d) => d.dependentId));
  const sectorFirms =
    sectorIds.length > 0 ? await db.run(findSectorFirms, { sectorIds, knownAt }) : [];
  const firmIds = unique([
    ...dependencies.filter((d) => !d.isSector).map((d) => d.dependentId),
    ...sectorFirms.map((s) => s.firmId),
  ]);
  // A measure on all destinations reaches every country its dependents are based in, so it
  // needs every BASED_IN; a named scope only those of its targets.
  const named = scope.scope === 'NAMED_TARGETS';
  const basedIn =
    firmIds.length > 0
      ? await db.run(findBasedIn, {
          firmIds,
          countryIds: named ? scope.targetHops.map((h) => h.to) : null,
          knownAt,
        })
      : [];
  const targetHops = targetHopsAmong(
    scope,
    onlyCountries ?? basedIn.map((b) => b.countryId),
  ).filter((hop) => !onlyCountries || onlyCountries.includes(hop.to));
  const known = await supplyShares(
    db,
    targetHops.map((h) => h.to),
    scope.imposerIds,
    knownAt,
  );

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
      for (const targetHop of targetHops) {
        const basedInHop = basedInHops.get(`${firmId}>${targetHop.to}`)?.[0]?.hop ?? null;
        if (targetHop.to !== firmId && !basedInHop) continue;
        const hops = [...via, ...dependency.hops];
        add(
          firmPaths,
          firmId,
          assemblePath(scope, { ...dependency, hops }, targetHop, basedInHop, known),
        );
      }
    }
    // The sector's own exposure, for the firms of the target countries it stands for.
    if (dependency.isSector) {
      for (const targetHop of targetHops)
        add(
          sectorPaths,
          dependency.dependentId,
          assemblePath(scope, dependency, targetHop, null, known),
        );
    }
  }
  const rank = (map: Map<string, ExposurePath>) =>
    [...map.entries()].map(([id, path]) => ({ id, score: path.score, path })).sort(byScore);
  const firms = rank(firmPaths);
  // Every exposed firm of a sector is listed with it, whichever way its own best path runs.
  const sectors = rank(sectorPaths).map((sector) => {
    const members = new Set((firmsOfSector.get(sector.id) ?? []).map((s) => s.firmId));
    return { ...sector, firms: firms.filter((f) => members.has(f.id)) };
  });
  return { firms, sectors };
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
