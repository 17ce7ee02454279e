import { defineQuery } from '../db/cypher.ts';
import type { Hop } from './score.ts';

/** A measure as exposure sees it: status on the day asked, targets, imposers, covered goods. */
export interface MeasureScope {
  measureId: string;
  status: string | null;
  targetHops: Hop[];
  imposerIds: string[];
  coverHops: Hop[];
}

/**
 * `knownAt`: an instant (ISO, UTC) to read the graph as it was known then, or null for now.
 * Retracted facts never count (docs/history.md).
 */
export type Known = { knownAt: string | null };

export interface DependencyPath {
  goodId: string;
  hops: Hop[];
  /** The goods along the path, from the one depended on to the covered one. */
  goodIds: string[];
}

export const findMeasuresAgainst = defineQuery<
  { targetIds: string[]; asOf: string; statuses: string[] } & Known,
  MeasureScope
>('exposure/find-measures-against', ['targetIds', 'asOf', 'statuses', 'knownAt']);

export const findMeasureScope = defineQuery<
  { measureId: string; asOf: string } & Known,
  MeasureScope
>('exposure/find-measure-scope', ['measureId', 'asOf', 'knownAt']);

export const findFirmPaths = defineQuery<
  { firmId: string; goodIds: string[]; maxHops: unknown } & Known,
  DependencyPath & { firmId: string }
>('exposure/find-firm-paths', ['firmId', 'goodIds', 'maxHops', 'knownAt']);

export const findDependentPaths = defineQuery<
  { goodIds: string[]; maxHops: unknown } & Known,
  DependencyPath & { dependentId: string; isSector: boolean }
>('exposure/find-dependent-paths', ['goodIds', 'maxHops', 'knownAt']);

export const findSectorFirms = defineQuery<
  { sectorIds: string[] } & Known,
  { sectorId: string; firmId: string; hop: Hop }
>('exposure/find-sector-firms', ['sectorIds', 'knownAt']);

export const findBasedIn = defineQuery<
  { firmIds: string[]; countryIds: string[] | null } & Known,
  { firmId: string; countryId: string; hop: Hop }
>('exposure/find-based-in', ['firmIds', 'countryIds', 'knownAt']);

export const findSupplyShares = defineQuery<
  { importerIds: string[]; supplierIds: string[] } & Known,
  { importerId: string; supplierId: string; goodId: string; dependencyId: string; share: number }
>('exposure/find-supply-shares', ['importerIds', 'supplierIds', 'knownAt']);

export const findShortestPaths = defineQuery<
  { fromId: string; toId: string; maxHops: unknown },
  { hops: Hop[] }
>('exposure/find-shortest-paths', ['fromId', 'toId', 'maxHops']);
