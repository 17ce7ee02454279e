/**
 * The floor: the same answers as our API, fetched with hand-written Cypher through neo4j-driver
 * and no GraphQL. The read cases are one query each (cypher/bench/; `search` the statement ours
 * roots its read in, cypher/read/search-nodes.cypher). `exposedFirms` is the best
 * hand-written Cypher we know for its answer: the measure's scope (its status on the day by the
 * dates rule), then the ranking, paged and counted in the database, from the reach index when it
 * is fresh (choose-firms-by-reach then score-chosen-firms.cypher; the benchmark builds it after
 * its load) and else cypher/exposure/rank-exposed-firms.cypher, then the page's names.
 * `exposure` still calls the exposure module our resolver
 * calls (cypher/exposure/ and scoring in src/exposure/) and one query for names.
 */
import neo4j from 'neo4j-driver';
import { defineQuery } from '../../src/db/cypher.ts';
import type { Database } from '../../src/db/database.ts';
import { search, searchHits } from '../../src/db/search.ts';
import { firmExposure, measureScope } from '../../src/exposure/exposure.ts';
import { rankExposedFirms } from '../../src/exposure/rank.ts';
import type { ScoredHop } from '../../src/exposure/score.ts';
import { EXPOSURE_WEIGHTS } from '../../src/exposure/weights.ts';
import type { CaseName } from './flows.ts';

type Row = Record<string, unknown>;
const companyCard = defineQuery<{ id: string }, Row>('bench/find-company-card', ['id']);
const measureTree = defineQuery<{ id: string }, Row>('bench/find-measure-tree', ['id']);
const measuresPage = defineQuery<{ kinds: string[] | null; limit: unknown }, Row>(
  'bench/find-measures-page',
  ['kinds', 'limit'],
);
// Search: the hits of cypher/read/search-nodes.cypher (exact, then fuzzy when exact finds
// nothing, as ours), each projected to the fields a result list shows.
const searchHitsText = `CALL () {\n${searchHits.text}\n}\nRETURN score, n {.id, .name, .description, .summary} AS node`;
const timelinePage = defineQuery<{ from: string; to: string; limit: unknown }, Row>(
  'bench/find-timeline-page',
  ['from', 'to', 'limit'],
);
const namedNodes = defineQuery<{ ids: string[] }, { id: string; label: string }>(
  'bench/find-named-nodes',
  ['ids'],
);

const PAGE = 50;

async function names(db: Database, hops: ScoredHop[], more: string[]) {
  const ids = [
    ...new Set([...more, ...hops.flatMap((h) => (h.props.sourceIds as string[]) ?? [])]),
  ];
  const rows = ids.length > 0 ? await db.run(namedNodes, { ids }) : [];
  return Object.fromEntries(rows.map((row) => [row.id, row.label]));
}

/** One answer per case, from the variables the floor's clients send (plain ids). */
export const FLOOR_ANSWERS: Record<CaseName, (db: Database, v: Row) => Promise<unknown>> = {
  node: (db, v) => db.run(companyCard, { id: String(v.id) }),
  measure: (db, v) => db.run(measureTree, { id: String(v.id) }),
  measuresPage: (db, v) =>
    db.run(measuresPage, {
      kinds: (v.kinds as string[] | null) ?? null,
      limit: neo4j.int(PAGE + 1),
    }),
  search: async (db, v) => {
    const request = { query: String(v.query), labels: null, limit: 21, asked: 20 };
    const { rows } = await search({ ...request, includeRetracted: false, withTexts: false }, (p) =>
      db.runText<Row>(searchHitsText, { ...p }, 'READ', { name: searchHits.name }),
    );
    return rows;
  },
  timeline: (db, v) =>
    db.run(timelinePage, { from: String(v.from), to: String(v.to), limit: neo4j.int(PAGE + 1) }),
  exposure: async (db, v) => {
    const exposure = await firmExposure(
      db,
      String(v.firm),
      String(v.asOf),
      EXPOSURE_WEIGHTS.defaultDepth,
    );
    const hops = exposure.measures.flatMap((m) => m.hops);
    const labels = await names(
      db,
      hops,
      exposure.measures.map((m) => m.measureId),
    );
    return { ...exposure, labels };
  },
  exposedFirms: async (db, v) => {
    const scope = await measureScope(db, String(v.measure), String(v.asOf));
    if (!scope) return null;
    const { firms } = await rankExposedFirms(db, scope, {
      maxHops: EXPOSURE_WEIGHTS.defaultDepth,
      knownAt: null,
      minScore: 0,
      offset: 0,
      limit: PAGE + 1,
    });
    const page = firms.slice(0, PAGE);
    const labels = await names(
      db,
      [],
      page.map((f) => f.id),
    );
    return { firms: page, hasNextPage: firms.length > PAGE, labels };
  },
};
