import { EXPOSURE_WEIGHTS as W } from './weights.ts';

export interface Hop {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface ScoredHop extends Hop {
  weight: number;
}

/** The weight one hop contributes to a path's score. */
export function hopWeight(hop: Hop): number {
  const criticality = typeof hop.props.criticality === 'number' ? hop.props.criticality : undefined;
  switch (hop.type) {
    case 'DEPENDS_ON':
    case 'PRODUCES':
    case 'INPUT_TO':
      return criticality ?? W.defaultCriticality;
    case 'MEMBER_OF':
      return hop.props.partial === true ? W.memberOf / 2 : W.memberOf;
    case 'IN_SECTOR':
      return W.inSector;
    default:
      // COVERS, TARGETS, BASED_IN say who and what; they do not weaken the path.
      return 1;
  }
}

/**
 * Path score = product of its hops' weights x the supplier's share of the importer's supply of
 * the good (where known) x the likelihood of the measure's status. 0..1; higher is more exposed.
 */
export function pathScore(hops: Hop[], supplyShare: number | null, status: string): number {
  const likelihood = (W.statusLikelihood as Record<string, number>)[status] ?? 0;
  const share = supplyShare ?? W.unknownSupplyShare;
  return hops.reduce((score, hop) => score * hopWeight(hop), share * likelihood);
}

/**
 * A firm's total exposure over several measures: 1 - prod(1 - score). It reads as "the chance
 * that at least one of them bites" if they were independent; unlike a sum it stays within 0..1
 * and unlike a maximum it grows with every further measure.
 */
export function totalExposure(scores: number[]): number {
  return 1 - scores.reduce((remaining, score) => remaining * (1 - score), 1);
}

/** Orders best first; ties by id so equal scores always come out in the same order. */
export function byScore<T extends { score: number; id: string }>(a: T, b: T): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
