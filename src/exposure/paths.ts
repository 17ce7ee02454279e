import type { DependencyPath, MeasureScope } from './queries.ts';
import { type Hop, hopWeight, pathScore, type ScoredHop } from './score.ts';

export interface SupplyShare {
  importerId: string;
  supplierId: string;
  goodId: string;
  dependencyId: string;
  share: number;
}

/** One way a firm (or sector) is exposed to one measure, hop by hop, with its score. */
export interface ExposurePath {
  measureId: string;
  status: string;
  /** Why the status on the day asked may be wrong (as-of.ts), or null. */
  uncertainty: string | null;
  score: number;
  hops: ScoredHop[];
  supplyShare: SupplyShare | null;
}

/**
 * Joins a dependency path (firm ... covered good) to the measure that covers the good and
 * targets the firm or its country: [dependency hops, COVERS, TARGETS, BASED_IN?].
 */
export function assemblePath(
  scope: MeasureScope,
  dependency: DependencyPath,
  targetHop: Hop,
  basedInHop: Hop | null,
  shares: SupplyShare[],
): ExposurePath | null {
  const covers = scope.coverHops.find((hop) => hop.to === dependency.goodId);
  if (!covers || !scope.status) return null;
  const hops = [...dependency.hops, covers, targetHop, ...(basedInHop ? [basedInHop] : [])];
  // The share nearest the covered good: the country's share of rare earths, not of motors.
  const importer = targetHop.to;
  const share =
    [...dependency.goodIds]
      .reverse()
      .map((goodId) =>
        shares.find(
          (s) =>
            s.goodId === goodId &&
            s.importerId === importer &&
            scope.imposerIds.includes(s.supplierId),
        ),
      )
      .find((s) => s !== undefined) ?? null;
  return {
    measureId: scope.measureId,
    status: scope.status,
    uncertainty: scope.uncertainty,
    score: pathScore(hops, share?.share ?? null, scope.status),
    hops: hops.map((hop) => ({ ...hop, weight: hopWeight(hop) })),
    supplyShare: share,
  };
}

/**
 * The best of several paths: highest score; on a tie fewer hops, then the hops' ends in path
 * order, then their types (a sector that both makes and uses a good reaches it by two paths with
 * the same ends), as rank-exposed-firms.cypher orders them.
 */
export function bestPath(paths: ExposurePath[]): ExposurePath | null {
  const ends = (p: ExposurePath) => p.hops.map((h) => `${h.from}>${h.to}`).join('|');
  const types = (p: ExposurePath) => p.hops.map((h) => h.type).join('|');
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    [...paths].sort(
      (a, b) =>
        b.score - a.score ||
        a.hops.length - b.hops.length ||
        order(ends(a), ends(b)) ||
        order(types(a), types(b)),
    )[0] ?? null
  );
}
