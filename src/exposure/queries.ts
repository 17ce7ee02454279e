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

export interface DependencyPath {
  goodId: string;
  hops: Hop[];
  /** The goods along the path, from the one depended on to the covered one. */
  goodIds: string[];
}

export const findMeasuresAgainst = defineQuery<
  { targetIds: string[]; asOf: string; statuses: string[] },
  MeasureScope
>('exposure/find-measures-against', ['targetIds', 'asOf', 'statuses']);

export const findMeasureScope = defineQuery<{ measureId: string; asOf: string }, MeasureScope>(
  'exposure/find-measure-scope',
  ['measureId', 'asOf'],
);

export const findFirmPaths = defineQuery<
  { firmId: string; goodIds: string[]; maxHops: unknown },
  DependencyPath & { firmId: string }
>('exposure/find-firm-paths', ['firmId', 'goodIds', 'maxHops']);

export const findDependentPaths = defineQuery<
  { goodIds: string[]; maxHops: unknown },
  DependencyPath & { dependentId: string; isSector: boolean }
>('exposure/find-dependent-paths', ['goodIds', 'maxHops']);

export const findSectorFirms = defineQuery<
  { sectorIds: string[] },
  { sectorId: string; firmId: string; hop: Hop }
>('exposure/find-sector-firms', ['sectorIds']);

export const findBasedIn = defineQuery<
  { firmIds: string[] },
  { firmId: string; countryId: string; hop: Hop }
>('exposure/find-based-in', ['firmIds']);

export const findSupplyShares = defineQuery<
  { importerIds: string[]; supplierIds: string[] },
  { importerId: string; supplierId: string; goodId: string; dependencyId: string; share: number }
>('exposure/find-supply-shares', ['importerIds', 'supplierIds']);

export const findShortestPaths = defineQuery<
  { fromId: string; toId: string; maxHops: unknown },
  { hops: Hop[] }
>('exposure/find-shortest-paths', ['fromId', 'toId', 'maxHops']);
