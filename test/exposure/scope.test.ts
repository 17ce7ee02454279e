import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPOSURE_WEIGHTS as W } from '../../src/exposure/weights.ts';
import { writeFiles } from '../../src/load/write.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { COUNTRIES, country, firm, GOOD, MEASURES, PREFIX, scopeGraph } from './scope-graph.ts';

const db = testDatabase();

beforeAll(() => writeFiles(db, [scopeGraph()]));
afterAll(() =>
  db.runText(
    'MATCH (n:Entity) WHERE n.id CONTAINS $prefix OR n.id IN $countries DETACH DELETE n',
    { prefix: PREFIX, countries: COUNTRIES.map(country) },
    'WRITE',
  ),
);

const decode = (gid: string) => gid; // a global id is the graph id

async function exposedFirms(measure: string): Promise<string[]> {
  const { data, errors } = await run(
    db,
    `query($m: ID!) { exposedFirms(measure: $m, asOf: "2030-06-01", first: 100) {
      edges { node { score firm { id } } } } }`,
    { m: globalId('Measure', measure) },
  );
  expect(errors).toBeUndefined();
  return data.exposedFirms.edges.map((e: { node: { firm: { id: string } } }) =>
    decode(e.node.firm.id),
  );
}

describe('the scope of a measure', () => {
  it('named targets reach only those named, and never the imposer even when named', async () => {
    expect(await exposedFirms(MEASURES.named)).toEqual([firm('XS')]);
  });

  it('all destinations reach every country but the imposer', async () => {
    expect((await exposedFirms(MEASURES.all)).sort()).toEqual(
      [firm('XS'), firm('XU'), firm('XV')].sort(),
    );
  });

  it('all destinations still reach a country whose own TARGETS was retracted', async () => {
    const id = `${MEASURES.all}-[TARGETS]->${country('XS')}`;
    const provenance = { sourceIds: ['source:analyst-background'], quote: null, confidence: 1 };
    const why = { inferred: true, rationale: 'planted test data' };
    const named = {
      ...{ id, type: 'TARGETS', from: MEASURES.all, to: country('XS') },
      props: { id, ...provenance, ...why },
    };
    await writeFiles(db, [{ ...scopeGraph(), relationships: [named] }]);
    const retracted = await db.runText(
      `MATCH ()-[r:TARGETS {id: $id}]->() SET r.retractedAt = datetime(), r.retractedBy = 'test'
       RETURN count(r) AS n`,
      { id: named.id },
      'WRITE',
    );
    expect(retracted).toEqual([{ n: 1 }]);
    try {
      expect(await exposedFirms(MEASURES.all)).toContain(firm('XS'));
      const { data } = await run(
        db,
        `query($f: ID!) { exposure(firm: $f, asOf: "2030-06-01") {
          measures { measure { id } } } }`,
        { f: globalId('Company', firm('XS')) },
      );
      const measures = data.exposure.measures.map((m: { measure: { id: string } }) => m.measure.id);
      expect(measures).toContain(MEASURES.all);
    } finally {
      await db.runText('MATCH ()-[r:TARGETS {id: $id}]->() DELETE r', { id: named.id }, 'WRITE');
    }
  });

  it('all except a list leaves out the exempted and the imposer', async () => {
    expect((await exposedFirms(MEASURES.allExcept)).sort()).toEqual([firm('XS'), firm('XU')]);
  });

  it('marks the TARGETS hop that stands for the scope, with the scope’s provenance', async () => {
    const { data } = await run(
      db,
      `query($f: ID!) { exposure(firm: $f, asOf: "2030-06-01") { measures { score measure { id } path { hops { type scope inferred rationale } } } } }`,
      { f: globalId('Company', firm('XU')) },
    );
    const measures = data.exposure.measures as {
      score: number;
      measure: { id: string };
      path: { hops: { type: string; scope: string | null; inferred: boolean }[] };
    }[];
    expect(measures.map((m) => decode(m.measure.id)).sort()).toEqual(
      [MEASURES.all, MEASURES.allExcept].sort(),
    );
    for (const m of measures) {
      const targets = m.path.hops.find((h) => h.type === 'TARGETS');
      expect(targets?.scope).toMatch(/^ALL_/);
      expect(m.score).toBeCloseTo(W.inSector * 1, 12);
    }
  });

  it('curbedGoods and sectorExposure of a country honour every scope', async () => {
    const curbed = async (code: string) => {
      const { data } = await run(
        db,
        `query($c: ID!) { curbedGoods(target: $c, asOf: "2030-06-01") { goods { good { id } measures { id } } } }`,
        { c: globalId('Country', country(code)) },
      );
      const goods = data.curbedGoods.goods as {
        good: { id: string };
        measures: { id: string }[];
      }[];
      const good = goods.find((g) => decode(g.good.id) === GOOD);
      return (good?.measures.map((m) => decode(m.id)) ?? []).sort();
    };
    expect(await curbed('XS')).toEqual([MEASURES.all, MEASURES.allExcept, MEASURES.named].sort());
    expect(await curbed('XU')).toEqual([MEASURES.all, MEASURES.allExcept].sort());
    expect(await curbed('XV')).toEqual([MEASURES.all]);
    expect(await curbed('XT')).toEqual([]);
    const { data } = await run(
      db,
      `query($c: ID!) { sectorExposure(target: $c, asOf: "2030-06-01") { sectors { sector { id } firms { firm { id } } } } }`,
      { c: globalId('Country', country('XV')) },
    );
    const sectors = data.sectorExposure.sectors as { firms: { firm: { id: string } }[] }[];
    expect(sectors.flatMap((s) => s.firms.map((f) => decode(f.firm.id)))).toEqual([firm('XV')]);
  });

  it('simulate takes a scope, exemptions, and goods by HS code', async () => {
    const { data, errors } = await run(
      db,
      `query($xt: ID!, $xv: ID!) { simulate(measure: {imposer: $xt, scope: ALL_EXCEPT, exempt: [$xv], goods: ["9999"]}) {
        firms { firm { id } } } }`,
      { xt: globalId('Country', country('XT')), xv: globalId('Country', country('XV')) },
    );
    expect(errors).toBeUndefined();
    const firms = data.simulate.firms.map((f: { firm: { id: string } }) => decode(f.firm.id));
    expect(firms.filter((id: string) => id.includes(PREFIX)).sort()).toEqual([
      firm('XS'),
      firm('XU'),
    ]);
  });
});
