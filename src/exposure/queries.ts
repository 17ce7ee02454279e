import { defineQuery } from '../db/cypher.ts';
import { type DatedChange, statusAsOf } from './as-of.ts';
import type { Hop } from './score.ts';

/** Whom a measure reaches: the actors it names, every destination, or all but a list. */
export type ScopeKind = 'NAMED_TARGETS' | 'ALL_DESTINATIONS' | 'ALL_EXCEPT';

/** A measure as exposure sees it: status on the day asked, targets, imposers, covered goods. */
export interface MeasureScope {
  measureId: string;
  status: string | null;
  /** Why the status on the day asked may be wrong (a change dated to the month or year), or null. */
  uncertainty: string | null;
  scope: ScopeKind;
  /** Provenance of the scope: the props of a TARGETS hop that stands for "all destinations". */
  scopeProps: Record<string, unknown>;
  /** TARGETS relationships (or, from find-measures-against, hops standing for the scope). */
  targetHops: Hop[];
  imposerIds: string[];
  /** Who an "all except" measure leaves out (EXEMPTS). */
  exemptIds: string[];
  coverHops: Hop[];
  /** From find-measure-scope: a hypothetical measure (a scenario), which only `simulate` answers. */
  hypothetical?: boolean;
}

/** What the scope queries return: the status changes, which as-of.ts turns into a status. */
export type ScopeRow = Omit<MeasureScope, 'status' | 'uncertainty'> & { changes: DatedChange[] };

/** A scope row as of a day: the status and its uncertainty by the rule of as-of.ts. */
export function scopeAsOf({ changes, ...row }: ScopeRow, asOf: string): MeasureScope {
  return { ...row, ...statusAsOf(changes, asOf) };
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
  { targetIds: string[]; asOf: string; goodIds: string[] | null } & Known,
  ScopeRow
>('exposure/find-measures-against', ['targetIds', 'asOf', 'goodIds', 'knownAt']);

export const findFirmGoods = defineQuery<
  { firmId: string; maxHops: unknown } & Known,
  { isCompany: boolean; goodIds: string[] }
>('exposure/find-firm-goods', ['firmId', 'maxHops', 'knownAt'], { heavy: true });

export const findMeasureScope = defineQuery<{ measureId: string; asOf: string } & Known, ScopeRow>(
  'exposure/find-measure-scope',
  ['measureId', 'asOf', 'knownAt'],
);

export const findFirmPaths = defineQuery<
  { firmId: string; goodIds: string[]; maxHops: unknown } & Known,
  DependencyPath & { firmId: string }
>('exposure/find-firm-paths', ['firmId', 'goodIds', 'maxHops', 'knownAt'], { heavy: true });

export const findDependentPaths = defineQuery<
  { goodIds: string[]; maxHops: unknown } & Known,
  DependencyPath & { dependentId: string; isSector: boolean }
>('exposure/find-dependent-paths', ['goodIds', 'maxHops', 'knownAt'], { heavy: true });

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
>('exposure/find-shortest-paths', ['fromId', 'toId', 'maxHops'], { heavy: true });
