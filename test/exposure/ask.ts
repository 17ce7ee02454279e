// The exposure questions as a client asks them, through the schema with a real context: they
// must keep their answers whatever computes them (the engine, its Cypher, the read path).
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { globalId, run } from '../helpers/graphql.ts';

export interface When {
  asOf?: string;
  knownAt?: string | null;
}
export interface Exposed {
  firm: string;
  score: number;
  status: string;
}

/** The graph id behind a global id (`Company:company:x` → `company:x`). */
export const graphId = (id: string) => id; // a global id is the graph id

async function ask(db: Database, query: string, variables: Record<string, unknown>) {
  const { data, errors } = await run(db, query, variables);
  expect(errors).toBeUndefined();
  return data;
}

/** `exposedFirms` of a measure: each firm with its score and the measure's status on the path. */
export async function exposedFirms(db: Database, measure: string, when: When = {}) {
  const data = await ask(
    db,
    `query($m: ID!, $asOf: Date, $knownAt: DateTime) {
      exposedFirms(measure: $m, asOf: $asOf, knownAt: $knownAt, first: 100) {
        totalCount edges { node { score firm { id } path { status } } } error { __typename } } }`,
    { m: globalId('Measure', measure), asOf: when.asOf, knownAt: when.knownAt ?? null },
  );
  // A measure that is hidden (retracted, not yet known) may be reported missing: nothing exposed.
  if (data.exposedFirms.error?.__typename === 'NotFoundError') return [] as Exposed[];
  const connection = data.exposedFirms;
  const firms: Exposed[] = connection.edges.map(
    (e: { node: { score: number; firm: { id: string }; path: { status: string } } }) => ({
      firm: graphId(e.node.firm.id),
      score: e.node.score,
      status: e.node.path.status,
    }),
  );
  expect(connection.totalCount).toBe(firms.length);
  return firms;
}

/** `exposure` of a firm: its total and each measure with its score and status. */
export async function exposure(db: Database, firm: string, when: When = {}) {
  const data = await ask(
    db,
    `query($f: ID!, $asOf: Date, $knownAt: DateTime) {
      exposure(firm: $f, asOf: $asOf, knownAt: $knownAt) {
        total measures { score measure { id } path { status } } error { __typename } } }`,
    { f: globalId('Company', firm), asOf: when.asOf, knownAt: when.knownAt ?? null },
  );
  // Likewise a hidden firm: no exposure.
  if (data.exposure.error?.__typename === 'NotFoundError') return { total: 0, measures: [] };
  const { total, measures } = data.exposure;
  return {
    total: total as number,
    measures: measures.map(
      (m: { score: number; measure: { id: string }; path: { status: string } }) => ({
        measure: graphId(m.measure.id),
        score: m.score,
        status: m.path.status,
      }),
    ) as { measure: string; score: number; status: string }[],
  };
}

/** The firm's score for the measure as both questions answer it; 0 when neither lists it. */
export async function scoreBothWays(
  db: Database,
  ids: { firm: string; measure: string },
  when: When = {},
): Promise<number> {
  const listed = (await exposedFirms(db, ids.measure, when)).find((f) => f.firm === ids.firm);
  const own = await exposure(db, ids.firm, when);
  const measure = own.measures.find((m) => m.measure === ids.measure);
  expect(measure?.score ?? 0).toBeCloseTo(listed?.score ?? 0, 12);
  expect(own.total).toBeCloseTo(listed?.score ?? 0, 12);
  return listed?.score ?? 0;
}

/** `sectorExposure` of a target country: each sector with its score and the firms driving it. */
export async function sectorExposure(db: Database, target: string, when: When = {}) {
  const data = await ask(
    db,
    `query($t: ID!, $asOf: Date, $knownAt: DateTime) {
      sectorExposure(target: $t, asOf: $asOf, knownAt: $knownAt) {
        sectors { score sector { id } firms { firm { id } } } error { __typename } } }`,
    { t: globalId('Country', target), asOf: when.asOf, knownAt: when.knownAt ?? null },
  );
  if (data.sectorExposure.error?.__typename === 'NotFoundError') return [];
  return data.sectorExposure.sectors.map(
    (s: { score: number; sector: { id: string }; firms: { firm: { id: string } }[] }) => ({
      sector: graphId(s.sector.id),
      score: s.score,
      firms: s.firms.map((f) => graphId(f.firm.id)),
    }),
  ) as { sector: string; score: number; firms: string[] }[];
}
