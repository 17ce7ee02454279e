/**
 * Exposure through the peer. @neo4j/graphql runs the Cypher of cypher/exposure/ as @cypher fields.
 * exposedFirms is ranked by that Cypher (rank-exposed-firms.cypher), as ours is. For exposure(firm)
 * scoring paths is JavaScript (src/exposure/), so a peer client fetches the rows step by step
 * (each step needs ids from the one before) and scores them itself: our exposure functions run
 * on a stand-in Database that replays the rows the peer returned. The client learns which paths
 * and firms win only once it has scored, so it fetches titles and names for every candidate
 * rather than spend one more request.
 */
import type { Database } from '../../src/db/database.ts';
import { firmExposure } from '../../src/exposure/exposure.ts';
import { type MeasureScope, type ScopeRow, scopeAsOf } from '../../src/exposure/queries.ts';
import { canExpose, rankArgs, rankExposedFirms } from '../../src/exposure/rank.ts';
import { mayBite } from '../../src/exposure/targets.ts';
import { EXPOSURE_WEIGHTS } from '../../src/exposure/weights.ts';
import { type Context, graphqlBody, type Step } from './flows.ts';

const HOP = `type from to props {
  id scope criticality partial quote confidence inferred rationale sourceIds }`;
const SCOPE = `measureId changes { status on precision index } scope
  scopeProps { scope quote confidence inferred rationale sourceIds }
  targetHops { ${HOP} } exemptIds imposerIds coverHops { ${HOP} }`;
const PATHS = `goodId hops { ${HOP} } goodIds`;
const SHARES = `supplyShares(importerIds: $importers, supplierIds: $suppliers) {
  importerId supplierId goodId dependencyId share }`;
const NOTHING = JSON.stringify({ query: '{ __typename }' });
const MAX_HOPS = EXPOSURE_WEIGHTS.defaultDepth;
const PAGE = 50;
const unique = (ids: string[]) => [...new Set(ids)];
type Rows = Record<string, unknown[]>;
type Data = Record<string, unknown[] | undefined>;

const dataOf = (json: unknown) => (json as { data: Data }).data;
const rowsOf = (c: Context) => c.rows as Rows;
const step = (body: Step['body'], read?: Step['read']): Step => ({
  path: '/graphql',
  body,
  ...(read ? { read } : {}),
});

/** A Database whose `run` answers each declared query with the rows fetched for it. */
function replay(rows: Rows): Database {
  return { run: async (query: { name: string }) => rows[query.name] ?? [] } as unknown as Database;
}

/**
 * exposure(firm): based in, goods depended on → measures against → paths, shares, measures →
 * source titles.
 */
export function peerExposureSteps(): Step[] {
  return [
    step(
      (v, c) => {
        Object.assign(c, { firm: v.firm, asOf: v.asOf, rows: {} });
        const query = `query($firm: String!, $maxHops: Int!) {
          basedIn(firmIds: [$firm]) { firmId countryId hop { ${HOP} } }
          firmGoods(firmId: $firm, maxHops: $maxHops) { isCompany goodIds } }`;
        return graphqlBody(query, { firm: v.firm, maxHops: MAX_HOPS });
      },
      (json, c) => {
        rowsOf(c)['exposure/find-based-in'] = dataOf(json).basedIn ?? [];
        rowsOf(c)['exposure/find-firm-goods'] = dataOf(json).firmGoods ?? [];
      },
    ),
    step(
      (v, c) => {
        const basedIn = rowsOf(c)['exposure/find-based-in'] as { countryId: string }[];
        const [reached] = rowsOf(c)['exposure/find-firm-goods'] as { goodIds: string[] }[];
        const query = `query($targets: [String!]!, $asOf: String!, $goods: [String!]) {
          measuresAgainst(targetIds: $targets, asOf: $asOf, goodIds: $goods) { ${SCOPE} } }`;
        const targets = [v.firm, ...basedIn.map((b) => b.countryId)];
        return graphqlBody(query, { targets, asOf: v.asOf, goods: reached?.goodIds ?? [] });
      },
      (json, c) => {
        rowsOf(c)['exposure/find-measures-against'] = dataOf(json).measuresAgainst ?? [];
      },
    ),
    step(
      (v, c) => {
        // The status on the day asked is worked out client-side, as our server does.
        const rows = rowsOf(c)['exposure/find-measures-against'] as ScopeRow[];
        const scopes = rows.map((row) => scopeAsOf(row, String(c.asOf))).filter(mayBite);
        const basedIn = rowsOf(c)['exposure/find-based-in'] as { countryId: string }[];
        const goods = unique(scopes.flatMap((s) => s.coverHops.map((h) => h.to)));
        if (goods.length === 0) return NOTHING;
        const query = `query($firm: String!, $goods: [String!]!, $maxHops: Int!, $importers: [String!]!,
          $suppliers: [String!]!, $measures: [ID!]!) {
          firmPaths(firmId: $firm, goodIds: $goods, maxHops: $maxHops) { firmId ${PATHS} } ${SHARES}
          measures(where: {id: {in: $measures}}) { id description } }`;
        return graphqlBody(query, {
          firm: v.firm,
          goods,
          maxHops: MAX_HOPS,
          importers: unique([String(v.firm), ...basedIn.map((b) => b.countryId)]),
          suppliers: unique(scopes.flatMap((s) => s.imposerIds)),
          measures: scopes.map((s) => s.measureId),
        });
      },
      (json, c) => {
        const data = dataOf(json);
        rowsOf(c)['exposure/find-firm-paths'] = data.firmPaths ?? [];
        rowsOf(c)['exposure/find-supply-shares'] = data.supplyShares ?? [];
      },
    ),
    step(
      (_v, c) => {
        const ids = unique(JSON.stringify(rowsOf(c)).match(/source:[^"]+/g) ?? []);
        if (ids.length === 0) return NOTHING;
        const query = 'query($ids: [ID!]!) { sources(where: {id: {in: $ids}}) { id title } }';
        return graphqlBody(query, { ids });
      },
      async (_json, c) => {
        c.answer = await firmExposure(replay(rowsOf(c)), String(c.firm), String(c.asOf), MAX_HOPS);
      },
    ),
  ];
}

/**
 * exposedFirms(measure): scope → the ranked page (rank-exposed-firms.cypher as a @cypher field,
 * the arguments worked out client-side from the scope as our server does) → the page's names.
 */
export function peerExposedFirmsSteps(): Step[] {
  const options = { maxHops: MAX_HOPS, knownAt: null, minScore: 0, offset: 0, limit: PAGE + 1 };
  return [
    step(
      (v, c) => {
        Object.assign(c, { asOf: v.asOf, rows: {} });
        const query = `query($measure: String!, $asOf: String!) {
          measureScope(measureId: $measure, asOf: $asOf) { ${SCOPE} } }`;
        return graphqlBody(query, v);
      },
      (json, c) => {
        const row = (dataOf(json).measureScope as ScopeRow[] | undefined)?.[0];
        c.scope = row ? scopeAsOf(row, String(c.asOf)) : null;
      },
    ),
    step(
      (_v, c) => {
        const scope = c.scope as MeasureScope | null;
        if (!scope || !canExpose(scope)) return NOTHING;
        const args = rankArgs(scope, options);
        const query = `query(${Object.keys(args)
          .map((name) => `$${name}: ${RANK_ARG_TYPES[name] ?? '[String!]!'}`)
          .join(', ')}) {
          rankedFirms(${Object.keys(args)
            .map((name) => `${name}: $${name}`)
            .join(', ')}) { total firmId score coveredId importer
            supplyShare { importerId supplierId goodId dependencyId share }
            hops { ${HOP} } basedInHop { ${HOP} } } }`;
        return graphqlBody(query, args);
      },
      (json, c) => {
        rowsOf(c)['exposure/rank-exposed-firms'] = dataOf(json).rankedFirms ?? [];
      },
    ),
    // The page's names; the answer is assembled once they are in (only a last step may be async).
    step(
      (_v, c) => {
        const rows = rowsOf(c)['exposure/rank-exposed-firms'] as { firmId: string | null }[];
        const ids = rows.flatMap((row) => (row.firmId ? [row.firmId] : [])).slice(0, PAGE);
        if (ids.length === 0) return NOTHING;
        const query = 'query($ids: [ID!]!) { companies(where: {id: {in: $ids}}) { id name } }';
        return graphqlBody(query, { ids });
      },
      async (_json, c) => {
        const scope = c.scope as MeasureScope | null;
        const ranked =
          scope && canExpose(scope)
            ? (await rankExposedFirms(replay(rowsOf(c)), scope, options)).firms
            : [];
        c.answer = ranked.slice(0, PAGE);
      },
    ),
  ];
}

const RANK_ARG_TYPES: Record<string, string> = {
  measureId: 'String!',
  allDestinations: 'Boolean!',
  likelihood: 'Float!',
  weights: 'RankWeights!',
  maxHops: 'Int!',
  minScore: 'Float!',
  offset: 'Int!',
  limit: 'Int!',
  knownAt: 'String',
};
