/** The article's answers, asked of the seeded graph through GraphQL. */
import { describe, expect, it } from 'vitest';
import { EXPOSURE_WEIGHTS as W } from '../../src/exposure/weights.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';

const db = testDatabase();
const DUAL_USE = globalId('Measure', 'measure:cn-2026-dual-use-export-ban-jp');
const LICENCE = globalId('Measure', 'measure:cn-2026-rare-earth-licence-tightening-jp');
const MHI = globalId('Company', 'company:mitsubishi-heavy-industries');
const JP = globalId('Country', 'country:JP');

const exposedFirms = async (measure: string, asOf: string) => {
  const { data, errors } = await run(
    db,
    `query($m: ID!, $asOf: Date) { exposedFirms(measure: $m, asOf: $asOf) { totalCount edges { node { score firm { name } path { status supplyShare hops { type weight inferred } } } } } }`,
    { m: measure, asOf },
  );
  expect(errors).toBeUndefined();
  return data.exposedFirms as {
    totalCount: number;
    edges: {
      node: {
        score: number;
        firm: { name: string };
        path: {
          status: string;
          supplyShare: number;
          hops: { type: string; weight: number; inferred: boolean }[];
        };
      };
    }[];
  };
};

describe('the article, answered', () => {
  it('the curbs against Japan reach Kawasaki and Mitsubishi Heavy Industries through their defence role', async () => {
    const result = await exposedFirms(DUAL_USE, '2026-01-08');
    expect(result.edges.map((e) => e.node.firm.name).sort()).toEqual([
      'Kawasaki Heavy Industries',
      'Mitsubishi Heavy Industries',
    ]);
    const best = result.edges[0]?.node;
    // firm -IN_SECTOR-> defence -PRODUCES(0.8)-> missiles <-INPUT_TO(0.7)- rare-earth magnets
    // <-INPUT_TO(0.95)- rare-earth metals -MEMBER_OF-> rare earths <-COVERS- measure -TARGETS->
    // Japan <-BASED_IN- firm, with Japan's ~60% share of rare earths from China, in force.
    expect(best?.path.hops.map((h) => h.type)).toEqual([
      'IN_SECTOR',
      'PRODUCES',
      'INPUT_TO',
      'INPUT_TO',
      'MEMBER_OF',
      'COVERS',
      'TARGETS',
      'BASED_IN',
    ]);
    expect(best?.path.supplyShare).toBe(0.6);
    expect(best?.score).toBeCloseTo(
      W.inSector * 0.8 * 0.7 * 0.95 * W.memberOf * 0.6 * W.statusLikelihood.IN_FORCE,
      10,
    );
    expect(best?.path.hops.filter((h) => h.inferred).length).toBeGreaterThan(0);
  });

  it('lists both firms under Defence and Aerospace in sectorExposure', async () => {
    const { data } = await run(
      db,
      `query($jp: ID!) { sectorExposure(target: $jp, asOf: "2026-01-08") { sectors { sector { name } firms { firm { name } } } } }`,
      { jp: JP },
    );
    const sectors = data.sectorExposure.sectors as {
      sector: { name: string };
      firms: { firm: { name: string } }[];
    }[];
    for (const name of ['Defence', 'Aerospace']) {
      const sector = sectors.find((s) => s.sector.name === name);
      expect(sector?.firms.map((f) => f.firm.name).sort(), name).toEqual([
        'Kawasaki Heavy Industries',
        'Mitsubishi Heavy Industries',
      ]);
    }
  });

  it('reaches the automotive sector', async () => {
    const { data } = await run(
      db,
      `query($jp: ID!) { sectorExposure(target: $jp, asOf: "2026-01-08") { sectors { score sector { name } firms { firm { name } } } } }`,
      { jp: JP },
    );
    const sectors = data.sectorExposure.sectors as { score: number; sector: { name: string } }[];
    expect(sectors.map((s) => s.sector.name)).toContain('Automotive');
    const automotive = sectors.find((s) => s.sector.name === 'Automotive');
    expect(automotive?.score).toBeCloseTo(0.8 * 0.95 * 0.6, 10);
  });

  it('scores the licence tightening under consideration lower than the measure in force', async () => {
    const inForce = await exposedFirms(DUAL_USE, '2026-01-08');
    const considered = await exposedFirms(LICENCE, '2026-01-08');
    expect(considered.edges[0]?.node.path.status).toBe('UNDER_CONSIDERATION');
    expect(considered.edges[0]?.node.score).toBeLessThan(inForce.edges[0]?.node.score ?? 0);
    expect(considered.edges[0]?.node.score).toBeCloseTo(
      (inForce.edges[0]?.node.score ?? 0) * W.statusLikelihood.UNDER_CONSIDERATION,
      10,
    );
  });

  it('exposes nothing to the curbs as of a date before they were announced', async () => {
    expect((await exposedFirms(DUAL_USE, '2025-12-01')).totalCount).toBe(0);
    const { data } = await run(
      db,
      'query($f: ID!) { exposure(firm: $f, asOf: "2025-10-01") { total measures { score } } }',
      { f: MHI },
    );
    expect(data.exposure).toEqual({ total: 0, measures: [] });
  });

  it('ranks a firm’s measures and aggregates them as 1 − Π(1 − score)', async () => {
    const { data } = await run(
      db,
      'query($f: ID!) { exposure(firm: $f, asOf: "2026-01-08") { total measures { score measure { kind } } } }',
      { f: MHI },
    );
    const { total, measures } = data.exposure as {
      total: number;
      measures: { score: number; measure: { kind: string } }[];
    };
    expect(measures.map((m) => m.measure.kind)).toEqual(['EXPORT_CONTROL', 'LICENCE_TIGHTENING']);
    expect(total).toBeCloseTo(1 - measures.reduce((rest, m) => rest * (1 - m.score), 1), 12);
  });

  it('simulates the licence tightening going ahead without writing anything', async () => {
    const before = await db.runText<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    const { data } = await run(
      db,
      `query($cn: ID!, $jp: ID!, $re: ID!) { simulate(measure: {imposer: $cn, targets: [$jp], goods: [$re], status: IN_FORCE}) {
      firms { score firm { name } path { measure { id } } } } }`,
      {
        cn: globalId('Country', 'country:CN'),
        jp: JP,
        re: globalId('Commodity', 'commodity:rare-earth-elements'),
      },
    );
    const firms = data.simulate.firms as { score: number; path: { measure: null } }[];
    expect(firms).toHaveLength(2);
    expect(firms[0]?.path.measure).toBeNull();
    const considered = await exposedFirms(LICENCE, '2026-01-08');
    expect(firms[0]?.score).toBeGreaterThan(considered.edges[0]?.node.score ?? 1);
    expect(await db.runText<{ n: number }>('MATCH (n) RETURN count(n) AS n')).toEqual(before);
  });
});

describe('bad input to exposure', () => {
  it('gives a typed NotFoundError for unknown ids, WrongKindError for ids of another kind', async () => {
    const query = `query($f: ID!) { exposure(firm: $f) { firm { id } total measures { score } error { __typename
      ... on NotFoundError { message id } ... on WrongKindError { message id expected found } } } }`;
    const unknown = await run(db, query, { f: globalId('Company', 'company:nobody') });
    // The error is beside an empty answer.
    expect(unknown.data.exposure).toMatchObject({ firm: null, total: 0, measures: [] });
    expect(unknown.data.exposure.error).toEqual({
      __typename: 'NotFoundError',
      id: 'company:nobody',
      message: 'Nothing found with id "company:nobody".',
    });
    const wrongKind = await run(db, query, { f: JP });
    expect(wrongKind.data.exposure.error).toEqual({
      __typename: 'WrongKindError',
      id: 'country:JP',
      expected: 'Company',
      found: 'Country',
      message: '"country:JP" is a Country, not a Company.',
    });
    const firmAsMeasure = await run(
      db,
      'query($m: ID!) { exposedFirms(measure: $m) { error { ... on WrongKindError { expected found } } } }',
      { m: globalId('Company', 'company:kawasaki-heavy-industries') },
    );
    expect(firmAsMeasure.data.exposedFirms.error).toEqual({
      expected: 'Measure',
      found: 'Company',
    });
  });

  it('refuses maxHops outside 1..6, a malformed asOf, and a hypothetical measure with no goods', async () => {
    const hops = await run(
      db,
      'query($m: ID!) { exposedFirms(measure: $m, maxHops: 7) { totalCount } }',
      { m: DUAL_USE },
    );
    expect(hops.errors?.[0]?.message).toMatch(/maxHops must be at most 6/);
    const asOf = await run(
      db,
      'query($m: ID!) { exposedFirms(measure: $m, asOf: "yesterday") { __typename } }',
      { m: DUAL_USE },
    );
    expect(asOf.errors?.[0]?.message).toMatch(/Invalid Date "yesterday"/);
    const noGoods = await run(
      db,
      'query($cn: ID!, $jp: ID!) { simulate(measure: {imposer: $cn, targets: [$jp], goods: []}) { __typename } }',
      { cn: globalId('Country', 'country:CN'), jp: JP },
    );
    expect(noGoods.errors?.[0]?.message).toMatch(/goods: name at least one covered good/);
  });
});
