/**
 * `exposedFirms` ranked in Neo4j (cypher/exposure/rank-exposed-firms.cypher): the scope of the
 * measure is read first (its status on the day asked by as-of.ts), then one query scores every
 * firm's best path from the weights passed as parameters, ranks, pages and counts in the
 * database, and returns the provenance of the page's paths only. The rule is docs/exposure.md;
 * test/exposure/rank-property.test.ts checks it against the reference scorer of test/.
 */
import neo4j from 'neo4j-driver';
import { defineQuery } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import type { RankedDependent } from './dependents.ts';
import type { SupplyShare } from './paths.ts';
import type { Known, MeasureScope } from './queries.ts';
import { type Hop, hopWeight } from './score.ts';
import { targetHopsAmong } from './targets.ts';
import { ACTIVE_STATUSES, EXPOSURE_WEIGHTS as W } from './weights.ts';

interface RankRow {
  total: number;
  firmId: string | null;
  score: number;
  coveredId: string;
  importer: string;
  supplyShare: SupplyShare | null;
  hops: Hop[];
  basedInHop: Hop | null;
}

/** The ranking's parameters (rankParams); the reach index answers for the graph as it stands. */
interface RankParams {
  measureId: string;
  goodIds: string[];
  targetIds: string[];
  allDestinations: boolean;
  excludedIds: string[];
  imposerIds: string[];
  likelihood: number;
  weights: Record<string, number>;
  maxHops: unknown;
  minScore: number;
  offset: unknown;
  limit: unknown;
}

const RANK_PARAMS = [
  'measureId',
  'goodIds',
  'targetIds',
  'allDestinations',
  'excludedIds',
  'imposerIds',
  'likelihood',
  'weights',
  'maxHops',
  'minScore',
  'offset',
  'limit',
] as const;

/** Every path walked from the covered goods: any `knownAt`, whatever the reach index says. */
export const rankExposedFirmsQuery = defineQuery<RankParams & Known, RankRow>(
  'exposure/rank-exposed-firms',
  [...RANK_PARAMS, 'knownAt'],
  { heavy: true },
);

/**
 * The same ranking from the reach index (reach-index.ts), in two steps: which firms to score
 * exactly (no row when the index is not fresh), then those firms scored, ranked and paged.
 */
export const chooseFirmsByReachQuery = defineQuery<
  Omit<RankParams, 'measureId'>,
  { sure: number; uncertain: string[]; firmIds: string[] }
>(
  'exposure/choose-firms-by-reach',
  RANK_PARAMS.filter((name) => name !== 'measureId'),
  { heavy: true },
);

export const scoreChosenFirmsQuery = defineQuery<
  RankParams & { firmIds: string[]; uncertainIds: string[] },
  Omit<RankRow, 'total'> & { scored: number }
>('exposure/score-chosen-firms', [...RANK_PARAMS, 'firmIds', 'uncertainIds'], { heavy: true });

export interface RankOptions {
  maxHops: number;
  knownAt: string | null;
  minScore: number;
  offset: number;
  limit: number;
}

/** The ranking query's arguments as plain JSON (what a GraphQL client would send). */
export function rankArgs(scope: MeasureScope, options: RankOptions) {
  return {
    measureId: scope.measureId,
    goodIds: [...new Set(scope.coverHops.map((h) => h.to))],
    // Whom it names, the imposer and the exempted left out (targets.ts).
    targetIds: targetHopsAmong({ ...scope, scope: 'NAMED_TARGETS' }, []).map((h) => h.to),
    allDestinations: scope.scope !== 'NAMED_TARGETS',
    excludedIds: [...scope.imposerIds, ...scope.exemptIds],
    imposerIds: scope.imposerIds,
    likelihood: (W.statusLikelihood as Record<string, number>)[scope.status ?? ''] ?? 0,
    weights: {
      defaultCriticality: W.defaultCriticality,
      memberOf: W.memberOf,
      inSector: W.inSector,
      unknownSupplyShare: W.unknownSupplyShare,
    },
    maxHops: options.maxHops,
    minScore: options.minScore,
    offset: options.offset,
    limit: options.limit,
    knownAt: options.knownAt,
  };
}

/** The parameters of the ranking query for a measure's scope: the arguments, integers typed. */
export function rankParams(scope: MeasureScope, options: RankOptions) {
  const args = rankArgs(scope, options);
  return {
    ...args,
    maxHops: neo4j.int(args.maxHops),
    offset: neo4j.int(args.offset),
    limit: neo4j.int(args.limit),
  };
}

/** Whether a scope can expose anyone: active on the day asked, with goods. */
export const canExpose = (scope: MeasureScope) =>
  scope.status !== null && ACTIVE_STATUSES.includes(scope.status) && scope.coverHops.length > 0;

/** How long a stale reach index is not asked again: a write stream keeps it stale a while. */
const STALE_RETRY_MS = 1000;
const staleUntil = new WeakMap<Database, number>();

/**
 * The ranking's rows: from the reach index for the graph as it stands when the Database may
 * read it (EXPOSURE_REACH_INDEX) and it is fresh (one round trip), else by the walk (with
 * `knownAt`, or after a write until the index is built again: then one round trip more, at most
 * once a second). `via` forces one of them (tests compare the two).
 */
async function rankRows(
  db: Database,
  scope: MeasureScope,
  options: RankOptions,
  via: RankVia,
): Promise<RankRow[]> {
  const params = rankParams(scope, options);
  const tryReach =
    via === 'reach' || (via === 'best' && db.reachIndex && Date.now() >= (staleUntil.get(db) ?? 0));
  if (options.knownAt === null && tryReach) {
    const { knownAt: _walkOnly, measureId: _scoreOnly, ...chooseParams } = params;
    const [chosen] = await db.run(chooseFirmsByReachQuery, chooseParams);
    if (chosen) {
      // No firm to score: nobody is exposed (a firm that can be is always chosen).
      if (chosen.firmIds.length === 0) return [emptyPage(chosen.sure)];
      const { knownAt: _, ...scoreParams } = params;
      const rows = await db.run(scoreChosenFirmsQuery, {
        ...scoreParams,
        firmIds: chosen.firmIds,
        uncertainIds: chosen.uncertain,
      });
      return rows.map(({ scored, ...row }) => ({ ...row, total: chosen.sure + scored }));
    }
    if (via === 'reach') throw new Error('the reach index is not fresh');
    staleUntil.set(db, Date.now() + STALE_RETRY_MS);
  }
  return db.run(rankExposedFirmsQuery, params);
}

/** A page without firms, with the total. */
const emptyPage = (total: number): RankRow => ({
  total,
  firmId: null,
  score: 0,
  coveredId: '',
  importer: '',
  supplyShare: null,
  hops: [],
  basedInHop: null,
});

/** `best`: the reach index when it answers, else the walk; the others force one (tests). */
export type RankVia = 'best' | 'reach' | 'walk';

/** One page of the firms exposed to a measure, best first, and how many there are in all. */
export async function rankExposedFirms(
  db: Database,
  scope: MeasureScope,
  options: RankOptions,
  via: RankVia = 'best',
): Promise<{ total: number; firms: RankedDependent[] }> {
  if (!canExpose(scope)) return { total: 0, firms: [] };
  const rows = await rankRows(db, scope, options, via);
  const total = rows[0]?.total ?? 0;
  const firms = rows
    .filter((row): row is RankRow & { firmId: string } => row.firmId !== null)
    .map((row) => {
      const covers = scope.coverHops.find((hop) => hop.to === row.coveredId) as Hop;
      const [target] = targetHopsAmong(scope, [row.importer]).filter((h) => h.to === row.importer);
      const hops = [
        ...row.hops,
        covers,
        target as Hop,
        ...(row.basedInHop ? [row.basedInHop] : []),
      ];
      return {
        id: row.firmId,
        score: row.score,
        path: {
          measureId: scope.measureId,
          status: scope.status as string,
          uncertainty: scope.uncertainty,
          score: row.score,
          hops: hops.map((hop) => ({ ...hop, weight: hopWeight(hop) })),
          supplyShare: row.supplyShare,
        },
      };
    });
  return { total, firms };
}
